//! The hybrid logical clock: milliseconds since 1970 in the high bits, a counter in the low 16.
//! Each reading is later than every reading this computer made or saw, so changes keep their
//! order even when two computers' clocks disagree; and it stays close to the wall clock, so
//! "the later edit" means what a person expects.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::store::StoreError;

/// How far ahead of this computer's clock a reading from another computer may pull ours (a
/// computer whose clock is a year ahead must not freeze everyone's edits behind it).
const MAX_AHEAD_MS: i64 = 24 * 60 * 60 * 1000;

/// A clock reading for a wall-clock time.
pub(crate) fn of_time(at: DateTime<Utc>) -> u64 {
    (at.timestamp_millis().max(0) as u64) << 16
}

/// The wall-clock time a reading stands for.
pub(crate) fn time_of(hlc: u64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis((hlc >> 16) as i64).unwrap_or(DateTime::UNIX_EPOCH)
}

/// Takes the next reading: later than the last one, and not earlier than `at` when known.
/// Runs in the caller's transaction.
pub(crate) fn tick(conn: &Connection, at: Option<DateTime<Utc>>) -> Result<u64, StoreError> {
    let last: i64 = conn.prepare_cached("SELECT hlc FROM sync_self")?.query_row([], |r| r.get(0))?;
    let next = (last.max(0) as u64 + 1).max(at.map(of_time).unwrap_or(0));
    conn.prepare_cached("UPDATE sync_self SET hlc = ?1")?.execute([next as i64])?;
    Ok(next)
}

/// Takes in a reading seen in another computer's change, so the next one here is later; a
/// reading more than a day ahead of `now` is taken as a day ahead.
pub(crate) fn observe(conn: &Connection, seen: u64, now: DateTime<Utc>) -> Result<(), StoreError> {
    let cap = of_time(now + chrono::Duration::milliseconds(MAX_AHEAD_MS));
    let seen = seen.min(cap) as i64;
    conn.prepare_cached("UPDATE sync_self SET hlc = ?1 WHERE hlc < ?1")?.execute([seen])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE sync_self (hlc INTEGER NOT NULL); INSERT INTO sync_self VALUES (0);").unwrap();
        conn
    }

    #[test]
    fn readings_only_go_forward() {
        let conn = conn();
        let t = DateTime::from_timestamp_millis(1_770_000_000_000).unwrap();
        let a = tick(&conn, Some(t)).unwrap();
        let b = tick(&conn, Some(t)).unwrap();
        let c = tick(&conn, Some(t - chrono::Duration::hours(1))).unwrap();
        let d = tick(&conn, None).unwrap();
        assert!(a < b && b < c && c < d);
        assert_eq!(time_of(a), t);
    }

    #[test]
    fn a_reading_from_another_computer_moves_this_one_on_but_not_beyond_a_day() {
        let conn = conn();
        let now = DateTime::from_timestamp_millis(1_770_000_000_000).unwrap();
        observe(&conn, of_time(now + chrono::Duration::minutes(5)), now).unwrap();
        assert!(tick(&conn, Some(now)).unwrap() > of_time(now + chrono::Duration::minutes(5)));
        observe(&conn, of_time(now + chrono::Duration::days(400)), now).unwrap();
        let next = tick(&conn, Some(now)).unwrap();
        assert!(time_of(next) <= now + chrono::Duration::days(1) + chrono::Duration::seconds(1));
    }
}
