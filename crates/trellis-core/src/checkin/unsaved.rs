//! A check-in not saved yet: the answers as far as they go and the step showing, kept sealed in
//! the vault as a record of kind "draft", so quitting, a crash or a lock in the middle of a
//! check-in loses none of them. A vault keeps at most one; saving the check-in or throwing it
//! away removes it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::collection::Collection;
use crate::ids::{AgreementId, DraftId};
use crate::journal::MAX_ENTRY_BYTES;
use crate::record::{History, Kind, Merge, RecordKind, SearchDoc};
use crate::tools::ToolError;

use super::{BoundaryTalk, CheckInError, Decision};

/// An agreement due for a look, as far as it was talked about: decided or not yet.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnsavedReview {
    pub agreement: AgreementId,
    #[serde(default)]
    pub decision: Option<Decision>,
    /// The new words being written (for a change).
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub note: String,
}

/// A check-in as far as it was filled in, and where.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnsavedCheckIn {
    /// The step showing, by the screen's own name for it.
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub last_try_note: String,
    #[serde(default)]
    pub well_me: String,
    #[serde(default)]
    pub well_partner: String,
    /// One thing on my mind, and one on my partner's (left out of the payload when empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_me: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_partner: String,
    /// A note per boundary talked about.
    #[serde(default)]
    pub boundaries: Vec<BoundaryTalk>,
    #[serde(default)]
    pub reviews: Vec<UnsavedReview>,
    #[serde(default)]
    pub thanks_me: String,
    #[serde(default)]
    pub thanks_partner: String,
    #[serde(default)]
    pub try_next: String,
}

impl UnsavedCheckIn {
    /// Tells whether nothing is written or decided (the step alone is not worth keeping).
    pub fn is_blank(&self) -> bool {
        [
            &self.last_try_note,
            &self.well_me,
            &self.well_partner,
            &self.mind_me,
            &self.mind_partner,
            &self.thanks_me,
            &self.thanks_partner,
            &self.try_next,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
            && self.boundaries.iter().all(|b| b.note.trim().is_empty())
            && self.reviews.iter().all(|r| r.decision.is_none() && r.note.trim().is_empty())
    }
}

impl std::fmt::Debug for UnsavedCheckIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "UnsavedCheckIn({:?}, {} reviews, <private>)", self.step, self.reviews.len())
    }
}

/// A draft's sealed payload. Only check-ins have drafts today; another kind of draft would be
/// another optional field.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct DraftPayload {
    #[serde(rename = "c")]
    check_in: UnsavedCheckIn,
}

pub(crate) struct DraftKind;

impl Kind for DraftKind {
    const KIND: RecordKind = RecordKind::Draft;
    const HISTORY: History = History::Never;
    const SYNC: Merge = Merge::Local;
    const PAYLOAD_VERSION: u8 = 1;
    /// It becomes a journal entry when saved, so it may be as long as one.
    const MAX_BYTES: usize = MAX_ENTRY_BYTES;
    type Id = DraftId;
    type Payload = DraftPayload;

    fn sample(words: &str) -> DraftPayload {
        let w = || words.to_owned();
        let at = DateTime::UNIX_EPOCH;
        DraftPayload {
            check_in: UnsavedCheckIn {
                step: "thanks".into(),
                last_try_note: w(),
                well_me: w(),
                well_partner: w(),
                mind_me: w(),
                mind_partner: w(),
                boundaries: vec![BoundaryTalk { boundary: crate::ids::BoundaryId::new(at), note: w() }],
                reviews: vec![UnsavedReview { agreement: AgreementId::new(at), decision: None, text: w(), note: w() }],
                thanks_me: w(),
                thanks_partner: w(),
                try_next: w(),
            },
        }
    }

    /// Unsaved answers are not searched: they are not part of the journal yet.
    fn into_search_doc(_p: DraftPayload) -> SearchDoc {
        SearchDoc::default()
    }
}

/// Keeps `unsaved` as the one draft check-in, replacing the one kept before (anything else,
/// an older one or a damaged one, goes: one draft at a time); blank answers remove it instead.
pub(super) fn keep(mut c: Collection<'_>, unsaved: UnsavedCheckIn, now: DateTime<Utc>) -> Result<(), CheckInError> {
    if unsaved.is_blank() {
        return forget(c);
    }
    c.keep_one::<DraftKind>(DraftPayload { check_in: unsaved }, now).map_err(ToolError::from)?;
    Ok(())
}

/// Returns the draft check-in with when it was last kept, if one is kept and readable (the
/// newest, if a hostile or old file holds several).
pub(super) fn kept(c: Collection<'_>) -> Result<Option<(DateTime<Utc>, UnsavedCheckIn)>, CheckInError> {
    let (readable, _) = c.readable_and_ids::<DraftKind>().map_err(ToolError::from)?;
    Ok(readable.into_iter().max_by_key(|r| r.updated_at).map(|r| (r.updated_at, r.payload.check_in)))
}

/// Removes every draft check-in, damaged ones too.
pub(super) fn forget(mut c: Collection<'_>) -> Result<(), CheckInError> {
    let (_, ids) = c.readable_and_ids::<DraftKind>().map_err(ToolError::from)?;
    for id in ids {
        c.delete::<DraftKind>(id).map_err(ToolError::from)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_alone_or_spaces_are_blank() {
        let mut u = UnsavedCheckIn { step: "appreciations".into(), well_me: "  \n".into(), ..Default::default() };
        assert!(u.is_blank());
        u.reviews.push(UnsavedReview {
            agreement: AgreementId::new(Utc::now()),
            decision: None,
            text: "the agreement's own words".into(),
            note: String::new(),
        });
        assert!(u.is_blank(), "an agreement's words shown on the screen are not an answer");
        u.reviews[0].decision = Some(Decision::Kept);
        assert!(!u.is_blank());
    }

    #[test]
    fn an_older_draft_without_the_mind_step_still_opens_and_the_mind_step_round_trips() {
        let old = br#"{"c":{"step":"went-well","well_me":"we cooked","boundaries":[],"reviews":[]}}"#;
        let p: DraftPayload = serde_json::from_slice(old).expect("an older draft reads");
        assert_eq!((p.check_in.well_me.as_str(), p.check_in.mind_me.as_str()), ("we cooked", ""));
        let u = UnsavedCheckIn {
            step: "on-my-mind".into(),
            mind_me: "I feel worried about money".into(),
            mind_partner: "I feel glad about Sunday".into(),
            ..Default::default()
        };
        assert!(!u.is_blank(), "a thing on my mind is an answer");
        let bytes = serde_json::to_vec(&DraftPayload { check_in: u.clone() }).unwrap();
        let back: DraftPayload = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back.check_in, u);
        assert!(UnsavedCheckIn { mind_partner: " \n".into(), ..Default::default() }.is_blank());
    }

    #[test]
    fn debug_never_shows_answers() {
        let u = UnsavedCheckIn { try_next: "secret".into(), ..Default::default() };
        assert!(!format!("{u:?}").contains("secret"));
    }
}
