//! Nothing lost, nothing locked in: snapshots of the vault (still sealed), a portable backup
//! (one standard age file holding a documented JSON document of every record), a readable
//! export (Markdown files or JSON, on purpose), and import from jrnl, Day One and Trellis's
//! own files — one transaction, all or nothing, no duplicates on a second import.
//!
//! The document's schema is described in `docs/backup-format.md`.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::files::FileError;
use crate::journal::Entry;
use crate::record::RecordKind;
use crate::reminders::KeptReminder;
use crate::store::StoreError;
use crate::tools::agreements::Agreement;
use crate::tools::boundaries::Boundary;
use crate::tools::worksheets::Worksheet;
use crate::vault::VaultError;

mod dates;
mod day_one;
mod document;
mod foreign;
mod import;
mod markdown;
mod portable;
mod snapshot;

pub use import::{ImportReport, Source};
pub use markdown::ExportReport;
pub use portable::read_backup;
pub use snapshot::{
    restore_snapshot, verify_snapshot, Holds, Opener, Rekeyed, SnapshotInfo, SnapshotsRekeyed, Verified,
};

/// What the document says it is.
pub const DOCUMENT_FORMAT: &str = "trellis-backup";
/// The document version written now; import reads this one and older.
pub const DOCUMENT_VERSION: u32 = 1;

/// What can go wrong making, reading or restoring a backup.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The input is not what it claims to be; the message names the entry and the field.
    #[error("{0}; nothing was imported")]
    Invalid(crate::say::Message),
    #[error("this backup file is damaged or incomplete ({0}); nothing was changed")]
    Damaged(crate::say::Message),
    #[error("that passphrase does not open this backup")]
    WrongPassphrase,
    #[error("{0} is not empty; a snapshot is only ever restored into a new folder")]
    NotEmpty(PathBuf),
    #[error("could not read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Vault(#[from] Box<VaultError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<VaultError> for BackupError {
    fn from(e: VaultError) -> Self {
        BackupError::Vault(Box::new(e))
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::Store(e.into())
    }
}

/// A record with its earlier versions (oldest first).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Versions<T> {
    #[serde(flatten)]
    pub current: T,
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<T>,
}

/// Everything in a vault, readable: the portable backup's content and the JSON export.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always `trellis-backup`.
    pub format: String,
    pub version: u32,
    pub made_at: DateTime<Utc>,
    #[serde(default)]
    pub entries: Vec<Versions<Entry>>,
    #[serde(default)]
    pub boundaries: Vec<Versions<Boundary>>,
    #[serde(default)]
    pub worksheets: Vec<Worksheet>,
    #[serde(default)]
    pub agreements: Vec<Versions<Agreement>>,
    /// The reminders that stand on their own (check-in, journal, one's own): words and
    /// schedule. Those following a review or revisit date are made again from their records.
    /// Optional in version 1: documents made before it have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reminders: Vec<KeptReminder>,
    /// What could not be read when the document was made: records, earlier versions and
    /// reminders, by kind and id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOut>,
}

/// Something a document does not hold because it could not be read when it was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeftOut {
    pub kind: RecordKind,
    pub id: String,
    /// For an earlier version of a record that is in the document: its number (1 is the
    /// oldest). Absent when the record itself is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
}

impl LeftOut {
    /// Names it as people read it, in `lang`: "entry 0192…", "an earlier version of entry
    /// 0192…" ("la entrada 0192…").
    pub fn say_in(&self, lang: &str) -> String {
        let id = if self.version.is_none() { "left-out-record" } else { "left-out-version" };
        crate::say::say(lang, id, &[("kind", self.kind.name().into()), ("id", self.id.clone().into())])
    }
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Document(v{}, {} entries, {} boundaries, {} worksheets, {} agreements, {} reminders)",
            self.version,
            self.entries.len(),
            self.boundaries.len(),
            self.worksheets.len(),
            self.agreements.len(),
            self.reminders.len()
        )
    }
}

impl Document {
    /// How many records it holds (current versions).
    pub fn len(&self) -> usize {
        self.entries.len()
            + self.boundaries.len()
            + self.worksheets.len()
            + self.agreements.len()
            + self.reminders.len()
    }

    /// Tells whether it holds no record.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Turns serde's error into one that says where ("at line 3 column 9", "missing field `title`")
/// without the value it found: serde quotes the offending text ("invalid type: string \"…\"",
/// "unknown variant `…`"), and that text is what someone wrote.
pub(crate) fn field_errors<T>(r: Result<T, serde_json::Error>) -> Result<T, BackupError> {
    r.map_err(|e| {
        let reason = without_values(&e.to_string());
        BackupError::Invalid(crate::say::Message::new("error-file-unexpected").with("reason", reason))
    })
}

/// Replaces every double-quoted string, and the name after "unknown variant", with "…".
pub(crate) fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '"' {
            let mut escaped = false;
            for d in chars.by_ref() {
                if d == '"' && !escaped {
                    break;
                }
                escaped = d == '\\' && !escaped;
            }
            out.push_str("…\"");
        } else if c == '`' && out.ends_with("unknown variant `") {
            for d in chars.by_ref() {
                if d == '`' {
                    break;
                }
            }
            out.push_str("…`");
        }
    }
    out
}
