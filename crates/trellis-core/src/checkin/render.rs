//! A saved check-in as people read it: the entry's title and Markdown body, written once from
//! the answers when the check-in is saved (the journal list, search and exports read these).

use std::fmt::Write;

use chrono::NaiveDate;

use super::{CheckIn, Decision};

/// The entry's title: "Weekly check-in, 22 November 2026".
pub(super) fn title(on: NaiveDate) -> String {
    format!("Weekly check-in, {}", on.format("%-d %B %Y"))
}

/// The entry's body: one short section per step that has an answer, in the agenda's order.
/// Boundaries keep their words and what was said, never how often they were honoured or
/// crossed: a saved check-in is not a score someone could hold against its writer.
pub(super) fn body(c: &CheckIn) -> String {
    let mut out = String::new();
    if !c.last_try.is_empty() || !c.last_try_note.is_empty() {
        section(&mut out, "Last week's thing to try");
        if !c.last_try.is_empty() {
            let _ = writeln!(out, "We said we would try: {}\n", c.last_try);
        }
        if !c.last_try_note.is_empty() {
            let _ = writeln!(out, "How it went: {}", c.last_try_note);
        }
    }
    pair(&mut out, "What went well", [("For me", &c.well_me), ("For my partner", &c.well_partner)]);
    if !c.boundaries.is_empty() {
        section(&mut out, "Boundaries we talked about");
        for b in &c.boundaries {
            let _ = write!(out, "- **{}**", b.text);
            if !b.note.is_empty() {
                let _ = write!(out, ": {}", b.note);
            }
            out.push('\n');
        }
    }
    if !c.agreements.is_empty() {
        section(&mut out, "Agreements we looked at again");
        for a in &c.agreements {
            let decided = match a.decision {
                Decision::Kept => "kept",
                Decision::Changed => "changed",
                Decision::Retired => "retired",
                Decision::Talked => "talked about, nothing decided yet",
            };
            let _ = write!(out, "- **{}**: {decided}", a.text);
            if !a.note.is_empty() {
                let _ = write!(out, ". {}", a.note);
            }
            out.push('\n');
        }
    }
    pair(&mut out, "One thing on our minds", [("From me", &c.mind_me), ("From my partner", &c.mind_partner)]);
    pair(&mut out, "Appreciations", [("From me", &c.thanks_me), ("From my partner", &c.thanks_partner)]);
    if !c.try_next.is_empty() {
        section(&mut out, "To try next week");
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
        let body = body(&c);
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
        let body = body(&c);
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
        body(c)
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
        let body = body(&c);
        let at = |s: &str| body.find(s).unwrap_or_else(|| panic!("{s} missing from {body}"));
        assert!(at("a walk after dinner") < at("we laughed"));
        assert!(at("we laughed") < at("From my partner: the tea"));
        assert!(at("the tea") < at("phones away at dinner"));
        assert!(!body.contains("For my partner"), "an unanswered half is left out");
        assert!(!body.contains("Boundaries"), "a step with nothing is left out");
        assert_eq!(title(d("2026-11-22")), "Weekly check-in, 22 November 2026");
    }
}
