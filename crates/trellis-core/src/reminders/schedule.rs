//! When a reminder fires: a rule (once, daily, weekly on chosen days, monthly on a day) at a
//! local time in an IANA zone. The next time is a pure function of (rule, zone, instant), so
//! it is tested with a fixed `now` and never reads a clock.
//!
//! Daylight-saving changes: a local time the clocks skip (02:30 on the night they jump from
//! 02:00 to 03:00) fires at the first local time that exists after it (03:00); a local time
//! that happens twice (01:30 on the night they fall back) fires once, the first time.
//!
//! Every date here stays within [`crate::dates`] (1970 to 9999): a rule's own day is checked
//! when the rule is made (and when a stored one is read back), the times it answers lie
//! within it, and all arithmetic is checked. Nothing in this file can panic on a date, so the
//! clock thread that asks it (and also runs the auto-lock) cannot be stopped by one.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    /// Monday first.
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    fn of(date: NaiveDate) -> Day {
        Day::ALL[date.weekday().num_days_from_monday() as usize]
    }

    /// The day's two-letter iCalendar name.
    pub fn ics(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }

    /// The day's name as people read it.
    pub fn name(self) -> &'static str {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][self as usize]
    }

    /// Reads "mon", "Monday", "mo" (any case).
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim().to_ascii_lowercase();
        Day::ALL.into_iter().find(|d| s.len() >= 2 && d.name().to_ascii_lowercase().starts_with(&s))
    }
}

/// How often a reminder repeats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "every", rename_all = "snake_case")]
pub enum Repeat {
    /// One time, on this day.
    Once { on: NaiveDate },
    /// Every day.
    Daily,
    /// Every week on these days.
    Weekly { days: Vec<Day> },
    /// Every month on this day (the month's last day when it is shorter).
    Monthly { day: u8 },
}

/// A reminder's rule: how often, and at what local time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Rule {
    pub repeat: Repeat,
    /// The local time, to the minute.
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub at: NaiveTime,
}

/// The rule is not one that can fire.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("a weekly reminder needs at least one day")]
    NoDays,
    #[error("a monthly reminder's day must be between 1 and 31")]
    BadDay,
    #[error("`{0}` is not a time zone Trellis knows; use a name like Europe/Berlin")]
    BadZone(String),
    #[error("`{0}` is not a time of day; use 24-hour HH:MM, like 19:00")]
    BadTime(String),
    #[error("a one-time reminder's day (`on`) must be {}, like 2027-05-31", crate::dates::RANGE)]
    OutOfRange,
}

impl Rule {
    /// Makes a rule, checking it can fire; the time is kept to the minute.
    pub fn new(repeat: Repeat, at: NaiveTime) -> Result<Rule, RuleError> {
        let repeat = match repeat {
            Repeat::Weekly { mut days } => {
                days.sort();
                days.dedup();
                if days.is_empty() {
                    return Err(RuleError::NoDays);
                }
                Repeat::Weekly { days }
            }
            Repeat::Monthly { day } if !(1..=31).contains(&day) => return Err(RuleError::BadDay),
            Repeat::Once { on } if !crate::dates::day_in_range(on) => return Err(RuleError::OutOfRange),
            other => other,
        };
        let at = NaiveTime::from_hms_opt(chrono::Timelike::hour(&at), chrono::Timelike::minute(&at), 0)
            .expect("an hour and minute of a valid time");
        Ok(Rule { repeat, at })
    }

    /// Whether the rule fires on the local day `date`.
    fn on(&self, date: NaiveDate) -> bool {
        match &self.repeat {
            Repeat::Once { on } => *on == date,
            Repeat::Daily => true,
            Repeat::Weekly { days } => days.contains(&Day::of(date)),
            Repeat::Monthly { day } => date.day() == u32::from(*day).min(last_day(date)),
        }
    }

    /// The first time the rule fires strictly after `after`, or `None` when it never will
    /// again (a one-time reminder whose time has passed; an empty weekly rule) or not within
    /// the dates Trellis keeps.
    pub fn next_after(&self, zone: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // The local day of `after` can be a day behind or ahead of the UTC one; one day of
        // slack on each side, then at most two months of days (a monthly rule always matches
        // within that).
        let start = crate::dates::local_day(after, &zone)?.pred_opt()?;
        let next = if let Repeat::Once { on } = self.repeat {
            local_instant(zone, on, self.at).filter(|t| *t > after)
        } else {
            start
                .iter_days()
                .take(64)
                .filter(|d| self.on(*d))
                .filter_map(|d| local_instant(zone, d, self.at))
                .find(|t| *t > after)
        };
        next.filter(|t| crate::dates::in_range(*t))
    }
}

/// The instant of local `date` at `at` in `zone`: the first of a repeated local time, and the
/// first local time that exists after a skipped one. `None` for a day outside the dates
/// Trellis keeps.
pub fn local_instant(zone: Tz, date: NaiveDate, at: NaiveTime) -> Option<DateTime<Utc>> {
    if !crate::dates::day_in_range(date) {
        return None;
    }
    let local = date.and_time(at);
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => Some(after_gap(zone, local)),
    }
}

/// The first existing local minute after `local`, which the clocks skipped. Gaps are at most
/// a few hours, on whole minutes in every zone's modern rules.
fn after_gap(zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    (1..=24 * 60)
        .map_while(|m| local.checked_add_signed(Duration::minutes(m)))
        .find_map(|l| zone.from_local_datetime(&l).earliest())
        .map_or_else(|| zone.from_utc_datetime(&local).with_timezone(&Utc), |t| t.with_timezone(&Utc))
}

fn last_day(date: NaiveDate) -> u32 {
    let first_of_next = if date.month() == 12 {
        NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
    };
    first_of_next.and_then(|d| d.pred_opt()).map_or(28, |d| d.day())
}

/// How long a snooze lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Snooze {
    TenMinutes,
    OneHour,
    /// 09:00 on the next local day.
    TomorrowMorning,
}

/// The local time "tomorrow morning" means.
pub const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => panic!("09:00 is a time"),
};

impl Snooze {
    /// When a snooze taken at `now` ends, for a reminder in `zone`. Ten minutes and an hour
    /// are lengths of time (across midnight or a clock change alike); tomorrow morning is
    /// 09:00 local on the next day, whatever the clocks did overnight. `None` past the dates
    /// Trellis keeps.
    pub fn until(self, zone: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let until = match self {
            Snooze::TenMinutes => now.checked_add_signed(Duration::minutes(10)),
            Snooze::OneHour => now.checked_add_signed(Duration::hours(1)),
            Snooze::TomorrowMorning => {
                let today = crate::dates::local_day(now, &zone)?;
                local_instant(zone, today.succ_opt()?, MORNING)
            }
        };
        until.filter(|t| crate::dates::in_range(*t))
    }

    /// Reads "10m", "1h", "tomorrow".
    pub fn parse(s: &str) -> Option<Snooze> {
        match s.trim().to_ascii_lowercase().as_str() {
            "10m" | "10min" | "10" => Some(Snooze::TenMinutes),
            "1h" | "hour" | "60m" => Some(Snooze::OneHour),
            "tomorrow" | "morning" | "tomorrow-morning" => Some(Snooze::TomorrowMorning),
            _ => None,
        }
    }
}

/// Reads an IANA zone name.
pub fn parse_zone(name: &str) -> Result<Tz, RuleError> {
    name.trim().parse::<Tz>().map_err(|_| RuleError::BadZone(name.chars().take(60).collect()))
}

/// Reads a 24-hour "HH:MM".
pub fn parse_time(s: &str) -> Result<NaiveTime, RuleError> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| RuleError::BadTime(s.chars().take(20).collect()))
}

/// The zone this machine is set to: `$TZ` when it names a zone, else the system's, else UTC.
pub fn system_zone() -> Tz {
    find_system_zone().0
}

/// Where `find_system_zone` found the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneFound {
    /// `$TZ` named it.
    TzVariable,
    /// The system's setting (on Windows its calendar API, which Wine lacks).
    System,
    /// Neither could be read: UTC stands in, and the person should be told.
    Nowhere,
}

/// `system_zone`, with where it came from.
pub fn find_system_zone() -> (Tz, ZoneFound) {
    pick_zone(std::env::var("TZ").ok().as_deref(), || iana_time_zone::get_timezone().ok())
}

fn pick_zone(tz_variable: Option<&str>, system: impl FnOnce() -> Option<String>) -> (Tz, ZoneFound) {
    if let Some(zone) = tz_variable.and_then(|z| z.trim_start_matches(':').parse::<Tz>().ok()) {
        return (zone, ZoneFound::TzVariable);
    }
    match system().and_then(|z| z.parse::<Tz>().ok()) {
        Some(zone) => (zone, ZoneFound::System),
        None => (Tz::UTC, ZoneFound::Nowhere),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::strategies::any_instant;
    use proptest::prelude::*;

    fn zone(name: &str) -> Tz {
        parse_zone(name).unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }
    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn time(s: &str) -> NaiveTime {
        parse_time(s).unwrap()
    }
    fn rule(repeat: Repeat, at: &str) -> Rule {
        Rule::new(repeat, time(at)).unwrap()
    }
    /// The next `n` fire times after `from`, as local RFC 3339 text in `zone`.
    fn next_n(r: &Rule, z: Tz, from: &str, n: usize) -> Vec<String> {
        let mut at = utc(from);
        let mut out = Vec::new();
        for _ in 0..n {
            let Some(t) = r.next_after(z, at) else { break };
            out.push(t.with_timezone(&z).to_rfc3339());
            at = t;
        }
        out
    }

    #[test]
    fn the_system_zone_says_where_it_came_from() {
        let system = |name: &str| {
            let name = name.to_owned();
            move || Some(name)
        };
        let unreadable = || None;
        assert_eq!(
            pick_zone(Some("Europe/Berlin"), system("Asia/Tokyo")),
            (zone("Europe/Berlin"), ZoneFound::TzVariable)
        );
        assert_eq!(pick_zone(Some(":America/New_York"), unreadable), (zone("America/New_York"), ZoneFound::TzVariable));
        // A POSIX rule or a Windows zone name is no IANA name: the next source is asked.
        assert_eq!(
            pick_zone(Some("CET-1CEST,M3.5.0,M10.5.0/3"), system("Asia/Tokyo")),
            (zone("Asia/Tokyo"), ZoneFound::System)
        );
        assert_eq!(pick_zone(None, system("Australia/Adelaide")), (zone("Australia/Adelaide"), ZoneFound::System));
        assert_eq!(pick_zone(None, system("W. Europe Standard Time")), (Tz::UTC, ZoneFound::Nowhere));
        // Under Wine the system's zone cannot be read at all.
        assert_eq!(pick_zone(None, unreadable), (Tz::UTC, ZoneFound::Nowhere));
        assert_eq!(pick_zone(Some(""), unreadable), (Tz::UTC, ZoneFound::Nowhere));
    }

    #[test]
    fn berlin_weekly_across_both_clock_changes() {
        let z = zone("Europe/Berlin");
        let sunday_2am30 = rule(Repeat::Weekly { days: vec![Day::Sun] }, "02:30");
        // 29 March 2026: 02:00 becomes 03:00, so 02:30 does not exist: it fires at 03:00.
        assert_eq!(
            next_n(&sunday_2am30, z, "2026-03-20T00:00:00Z", 3),
            ["2026-03-22T02:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-04-05T02:30:00+02:00"]
        );
        // 25 October 2026: 03:00 becomes 02:00 again, so 02:30 happens twice: once is enough.
        assert_eq!(
            next_n(&sunday_2am30, z, "2026-10-20T00:00:00Z", 3),
            ["2026-10-25T02:30:00+02:00", "2026-11-01T02:30:00+01:00", "2026-11-08T02:30:00+01:00"]
        );
        // Asked between the two 02:30s, it does not fire at the second one.
        assert_eq!(sunday_2am30.next_after(z, utc("2026-10-25T00:45:00Z")).unwrap(), utc("2026-11-01T01:30:00Z"));
        // The weekly check-in's default, Sunday 19:00, keeps its local time across both.
        let checkin = rule(Repeat::Weekly { days: vec![Day::Sun] }, "19:00");
        assert_eq!(
            next_n(&checkin, z, "2026-03-28T12:00:00Z", 2),
            ["2026-03-29T19:00:00+02:00", "2026-04-05T19:00:00+02:00"]
        );
        assert_eq!(checkin.next_after(z, utc("2026-10-25T16:00:00Z")).unwrap(), utc("2026-10-25T18:00:00Z"));
    }

    #[test]
    fn new_york_daily_across_both_clock_changes() {
        let z = zone("America/New_York");
        let daily = rule(Repeat::Daily, "02:15");
        // 8 March 2026, 02:00 → 03:00; 1 November 2026, 02:00 → 01:00.
        assert_eq!(
            next_n(&daily, z, "2026-03-07T12:00:00Z", 3),
            ["2026-03-08T03:00:00-04:00", "2026-03-09T02:15:00-04:00", "2026-03-10T02:15:00-04:00"]
        );
        let one_thirty = rule(Repeat::Daily, "01:30");
        assert_eq!(
            next_n(&one_thirty, z, "2026-10-31T12:00:00Z", 3),
            ["2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00", "2026-11-03T01:30:00-05:00"]
        );
    }

    #[test]
    fn lord_howe_moves_its_clocks_by_half_an_hour() {
        // Lord Howe Island: +10:30 in winter, +11:00 in summer; on 4 October 2026 02:00 becomes
        // 02:30, on 5 April 2026 02:00 becomes 01:30.
        let z = zone("Australia/Lord_Howe");
        let r = rule(Repeat::Daily, "02:10");
        assert_eq!(
            next_n(&r, z, "2026-10-02T12:00:00Z", 3),
            ["2026-10-03T02:10:00+10:30", "2026-10-04T02:30:00+11:00", "2026-10-05T02:10:00+11:00"]
        );
        let r = rule(Repeat::Daily, "01:45");
        assert_eq!(
            next_n(&r, z, "2026-04-03T12:00:00Z", 3),
            ["2026-04-04T01:45:00+11:00", "2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30"]
        );
    }

    #[test]
    fn kolkata_has_no_clock_changes_and_a_half_hour_offset() {
        let z = zone("Asia/Kolkata");
        let r = rule(Repeat::Weekly { days: vec![Day::Mon, Day::Thu] }, "07:00");
        assert_eq!(
            next_n(&r, z, "2026-11-23T02:00:00Z", 3),
            ["2026-11-26T07:00:00+05:30", "2026-11-30T07:00:00+05:30", "2026-12-03T07:00:00+05:30"]
        );
        // 01:29 UTC on a Monday is 06:59 local: the same morning still counts.
        assert_eq!(r.next_after(z, utc("2026-11-23T01:29:00Z")).unwrap(), utc("2026-11-23T01:30:00Z"));
    }

    #[test]
    fn chatham_changes_at_a_quarter_to_three() {
        // Chatham Islands (+12:45/+13:45): on 27 September 2026 02:45 becomes 03:45, on
        // 5 April 2026 03:45 becomes 02:45.
        let z = zone("Pacific/Chatham");
        let r = rule(Repeat::Daily, "03:00");
        assert_eq!(
            next_n(&r, z, "2026-09-25T12:00:00Z", 3),
            ["2026-09-26T03:00:00+12:45", "2026-09-27T03:45:00+13:45", "2026-09-28T03:00:00+13:45"]
        );
        let r = rule(Repeat::Daily, "03:00");
        assert_eq!(
            next_n(&r, z, "2026-04-03T12:00:00Z", 3),
            ["2026-04-04T03:00:00+13:45", "2026-04-05T03:00:00+13:45", "2026-04-06T03:00:00+12:45"]
        );
    }

    #[test]
    fn month_ends_and_the_29th_of_february() {
        let z = zone("Europe/Berlin");
        let r = rule(Repeat::Monthly { day: 31 }, "09:00");
        assert_eq!(
            next_n(&r, z, "2027-12-01T00:00:00Z", 4),
            [
                "2027-12-31T09:00:00+01:00",
                "2028-01-31T09:00:00+01:00",
                "2028-02-29T09:00:00+01:00",
                "2028-03-31T09:00:00+02:00"
            ]
        );
        let r = rule(Repeat::Monthly { day: 29 }, "09:00");
        assert_eq!(
            next_n(&r, z, "2027-01-30T00:00:00Z", 3),
            ["2027-02-28T09:00:00+01:00", "2027-03-29T09:00:00+02:00", "2027-04-29T09:00:00+02:00"]
        );
        let leap = rule(Repeat::Once { on: day("2028-02-29") }, "20:00");
        assert_eq!(next_n(&leap, z, "2028-01-01T00:00:00Z", 3), ["2028-02-29T20:00:00+01:00"]);
        assert_eq!(leap.next_after(z, utc("2028-02-29T19:00:00Z")), None, "a one-time reminder fires once");
        assert_eq!(
            next_n(&rule(Repeat::Monthly { day: 30 }, "12:00"), z, "2026-02-01T00:00:00Z", 2),
            ["2026-02-28T12:00:00+01:00", "2026-03-30T12:00:00+02:00"]
        );
    }

    #[test]
    fn snoozes_across_midnight_and_a_clock_change() {
        let z = zone("Europe/Berlin");
        // 23:55 local: ten minutes and an hour later are the next day.
        let late = utc("2026-11-23T22:55:00Z");
        assert_eq!(
            Snooze::TenMinutes.until(z, late).unwrap().with_timezone(&z).to_rfc3339(),
            "2026-11-24T00:05:00+01:00"
        );
        assert_eq!(Snooze::OneHour.until(z, late).unwrap().with_timezone(&z).to_rfc3339(), "2026-11-24T00:55:00+01:00");
        assert_eq!(
            Snooze::TomorrowMorning.until(z, late).unwrap().with_timezone(&z).to_rfc3339(),
            "2026-11-24T09:00:00+01:00"
        );
        // Just after midnight, "tomorrow morning" is the morning of the day after.
        let after_midnight = utc("2026-11-23T23:05:00Z");
        assert_eq!(
            Snooze::TomorrowMorning.until(z, after_midnight).unwrap().with_timezone(&z).to_rfc3339(),
            "2026-11-25T09:00:00+01:00"
        );
        // 01:30 on the night the clocks jump: an hour later is 03:30 on the new clock.
        let before_jump = utc("2026-03-29T00:30:00Z");
        assert_eq!(
            Snooze::OneHour.until(z, before_jump).unwrap().with_timezone(&z).to_rfc3339(),
            "2026-03-29T03:30:00+02:00"
        );
        // The evening before the clocks fall back: tomorrow morning is still 09:00 local.
        let eve = utc("2026-10-24T20:00:00Z");
        assert_eq!(
            Snooze::TomorrowMorning.until(z, eve).unwrap().with_timezone(&z).to_rfc3339(),
            "2026-10-25T09:00:00+01:00"
        );
    }

    #[test]
    fn rules_that_cannot_fire_are_refused_and_described_plainly() {
        assert_eq!(Rule::new(Repeat::Weekly { days: vec![] }, time("19:00")), Err(RuleError::NoDays));
        assert_eq!(Rule::new(Repeat::Monthly { day: 0 }, time("19:00")), Err(RuleError::BadDay));
        assert_eq!(Rule::new(Repeat::Monthly { day: 32 }, time("19:00")), Err(RuleError::BadDay));
        assert!(parse_zone("Mars/Olympus").is_err());
        assert!(parse_time("25:00").is_err());
        let r = rule(Repeat::Weekly { days: vec![Day::Sun, Day::Wed, Day::Wed] }, "19:00");
        assert_eq!(r.describe(), "every Wednesday and Sunday at 19:00");
        assert_eq!(rule(Repeat::Monthly { day: 22 }, "08:05").describe(), "every month on the 22nd at 08:05");
        assert_eq!(Day::parse("sun"), Some(Day::Sun));
        assert_eq!(Day::parse("Thursday"), Some(Day::Thu));
        assert_eq!(Day::parse("t"), None);
    }

    #[test]
    fn fail_a_one_time_day_outside_1970_to_9999_is_refused_naming_the_field() {
        // `trellis reminder add … --every once --on +262142-12-31` used to be saved, then
        // panicked every reminder check (adding minutes past the last time chrono can hold).
        for far in [day("+262142-12-31"), day("1969-12-31"), day("+10000-01-01"), NaiveDate::MAX, NaiveDate::MIN] {
            let err = Rule::new(Repeat::Once { on: far }, time("23:00")).unwrap_err();
            assert_eq!(err, RuleError::OutOfRange, "{far}");
            assert!(err.to_string().contains("`on`") && err.to_string().contains("1970 and 9999"), "{err}");
        }
        let z = zone("America/New_York");
        let first = rule(Repeat::Once { on: day("1970-01-01") }, "23:00");
        assert_eq!(first.next_after(z, utc("1970-01-01T00:00:00Z")), Some(utc("1970-01-02T04:00:00Z")));
        let last = rule(Repeat::Once { on: day("9999-12-30") }, "23:00");
        assert_eq!(last.next_after(z, utc("2026-01-01T00:00:00Z")), Some(utc("9999-12-31T04:00:00Z")));
        // 23:00 on the very last day in New York is already 10000 in UTC: it never comes.
        let past_the_end = rule(Repeat::Once { on: day("9999-12-31") }, "23:00");
        assert_eq!(past_the_end.next_after(z, utc("2026-01-01T00:00:00Z")), None);
    }

    /// Any day chrono can hold, the range's own bounds and the days either side of them.
    fn any_day() -> impl Strategy<Value = NaiveDate> {
        prop_oneof![
            (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
                .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
            prop::sample::select(vec![
                NaiveDate::MIN,
                NaiveDate::MAX,
                day("1969-12-31"),
                day("1970-01-01"),
                day("9999-12-31"),
                day("+10000-01-01"),
                day("+262142-12-31"),
            ]),
            (0i64..4_000_000).prop_map(|n| day("1970-01-01") + Duration::days(n)),
        ]
    }

    /// Zones at the widest offsets there are, with and without clock changes.
    fn far_zone() -> impl Strategy<Value = Tz> {
        prop::sample::select(vec![
            "Pacific/Kiritimati",
            "Etc/GMT-14",
            "Etc/GMT+12",
            "Pacific/Pago_Pago",
            "America/New_York",
            "Australia/Lord_Howe",
            "Pacific/Chatham",
            "Europe/Berlin",
            "UTC",
        ])
        .prop_map(zone)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]
        /// Whatever a rule holds (even one made without `Rule::new`, as a hostile row could
        /// carry), whatever the zone and the instant, the schedule answers without panicking,
        /// and only with times after the instant within 1970 to 9999.
        #[test]
        fn fail_extreme_dates_and_zones_never_panic(
            on in any_day(),
            monthly in 1u8..=31,
            which in 0u8..4,
            h in 0u32..24,
            m in 0u32..60,
            z in far_zone(),
            now in any_instant(),
        ) {
            let repeat = match which {
                0 => Repeat::Once { on },
                1 => Repeat::Daily,
                2 => Repeat::Weekly { days: vec![Day::of(on)] },
                _ => Repeat::Monthly { day: monthly },
            };
            let r = Rule { repeat, at: NaiveTime::from_hms_opt(h, m, 0).unwrap() };
            if let Some(next) = r.next_after(z, now) {
                prop_assert!(next > now && crate::dates::in_range(next), "{next} after {now}");
            }
            if let Some(t) = local_instant(z, on, r.at) {
                prop_assert!(crate::dates::day_in_range(on), "{t}");
            }
            for how in [Snooze::TenMinutes, Snooze::OneHour, Snooze::TomorrowMorning] {
                if let Some(until) = how.until(z, now) {
                    prop_assert!(until > now && crate::dates::in_range(until));
                }
            }
            let _ = r.describe();
            let _ = Rule::new(r.repeat.clone(), r.at);
        }
    }

    fn any_zone() -> impl Strategy<Value = Tz> {
        prop::sample::select(vec![
            "Europe/Berlin",
            "America/New_York",
            "Australia/Lord_Howe",
            "Asia/Kolkata",
            "Pacific/Chatham",
            "America/Santiago",
            "UTC",
        ])
        .prop_map(zone)
    }

    fn any_rule() -> impl Strategy<Value = Rule> {
        let repeat = prop_oneof![
            Just(Repeat::Daily),
            prop::collection::vec(0usize..7, 1..4)
                .prop_map(|d| Repeat::Weekly { days: d.into_iter().map(|i| Day::ALL[i]).collect() }),
            (1u8..=31).prop_map(|day| Repeat::Monthly { day }),
        ];
        (repeat, 0u32..24, 0u32..60)
            .prop_map(|(r, h, m)| Rule::new(r, NaiveTime::from_hms_opt(h, m, 0).unwrap()).unwrap())
    }

    proptest! {
        #[test]
        fn the_next_time_is_after_now_and_at_the_rules_local_time_when_it_exists(
            r in any_rule(),
            z in any_zone(),
            secs in 1_700_000_000i64..1_900_000_000,
        ) {
            let now = DateTime::from_timestamp(secs, 0).unwrap();
            let next = r.next_after(z, now).expect("a repeating rule always fires again");
            prop_assert!(next > now);
            let local = next.with_timezone(&z);
            let date = local.date_naive();
            prop_assert!(r.on(date), "fires on a day of the rule");
            if z.from_local_datetime(&date.and_time(r.at)).earliest().is_some() {
                prop_assert_eq!(local.time(), r.at);
            } else {
                prop_assert!(local.time() > r.at, "a skipped time moves forward");
            }
            // Asked a second before, the answer is the same time: nothing was passed over.
            prop_assert_eq!(r.next_after(z, next - Duration::seconds(1)), Some(next));
            prop_assert!(r.next_after(z, next).unwrap() > next);
        }
    }
}
