//! The relationship tools: boundaries, expectations worksheets and the agreements that grow out
//! of them, and the private "Is this safe?" self-check. Each is a kind of record (sealed by the record layer, searchable with the journal,
//! usable from the app and the `trellis` command); these modules hold their rules only.

use chrono::NaiveDate;

use crate::ids::RecordId;
use crate::record::RecordError;
use crate::store::StoreError;

pub(crate) use crate::text::tidy;

pub mod agreements;
pub mod boundaries;
pub mod safety_check;
pub mod worksheets;

/// What can go wrong in the boundaries, worksheets or agreements.
#[derive(Debug, thiserror::Error)]
pub enum ToolError {
    #[error("no {kind} with id {id}; list them to see their ids")]
    NotFound { kind: &'static str, id: String },
    #[error("{kind} {id} is damaged and cannot be read; everything else is unaffected")]
    Damaged { kind: &'static str, id: String },
    #[error("{kind} {id} was changed elsewhere since it was opened; open it again to see the change")]
    Changed { kind: &'static str, id: String },
    #[error("that is too large ({size_mb:.1} MB); this can hold up to {max_mb} MB of text")]
    TooLarge { size_mb: f64, max_mb: usize },
    #[error("the journal was given a new key in another window or command; unlock it again (nothing was written)")]
    KeyChanged,
    #[error("{0}")]
    Invalid(crate::say::Message),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl<I: RecordId> From<RecordError<I>> for ToolError {
    fn from(e: RecordError<I>) -> Self {
        match e {
            RecordError::NotFound(id) => ToolError::NotFound { kind: I::KIND, id: id.to_string() },
            RecordError::Damaged(id) => ToolError::Damaged { kind: I::KIND, id: id.to_string() },
            RecordError::Changed(id) => ToolError::Changed { kind: I::KIND, id: id.to_string() },
            RecordError::TooLarge { size_mb, max_mb } => ToolError::TooLarge { size_mb, max_mb },
            RecordError::KeyChanged => ToolError::KeyChanged,
            RecordError::Store(s) => ToolError::Store(s),
        }
    }
}

impl From<rusqlite::Error> for ToolError {
    fn from(e: rusqlite::Error) -> Self {
        ToolError::Store(e.into())
    }
}

/// The largest sealed boundary, worksheet or agreement.
pub(crate) const MAX_TOOL_BYTES: usize = 1 << 20;

/// Trims a text field; a required one must not end up empty (`empty`: the message saying so).
pub(crate) fn required(text: String, empty: &'static str) -> Result<String, ToolError> {
    let t = tidy(text);
    if t.is_empty() {
        return Err(ToolError::Invalid(crate::say::Message::new(empty)));
    }
    Ok(t)
}

/// A date as people read it in a timeline: `2026-11-23`, or "none".
pub(crate) fn day_text(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}
