//! A record's history read as a timeline: for each saved version, when it was saved, the note
//! written with it ("we talked on Sunday and changed 9 pm to 10 pm") and which fields changed,
//! from what to what. Shared by every kind that keeps its versions.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// One field that changed between two versions, as text people read.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FieldChange {
    /// The field's name: `text`, `status`, `review_on`, …
    pub field: String,
    pub before: String,
    pub after: String,
}

impl std::fmt::Debug for FieldChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FieldChange({}, <private>)", self.field)
    }
}

/// One saved version in a record's timeline.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimelineStep {
    pub at: DateTime<Utc>,
    /// The note written with this change (may be empty).
    pub note: String,
    /// True for the first version (nothing before it to compare with).
    pub created: bool,
    /// What changed from the version before (empty for the first).
    pub changes: Vec<FieldChange>,
}

impl std::fmt::Debug for TimelineStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TimelineStep({}, {} changes, <private>)", self.at, self.changes.len())
    }
}

/// What a versioned payload shows in a timeline.
pub(crate) trait Versioned {
    /// The fields compared between versions, named, as text.
    fn fields(&self) -> Vec<(&'static str, String)>;
    /// The note written with this version.
    fn note(&self) -> &str;
}

/// Builds the timeline of `versions` (oldest first, each with the time it was saved); the
/// answer is newest first, as a history is read.
pub(crate) fn timeline<P: Versioned>(versions: &[(DateTime<Utc>, &P)]) -> Vec<TimelineStep> {
    let mut steps = Vec::with_capacity(versions.len());
    let mut before: Option<Vec<(&'static str, String)>> = None;
    for (at, version) in versions {
        let fields = version.fields();
        let changes = match &before {
            None => Vec::new(),
            Some(old) => old
                .iter()
                .zip(&fields)
                .filter(|((_, a), (_, b))| a != b)
                .map(|((field, a), (_, b))| FieldChange { field: (*field).into(), before: a.clone(), after: b.clone() })
                .collect(),
        };
        steps.push(TimelineStep { at: *at, note: version.note().to_owned(), created: before.is_none(), changes });
        before = Some(fields);
    }
    steps.reverse();
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    struct V(&'static str, &'static str, &'static str);
    impl Versioned for V {
        fn fields(&self) -> Vec<(&'static str, String)> {
            vec![("text", self.0.into()), ("status", self.1.into())]
        }
        fn note(&self) -> &str {
            self.2
        }
    }

    #[test]
    fn names_what_changed_newest_first() {
        let t = |h: i64| DateTime::from_timestamp(h * 3600, 0).unwrap();
        let (a, b, c) = (V("9 pm", "draft", ""), V("10 pm", "draft", "we talked"), V("10 pm", "agreed", ""));
        let steps = timeline(&[(t(1), &a), (t(2), &b), (t(3), &c)]);
        assert_eq!(steps.len(), 3);
        assert!(steps[2].created && steps[2].changes.is_empty());
        assert_eq!(steps[1].note, "we talked");
        assert_eq!(
            steps[1].changes,
            vec![FieldChange { field: "text".into(), before: "9 pm".into(), after: "10 pm".into() }]
        );
        assert_eq!(steps[0].changes[0].field, "status");
        assert!(!format!("{:?}", steps[1]).contains("talked"));
    }
}
