//! Reminders in a backup document: each reminder's words and schedule together, so a backup
//! moved to another computer brings them along.
//!
//! Only reminders that stand on their own are kept: the check-in's, the journal's, one's own.
//! A reminder that follows a boundary's review date or an agreement's revisit date is made
//! again from that record after an import ([`super::Reminders::follow_all`]), so it is not
//! written twice (its pause or snooze is not kept). The schedule is kept as it was: a time
//! that passed before the import is a missed reminder, told once, as after any time away.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::{parse_zone, put, schedules, Purpose, ReminderKind, ReminderPayload, Rule, Schedule};
use crate::dates::whole_ms;
use crate::ids::{RecordId, ReminderId};
use crate::record::{Record, Records, Row};
use crate::say::{Message, Said};
use crate::store::StoreError;

/// A reminder as a backup document holds it: its words and its schedule.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptReminder {
    pub id: ReminderId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub purpose: Purpose,
    pub title: String,
    #[serde(default)]
    pub note: String,
    pub rule: Rule,
    /// An IANA zone.
    pub zone: String,
    /// When it was to fire next; `None` when it would not fire again.
    #[serde(default)]
    pub next_fire: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_fired: Option<DateTime<Utc>>,
    #[serde(default)]
    pub snoozed_until: Option<DateTime<Utc>>,
    #[serde(default)]
    pub paused: bool,
    #[serde(default)]
    pub show_words: bool,
}

impl std::fmt::Debug for KeptReminder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeptReminder({}, {:?}, {:?}, {}, <private>)", self.id, self.purpose, self.rule, self.zone)
    }
}

/// What a backup could not take of the reminders: words that could not be opened (by id), and
/// how many schedules could not be read.
pub(crate) struct NotKept {
    pub damaged: Vec<ReminderId>,
    pub unreadable: Vec<String>,
}

/// Every reminder that stands on its own, with its words, oldest first. `now` stands in for
/// the times of a schedule whose words were never written.
pub(crate) fn kept(
    conn: &Connection,
    records: &Records<'_>,
    now: DateTime<Utc>,
) -> Result<(Vec<KeptReminder>, NotKept), StoreError> {
    let mut words: HashMap<ReminderId, Row<ReminderKind>> = HashMap::new();
    records.for_each::<ReminderKind>(|row| {
        let id = match &row {
            Row::Ok(rec) => rec.id,
            Row::Damaged { id, .. } => *id,
        };
        words.insert(id, row);
    })?;
    let (all, unreadable_count) = schedules(conn)?;
    let unreadable = if unreadable_count == 0 { Vec::new() } else { unreadable_ids(conn, &all)? };
    let mut out = Vec::new();
    let mut damaged = Vec::new();
    for s in all.into_iter().filter(|s| s.target.is_none()) {
        let (created_at, updated_at, title, note) = match words.remove(&s.id) {
            Some(Row::Ok(rec)) => (rec.created_at, rec.updated_at, rec.payload.title, rec.payload.note),
            Some(Row::Damaged { id, .. }) => {
                damaged.push(id);
                continue;
            }
            None => (whole_ms(now), whole_ms(now), s.purpose.default_title(), String::new()),
        };
        out.push(KeptReminder {
            id: s.id,
            created_at,
            updated_at,
            purpose: s.purpose,
            title,
            note,
            rule: s.rule,
            zone: s.zone,
            next_fire: s.next_fire,
            last_fired: s.last_fired,
            snoozed_until: s.snoozed_until,
            paused: s.paused,
            show_words: s.show_words,
        });
    }
    Ok((out, NotKept { damaged, unreadable }))
}

/// The ids of the schedule rows that could not be read (as far as they read as ids).
fn unreadable_ids(conn: &Connection, readable: &[Schedule]) -> Result<Vec<String>, StoreError> {
    let readable: HashSet<[u8; 16]> = readable.iter().map(|s| *s.id.as_bytes()).collect();
    let mut stmt = conn.prepare("SELECT id FROM reminder_schedules")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id = match r.get_ref(0)? {
            rusqlite::types::ValueRef::Blob(b) => <[u8; 16]>::try_from(b).ok(),
            _ => None,
        };
        match id {
            Some(id) if readable.contains(&id) => {}
            Some(id) => out.push(uuid::Uuid::from_bytes(id).to_string()),
            None => out.push("(no readable id)".into()),
        }
    }
    Ok(out)
}

impl KeptReminder {
    /// Checks a reminder read from a file and splits it into its sealed words and its
    /// schedule. The message names the reminder and what is wrong, never its words.
    pub(crate) fn into_parts(self) -> Result<(Record<ReminderKind>, Schedule), Message> {
        let name = |why: Message| {
            Message::new("error-import-record")
                .with("kind", ReminderId::KIND)
                .with("id", self.id.to_string())
                .with("why", why)
        };
        let rule = Rule::new(self.rule.repeat.clone(), self.rule.at).map_err(|e| name(e.message()))?;
        parse_zone(&self.zone).map_err(|e| name(e.message()))?;
        let mut title = crate::tools::tidy(self.title);
        if title.is_empty() {
            title = self.purpose.default_title();
        }
        if title.is_empty() {
            return Err(name(Message::new("error-import-no-title")));
        }
        let rec = Record {
            id: self.id,
            created_at: whole_ms(self.created_at),
            updated_at: whole_ms(self.updated_at),
            payload: ReminderPayload {
                title,
                note: crate::tools::tidy(self.note),
                when: Some(super::words::When {
                    purpose: self.purpose,
                    rule: rule.clone(),
                    zone: self.zone.clone(),
                    show_words: self.show_words,
                }),
            },
        };
        let schedule = Schedule {
            id: self.id,
            purpose: self.purpose,
            target: None,
            rule,
            zone: self.zone,
            next_fire: self.next_fire.map(whole_ms),
            last_fired: self.last_fired.map(whole_ms),
            snoozed_until: self.snoozed_until.map(whole_ms),
            paused: self.paused,
            show_words: self.show_words,
        };
        Ok((rec, schedule))
    }
}

/// Tells whether a reminder with this id is in the vault already (its schedule or its words).
pub(crate) fn is_there(conn: &Connection, records: &Records<'_>, id: &ReminderId) -> Result<bool, StoreError> {
    let scheduled: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM reminder_schedules WHERE id = ?1)")?
        .query_row([&id.as_bytes()[..]], |r| r.get(0))?;
    Ok(scheduled || records.created_at::<ReminderKind>(id)?.is_some())
}

/// Writes an imported reminder's schedule (its words go through the record layer), in the
/// caller's transaction.
pub(crate) fn put_schedule(conn: &Connection, s: &Schedule) -> Result<(), StoreError> {
    put(conn, s)
}
