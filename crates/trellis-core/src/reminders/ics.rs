//! Reminders as an iCalendar file (RFC 5545), for a calendar the person already uses. Titles
//! are neutral ("Trellis reminder", or the name the person chose): a calendar syncs to other
//! devices and other people see it. Repeating reminders become RRULEs in the reminder's own
//! zone, so the calendar gives the same next times as Trellis.

use chrono::{DateTime, Utc};

use super::{Repeat, Schedule};

/// Writes the schedules that will still fire as one calendar. `name` is the app's display
/// name; `now` stamps the file.
pub fn export(schedules: &[Schedule], name: &str, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(&fold(s));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Trellis//Reminders//EN");
    line("CALSCALE:GREGORIAN");
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for s in schedules {
        if s.paused {
            continue;
        }
        let Some(first) = s.next_fire else { continue };
        let Some(local) = crate::dates::in_zone(first, &s.tz()) else { continue };
        line("BEGIN:VEVENT");
        line(&format!("UID:{}@trellis.invalid", s.id));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;TZID={}:{}", s.zone, local.format("%Y%m%dT%H%M%S")));
        line("DURATION:PT15M");
        line(&format!("SUMMARY:{} reminder", text(name)));
        if let Some(rrule) = rrule(&s.rule.repeat) {
            line(&format!("RRULE:{rrule}"));
        }
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!("DESCRIPTION:{} reminder", text(name)));
        line("TRIGGER:PT0M");
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The RRULE of a repeating rule; `None` for a one-time reminder.
fn rrule(repeat: &Repeat) -> Option<String> {
    Some(match repeat {
        Repeat::Once { .. } => return None,
        Repeat::Daily => "FREQ=DAILY".into(),
        Repeat::Weekly { days } => {
            let days: Vec<&str> = days.iter().map(|d| d.ics()).collect();
            format!("FREQ=WEEKLY;BYDAY={}", days.join(","))
        }
        // A day a month may not have (the 29th to 31st) falls on the month's last day, as in
        // Trellis: the last of the days from the 28th up to it that the month has.
        Repeat::Monthly { day } if *day > 28 => {
            let days: Vec<String> = (28..=*day).map(|d| d.to_string()).collect();
            format!("FREQ=MONTHLY;BYMONTHDAY={};BYSETPOS=-1", days.join(","))
        }
        Repeat::Monthly { day } => format!("FREQ=MONTHLY;BYMONTHDAY={day}"),
    })
}

/// Escapes a TEXT value.
fn text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(s: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{Day, Purpose, Rule};
    use crate::ReminderId;

    #[test]
    fn repeating_rules_become_rrules_and_titles_stay_neutral() {
        let at = chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-23T12:00:00Z").unwrap().with_timezone(&Utc);
        let s = Schedule {
            id: ReminderId::new(now),
            purpose: Purpose::Checkin,
            target: None,
            rule: Rule::new(Repeat::Weekly { days: vec![Day::Sun] }, at).unwrap(),
            zone: "Europe/Berlin".into(),
            next_fire: Some(DateTime::parse_from_rfc3339("2026-11-29T18:00:00Z").unwrap().with_timezone(&Utc)),
            last_fired: None,
            snoozed_until: None,
            paused: false,
            show_words: true,
        };
        let ics = export(std::slice::from_ref(&s), "Notes", now);
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20261129T190000\r\n"), "{ics}");
        assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=SU\r\n"));
        assert!(ics.contains("SUMMARY:Notes reminder\r\n"));
        assert_eq!(rrule(&Repeat::Monthly { day: 31 }).unwrap(), "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1");
        assert_eq!(rrule(&Repeat::Monthly { day: 12 }).unwrap(), "FREQ=MONTHLY;BYMONTHDAY=12");
        let paused = Schedule { paused: true, ..s };
        assert!(!export(&[paused], "Trellis", now).contains("VEVENT"), "a paused reminder is left out");
        assert!(fold(&"x".repeat(200)).split("\r\n").all(|l| l.len() <= 75));
    }
}
