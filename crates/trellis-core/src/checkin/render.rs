//! A saved check-in as people read it: the entry's title and Markdown body, written once from
//! the answers when the check-in is saved (the journal list, search and exports read these).

use std::fmt::Write;

use chrono::NaiveDate;

use super::{CheckIn, Decision};
use crate::say::{day_month_year, say, FluentValue};

/// The entry's title in `lang`: "Weekly check-in, 22 November 2026".
pub(super) fn title(lang: &str, on: NaiveDate) -> String {
    say(lang, "check-in-title", &[("date", FluentValue::from(day_month_year(lang, on)))])
}

/// The entry's body in `lang`: one short section per step that has an answer, in the agenda's
/// order. Boundaries keep their words and what was said, never how often they were honoured
/// or crossed: a saved check-in is not a score someone could hold against its writer.
pub(super) fn body(lang: &str, c: &CheckIn) -> String {
    let words = |id: &str| say(lang, id, &[]);
    let with = |id: &str, what: &str| say(lang, id, &[("what", FluentValue::from(what))]);
    let mut out = String::new();
    if !c.last_try.is_empty() || !c.last_try_note.is_empty() {
        section(&mut out, &words("check-in-last-try"));
        if !c.last_try.is_empty() {
            let _ = writeln!(out, "{}\n", with("check-in-we-said", &c.last_try));
        }
        if !c.last_try_note.is_empty() {
            let _ = writeln!(out, "{}", with("check-in-how-it-went", &c.last_try_note));
        }
    }
    let (me, partner) = (words("check-in-for-me"), words("check-in-for-partner"));
    pair(&mut out, &words("check-in-went-well"), [(&me, &c.well_me), (&partner, &c.well_partner)]);
    if !c.boundaries.is_empty() {
        section(&mut out, &words("check-in-boundaries"));
        for b in &c.boundaries {
            let _ = write!(out, "- **{}**", b.text);
            if !b.note.is_empty() {
                let _ = write!(out, ": {}", b.note);
            }
            out.push('\n');
        }
    }
    if !c.agreements.is_empty() {
        section(&mut out, &words("check-in-agreements"));
        for a in &c.agreements {
            let decided = words(match a.decision {
                Decision::Kept => "check-in-kept",
                Decision::Changed => "check-in-changed",
                Decision::Retired => "check-in-retired",
                Decision::Talked => "check-in-talked",
            });
            let _ = write!(out, "- **{}**: {decided}", a.text);
            if !a.note.is_empty() {
                let _ = write!(out, ". {}", a.note);
            }
            out.push('\n');
        }
    }
    let (me, partner) = (words("check-in-from-me"), words("check-in-from-partner"));
    pair(&mut out, &words("check-in-on-our-minds"), [(&me, &c.mind_me), (&partner, &c.mind_partner)]);
    pair(&mut out, &words("check-in-appreciations"), [(&me, &c.thanks_me), (&partner, &c.thanks_partner)]);
    if !c.try_next.is_empty() {
        section(&mut out, &words("check-in-try-next"));
        let _ = writeln!(out, "{}", c.try_next);
    }
    out.trim_end().to_owned()
}

fn section(out: &mut String, heading: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "## {heading}\n");
}

fn pair(out: &mut String, heading: &str, answers: [(&str, &String); 2]) {
    if answers.iter().all(|(_, a)| a.is_empty()) {
        return;
    }
    section(out, heading);
    for (who, a) in answers.iter().filter(|(_, a)| !a.is_empty()) {
        let _ = writeln!(out, "- {who}: {a}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::BoundaryId;
    use crate::journal::BoundaryTalked;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn check_in() -> CheckIn {
        CheckIn {
            on: day("2026-11-22"),
            last_try: String::new(),
            last_try_note: String::new(),
            well_me: String::new(),
            well_partner: String::new(),
            mind_me: String::new(),
            mind_partner: String::new(),
            boundaries: Vec::new(),
            agreements: Vec::new(),
            thanks_me: String::new(),
            thanks_partner: String::new(),
            try_next: String::new(),
        }
    }

    #[test]
    fn boundaries_keep_their_words_and_note_but_no_counts() {
        let at = chrono::DateTime::UNIX_EPOCH;
        let c = CheckIn {
            boundaries: vec![
                BoundaryTalked {
                    boundary: BoundaryId::new(at),
                    text: "Phones away at dinner".into(),
                    note: "Friday was hard".into(),
                },
                BoundaryTalked { boundary: BoundaryId::new(at), text: "We knock first".into(), note: String::new() },
            ],
            ..check_in()
        };
        let body = body_of(&c);
        assert!(body.contains("- **Phones away at dinner**: Friday was hard\n"), "{body}");
        assert!(body.ends_with("- **We knock first**"), "{body}");
        for tally in ["honoured", "crossed", "0", "1"] {
            assert!(!body.contains(tally), "no count in the saved text ({tally}): {body}");
        }
    }

    #[test]
    fn the_mind_step_shows_when_filled_and_not_when_empty() {
        let c = CheckIn {
            well_me: "we laughed".into(),
            mind_me: "I feel tired about the evenings and I need a quiet hour".into(),
            thanks_me: "the tea".into(),
            ..check_in()
        };
        let body = body_of(&c);
        let at = |s: &str| body.find(s).unwrap_or_else(|| panic!("{s} missing from {body}"));
        assert!(at("we laughed") < at("## One thing on our minds"));
        assert!(at("- From me: I feel tired about the evenings") < at("the tea"));
        assert!(!body.contains("From my partner"), "an unanswered turn is left out: {body}");
        let c = CheckIn { mind_partner: "I feel glad about Sunday and I need more of them".into(), ..check_in() };
        assert_eq!(
            body_of(&c),
            "## One thing on our minds\n\n- From my partner: I feel glad about Sunday and I need more of them"
        );
        let empty = CheckIn { well_me: "we laughed".into(), ..check_in() };
        assert!(!body_of(&empty).contains("minds"), "no mind step when it is empty");
    }

    fn body_of(c: &CheckIn) -> String {
        body("en", c)
    }

    #[test]
    fn only_answered_steps_show_in_order() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let c = CheckIn {
            on: d("2026-11-22"),
            last_try: "a walk after dinner".into(),
            last_try_note: String::new(),
            well_me: "we laughed".into(),
            well_partner: String::new(),
            mind_me: String::new(),
            mind_partner: String::new(),
            boundaries: Vec::new(),
            agreements: Vec::new(),
            thanks_me: String::new(),
            thanks_partner: "the tea".into(),
            try_next: "phones away at dinner".into(),
        };
        let body = body_of(&c);
        let at = |s: &str| body.find(s).unwrap_or_else(|| panic!("{s} missing from {body}"));
        assert!(at("a walk after dinner") < at("we laughed"));
        assert!(at("we laughed") < at("From my partner: the tea"));
        assert!(at("the tea") < at("phones away at dinner"));
        assert!(!body.contains("For my partner"), "an unanswered half is left out");
        assert!(!body.contains("Boundaries"), "a step with nothing is left out");
        assert_eq!(title("en", d("2026-11-22")), "Weekly check-in, 22 November 2026");
    }

    #[test]
    fn in_spanish_every_heading_and_the_title() {
        let c = CheckIn {
            last_try: "un paseo".into(),
            well_me: "nos reímos".into(),
            agreements: vec![crate::journal::AgreementReviewed {
                agreement: crate::ids::AgreementId::new(chrono::DateTime::UNIX_EPOCH),
                text: "Cenar sin móviles".into(),
                decision: Decision::Kept,
                note: String::new(),
            }],
            thanks_partner: "el té".into(),
            try_next: "acostarnos antes".into(),
            ..check_in()
        };
        let es = body("es", &c);
        for want in [
            "## Lo que tocaba probar la semana pasada\n\nDijimos que probaríamos: un paseo",
            "- Para mí: nos reímos",
            "- **Cenar sin móviles**: se mantiene",
            "## Agradecimientos\n\n- De parte de mi pareja: el té",
            "## Para probar la próxima semana\n\nacostarnos antes",
        ] {
            assert!(es.contains(want), "{want:?} in {es}");
        }
        assert_eq!(title("es", day("2026-11-22")), "Revisión semanal, 22 de noviembre de 2026");
    }
}
