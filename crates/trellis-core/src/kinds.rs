//! The registry of record kinds: the one place that names every kind's payload type, so the
//! search index and the vault can reach all of them without importing the feature modules.
//! Adding a kind adds its line to each function here.

use crate::ids::RecordId;
use crate::journal::EntryKind;
use crate::record::{DamagedRecord, Kind, RecordKey, RecordKind, Records};
use crate::search::{doc_of, Doc, KindTable};
use crate::store::StoreError;

/// Every kind, for the search index.
pub(crate) static KINDS: KindTable = KindTable { count, feed, by_id };

fn count(records: &Records<'_>) -> Result<usize, StoreError> {
    records.count::<EntryKind>()
}

fn feed(records: &Records<'_>, sink: &mut dyn FnMut(Result<Doc, DamagedRecord>)) -> Result<(), StoreError> {
    records.for_each::<EntryKind>(|row| sink(doc_of(row)))
}

fn by_id(
    records: &Records<'_>,
    kind: RecordKind,
    ids: &[[u8; 16]],
) -> Result<Vec<Result<Doc, DamagedRecord>>, StoreError> {
    fn typed<K: Kind>(records: &Records<'_>, ids: &[[u8; 16]]) -> Result<Vec<Result<Doc, DamagedRecord>>, StoreError> {
        let ids: Vec<K::Id> = ids.iter().filter_map(|b| K::Id::from_bytes(b)).collect();
        Ok(records.get_many::<K>(&ids)?.into_iter().map(doc_of).collect())
    }
    match kind {
        RecordKind::Entry => typed::<EntryKind>(records, ids),
    }
}

/// Reseals every readable record of every kind under `to`; runs in the caller's transaction.
pub(crate) fn reseal_all(
    records: &Records<'_>,
    to: &RecordKey,
    progress: &mut dyn FnMut(),
) -> Result<usize, StoreError> {
    records.reseal_all::<EntryKind>(to, progress)
}

/// Reseals every record still in format 1; returns how many. Runs in the caller's transaction.
pub(crate) fn upgrade_format(records: &Records<'_>) -> Result<usize, StoreError> {
    records.upgrade_format::<EntryKind>()
}
