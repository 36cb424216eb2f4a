//! A reminder's rule in words, in each language the core speaks: "every Sunday at 19:00",
//! "cada domingo a las 19:00". The sentences are the core catalogue's (`rule-*` in
//! `locales/<lang>/core.ftl`), so each language keeps its own ordinals, lists and way of saying
//! a time; the day and month names are the ones dates in words use.

use chrono::Timelike;

use super::{Day, Repeat, Rule};
use crate::say::{day_month_year, say, FluentValue};

impl Rule {
    /// Says the rule as people read it, in English: "every Sunday at 19:00".
    pub fn describe(&self) -> String {
        self.describe_in("en")
    }

    /// Says the rule as people read it in `lang` (English where `lang` lacks the words):
    /// "every Wednesday and Sunday at 19:00", "cada miércoles y domingo a las 19:00".
    pub fn describe_in(&self, lang: &str) -> String {
        let time = FluentValue::from(self.at.format("%H:%M").to_string());
        let at = say(lang, "rule-at", &[("time", time), ("hour", self.at.hour().into())]);
        let at = ("at", FluentValue::from(at));
        match &self.repeat {
            Repeat::Once { on } => say(lang, "rule-once", &[("date", day_month_year(lang, *on).into()), at]),
            Repeat::Daily => say(lang, "rule-daily", &[at]),
            Repeat::Weekly { days } if days.len() == 7 => say(lang, "rule-daily", &[at]),
            Repeat::Weekly { days } => say(lang, "rule-weekly", &[("days", days_in_words(lang, days).into()), at]),
            Repeat::Monthly { day } => say(lang, "rule-monthly", &[("day", (*day).into()), at]),
        }
    }
}

/// "Monday", "Monday and Friday", "Monday, Tuesday and Friday", in `lang`.
fn days_in_words(lang: &str, days: &[Day]) -> String {
    let names: Vec<String> = days.iter().map(|d| say(lang, &format!("weekday-{}", *d as usize + 1), &[])).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            say(lang, "rule-days-and", &[("rest", rest.join(", ").into()), ("last", last.clone().into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use super::*;

    fn rule(repeat: Repeat, at: &str) -> Rule {
        Rule::new(repeat, NaiveTime::parse_from_str(at, "%H:%M").unwrap()).unwrap()
    }

    /// Each kind of rule, in English (word for word what the app and the command said before
    /// there was a catalogue) and in Spanish.
    #[test]
    fn every_kind_of_rule_in_english_and_spanish() {
        let once = rule(Repeat::Once { on: NaiveDate::from_ymd_opt(2026, 5, 3).unwrap() }, "08:00");
        let daily = rule(Repeat::Daily, "19:00");
        let every_day = rule(Repeat::Weekly { days: Day::ALL.to_vec() }, "19:00");
        let one_day = rule(Repeat::Weekly { days: vec![Day::Sun] }, "19:00");
        let two_days = rule(Repeat::Weekly { days: vec![Day::Sun, Day::Wed] }, "19:00");
        let three_days = rule(Repeat::Weekly { days: vec![Day::Fri, Day::Mon, Day::Tue] }, "07:30");
        let monthly = rule(Repeat::Monthly { day: 22 }, "08:05");
        let cases = [
            (&once, "once, on 3 May 2026 at 08:00", "una vez, el 3 de mayo de 2026 a las 08:00"),
            (&daily, "every day at 19:00", "todos los días a las 19:00"),
            (&every_day, "every day at 19:00", "todos los días a las 19:00"),
            (&one_day, "every Sunday at 19:00", "cada domingo a las 19:00"),
            (&two_days, "every Wednesday and Sunday at 19:00", "cada miércoles y domingo a las 19:00"),
            (&three_days, "every Monday, Tuesday and Friday at 07:30", "cada lunes, martes y viernes a las 07:30"),
            (&monthly, "every month on the 22nd at 08:05", "cada mes el día 22 a las 08:05"),
        ];
        for (r, en, es) in cases {
            assert_eq!(r.describe(), en);
            assert_eq!(r.describe_in("en"), en);
            assert_eq!(r.describe_in("es"), es);
            assert_eq!(r.describe_in("xx"), en, "a language the core does not speak: English");
        }
    }

    #[test]
    fn ordinals_and_one_oclock() {
        let monthly = |day: u8| rule(Repeat::Monthly { day }, "09:00").describe();
        let ordinals: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 31].map(monthly).to_vec();
        let th = |n: &str| format!("every month on the {n} at 09:00");
        assert_eq!(
            ordinals,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "30th", "31st"].map(th)
        );
        // Spanish says one o'clock in the singular ("a la una"), every other hour in the plural.
        assert_eq!(rule(Repeat::Daily, "01:15").describe_in("es"), "todos los días a la 01:15");
        assert_eq!(rule(Repeat::Daily, "13:00").describe_in("es"), "todos los días a las 13:00");
        assert_eq!(rule(Repeat::Daily, "00:30").describe_in("es"), "todos los días a las 00:30");
    }
}
