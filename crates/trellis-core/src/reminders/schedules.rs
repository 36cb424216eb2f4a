//! The plaintext schedules: what each reminder is for, its rule, and when it fires next. They
//! need no key, so reminders fire, snooze and pause while the vault is locked.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;

use super::{parse_zone, Purpose, ReminderError, Rule, Snooze, Tz, LATE_AFTER_MINUTES};
use crate::ids::{RecordId, ReminderId};
use crate::record::RecordError;
use crate::store::StoreError;

/// A reminder's plaintext schedule, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Schedule {
    pub id: ReminderId,
    pub purpose: Purpose,
    /// The boundary or agreement whose date this reminder follows.
    pub target: Option<String>,
    pub rule: Rule,
    pub zone: String,
    /// When it fires next by its rule; `None` when it will not fire again.
    pub next_fire: Option<DateTime<Utc>>,
    pub last_fired: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
    pub paused: bool,
    /// Whether a notification may show its own words (only while the vault is unlocked).
    pub show_words: bool,
}

impl Schedule {
    /// When it next asks for attention: the end of a snooze or its next time, whichever comes
    /// first; never while paused.
    pub fn due_at(&self) -> Option<DateTime<Utc>> {
        if self.paused {
            return None;
        }
        match (self.snoozed_until, self.next_fire) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub(crate) fn tz(&self) -> Tz {
        parse_zone(&self.zone).unwrap_or(Tz::UTC)
    }
}

/// One reminder that came due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Fired {
    pub id: ReminderId,
    pub purpose: Purpose,
    pub target: Option<String>,
    /// When it was due.
    pub due_at: DateTime<Utc>,
    pub show_words: bool,
}

/// What came due at an instant: on time (each its own notification, or one for several at
/// the same minute) and missed (one notification for all).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Due {
    pub on_time: Vec<Fired>,
    pub missed: Vec<Fired>,
}

impl Due {
    pub fn is_empty(&self) -> bool {
        self.on_time.is_empty() && self.missed.is_empty()
    }
}

/// A query of whole schedules, its last words given (`ORDER BY id`, `WHERE id = ?1`).
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, purpose, target, rule, zone, next_fire, last_fired, snoozed_until, paused, show_words
             FROM reminder_schedules ",
            $rest
        )
    };
}

/// Reads every schedule; rows that cannot be read (a damaged or hostile file) are left out
/// and counted.
pub(crate) fn schedules(conn: &Connection) -> Result<(Vec<Schedule>, usize), StoreError> {
    let mut stmt = conn.prepare_cached(select!("ORDER BY id"))?;
    let mut rows = stmt.query([])?;
    let (mut out, mut unreadable) = (Vec::new(), 0);
    while let Some(r) = rows.next()? {
        match read_row(r) {
            Some(s) => out.push(s),
            None => unreadable += 1,
        }
    }
    Ok((out, unreadable))
}

fn read_row(r: &rusqlite::Row<'_>) -> Option<Schedule> {
    use rusqlite::types::Value;
    let blob = |i| match r.get::<_, Value>(i).ok()? {
        Value::Blob(b) => Some(b),
        _ => None,
    };
    let text = |i| match r.get::<_, Value>(i).ok()? {
        Value::Text(t) => Some(t),
        _ => None,
    };
    let time = |i| -> Option<Option<DateTime<Utc>>> {
        match r.get::<_, Value>(i).ok()? {
            Value::Null => Some(None),
            // A time outside the dates Trellis keeps could only come from an edited file:
            // the row is left out, like any other it cannot read.
            Value::Integer(ms) => DateTime::from_timestamp_millis(ms).filter(|t| crate::dates::in_range(*t)).map(Some),
            _ => None,
        }
    };
    let flag = |i| matches!(r.get::<_, Value>(i), Ok(Value::Integer(1)));
    let id = ReminderId::from_bytes(&blob(0)?)?;
    let purpose = Purpose::parse(&text(1)?)?;
    let target = match r.get::<_, Value>(2).ok()? {
        Value::Null => None,
        Value::Blob(b) => Some(uuid::Uuid::from_slice(&b).ok()?.to_string()),
        _ => return None,
    };
    let rule: Rule = serde_json::from_str(&text(3)?).ok()?;
    let rule = Rule::new(rule.repeat, rule.at).ok()?;
    let zone = text(4)?;
    parse_zone(&zone).ok()?;
    Some(Schedule {
        id,
        purpose,
        target,
        rule,
        zone,
        next_fire: time(5)?,
        last_fired: time(6)?,
        snoozed_until: time(7)?,
        paused: flag(8),
        show_words: flag(9),
    })
}

fn ms(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp_millis())
}

fn target_bytes(target: &Option<String>) -> Option<Vec<u8>> {
    target.as_deref().and_then(|t| uuid::Uuid::parse_str(t).ok()).map(|u| u.as_bytes().to_vec())
}

/// Writes a schedule (inserting or replacing the row with its id).
pub(crate) fn put(conn: &Connection, s: &Schedule) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO reminder_schedules
           (id, purpose, target, rule, zone, next_fire, last_fired, snoozed_until, paused, show_words)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        &s.id.as_bytes()[..],
        s.purpose.name(),
        target_bytes(&s.target),
        serde_json::to_string(&s.rule).expect("a rule serializes"),
        s.zone,
        ms(s.next_fire),
        ms(s.last_fired),
        ms(s.snoozed_until),
        s.paused,
        s.show_words,
    ])?;
    Ok(())
}

pub(crate) fn one(conn: &Connection, id: ReminderId) -> Result<Schedule, ReminderError> {
    the_one(conn, select!("WHERE id = ?1"), &id.as_bytes()[..])?.ok_or_else(|| not_found(id))
}

/// The schedule of the automatic reminder that follows the record `target`, if it has one
/// that can be read (a target has one schedule at most).
pub(crate) fn following(conn: &Connection, target: &[u8; 16]) -> Result<Option<Schedule>, StoreError> {
    the_one(conn, select!("WHERE target = ?1"), &target[..])
}

/// The first schedule `query` finds for `key`, if it can be read; one indexed look-up, where
/// reading every schedule made keeping 1,000 boundaries' reminders in step take seconds.
fn the_one(conn: &Connection, query: &str, key: &[u8]) -> Result<Option<Schedule>, StoreError> {
    let mut stmt = conn.prepare_cached(query)?;
    let mut rows = stmt.query([key])?;
    Ok(rows.next()?.and_then(read_row))
}

pub(crate) fn not_found(id: ReminderId) -> ReminderError {
    ReminderError::Record(RecordError::NotFound(id))
}

/// What came due at `now`, without recording anything: the question the shell's loop asks,
/// and `trellis reminder due --at`.
pub(crate) fn due_at(conn: &Connection, now: DateTime<Utc>) -> Result<Due, StoreError> {
    let (all, _) = schedules(conn)?;
    Ok(due_of(&all, now))
}

fn due_of(all: &[Schedule], now: DateTime<Utc>) -> Due {
    let mut due = Due::default();
    for s in all {
        let Some(at) = s.due_at().filter(|t| *t <= now) else { continue };
        let fired =
            Fired { id: s.id, purpose: s.purpose, target: s.target.clone(), due_at: at, show_words: s.show_words };
        if now - at > chrono::Duration::minutes(LATE_AFTER_MINUTES) {
            due.missed.push(fired);
        } else {
            due.on_time.push(fired);
        }
    }
    due
}

/// What came due at `now`, recorded as fired: each fires once, a snooze that ended is over,
/// and the next time is counted from `now` (what was missed is not fired again one by one).
pub(crate) fn fire_due(conn: &Connection, now: DateTime<Utc>) -> Result<Due, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let (all, _) = schedules(conn)?;
    let due = due_of(&all, now);
    for fired in due.on_time.iter().chain(&due.missed) {
        let Some(mut s) = all.iter().find(|s| s.id == fired.id).cloned() else { continue };
        s.last_fired = Some(now);
        if s.snoozed_until.is_some_and(|t| t <= now) {
            s.snoozed_until = None;
        }
        if s.next_fire.is_some_and(|t| t <= now) {
            s.next_fire = s.rule.next_after(s.tz(), now);
        }
        put(conn, &s)?;
    }
    tx.commit()?;
    Ok(due)
}

/// Snoozes one reminder: it asks again when the snooze ends, and a time of its own that would
/// come before then is passed over (the snooze stands in for it).
pub(crate) fn snooze(
    conn: &Connection,
    id: ReminderId,
    how: Snooze,
    now: DateTime<Utc>,
) -> Result<Schedule, ReminderError> {
    let mut s = one(conn, id)?;
    snooze_one(&mut s, how, now);
    put(conn, &s)?;
    Ok(s)
}

fn snooze_one(s: &mut Schedule, how: Snooze, now: DateTime<Utc>) {
    let Some(until) = how.until(s.tz(), now) else { return };
    s.snoozed_until = Some(until);
    if s.next_fire.is_some_and(|t| t <= until) {
        s.next_fire = s.rule.next_after(s.tz(), until);
    }
}

/// Snoozes every reminder that would ask for attention before the snooze ends (the tray's
/// "Snooze all 1 hour"); returns how many.
pub(crate) fn snooze_all(conn: &Connection, how: Snooze, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let (all, _) = schedules(conn)?;
    let mut n = 0;
    for mut s in all {
        if s.due_at().is_some_and(|t| how.until(s.tz(), now).is_some_and(|until| t <= until)) {
            snooze_one(&mut s, how, now);
            put(conn, &s)?;
            n += 1;
        }
    }
    tx.commit()?;
    Ok(n)
}

/// Skips what comes next: a pending snooze, else the next time by the rule.
pub(crate) fn skip_next(conn: &Connection, id: ReminderId) -> Result<Schedule, ReminderError> {
    let mut s = one(conn, id)?;
    if s.snoozed_until.is_some() {
        s.snoozed_until = None;
    } else if let Some(next) = s.next_fire {
        s.next_fire = s.rule.next_after(s.tz(), next);
    }
    put(conn, &s)?;
    Ok(s)
}

/// Pauses or resumes a reminder. Resuming counts from `now`: what would have fired while it
/// was paused does not fire.
pub(crate) fn set_paused(
    conn: &Connection,
    id: ReminderId,
    paused: bool,
    now: DateTime<Utc>,
) -> Result<Schedule, ReminderError> {
    let mut s = one(conn, id)?;
    if s.paused != paused {
        s.paused = paused;
        if !paused {
            s.snoozed_until = None;
            s.next_fire = s.rule.next_after(s.tz(), now);
        }
        put(conn, &s)?;
    }
    Ok(s)
}

/// Lets a notification show the reminder's own words (while unlocked), or not.
pub(crate) fn set_show_words(conn: &Connection, id: ReminderId, show: bool) -> Result<Schedule, ReminderError> {
    let mut s = one(conn, id)?;
    s.show_words = show;
    put(conn, &s)?;
    Ok(s)
}
