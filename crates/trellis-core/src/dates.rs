//! The dates Trellis keeps: from 1 January 1970 to 31 December 9999.
//!
//! Why a range at all: chrono can hold instants some 262,000 years away, but turning such an
//! instant into a local day (adding a zone's offset) or adding minutes to it overflows and
//! panics. An imported entry dated `+262142-12-31T23:59:59Z` used to stop "on this day" (and
//! so every unlock of the app) in zones east of UTC, and a far-future one-time reminder
//! stopped the clock thread. Every date that comes in (an import, a restore, a reminder's
//! rule, a row of the plaintext schedule table) is checked against this range, and every
//! conversion of a UTC instant into a local time goes through [`in_zone`], which answers
//! `None` outside it instead of panicking. Within the range, every zone's offset (at most a
//! day either way) stays far inside what chrono can hold.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

/// The first day kept (UTC): ids count milliseconds from here.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => panic!("1 January 1970 is a date"),
};

/// The last day kept (UTC).
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => panic!("31 December 9999 is a date"),
};

/// The range as people read it, for messages: "a date between 1970 and 9999".
pub const RANGE: &str = "a date between 1970 and 9999";

/// Tells whether `day` is one Trellis keeps.
pub fn day_in_range(day: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&day)
}

/// Tells whether the instant `t` falls on a day Trellis keeps (counted in UTC).
pub fn in_range(t: DateTime<Utc>) -> bool {
    day_in_range(t.date_naive())
}

/// Returns `t` in the time zone `tz`, or `None` when `t` is outside the range (where the
/// conversion could overflow).
pub fn in_zone<Tz: TimeZone>(t: DateTime<Utc>, tz: &Tz) -> Option<DateTime<Tz>> {
    in_range(t).then(|| t.with_timezone(tz))
}

/// Returns the local day of `t` in the time zone `tz`, or `None` outside the range.
pub fn local_day<Tz: TimeZone>(t: DateTime<Utc>, tz: &Tz) -> Option<NaiveDate> {
    in_zone(t, tz).map(|l| l.date_naive())
}

/// Test inputs shared by every property test about dates.
/// A time kept to the millisecond, as the database stores it, so what a write returns equals
/// what a read gives back.
pub(crate) fn whole_ms(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(DateTime::UNIX_EPOCH)
}

#[cfg(test)]
pub(crate) mod strategies {
    use chrono::{DateTime, Duration, Utc};
    use proptest::prelude::*;

    /// Any instant chrono can hold, and those at and near its ends and the range's.
    pub(crate) fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
        let utc = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let (first, last, past_last) =
            (utc("1970-01-01T00:00:00Z"), utc("9999-12-31T12:00:00Z"), utc("+10000-01-01T00:00:00Z"));
        prop_oneof![
            (DateTime::<Utc>::MIN_UTC.timestamp_millis()..=DateTime::<Utc>::MAX_UTC.timestamp_millis())
                .prop_map(|ms| DateTime::from_timestamp_millis(ms).unwrap()),
            prop::sample::select(vec![
                DateTime::<Utc>::MIN_UTC,
                DateTime::<Utc>::MAX_UTC,
                first,
                utc("9999-12-31T23:59:59Z"),
                utc("9999-12-31T23:59:59.999Z"),
                utc("+262142-12-31T23:59:59Z"),
            ]),
            (-2_000i64..2_000).prop_map(move |m| first + Duration::minutes(m)),
            (-200_000i64..200_000).prop_map(move |m| last + Duration::minutes(m)),
            (-2_000i64..2_000).prop_map(move |m| past_last + Duration::minutes(m)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;
    use proptest::prelude::*;

    #[test]
    fn the_bounds_are_kept_and_one_step_past_them_is_not() {
        let first = FIRST_DAY.and_hms_opt(0, 0, 0).unwrap().and_utc();
        let last = LAST_DAY.and_hms_milli_opt(23, 59, 59, 999).unwrap().and_utc();
        assert!(in_range(first) && in_range(last));
        assert!(!in_range(first - chrono::Duration::milliseconds(1)));
        assert!(!in_range(last + chrono::Duration::milliseconds(1)));
        assert!(!in_range(DateTime::<Utc>::MAX_UTC) && !in_range(DateTime::<Utc>::MIN_UTC));
        // The widest offsets there are, either side of the bounds: a day that exists.
        let east = FixedOffset::east_opt(14 * 3600).unwrap();
        let west = FixedOffset::west_opt(12 * 3600).unwrap();
        assert_eq!(local_day(last, &east).unwrap().to_string(), "+10000-01-01");
        assert_eq!(local_day(first, &west).unwrap().to_string(), "1969-12-31");
        assert_eq!(local_day(DateTime::<Utc>::MAX_UTC, &east), None, "no panic at chrono's own end");
        assert_eq!(local_day(DateTime::<Utc>::MIN_UTC, &west), None);
    }

    proptest! {
        #[test]
        fn a_local_day_never_panics(
            ms in DateTime::<Utc>::MIN_UTC.timestamp_millis()..=DateTime::<Utc>::MAX_UTC.timestamp_millis(),
            offset in -86_399i32..86_400,
        ) {
            let t = DateTime::from_timestamp_millis(ms).unwrap();
            let tz = FixedOffset::east_opt(offset).unwrap();
            prop_assert_eq!(local_day(t, &tz).is_some(), in_range(t));
        }
    }
}
