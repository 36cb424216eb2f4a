//! Reminders that follow a date a person set on another record (a boundary's review, an
//! agreement's revisit). A kind says it has such a date by implementing [`FollowsDate`]; its
//! line in the registry of kinds (`crate::kinds`) gives it the [`FollowDate`] hook, which the
//! write path runs after every write, and its [`Of`] entry in the list of dated kinds lets
//! [`super::Reminders::follow_all`] catch up after an import or another front end's write.
//! This module names none of those kinds.

use std::collections::{HashMap, HashSet};
use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use super::schedules::{following, put};
use super::{parse_zone, system_zone, Purpose, Repeat, Rule, Schedule, Tz, MORNING};
use crate::collection::Collection;
use crate::ids::{RecordId, ReminderId};
use crate::record::{Kind, Row};
use crate::registry::Hook;
use crate::store::StoreError;

/// A kind of record with a date that has a reminder of its own.
pub(crate) trait FollowsDate: Kind {
    /// What the reminder is for.
    const PURPOSE: Purpose;
    /// The date while a reminder is wanted (none once the record is retired).
    fn date(payload: &Self::Payload) -> Option<NaiveDate>;
    /// The record's words its reminder names ([`Purpose::about_in`] says them).
    fn about(payload: &Self::Payload) -> String;
}

/// The registry hook of a kind that follows a date: keeps its reminder in step with each write.
pub(crate) struct FollowDate;

impl<K: FollowsDate> Hook<K> for FollowDate {
    fn written(conn: &Connection, id: &K::Id, payload: &K::Payload, at: DateTime<Utc>) -> Result<(), StoreError> {
        follow(conn, K::PURPOSE, id.as_bytes(), K::date(payload), at)
    }

    fn removed(conn: &Connection, id: &K::Id) -> Result<(), StoreError> {
        unfollow(conn, id.as_bytes())
    }
}

/// A dated record's reminder as it should be: the record's id, the purpose, the date.
pub(crate) type Wanted = ([u8; 16], Purpose, Option<NaiveDate>);

/// One kind that follows a date, reached without naming it.
pub(crate) trait Dated: Sync {
    /// Adds the words each record's reminder names, by record id.
    fn about(&self, c: &Collection<'_>, out: &mut HashMap<String, String>) -> Result<(), StoreError>;
    /// Adds each readable record's wanted reminder, and the ids of the unreadable ones (which
    /// keep the reminder they had).
    fn wanted(&self, c: &Collection<'_>, out: &mut Vec<Wanted>, keep: &mut HashSet<String>) -> Result<(), StoreError>;
}

/// The [`Dated`] entry of kind `K`.
pub(crate) struct Of<K>(PhantomData<fn() -> K>);

impl<K> Of<K> {
    pub(crate) const ENTRY: Self = Of(PhantomData);
}

fn store<I: RecordId>(e: crate::record::RecordError<I>) -> StoreError {
    match e {
        crate::record::RecordError::Store(s) => s,
        // Listing reads every row; a damaged one is a row, not an error.
        _ => StoreError::Interrupted,
    }
}

impl<K: FollowsDate> Dated for Of<K> {
    fn about(&self, c: &Collection<'_>, out: &mut HashMap<String, String>) -> Result<(), StoreError> {
        for row in c.all::<K>().map_err(store)? {
            if let Row::Ok(rec) = row {
                out.insert(rec.id.to_string(), K::about(&rec.payload));
            }
        }
        Ok(())
    }

    fn wanted(&self, c: &Collection<'_>, out: &mut Vec<Wanted>, keep: &mut HashSet<String>) -> Result<(), StoreError> {
        for row in c.all::<K>().map_err(store)? {
            match row {
                Row::Ok(rec) => out.push((*rec.id.as_bytes(), K::PURPOSE, K::date(&rec.payload))),
                Row::Damaged { id, .. } => {
                    keep.insert(id.to_string());
                }
            }
        }
        Ok(())
    }
}

/// The time an automatic reminder for a review or revisit date fires: that morning.
pub const FOLLOW_AT: chrono::NaiveTime = MORNING;

/// Keeps the automatic reminder of one boundary or agreement in step with its date: made when
/// it gets a date, moved when the date moves, removed when the date goes (or the boundary or
/// agreement is retired or deleted). A date unchanged leaves the reminder as it is (snoozed,
/// paused or fired). Run by the write path after every write of a kind that follows a date
/// (through [`FollowDate`], the kind's registry hook), in the same transaction.
pub(crate) fn follow(
    conn: &Connection,
    purpose: Purpose,
    target: &[u8; 16],
    on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    // A date outside the ones Trellis keeps (only an edited record could hold one) is no
    // date a reminder can fire on.
    let Some(on) = on.filter(|d| crate::dates::day_in_range(*d)) else {
        return unfollow(conn, target);
    };
    let rule = Rule { repeat: Repeat::Once { on }, at: FOLLOW_AT };
    let target_text = uuid::Uuid::from_bytes(*target).to_string();
    let old = following(conn, target)?;
    if old.as_ref().is_some_and(|o| o.rule == rule && o.purpose == purpose) {
        return Ok(());
    }
    let zone = old.as_ref().map_or_else(|| system_zone().name().to_owned(), |o| o.zone.clone());
    let tz = parse_zone(&zone).unwrap_or(Tz::UTC);
    // A row that could not be read is replaced (its target is unique).
    conn.prepare_cached("DELETE FROM reminder_schedules WHERE target = ?1")?.execute([&target[..]])?;
    put(
        conn,
        &Schedule {
            id: old.as_ref().map_or_else(|| ReminderId::derived(now, target), |o| o.id),
            purpose,
            target: Some(target_text),
            next_fire: rule.next_after(tz, now),
            rule,
            zone,
            last_fired: None,
            snoozed_until: None,
            paused: old.as_ref().is_some_and(|o| o.paused),
            show_words: old.as_ref().is_some_and(|o| o.show_words),
        },
    )
}

/// Removes the automatic reminder of a boundary or agreement, if it has one.
pub(crate) fn unfollow(conn: &Connection, target: &[u8; 16]) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM reminder_schedules WHERE target = ?1")?.execute([&target[..]])?;
    Ok(())
}
