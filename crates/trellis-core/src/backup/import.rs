//! Import from jrnl (`jrnl --export json`), Day One (its JSON export: the zip, or the folder
//! with its `Journal.json`; photos are skipped and counted), and Trellis's own JSON and `.age`
//! backup. Everything is read and checked first; then it is written in one transaction, so a
//! bad file imports nothing. Entries from other apps get ids derived from what they hold, so
//! importing the same file twice adds nothing the second time.

use std::path::Path;

use chrono::{DateTime, TimeZone};

use super::foreign::parse_jrnl;
use super::portable::{parse_document, read_backup, read_file};
use super::{BackupError, Document, Versions, DOCUMENT_FORMAT, DOCUMENT_VERSION};
use crate::journal::Entry;
use crate::secret::Passphrase;
use crate::vault::Vault;

/// Where an import comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Source {
    /// `jrnl --export json`.
    Jrnl,
    /// Day One's JSON export: the zip, or the unzipped folder (or its `Journal.json`).
    DayOne,
    /// Trellis's JSON export, or its `.age` backup (with the backup's passphrase).
    Trellis,
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportReport {
    /// Records added.
    pub added: u32,
    /// Records already in the vault (imported before), left as they are.
    pub already_there: u32,
    /// Photos in a Day One export, which Trellis does not keep.
    pub photos_skipped: u32,
}

impl Vault {
    /// Imports `path` as `source`, in one transaction. Dates without a time zone (jrnl's) are
    /// read in `tz`. A `.age` file needs `passphrase` (the backup's).
    pub fn import<Tz: TimeZone>(
        &mut self,
        source: Source,
        path: &Path,
        passphrase: Option<&Passphrase>,
        tz: &Tz,
    ) -> Result<ImportReport, BackupError> {
        let (doc, photos_skipped) = read(source, path, passphrase, tz)?;
        let added = self.add_document(doc)?;
        Ok(ImportReport { added: added.added as u32, already_there: added.already_there as u32, photos_skipped })
    }
}

/// Reads and checks an import without writing anything.
pub(crate) fn read<Tz: TimeZone>(
    source: Source,
    path: &Path,
    passphrase: Option<&Passphrase>,
    tz: &Tz,
) -> Result<(Document, u32), BackupError> {
    match source {
        Source::Jrnl => Ok((document(parse_jrnl(&read_file(path)?, tz)?), 0)),
        Source::DayOne => {
            let (entries, photos) = super::day_one::read(path)?;
            Ok((document(entries), photos))
        }
        Source::Trellis => {
            let bytes = read_file(path)?;
            if bytes.starts_with(b"age-encryption.org/") {
                let Some(passphrase) = passphrase else {
                    return Err(BackupError::Invalid(crate::say::Message::new("error-backup-encrypted")));
                };
                return Ok((read_backup(path, passphrase)?, 0));
            }
            Ok((parse_document(&bytes)?, 0))
        }
    }
}

fn document(entries: Vec<Entry>) -> Document {
    Document {
        format: DOCUMENT_FORMAT.into(),
        version: DOCUMENT_VERSION,
        made_at: DateTime::UNIX_EPOCH,
        entries: entries.into_iter().map(|current| Versions { current, earlier: Vec::new() }).collect(),
        boundaries: Vec::new(),
        worksheets: Vec::new(),
        agreements: Vec::new(),
        reminders: Vec::new(),
        left_out: Vec::new(),
    }
}
