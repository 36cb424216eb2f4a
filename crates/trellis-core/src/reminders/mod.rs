//! Reminders: the weekly check-in, a journaling nudge, a boundary's review date, an
//! agreement's revisit date, and the person's own.
//!
//! Each reminder is two rows sharing one id. Its schedule (what it is for, the rule, the zone,
//! when it fires next) is plaintext in `reminder_schedules`, so the app can fire it while the
//! vault is locked. Its words (title and note) are a sealed record in `reminders`, read only
//! while unlocked. Reminders for review and revisit dates follow those dates by themselves
//! (see [`follow`]): they have a schedule and no words of their own. A kind with such a date
//! says so by implementing [`FollowsDate`]; this module names no other feature.
//!
//! Nothing here reads a clock: every function that needs the time takes `now`. The shell's
//! loop asks [`fire_due`] about every 30 seconds; `trellis reminder due --at` asks [`due_at`],
//! which is the same question without writing anything.

mod backup;
mod describe;
mod follow;
mod notices;
mod schedule;
mod schedules;
mod words;

pub mod ics;

pub use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use backup::KeptReminder;
pub(crate) use backup::{is_there, kept, put_schedule};
pub use schedule::{
    find_system_zone, local_instant, parse_time, parse_zone, system_zone, Day, Repeat, Rule, RuleError, Snooze,
    ZoneFound, MORNING,
};

pub use follow::FOLLOW_AT;
pub(crate) use follow::{follow, Dated, FollowDate, FollowsDate, Of as DatedOf};
pub(crate) use notices::notices;
pub use notices::{Notice, Open};
pub(crate) use schedules::{
    due_at, fire_due, put, schedules, set_paused, set_show_words, skip_next, snooze, snooze_all,
};
pub use schedules::{Due, Fired, Schedule};
pub(crate) use words::{KeepSchedule, ReminderKind, ReminderPayload};
pub use words::{Reminder, ReminderDraft, Reminders};

use crate::ids::ReminderId;
use crate::record::RecordError;
use crate::store::StoreError;

/// What can go wrong with a reminder: its own mistakes, and what any record can meet.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error("{0}")]
    Invalid(crate::say::Message),
    #[error(transparent)]
    Record(#[from] RecordError<ReminderId>),
}

impl From<StoreError> for ReminderError {
    fn from(e: StoreError) -> Self {
        ReminderError::Record(RecordError::Store(e))
    }
}

impl From<rusqlite::Error> for ReminderError {
    fn from(e: rusqlite::Error) -> Self {
        ReminderError::Record(RecordError::Store(e.into()))
    }
}

/// A reminder that fires more than this late (the app was closed, the machine asleep) is
/// "missed": missed ones fold into one notification instead of a burst.
pub const LATE_AFTER_MINUTES: i64 = 5;

/// What a reminder is for. Plaintext: it decides the neutral notification and the screen a
/// click opens, and says nothing a person wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// The weekly relationship check-in.
    Checkin,
    /// A nudge to write in the journal.
    Journal,
    /// Reviewing boundaries (one boundary's review date, when it has a target).
    BoundaryReview,
    /// Revisiting agreements (one agreement's revisit date, when it has a target).
    AgreementRevisit,
    /// The person's own.
    Custom,
}

impl Purpose {
    pub const ALL: [Purpose; 5] =
        [Purpose::Checkin, Purpose::Journal, Purpose::BoundaryReview, Purpose::AgreementRevisit, Purpose::Custom];

    /// The name stored and typed: `checkin`, `boundary-review`.
    pub fn name(self) -> &'static str {
        match self {
            Purpose::Checkin => "checkin",
            Purpose::Journal => "journal",
            Purpose::BoundaryReview => "boundary-review",
            Purpose::AgreementRevisit => "agreement-revisit",
            Purpose::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.name() == s.trim())
    }

    /// The title a reminder of this purpose gets when the person gives none.
    pub fn default_title(self) -> String {
        self.default_title_in(crate::library::ENGLISH)
    }

    /// The title a reminder of this purpose gets when the person gives none, in `lang` (none
    /// for the person's own).
    pub fn default_title_in(self, lang: &str) -> String {
        match self {
            Purpose::Custom => String::new(),
            _ => crate::say::say(lang, "reminder-default-title", &[("purpose", self.name().into())]),
        }
    }

    /// What an automatic reminder of this purpose says it is about, in `lang`: "Review a
    /// boundary: " and the record's `words`.
    pub(crate) fn about_in(self, lang: &str, words: &str) -> String {
        crate::say::say(lang, "reminder-about", &[("purpose", self.name().into()), ("what", words.into())])
    }
}

#[cfg(test)]
mod tests;
