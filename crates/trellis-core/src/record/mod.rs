//! The record layer: the one path by which anything a person wrote reaches the disk.
//!
//! A kind of record (journal entry, boundary, …) declares, by implementing [`Kind`], its
//! [`RecordKind`] (which names its table), its typed id, its payload (serde, short keys,
//! versioned), whether it keeps history, and what of it feeds search. This layer does the rest,
//! the same way for every kind: it seals payloads (only [`Sealed`] reaches SQL, and SQL that
//! writes record data lives in this module alone), reads and lists, reports damaged records by
//! kind and id without failing, deletes (damaged ones too), keeps sealed revisions, and feeds
//! the in-memory search index. A feature module holds its domain rules and nothing about bytes.
//!
//! This layer knows no feature: it depends only on ids, the store and the sealing. What a
//! feature keeps in step with its records (a boundary's review reminder) it says through the
//! registry (`crate::registry`), whose hooks the write path (`crate::collection`) runs in the
//! same transaction as the write.
//!
//! Adding a kind touches nothing here: a migration creating its table (the same five columns as
//! `entries`), its id and [`RecordKind`] variant in `crate::ids`, a payload type implementing
//! [`Kind`], and one line in the list of `crate::kinds`. See `docs/architecture.md`.

mod seal;
mod table;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub(crate) use seal::{Place, RecordKey, VaultKey};
#[cfg(test)]
pub(crate) use table::decode_payload;
pub(crate) use table::decode_value;
pub use table::{DamagedRecord, RecordError};
pub(crate) use table::{Deleted, Record, Records, Row};

use crate::ids::RecordId;
pub use crate::ids::RecordKind;

/// Whether a kind keeps its earlier versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum History {
    /// Only the current version exists (worksheets: "start a new one from this one" is how
    /// they keep their past).
    Never,
    /// The feature module says at each update: an edit keeps the version it replaces, a
    /// bookkeeping change (logging a moment on a boundary) does not (boundaries, agreements).
    PerUpdate,
    /// As the vault's setting says (journal entries).
    Setting,
}

/// How two edits of one version, made on two computers before either saw the other, are
/// settled (`crate::sync::merge`). Neither is ever dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Merge {
    /// The later is the record; the other is kept beside it as a copy (journal entries,
    /// worksheets: text a person wrote at length).
    KeepBoth,
    /// The later is the record; the other is kept as its earlier version (boundaries,
    /// agreements, reminders' words).
    History,
    /// Not synced: it belongs to this computer (the check-in being written).
    Local,
}

/// What one record gives the search index.
#[derive(Clone, Debug, Default)]
pub(crate) struct SearchDoc {
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub mood: Option<u8>,
    /// The record is a journal entry of kind "check-in".
    pub check_in: bool,
}

/// One record as the search index takes it.
pub(crate) struct Doc {
    pub kind: RecordKind,
    pub id: [u8; 16],
    pub created: chrono::DateTime<chrono::Utc>,
    pub updated: chrono::DateTime<chrono::Utc>,
    pub doc: SearchDoc,
}

impl Doc {
    pub(crate) fn of<K: Kind>(
        id: &K::Id,
        created: chrono::DateTime<chrono::Utc>,
        updated: chrono::DateTime<chrono::Utc>,
        payload: K::Payload,
    ) -> Self {
        Doc { kind: K::KIND, id: *id.as_bytes(), created, updated, doc: K::into_search_doc(payload) }
    }
}

/// Turns a listed row into what the index takes, or names it damaged.
pub(crate) fn doc_of<K: Kind>(row: Row<K>) -> Result<Doc, DamagedRecord> {
    match row {
        Row::Ok(r) => Ok(Doc::of::<K>(&r.id, r.created_at, r.updated_at, r.payload)),
        Row::Damaged { id, .. } => Err(DamagedRecord { kind: K::KIND, id: id.to_string() }),
    }
}

/// A kind of private record.
pub(crate) trait Kind: 'static {
    const KIND: RecordKind;
    const HISTORY: History;
    /// The payload encoding written now; older ones must still decode.
    const PAYLOAD_VERSION: u8;
    /// The largest encoded payload accepted.
    const MAX_BYTES: usize;
    /// How edits made on two computers at once are settled, or that the kind stays here.
    const SYNC: Merge;
    type Id: RecordId;
    type Payload: Serialize + DeserializeOwned + Clone + Send + 'static;

    /// Returns what of `payload` feeds search.
    fn into_search_doc(payload: Self::Payload) -> SearchDoc;

    /// A payload with `words` in every field a person writes, for the guards that must reach
    /// every kind (the canary scan, the crash test, the hostile database): required, so a new
    /// kind cannot be left out of them.
    fn sample(words: &str) -> Self::Payload;
}

#[cfg(test)]
mod tests {
    use super::RecordKind;

    /// `RecordKind::ALL` is what the registry test checks against: it must hold every kind.
    #[test]
    fn all_holds_every_kind() {
        for kind in RecordKind::ALL {
            // Exhaustive: a new kind fails to compile here until it is added to `ALL` too.
            let index = match kind {
                RecordKind::Entry => 0,
                RecordKind::Boundary => 1,
                RecordKind::Worksheet => 2,
                RecordKind::Agreement => 3,
                RecordKind::Reminder => 4,
                RecordKind::Draft => 5,
                RecordKind::SafetyCheck => 6,
                RecordKind::Share => 7,
            };
            assert_eq!(RecordKind::ALL[index], *kind);
        }
        assert_eq!(RecordKind::ALL.len(), 8);
    }
}
