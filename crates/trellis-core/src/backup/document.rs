//! Reading every record of a vault (and its reminders) into a [`Document`], and writing a
//! document's records back into a vault in one transaction (records already there, by id, are
//! left alone).

use chrono::{DateTime, Utc};

use super::{BackupError, Document, LeftOut, Versions, DOCUMENT_FORMAT, DOCUMENT_VERSION};
use crate::collection::Collection;
use crate::journal::{Entry, EntryKind};
use crate::record::{Kind, Record, RecordError, RecordKind, Records, Row};
use crate::reminders::ReminderKind;
use crate::say::{Message, Said};
use crate::search::Doc;
use crate::store::StoreError;
use crate::tools::agreements::{Agreement, AgreementKind};
use crate::tools::boundaries::{Boundary, BoundaryKind};
use crate::tools::worksheets::{Worksheet, WorksheetKind};
use crate::vault::Vault;

/// How many records an import added and found already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Added {
    pub added: usize,
    pub already_there: usize,
}

impl Vault {
    /// Reads every record, with its earlier versions, and the reminders into a document
    /// (plaintext in memory: only for a backup or an export the person asked for). What cannot
    /// be read (a record, an earlier version, a reminder's words or schedule) is left out and
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
        let (reminders, not_kept) = crate::reminders::kept(conn, &records, now)?;
        let reminder = |id: String| LeftOut { kind: RecordKind::Reminder, id, version: None };
        left_out.extend(not_kept.damaged.iter().map(|id| reminder(id.to_string())));
        left_out.extend(not_kept.unreadable.into_iter().map(reminder));
        Ok(Document {
            format: DOCUMENT_FORMAT.into(),
            version: DOCUMENT_VERSION,
            made_at: now,
            entries,
            boundaries,
            worksheets,
            agreements,
            reminders,
            left_out,
        })
    }

    /// Adds every record of `doc` that is not in the vault yet (by id), with its earlier
    /// versions, in one transaction: all of it, or (on any error) none of it.
    pub(crate) fn add_document(&mut self, doc: Document) -> Result<Added, BackupError> {
        let (conn, open) = self.unlocked_parts()?;
        let mut c = Collection::new(conn, open);
        let mut added_docs: Vec<Doc> = Vec::new();
        let added = c.records().atomically(|| -> Result<Added, BackupError> {
            let mut n = Added::default();
            let mut put = |doc: Option<Doc>| match doc {
                Some(doc) => {
                    n.added += 1;
                    added_docs.push(doc);
                }
                None => n.already_there += 1,
            };
            for v in doc.entries {
                put(import(&c, v.current.into_record(), v.earlier.into_iter().map(Entry::into_record))?);
            }
            for v in doc.boundaries {
                put(import(&c, v.current.into_record(), v.earlier.into_iter().map(Boundary::into_record))?);
            }
            for w in doc.worksheets {
                put(import::<WorksheetKind>(&c, w.into_record(), std::iter::empty())?);
            }
            for v in doc.agreements {
                put(import(&c, v.current.into_record(), v.earlier.into_iter().map(Agreement::into_record))?);
            }
            for r in doc.reminders {
                let (rec, schedule) = r.into_parts().map_err(BackupError::Invalid)?;
                if crate::reminders::is_there(conn, &c.records(), &rec.id)? {
                    put(None);
                    continue;
                }
                crate::reminders::put_schedule(conn, &schedule)?;
                put(import::<ReminderKind>(&c, rec, std::iter::empty())?);
            }
            Ok(n)
        })?;
        c.indexed(added_docs)?;
        Ok(added)
    }
}

/// Adds a record with its earlier versions on the write path, unless its id is taken.
fn import<K: Kind>(
    c: &Collection<'_>,
    current: Record<K>,
    earlier: impl Iterator<Item = Record<K>>,
) -> Result<Option<Doc>, BackupError> {
    let earlier: Vec<Record<K>> = earlier.collect();
    let id = current.id;
    c.import(current, &earlier).map_err(|e| record_error(e, &id))
}

/// Names the record an import could not write.
pub(crate) fn record_error<I: crate::ids::RecordId>(e: RecordError<I>, id: &I) -> BackupError {
    match e {
        RecordError::Store(s) => BackupError::Store(s),
        RecordError::KeyChanged => BackupError::Vault(Box::new(crate::vault::VaultError::Locked)),
        other => BackupError::Invalid(
            Message::new("error-import-record")
                .with("kind", I::KIND)
                .with("id", id.to_string())
                .with("why", other.message()),
        ),
    }
}

/// Every readable record of `K` with its earlier versions, oldest first.
fn versions<K: Kind, T: From<Record<K>>>(
    records: &Records<'_>,
    left_out: &mut Vec<LeftOut>,
) -> Result<Vec<Versions<T>>, StoreError> {
    let mut current = Vec::new();
    records.for_each::<K>(|row| match row {
        Row::Ok(rec) => current.push(rec),
        Row::Damaged { id, .. } => left_out.push(LeftOut { kind: K::KIND, id: id.to_string(), version: None }),
    })?;
    // Every earlier version in one query, not one per record.
    let mut histories = records.histories::<K>()?;
    let mut out = Vec::with_capacity(current.len());
    for rec in current {
        let (earlier, damaged) = histories.remove(&rec.id).unwrap_or_default();
        left_out.extend(damaged.into_iter().map(|v| LeftOut {
            kind: K::KIND,
            id: rec.id.to_string(),
            version: Some(v),
        }));
        out.push(Versions { current: T::from(rec), earlier: earlier.into_iter().map(T::from).collect() });
    }
    Ok(out)
}
