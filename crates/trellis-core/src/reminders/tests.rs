//! The schedule table without a key: firing, folding what was missed, snoozing, skipping,
//! pausing, following a date, and rows a hostile file could hold.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use super::schedules::one;
use super::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn db() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = crate::store::open(&dir.path().join("t.db"), true).unwrap();
    (dir, conn)
}

/// Stores a schedule for `repeat` at `at` in `zone`, next fire counted from `now`.
fn stored(conn: &Connection, purpose: Purpose, repeat: Repeat, at: &str, zone: &str, now: DateTime<Utc>) -> Schedule {
    let rule = Rule::new(repeat, parse_time(at).unwrap()).unwrap();
    let s = Schedule {
        id: ReminderId::new(now),
        purpose,
        target: None,
        next_fire: rule.next_after(parse_zone(zone).unwrap(), now),
        rule,
        zone: zone.into(),
        last_fired: None,
        snoozed_until: None,
        paused: false,
        show_words: false,
    };
    put(conn, &s).unwrap();
    s
}

fn weekly(conn: &Connection, days: Vec<Day>, at: &str, zone: &str, now: DateTime<Utc>) -> Schedule {
    stored(conn, Purpose::Checkin, Repeat::Weekly { days }, at, zone, now)
}

fn daily(conn: &Connection, at: &str, zone: &str, now: DateTime<Utc>) -> Schedule {
    stored(conn, Purpose::Journal, Repeat::Daily, at, zone, now)
}

#[test]
fn a_reminder_fires_once_on_time_and_then_waits_for_its_next_time() {
    let (_d, conn) = db();
    let created = utc("2026-11-23T10:00:00Z");
    let s = weekly(&conn, vec![Day::Sun], "19:00", "Europe/Berlin", created);
    assert_eq!(s.next_fire, Some(utc("2026-11-29T18:00:00Z")));
    assert!(fire_due(&conn, utc("2026-11-29T17:59:30Z")).unwrap().is_empty());
    // The loop reads the clock every 30 s: 20 s late is on time.
    let at = utc("2026-11-29T18:00:20Z");
    assert_eq!(due_at(&conn, at).unwrap().on_time.len(), 1, "asking does not record anything");
    let due = fire_due(&conn, at).unwrap();
    assert_eq!((due.on_time.len(), due.missed.len()), (1, 0));
    assert!(fire_due(&conn, utc("2026-11-29T18:00:50Z")).unwrap().is_empty(), "fires once");
    let after = one(&conn, s.id).unwrap();
    assert_eq!(after.next_fire, Some(utc("2026-12-06T18:00:00Z")));
    assert_eq!(after.last_fired, Some(at));
}

#[test]
fn a_week_asleep_folds_into_one_missed_notification_and_fires_nothing_twice() {
    let (_d, conn) = db();
    let start = utc("2026-11-23T10:00:00Z");
    daily(&conn, "08:00", "America/New_York", start);
    daily(&conn, "21:30", "America/New_York", start);
    weekly(&conn, vec![Day::Wed], "19:00", "America/New_York", start);
    let wake = utc("2026-11-30T15:00:00Z");
    let due = fire_due(&conn, wake).unwrap();
    assert_eq!(due.on_time.len(), 0);
    assert_eq!(due.missed.len(), 3, "one per reminder, not one per missed day: {due:?}");
    assert!(fire_due(&conn, wake + chrono::Duration::seconds(30)).unwrap().is_empty());
    // Each counts on from the moment it woke.
    let (all, _) = schedules(&conn).unwrap();
    let mut next: Vec<_> = all.iter().map(|s| s.next_fire.unwrap()).collect();
    next.sort();
    assert_eq!(next, [utc("2026-12-01T02:30:00Z"), utc("2026-12-01T13:00:00Z"), utc("2026-12-03T00:00:00Z")]);
}

#[test]
fn snooze_skip_pause_and_resume() {
    let (_d, conn) = db();
    let start = utc("2026-11-23T10:00:00Z");
    let s = daily(&conn, "22:50", "Europe/Berlin", start);
    // It fires at 22:50 local; snoozed for an hour it asks again after midnight.
    let fired_at = utc("2026-11-23T21:50:05Z");
    assert_eq!(fire_due(&conn, fired_at).unwrap().on_time.len(), 1);
    let snoozed = snooze(&conn, s.id, Snooze::OneHour, fired_at).unwrap();
    assert_eq!(snoozed.snoozed_until, Some(utc("2026-11-23T22:50:05Z")));
    assert!(fire_due(&conn, utc("2026-11-23T22:50:00Z")).unwrap().is_empty());
    assert_eq!(fire_due(&conn, utc("2026-11-23T22:50:30Z")).unwrap().on_time.len(), 1);
    assert_eq!(one(&conn, s.id).unwrap().snoozed_until, None, "a snooze that ended is over");
    // Skip next: tomorrow's is passed over.
    let skipped = skip_next(&conn, s.id).unwrap();
    assert_eq!(skipped.next_fire, Some(utc("2026-11-25T21:50:00Z")));
    // Paused, nothing fires; resumed later, what passed meanwhile does not fire either.
    set_paused(&conn, s.id, true, start).unwrap();
    assert!(fire_due(&conn, utc("2026-11-28T00:00:00Z")).unwrap().is_empty());
    let resumed = set_paused(&conn, s.id, false, utc("2026-11-28T00:00:00Z")).unwrap();
    assert_eq!(resumed.next_fire, Some(utc("2026-11-28T21:50:00Z")));
    assert!(fire_due(&conn, utc("2026-11-28T00:00:30Z")).unwrap().is_empty());
    // Snooze all: everything due within the hour waits until it ends, and only that.
    let soon = daily(&conn, "09:30", "Europe/Berlin", start);
    let n = snooze_all(&conn, Snooze::OneHour, utc("2026-11-28T08:00:00Z")).unwrap();
    assert_eq!(n, 1, "only the 09:30 one asks within the hour");
    assert!(fire_due(&conn, utc("2026-11-28T08:30:30Z")).unwrap().is_empty());
    let due = fire_due(&conn, utc("2026-11-28T09:00:10Z")).unwrap();
    assert_eq!(due.on_time.iter().map(|f| f.id).collect::<Vec<_>>(), [soon.id]);
    assert!(matches!(
        snooze(&conn, ReminderId::new(start), Snooze::OneHour, start),
        Err(ReminderError::Record(crate::RecordError::NotFound(_)))
    ));
}

#[test]
fn a_followed_date_makes_moves_and_removes_its_reminder() {
    let (_d, conn) = db();
    let target = [7u8; 16];
    let now = utc("2026-11-23T10:00:00Z");
    let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    follow(&conn, Purpose::BoundaryReview, &target, Some(on), now).unwrap();
    let (all, _) = schedules(&conn).unwrap();
    assert_eq!(all.len(), 1);
    let first = all[0].clone();
    assert_eq!(first.rule, Rule { repeat: Repeat::Once { on }, at: FOLLOW_AT });
    assert!(first.next_fire.is_some());
    // The same date again keeps it as it is (here: snoozed).
    snooze(&conn, first.id, Snooze::TomorrowMorning, now).unwrap();
    follow(&conn, Purpose::BoundaryReview, &target, Some(on), now).unwrap();
    assert!(one(&conn, first.id).unwrap().snoozed_until.is_some());
    // A new date moves it.
    let later = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
    follow(&conn, Purpose::BoundaryReview, &target, Some(later), now).unwrap();
    let moved = one(&conn, first.id).unwrap();
    assert_eq!(moved.rule.repeat, Repeat::Once { on: later });
    assert_eq!(moved.snoozed_until, None);
    assert_eq!(moved.next_fire, local_instant(moved.tz(), later, FOLLOW_AT));
    // A date in the past makes a reminder that never fires.
    follow(&conn, Purpose::BoundaryReview, &target, Some(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()), now).unwrap();
    assert_eq!(one(&conn, first.id).unwrap().next_fire, None);
    follow(&conn, Purpose::BoundaryReview, &target, None, now).unwrap();
    assert!(schedules(&conn).unwrap().0.is_empty(), "no date, no reminder");
}

#[test]
fn rows_a_hostile_file_could_hold_are_left_out_not_fired() {
    let (_d, conn) = db();
    let now = utc("2026-11-23T10:00:00Z");
    let good = daily(&conn, "10:30", "UTC", now);
    let bad_rows = [
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000001', 'party', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'UTC', 0)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000002', 'journal', 'not json', 'UTC', 0)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000003', 'journal', '{\"repeat\":{\"every\":\"weekly\",\"days\":[]},\"at\":\"10:30:00\"}', 'UTC', 0)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000004', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'Mars/Base', 0)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000005', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'UTC', 'soon')",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000006', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'UTC', 9223372036854775807)",
        // Dates outside 1970 to 9999 (they used to panic the check, with no passphrase):
        // a one-time rule on the last day chrono holds, far-future and far-past times.
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000007', 'custom', '{\"repeat\":{\"every\":\"once\",\"on\":\"+262142-12-31\"},\"at\":\"23:00:00\"}', 'America/New_York', 0)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, next_fire) VALUES (x'00000000000000000000000000000008', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'Pacific/Kiritimati', 8210298412799999)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, snoozed_until) VALUES (x'00000000000000000000000000000009', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'Etc/GMT+12', -8334601228800000)",
        "INSERT INTO reminder_schedules (id, purpose, rule, zone, last_fired) VALUES (x'0000000000000000000000000000000a', 'journal', '{\"repeat\":{\"every\":\"daily\"},\"at\":\"10:30:00\"}', 'UTC', 253402300800000)",
    ];
    for sql in bad_rows {
        conn.execute(sql, []).unwrap();
    }
    let (all, unreadable) = schedules(&conn).unwrap();
    assert_eq!(all.iter().map(|s| s.id).collect::<Vec<_>>(), [good.id]);
    assert_eq!(unreadable, 10);
    let due = fire_due(&conn, utc("2026-11-23T10:30:10Z")).unwrap();
    assert_eq!(due.on_time.len(), 1);
    // Everything that works without a key works beside them.
    assert_eq!(snooze_all(&conn, Snooze::OneHour, utc("2026-11-24T10:00:00Z")).unwrap(), 1);
    assert!(crate::reminders::ics::export(&schedules(&conn).unwrap().0, "Trellis", now).contains("BEGIN:VEVENT"));
    assert!(fire_due(&conn, DateTime::<Utc>::MAX_UTC).is_ok(), "even a clock at chrono's end answers");
}
