//! Reading every record of a vault into a [`Document`], and writing a document's records back
//! into a vault in one transaction (records already there, by id, are left alone).

use chrono::{DateTime, Utc};

use super::{BackupError, Document, Versions, DOCUMENT_FORMAT, DOCUMENT_VERSION};
use crate::journal::{Entry, EntryKind};
use crate::record::{DamagedRecord, Kind, Record, RecordError, Records, Row};
use crate::search::{Change, Doc};
use crate::store::StoreError;
use crate::tools::agreements::{Agreement, AgreementKind};
use crate::tools::boundaries::{Boundary, BoundaryKind};
use crate::tools::worksheets::{Worksheet, WorksheetKind};
use crate::unlocked::Unlocked;
use crate::vault::Vault;

/// How many records an import added and found already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Added {
    pub added: usize,
    pub already_there: usize,
}

impl Vault {
    /// Reads every record, with its earlier versions, into a document (plaintext in memory:
    /// only for a backup or an export the person asked for). Damaged records are left out and
    /// named in `left_out`.
    pub fn document(&mut self, now: DateTime<Utc>) -> Result<Document, BackupError> {
        let (conn, open) = self.unlocked_parts()?;
        let records = open.records(conn);
        let mut left_out = Vec::new();
        let entries = versions::<EntryKind, Entry>(&records, &mut left_out)?;
        let boundaries = versions::<BoundaryKind, Boundary>(&records, &mut left_out)?;
        let agreements = versions::<AgreementKind, Agreement>(&records, &mut left_out)?;
        let worksheets =
            versions::<WorksheetKind, Worksheet>(&records, &mut left_out)?.into_iter().map(|v| v.current).collect();
        Ok(Document {
            format: DOCUMENT_FORMAT.into(),
            version: DOCUMENT_VERSION,
            made_at: now,
            entries,
            boundaries,
            worksheets,
            agreements,
            left_out,
        })
    }

    /// Adds every record of `doc` that is not in the vault yet (by id), with its earlier
    /// versions, in one transaction: all of it, or (on any error) none of it.
    pub(crate) fn add_document(&mut self, doc: Document) -> Result<Added, BackupError> {
        let (conn, open) = self.unlocked_parts()?;
        let records = open.records(conn);
        let mut added_docs: Vec<Doc> = Vec::new();
        let added = records.atomically(|| -> Result<Added, BackupError> {
            let mut n = Added::default();
            for v in doc.entries {
                put::<EntryKind>(
                    &records,
                    v.current.into_record(),
                    v.earlier.into_iter().map(Entry::into_record),
                    &mut n,
                    &mut added_docs,
                )?;
            }
            for v in doc.boundaries {
                put::<BoundaryKind>(
                    &records,
                    v.current.into_record(),
                    v.earlier.into_iter().map(Boundary::into_record),
                    &mut n,
                    &mut added_docs,
                )?;
            }
            for w in doc.worksheets {
                put::<WorksheetKind>(&records, w.into_record(), std::iter::empty(), &mut n, &mut added_docs)?;
            }
            for v in doc.agreements {
                put::<AgreementKind>(
                    &records,
                    v.current.into_record(),
                    v.earlier.into_iter().map(Agreement::into_record),
                    &mut n,
                    &mut added_docs,
                )?;
            }
            Ok(n)
        })?;
        index(open, added_docs)?;
        Ok(added)
    }
}

/// Puts the new records in the search index, and forgets decoded lists.
pub(crate) fn index(open: &mut Unlocked, docs: Vec<Doc>) -> Result<(), StoreError> {
    open.decoded.clear();
    for doc in docs {
        open.changed(Change::Upsert(doc))?;
    }
    Ok(())
}

fn put<K: Kind>(
    records: &Records<'_>,
    current: Record<K>,
    earlier: impl Iterator<Item = Record<K>>,
    n: &mut Added,
    docs: &mut Vec<Doc>,
) -> Result<(), BackupError> {
    let earlier: Vec<Record<K>> = earlier.collect();
    if records.import(&current, &earlier).map_err(|e| record_error(e, &current.id))? {
        n.added += 1;
        docs.push(Doc::of::<K>(&current.id, current.created_at, current.updated_at, current.payload));
    } else {
        n.already_there += 1;
    }
    Ok(())
}

/// Names the record an import could not write.
pub(crate) fn record_error<I: crate::ids::RecordId>(e: RecordError<I>, id: &I) -> BackupError {
    match e {
        RecordError::Store(s) => BackupError::Store(s),
        RecordError::KeyChanged => BackupError::Vault(Box::new(crate::vault::VaultError::Locked)),
        other => BackupError::Invalid(format!("{} {id}: {other}", I::KIND)),
    }
}

/// Every readable record of `K` with its earlier versions, oldest first.
fn versions<K: Kind, T: From<Record<K>>>(
    records: &Records<'_>,
    left_out: &mut Vec<DamagedRecord>,
) -> Result<Vec<Versions<T>>, StoreError> {
    let mut current = Vec::new();
    records.for_each::<K>(|row| match row {
        Row::Ok(rec) => current.push(rec),
        Row::Damaged { id, .. } => left_out.push(DamagedRecord { kind: K::KIND, id: id.to_string() }),
    })?;
    let mut out = Vec::with_capacity(current.len());
    for rec in current {
        let (earlier, _damaged) = records.history::<K>(rec.id).map_err(|e| match e {
            RecordError::Store(s) => s,
            _ => StoreError::Damaged { path: Default::default() },
        })?;
        out.push(Versions { current: T::from(rec), earlier: earlier.into_iter().map(T::from).collect() });
    }
    Ok(out)
}
