//! The reminders' schedules need no key: these work while the vault is locked, so reminders
//! fire, snooze and pause from the tray and the `trellis` command without a passphrase.

use chrono::{DateTime, Utc};

use super::{Vault, VaultError};
use crate::ids::ReminderId;
use crate::reminders::{
    due_at, fire_due, ics, notices, schedules, set_paused, set_show_words, skip_next, snooze, snooze_all, Due, Notice,
    ReminderError, Schedule, Snooze,
};

/// The schedules need no key: these work while the vault is locked, so reminders fire,
/// snooze and pause from the tray and the `trellis` command without a passphrase.
impl Vault {
    /// Every readable schedule, and how many could not be read.
    pub fn reminder_schedules(&self) -> Result<(Vec<Schedule>, usize), VaultError> {
        Ok(schedules(self.connection())?)
    }

    /// What would fire at `at`, without recording anything.
    pub fn due_reminders(&self, at: DateTime<Utc>) -> Result<Due, VaultError> {
        Ok(due_at(self.connection(), at)?)
    }

    /// What is due at `now`, recorded as fired (the shell's loop).
    pub fn fire_due_reminders(&self, now: DateTime<Utc>) -> Result<Due, VaultError> {
        Ok(fire_due(self.connection(), now)?)
    }

    pub fn snooze_reminder(&self, id: ReminderId, how: Snooze, now: DateTime<Utc>) -> Result<Schedule, ReminderError> {
        snooze(self.connection(), id, how, now)
    }

    /// Snoozes everything that would ask before the snooze ends; returns how many.
    pub fn snooze_all_reminders(&self, how: Snooze, now: DateTime<Utc>) -> Result<usize, VaultError> {
        Ok(snooze_all(self.connection(), how, now)?)
    }

    pub fn skip_reminder(&self, id: ReminderId) -> Result<Schedule, ReminderError> {
        skip_next(self.connection(), id)
    }

    pub fn pause_reminder(&self, id: ReminderId, paused: bool, now: DateTime<Utc>) -> Result<Schedule, ReminderError> {
        set_paused(self.connection(), id, paused, now)
    }

    pub fn show_reminder_words(&self, id: ReminderId, show: bool) -> Result<Schedule, ReminderError> {
        set_show_words(self.connection(), id, show)
    }

    /// Fires what is due at `now` and returns the notifications to show, in English.
    pub fn reminder_notices(&mut self, now: DateTime<Utc>) -> Result<Vec<Notice>, VaultError> {
        self.reminder_notices_in(now, crate::library::ENGLISH)
    }

    /// Fires what is due at `now` and returns the notifications to show (the shell's loop), in
    /// `lang` (the language shown). A reminder's own words are in them only when it allows that
    /// and the vault is unlocked.
    pub fn reminder_notices_in(&mut self, now: DateTime<Utc>, lang: &str) -> Result<Vec<Notice>, VaultError> {
        if self.is_unlocked() {
            // What an import or the other front end changed reaches the schedule here.
            // A boundary that cannot be read stops nothing: the rest still fire.
            if let Ok(mut reminders) = self.reminders() {
                let _ = reminders.follow_all(now);
            }
        }
        let due = self.fire_due_reminders(now)?;
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let name = self.settings()?.display_name_in(lang);
        let words = match due.on_time.as_slice() {
            [one] if one.show_words && self.is_unlocked() => self
                .reminders()?
                .in_language(lang)
                .get(one.id)
                .ok()
                .filter(|r| !r.damaged && !r.title.is_empty())
                .map(|r| (r.title, r.note)),
            _ => None,
        };
        Ok(notices(&due, &name, words, lang))
    }

    /// The reminders as an iCalendar file with neutral titles.
    pub fn reminders_ics(&self, now: DateTime<Utc>) -> Result<String, VaultError> {
        let name = self.settings()?.display_name();
        Ok(ics::export(&schedules(self.connection())?.0, name, now))
    }
}
