//! What travels in a share, and how a share from the partner is kept: read-only, sealed like
//! every record (`shares_received`), synced to this person's other computers like a journal
//! entry.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::ShareId;
use crate::record::{History, Kind, Merge, RecordKind, SearchDoc};
use crate::tools::boundaries::Whose;
use crate::tools::MAX_TOOL_BYTES;

/// One thing chosen to share, exactly as the partner will see it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum SharedItem {
    /// An expectations worksheet: the sender's own expectation in each area chosen, and the
    /// middle ground where they wrote one. Never what they wrote as "my partner's expectation".
    Worksheet { title: String, on: NaiveDate, areas: Vec<SharedArea> },
    /// Boundaries chosen from the sender's list.
    Boundaries { boundaries: Vec<SharedBoundary> },
    /// One agreement's words, with its version between the two (absent from shares made
    /// before agreements were counted in versions).
    Agreement {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<SharedVersion>,
    },
    /// A letter: a journal entry written for the partner.
    Letter { title: String, body: String, written_on: NaiveDate },
    /// A weekly check-in's summary, as its entry reads.
    CheckIn { title: String, summary: String, on: NaiveDate },
}

/// Which version of an agreement a share holds, and whether the sender agreed to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SharedVersion {
    /// The agreement's id on both sides.
    pub id: String,
    pub version: u32,
    /// The day the sender agreed to these words, if they did.
    pub agreed_on: Option<NaiveDate>,
}

impl SharedItem {
    /// The kind of thing, as people read it.
    pub fn what(&self) -> &'static str {
        match self {
            SharedItem::Worksheet { .. } => "expectations worksheet",
            SharedItem::Boundaries { .. } => "boundaries",
            SharedItem::Agreement { .. } => "agreement",
            SharedItem::Letter { .. } => "letter",
            SharedItem::CheckIn { .. } => "check-in",
        }
    }

    /// Every text in it, for the canary tests and a plain-text view.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            SharedItem::Worksheet { title, areas, .. } => std::iter::once(title.as_str())
                .chain(areas.iter().flat_map(|a| [a.name.as_str(), a.expectation.as_str(), a.middle.as_str()]))
                .collect(),
            SharedItem::Boundaries { boundaries } => boundaries
                .iter()
                .flat_map(|b| [b.text.as_str(), b.category.as_str(), b.why.as_str(), b.if_crossed.as_str()])
                .collect(),
            SharedItem::Agreement { text, .. } => vec![text],
            SharedItem::Letter { title, body, .. } => vec![title, body],
            SharedItem::CheckIn { title, summary, .. } => vec![title, summary],
        }
    }
}

impl std::fmt::Debug for SharedItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedItem({}, <private>)", self.what())
    }
}

/// One worksheet area as shared.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SharedArea {
    /// The area's id from `content/en/areas.toml` (the same in every language), or `own-N` for one the sender added.
    pub area: String,
    /// The name of an area the sender added (empty for the areas from content).
    pub name: String,
    /// What the sender expects.
    pub expectation: String,
    /// The middle ground the sender wrote, if any.
    pub middle: String,
}

/// One boundary as shared.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SharedBoundary {
    pub text: String,
    pub whose: Whose,
    pub category: String,
    pub why: String,
    pub if_crossed: String,
}

/// A share from the partner, as kept here.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Share {
    pub id: ShareId,
    pub received_at: DateTime<Utc>,
    /// When the partner's Trellis made it (their clock).
    pub sent_at: DateTime<Utc>,
    /// The partner's name, as this person called them when it arrived.
    pub from: String,
    pub items: Vec<SharedItem>,
}

impl std::fmt::Debug for Share {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Share({}, {} items, <private>)", self.id, self.items.len())
    }
}

/// The sealed encoding (payload version 1).
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SharePayload {
    /// The packet's own id, so the same packet opened twice is kept once.
    #[serde(rename = "p")]
    pub packet: String,
    #[serde(rename = "s")]
    pub sent_ms: i64,
    #[serde(rename = "f")]
    pub from: String,
    #[serde(rename = "i")]
    pub items: Vec<SharedItem>,
}

pub(crate) struct ShareKind;

impl Kind for ShareKind {
    const KIND: RecordKind = RecordKind::Share;
    /// Read-only: nothing edits it, so there is no earlier version to keep.
    const HISTORY: History = History::Never;
    /// Kept on this person's other computers too; it never changes, so two edits cannot meet.
    const SYNC: Merge = Merge::KeepBoth;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = MAX_TOOL_BYTES;
    type Id = ShareId;
    type Payload = SharePayload;

    fn sample(words: &str) -> SharePayload {
        let w = || words.to_owned();
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
        SharePayload {
            packet: "00".repeat(16),
            sent_ms: 0,
            from: w(),
            items: vec![
                SharedItem::Worksheet {
                    title: w(),
                    on: day,
                    areas: vec![SharedArea { area: w(), name: w(), expectation: w(), middle: w() }],
                },
                SharedItem::Boundaries {
                    boundaries: vec![SharedBoundary {
                        text: w(),
                        whose: Whose::Mine,
                        category: w(),
                        why: w(),
                        if_crossed: w(),
                    }],
                },
                SharedItem::Agreement {
                    text: w(),
                    version: Some(SharedVersion { id: "00".repeat(16), version: 3, agreed_on: Some(day) }),
                },
                SharedItem::Letter { title: w(), body: w(), written_on: day },
                SharedItem::CheckIn { title: w(), summary: w(), on: day },
            ],
        }
    }

    /// Not searched yet: a search hit has to open something, and shares have no screen of
    /// their own yet (the partner's words are shown where they were filled in).
    fn into_search_doc(_p: SharePayload) -> SearchDoc {
        SearchDoc::default()
    }
}
