//! The registry of record kinds: the one place that names every kind's payload type, so the
//! search index and the vault can reach all of them without importing the feature modules.
//! Adding a kind adds its line to each function here.

use crate::checkin::DraftKind;
use crate::ids::RecordId;
use crate::journal::EntryKind;
use crate::record::{DamagedRecord, Kind, RecordKey, RecordKind, Records};
use crate::reminders::ReminderKind;
use crate::search::{doc_of, Doc, KindTable};
use crate::store::StoreError;
use crate::tools::agreements::AgreementKind;
use crate::tools::boundaries::BoundaryKind;
use crate::tools::worksheets::WorksheetKind;

/// Every kind, for the search index.
pub(crate) static KINDS: KindTable = KindTable { count, feed, by_id };

fn count(records: &Records<'_>) -> Result<usize, StoreError> {
    Ok(records.count::<EntryKind>()?
        + records.count::<BoundaryKind>()?
        + records.count::<WorksheetKind>()?
        + records.count::<AgreementKind>()?
        + records.count::<ReminderKind>()?
        + records.count::<DraftKind>()?)
}

fn feed(records: &Records<'_>, sink: &mut dyn FnMut(Result<Doc, DamagedRecord>)) -> Result<(), StoreError> {
    records.for_each::<EntryKind>(|row| sink(doc_of(row)))?;
    records.for_each::<BoundaryKind>(|row| sink(doc_of(row)))?;
    records.for_each::<WorksheetKind>(|row| sink(doc_of(row)))?;
    records.for_each::<AgreementKind>(|row| sink(doc_of(row)))?;
    records.for_each::<ReminderKind>(|row| sink(doc_of(row)))?;
    records.for_each::<DraftKind>(|row| sink(doc_of(row)))
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
        RecordKind::Boundary => typed::<BoundaryKind>(records, ids),
        RecordKind::Worksheet => typed::<WorksheetKind>(records, ids),
        RecordKind::Agreement => typed::<AgreementKind>(records, ids),
        RecordKind::Reminder => typed::<ReminderKind>(records, ids),
        RecordKind::Draft => typed::<DraftKind>(records, ids),
    }
}

/// Reseals every readable record of every kind under `to`; runs in the caller's transaction.
pub(crate) fn reseal_all(
    records: &Records<'_>,
    to: &RecordKey,
    progress: &mut dyn FnMut(),
) -> Result<usize, StoreError> {
    Ok(records.reseal_all::<EntryKind>(to, progress)?
        + records.reseal_all::<BoundaryKind>(to, progress)?
        + records.reseal_all::<WorksheetKind>(to, progress)?
        + records.reseal_all::<AgreementKind>(to, progress)?
        + records.reseal_all::<ReminderKind>(to, progress)?
        + records.reseal_all::<DraftKind>(to, progress)?)
}

/// Reseals every record still in format 1; returns how many. Runs in the caller's transaction.
pub(crate) fn upgrade_format(records: &Records<'_>) -> Result<usize, StoreError> {
    Ok(records.upgrade_format::<EntryKind>()?
        + records.upgrade_format::<BoundaryKind>()?
        + records.upgrade_format::<WorksheetKind>()?
        + records.upgrade_format::<AgreementKind>()?
        + records.upgrade_format::<ReminderKind>()?
        + records.upgrade_format::<DraftKind>()?)
}
