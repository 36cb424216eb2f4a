//! The thought record ("When the worry spikes"): a guided page for the moment a jealous or
//! suspicious thought hits hard. The person writes what happened, the story they told
//! themselves, the evidence for it and against it, how strong the worry was before and after,
//! and what they will ask and when. The library's article of the same name walks the same steps.
//!
//! A thought record is saved as an ordinary journal entry: its title and Markdown body are
//! written here from the answers, and it carries the tag [`TAG`], so the journal list, search,
//! tags, exports and sync treat it like every other entry and nothing new is stored. The answers
//! themselves are not kept apart: once saved, the entry is the person's own page to edit.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{EntryDraft, JournalError};
use crate::say::Message;

/// The tag every thought record carries, so the journal can list them together.
pub const TAG: &str = "thought record";

/// The highest worry rating: 0 is calm, 10 the strongest it gets.
pub const WORRY_MAX: u8 = 10;

/// What the person answers, step by step. Every answer is optional; one is enough to save.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ThoughtRecord {
    /// What happened, only the facts.
    #[serde(default)]
    pub happened: String,
    /// The story I told myself about it.
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub evidence_for: String,
    #[serde(default)]
    pub evidence_against: String,
    /// The person marked the evidence for the story as real: the doubt may have a basis.
    #[serde(default)]
    pub evidence_real: bool,
    /// How strong the worry was at the start, from 0 to [`WORRY_MAX`].
    #[serde(default)]
    pub worry_before: Option<u8>,
    /// How strong it is at the end.
    #[serde(default)]
    pub worry_after: Option<u8>,
    /// The person waited twenty minutes before checking anything.
    #[serde(default)]
    pub waited: bool,
    /// What I will ask.
    #[serde(default)]
    pub ask: String,
    /// And when.
    #[serde(default)]
    pub ask_when: String,
}

impl std::fmt::Debug for ThoughtRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ThoughtRecord(<private>)")
    }
}

impl ThoughtRecord {
    /// Tells whether nothing is written or rated (ticking "I waited" alone is not a page).
    pub fn is_blank(&self) -> bool {
        self.texts().iter().all(|s| s.trim().is_empty()) && self.worry_before.is_none() && self.worry_after.is_none()
    }

    fn texts(&self) -> [&String; 6] {
        [&self.happened, &self.story, &self.evidence_for, &self.evidence_against, &self.ask, &self.ask_when]
    }

    /// Returns the journal entry this thought record becomes on `on` (the person's local day):
    /// its title, its Markdown body with one short section per answered step, and [`TAG`].
    pub fn entry(&self, on: NaiveDate) -> Result<EntryDraft, JournalError> {
        for w in [self.worry_before, self.worry_after].into_iter().flatten() {
            if w > WORRY_MAX {
                return Err(JournalError::Invalid(Message::new("error-worry-range").with("max", WORRY_MAX)));
            }
        }
        if self.is_blank() {
            return Err(JournalError::Invalid(Message::new("error-thought-record-empty")));
        }
        Ok(EntryDraft {
            title: format!("When the worry spiked, {}", on.format("%-d %B %Y")),
            body: self.body(),
            tags: vec![TAG.into()],
            ..EntryDraft::default()
        })
    }

    fn body(&self) -> String {
        let mut out = String::new();
        let text = |out: &mut String, heading: &str, answer: &str| {
            let answer = answer.trim();
            if !answer.is_empty() {
                section(out, heading);
                let _ = writeln!(out, "{answer}");
            }
        };
        if self.waited {
            section(&mut out, "Waiting first");
            let _ = writeln!(out, "I waited twenty minutes before checking anything.");
        }
        text(&mut out, "What happened", &self.happened);
        text(&mut out, "The story I told myself", &self.story);
        text(&mut out, "Evidence for the story", &self.evidence_for);
        text(&mut out, "Evidence against the story", &self.evidence_against);
        if self.evidence_real {
            section(&mut out, "The evidence looks real");
            let _ = writeln!(out, "When I wrote it out, the evidence looked real to me. My doubt may have a basis.");
        }
        if self.worry_before.is_some() || self.worry_after.is_some() {
            section(&mut out, "How strong the worry was");
            for (when, w) in [("Before", self.worry_before), ("After", self.worry_after)] {
                if let Some(w) = w {
                    let _ = writeln!(out, "- {when}: {w} out of {WORRY_MAX}");
                }
            }
        }
        let (ask, ask_when) = (self.ask.trim(), self.ask_when.trim());
        if !ask.is_empty() || !ask_when.is_empty() {
            section(&mut out, "What I will ask, and when");
            if !ask.is_empty() {
                let _ = writeln!(out, "{ask}");
            }
            if !ask_when.is_empty() {
                if !ask.is_empty() {
                    out.push('\n');
                }
                let _ = writeln!(out, "When: {ask_when}");
            }
        }
        out.trim_end().to_owned()
    }
}

fn section(out: &mut String, heading: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "## {heading}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
    }

    #[test]
    fn every_step_shows_in_order_with_the_title_and_tag() {
        let t = ThoughtRecord {
            happened: "She said six. It is seven.".into(),
            story: "She is with someone else.".into(),
            evidence_for: "She is late.".into(),
            evidence_against: "The trains are slow on Fridays.".into(),
            evidence_real: false,
            worry_before: Some(8),
            worry_after: Some(4),
            waited: true,
            ask: "Can we talk about texting when plans change?".into(),
            ask_when: "Sunday morning, over coffee".into(),
        };
        let d = t.entry(day()).unwrap();
        assert_eq!(d.title, "When the worry spiked, 5 December 2026");
        assert_eq!(d.tags, vec![TAG.to_owned()]);
        let b = &d.body;
        let at = |s: &str| b.find(s).unwrap_or_else(|| panic!("{s} missing from {b}"));
        assert!(at("twenty minutes") < at("She said six"));
        assert!(at("She said six") < at("She is with someone else"));
        assert!(at("She is late") < at("trains are slow"));
        assert!(at("- Before: 8 out of 10") < at("- After: 4 out of 10"));
        assert!(at("After: 4") < at("Can we talk"));
        assert!(b.ends_with("When: Sunday morning, over coffee"), "{b}");
        assert!(!b.contains("looks real"), "not marked real: {b}");
    }

    #[test]
    fn only_answered_steps_show() {
        let t =
            ThoughtRecord { story: "  He is hiding something. \n".into(), worry_after: Some(0), ..Default::default() };
        let b = t.entry(day()).unwrap().body;
        assert_eq!(
            b,
            "## The story I told myself\n\nHe is hiding something.\n\n## How strong the worry was\n\n- After: 0 out of 10"
        );
    }

    #[test]
    fn evidence_marked_real_is_said_plainly() {
        let t = ThoughtRecord { evidence_for: "Messages I saw".into(), evidence_real: true, ..Default::default() };
        let b = t.entry(day()).unwrap().body;
        assert!(b.contains("## The evidence looks real") && b.contains("may have a basis"), "{b}");
    }

    #[test]
    fn fail_a_blank_record_or_a_worry_past_ten_is_refused() {
        let blank = ThoughtRecord { happened: " \n ".into(), waited: true, evidence_real: true, ..Default::default() };
        assert!(blank.is_blank());
        assert!(matches!(blank.entry(day()), Err(JournalError::Invalid(_))));
        let rated = ThoughtRecord { worry_before: Some(0), ..Default::default() };
        assert!(!rated.is_blank(), "a rating of 0 is an answer");
        assert!(rated.entry(day()).is_ok());
        let loud = ThoughtRecord { worry_before: Some(11), story: "x".into(), ..Default::default() };
        let err = loud.entry(day()).unwrap_err();
        assert!(matches!(err, JournalError::Invalid(_)) && err.to_string().contains("0 to 10"), "{err}");
    }

    #[test]
    fn debug_never_shows_answers() {
        let t = ThoughtRecord { story: "secret".into(), ..Default::default() };
        assert!(!format!("{t:?}").contains("secret"));
    }
}
