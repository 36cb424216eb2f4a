//! A saved check-in's answers, as the journal entry of kind "check-in" holds them. They live
//! with the journal (an entry's payload carries them); the check-in module (`crate::checkin`)
//! writes them and re-exports these types.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{AgreementId, BoundaryId};

/// What was decided about an agreement at a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Decision {
    /// It still works: keep it as it is.
    Kept,
    /// Keep it in new words.
    Changed,
    /// It has done its job: retire it.
    Retired,
    /// Talked about, nothing decided this week: the agreement stays as it is, and the note is
    /// kept in the check-in.
    Talked,
}

/// A boundary as a saved check-in remembers it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BoundaryTalked {
    pub boundary: BoundaryId,
    /// The boundary's words on the day.
    pub text: String,
    /// What was said about it. No count of moments is kept: a saved check-in is not a score
    /// (check-ins saved before this read as before; their counts are left unread).
    pub note: String,
}

/// An agreement as a saved check-in remembers it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementReviewed {
    pub agreement: AgreementId,
    /// Its words after the check-in (the new ones when changed).
    pub text: String,
    pub decision: Decision,
    pub note: String,
}

/// A saved check-in's answers (the `check_in` of a journal entry of kind "check-in").
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckIn {
    /// The day it was held (local).
    pub on: NaiveDate,
    /// The thing to try carried from the check-in before (empty for the first).
    #[serde(default)]
    pub last_try: String,
    #[serde(default)]
    pub last_try_note: String,
    #[serde(default)]
    pub well_me: String,
    #[serde(default)]
    pub well_partner: String,
    /// "One thing on my mind", taken in turns (left out of the payload when empty, so
    /// check-ins saved before this step read as before).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_me: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_partner: String,
    #[serde(default)]
    pub boundaries: Vec<BoundaryTalked>,
    #[serde(default)]
    pub agreements: Vec<AgreementReviewed>,
    #[serde(default)]
    pub thanks_me: String,
    #[serde(default)]
    pub thanks_partner: String,
    #[serde(default)]
    pub try_next: String,
}

impl std::fmt::Debug for CheckIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CheckIn({}, <private>)", self.on)
    }
}
