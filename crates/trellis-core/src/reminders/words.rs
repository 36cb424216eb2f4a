//! A reminder's own words (a sealed record of its own kind) and the reminders of an unlocked
//! vault as the app and the `trellis` command list them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::schedules::{not_found, one, put, schedules};
use super::Purpose;
use super::{follow, parse_zone, system_zone, Dated, ReminderError, Rule, RuleError, Schedule};
use crate::collection::{whole_ms, Collection};
use crate::ids::{RecordId, ReminderId};
use crate::record::{History, Kind, Merge, Record, RecordKind, Row, SearchDoc};
use crate::registry::Hook;
use crate::say::{Message, Said};
use crate::store::StoreError;
use crate::text::tidy;
use rusqlite::Connection;

/// A reminder's own words: sealed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ReminderPayload {
    #[serde(rename = "t")]
    pub(crate) title: String,
    #[serde(rename = "n", default)]
    pub(crate) note: String,
    /// When it asks and what for: kept with the words too, so that another computer that
    /// receives the reminder (sync) makes its schedule from them. Missing in reminders saved
    /// before sync existed.
    #[serde(rename = "w", default, skip_serializing_if = "Option::is_none")]
    pub(crate) when: Option<When>,
}

/// What of a reminder's schedule travels with its words: not when it last fired or a snooze,
/// which belong to each computer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct When {
    #[serde(rename = "p")]
    pub(crate) purpose: Purpose,
    #[serde(rename = "r")]
    pub(crate) rule: Rule,
    #[serde(rename = "z")]
    pub(crate) zone: String,
    #[serde(rename = "s", default)]
    pub(crate) show_words: bool,
}

/// Keeps a reminder's schedule in step with its words when they arrive from another computer
/// (and, harmlessly, after every local write, which has put the same schedule already).
pub(crate) struct KeepSchedule;

impl Hook<ReminderKind> for KeepSchedule {
    fn written(conn: &Connection, id: &ReminderId, p: &ReminderPayload, at: DateTime<Utc>) -> Result<(), StoreError> {
        let Some(when) = &p.when else { return Ok(()) };
        let Ok(rule) = Rule::new(when.rule.repeat.clone(), when.rule.at) else { return Ok(()) };
        let zone = parse_zone(&when.zone).unwrap_or(chrono_tz::Tz::UTC);
        let old = one(conn, *id).ok();
        let same_time = old.as_ref().is_some_and(|o| o.rule == rule && o.zone == zone.name());
        if same_time && old.as_ref().is_some_and(|o| o.purpose == when.purpose && o.show_words == when.show_words) {
            return Ok(());
        }
        let schedule = Schedule {
            id: *id,
            purpose: when.purpose,
            target: None,
            next_fire: match &old {
                Some(o) if same_time => o.next_fire,
                _ => rule.next_after(zone, at),
            },
            rule,
            zone: zone.name().to_owned(),
            last_fired: old.as_ref().and_then(|o| o.last_fired),
            snoozed_until: old.as_ref().filter(|_| same_time).and_then(|o| o.snoozed_until),
            paused: old.as_ref().is_some_and(|o| o.paused),
            show_words: when.show_words,
        };
        put(conn, &schedule)
    }

    fn removed(conn: &Connection, id: &ReminderId) -> Result<(), StoreError> {
        conn.prepare_cached("DELETE FROM reminder_schedules WHERE id = ?1")?.execute([&id.as_bytes()[..]])?;
        Ok(())
    }
}

pub(crate) struct ReminderKind;

impl Kind for ReminderKind {
    const KIND: RecordKind = RecordKind::Reminder;
    const HISTORY: History = History::Never;
    const SYNC: Merge = Merge::History;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = 64 * 1024;
    type Id = ReminderId;
    type Payload = ReminderPayload;

    fn sample(words: &str) -> ReminderPayload {
        ReminderPayload { title: words.to_owned(), note: words.to_owned(), when: None }
    }

    /// A reminder's words are not searched: search is for what a person wrote about their
    /// life, and the reminders screen lists them all.
    fn into_search_doc(_p: ReminderPayload) -> SearchDoc {
        SearchDoc::default()
    }
}

/// A new reminder, or a changed one.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReminderDraft {
    pub purpose: Purpose,
    /// Empty takes the purpose's own title (a reminder of your own needs one).
    pub title: String,
    pub note: String,
    pub rule: Rule,
    /// An IANA zone; empty takes this machine's.
    pub zone: String,
    pub show_words: bool,
}

impl std::fmt::Debug for ReminderDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReminderDraft({:?}, {:?}, {}, <private>)", self.purpose, self.rule, self.zone)
    }
}

/// A reminder as the app and the `trellis` command show it: schedule and words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reminder {
    #[serde(flatten)]
    pub schedule: Schedule,
    /// Its own words, or for an automatic one what it is about ("Review a boundary: …", in the
    /// list's language: [`Reminders::in_language`]).
    pub title: String,
    pub note: String,
    /// The rule as people read it: "every Sunday at 19:00" (in English unless the list was
    /// asked for in another language: [`Reminders::in_language`]).
    pub says: String,
    /// Its words could not be read (damaged); the schedule still works.
    pub damaged: bool,
}

/// The reminders of an unlocked vault: their words, and the automatic ones kept in step with
/// boundaries and agreements. (Firing, snoozing and pausing need no key: see `Vault`.)
pub struct Reminders<'v> {
    c: Collection<'v>,
    /// The kinds whose dates have reminders of their own.
    dated: &'static [&'static dyn Dated],
    /// The language each reminder's rule is said in (`Reminder::says`).
    lang: String,
}

impl<'v> Reminders<'v> {
    pub(crate) fn new(c: Collection<'v>, dated: &'static [&'static dyn Dated]) -> Self {
        Reminders { c, dated, lang: "en".to_owned() }
    }

    /// Says each reminder's rule ([`Reminder::says`]), an automatic one's title and the title a
    /// reminder given none gets, in `lang` (English where the core lacks the words); English
    /// until asked.
    pub fn in_language(mut self, lang: &str) -> Self {
        self.lang = lang.to_owned();
        self
    }

    /// Saves a new reminder: its words sealed and its schedule, in one transaction.
    pub fn add(&mut self, draft: ReminderDraft, now: DateTime<Utc>) -> Result<Reminder, ReminderError> {
        let now = whole_ms(now);
        let id = ReminderId::new(now);
        let (schedule, payload) = self.prepare(id, draft, None, now)?;
        let rec: Record<ReminderKind> = Record { id, created_at: now, updated_at: now, payload };
        let conn = self.c.conn();
        let tx = conn.unchecked_transaction()?;
        put(conn, &schedule)?;
        self.c.add(&rec)?;
        tx.commit()?;
        self.get(id)
    }

    /// Changes a reminder's words and schedule; a changed rule or zone counts from `now`.
    pub fn edit(
        &mut self,
        id: ReminderId,
        draft: ReminderDraft,
        now: DateTime<Utc>,
    ) -> Result<Reminder, ReminderError> {
        let old = one(self.c.conn(), id)?;
        if old.target.is_some() {
            return Err(ReminderError::Invalid(Message::new("error-reminder-follows-date")));
        }
        let (schedule, payload) = self.prepare(id, draft, Some(&old), now)?;
        let created_at = self.c.get::<ReminderKind>(id).map_or(whole_ms(now), |r| r.created_at);
        let mut rec: Record<ReminderKind> = Record { id, created_at, updated_at: whole_ms(now), payload };
        // The schedule and the words change together, or neither does.
        let conn = self.c.conn();
        let tx = conn.unchecked_transaction()?;
        put(conn, &schedule)?;
        match self.c.replace(&mut rec, false, None) {
            Err(crate::record::RecordError::NotFound(_)) => self.c.add(&rec)?,
            other => other?,
        }
        tx.commit()?;
        self.get(id)
    }

    fn prepare(
        &self,
        id: ReminderId,
        d: ReminderDraft,
        old: Option<&Schedule>,
        now: DateTime<Utc>,
    ) -> Result<(Schedule, ReminderPayload), ReminderError> {
        let invalid = |e: RuleError| ReminderError::Invalid(e.message());
        let rule = Rule::new(d.rule.repeat, d.rule.at).map_err(invalid)?;
        let zone = if d.zone.trim().is_empty() { system_zone() } else { parse_zone(&d.zone).map_err(invalid)? };
        let mut title = tidy(d.title);
        if title.is_empty() {
            title = d.purpose.default_title_in(&self.lang);
        }
        if title.is_empty() {
            return Err(ReminderError::Invalid(Message::new("error-reminder-needs-words")));
        }
        let same_time = old.is_some_and(|o| o.rule == rule && o.zone == zone.name());
        let schedule = Schedule {
            id,
            purpose: d.purpose,
            target: None,
            next_fire: match old {
                Some(o) if same_time => o.next_fire,
                _ => rule.next_after(zone, now),
            },
            rule,
            zone: zone.name().to_owned(),
            last_fired: old.and_then(|o| o.last_fired),
            snoozed_until: old.filter(|_| same_time).and_then(|o| o.snoozed_until),
            paused: old.is_some_and(|o| o.paused),
            show_words: d.show_words,
        };
        let when = When {
            purpose: schedule.purpose,
            rule: schedule.rule.clone(),
            zone: schedule.zone.clone(),
            show_words: schedule.show_words,
        };
        Ok((schedule, ReminderPayload { title, note: tidy(d.note), when: Some(when) }))
    }

    /// Removes a reminder (schedule first: a reminder half removed never fires).
    pub fn remove(&mut self, id: ReminderId) -> Result<(), ReminderError> {
        let conn = self.c.conn();
        let n = conn.prepare_cached("DELETE FROM reminder_schedules WHERE id = ?1")?.execute([&id.as_bytes()[..]])?;
        match self.c.delete::<ReminderKind>(id) {
            Ok(()) => Ok(()),
            Err(crate::record::RecordError::NotFound(_)) if n == 1 => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// One reminder with its words.
    pub fn get(&mut self, id: ReminderId) -> Result<Reminder, ReminderError> {
        self.list()?.into_iter().find(|r| r.schedule.id == id).ok_or_else(|| not_found(id))
    }

    /// Every reminder, soonest first (paused and finished ones last).
    pub fn list(&mut self) -> Result<Vec<Reminder>, ReminderError> {
        let (all, _) = schedules(self.c.conn())?;
        let words: HashMap<ReminderId, Option<ReminderPayload>> = self
            .c
            .all::<ReminderKind>()?
            .into_iter()
            .map(|row| match row {
                Row::Ok(rec) => (rec.id, Some(rec.payload)),
                Row::Damaged { id, .. } => (id, None),
            })
            .collect();
        let about = self.targets()?;
        let mut out: Vec<Reminder> = all
            .into_iter()
            .map(|s| {
                let (title, note, damaged) = match (&s.target, words.get(&s.id)) {
                    (Some(t), _) => {
                        let about = about.get(t).map(|words| s.purpose.about_in(&self.lang, words));
                        (about.unwrap_or_default(), String::new(), false)
                    }
                    (None, Some(Some(p))) => (p.title.clone(), p.note.clone(), false),
                    (None, Some(None)) => (String::new(), String::new(), true),
                    (None, None) => (s.purpose.default_title_in(&self.lang), String::new(), false),
                };
                let says = s.rule.describe_in(&self.lang);
                Reminder { schedule: s, title, note, says, damaged }
            })
            .collect();
        out.sort_by_key(|r| (r.schedule.due_at().is_none(), r.schedule.due_at(), r.schedule.id));
        Ok(out)
    }

    /// What the followed records say, by id: a boundary's or an agreement's words.
    fn targets(&self) -> Result<HashMap<String, String>, ReminderError> {
        let mut out = HashMap::new();
        for dated in self.dated {
            dated.about(&self.c, &mut out)?;
        }
        Ok(out)
    }

    /// Brings every automatic reminder in step with the dated records as they are (after an
    /// unlock, an import, or a write by the other front end): one per dated record that wants
    /// one, none for anything else.
    pub fn follow_all(&mut self, now: DateTime<Utc>) -> Result<(), ReminderError> {
        let mut wanted = Vec::new();
        // A record that cannot be read keeps the reminder it had.
        let mut keep = std::collections::HashSet::new();
        for dated in self.dated {
            dated.wanted(&self.c, &mut wanted, &mut keep)?;
        }
        let conn = self.c.conn();
        let tx = conn.unchecked_transaction()?;
        keep.extend(wanted.iter().filter(|w| w.2.is_some()).map(|w| uuid::Uuid::from_bytes(w.0).to_string()));
        for s in schedules(conn)?.0 {
            if let Some(t) = &s.target {
                if !keep.contains(t) {
                    conn.prepare_cached("DELETE FROM reminder_schedules WHERE id = ?1")?
                        .execute([&s.id.as_bytes()[..]])?;
                }
            }
        }
        for (target, purpose, on) in wanted {
            follow(conn, purpose, &target, on, now)?;
        }
        tx.commit()?;
        Ok(())
    }
}
