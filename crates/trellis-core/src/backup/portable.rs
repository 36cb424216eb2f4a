//! The portable backup: the [`Document`] as JSON inside one standard age file, encrypted with
//! a passphrase chosen for it (scrypt). It opens with Trellis and with the stock `age` command
//! line (`age -d backup.age > backup.json`).

use std::io::{Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::{BackupError, Document, DOCUMENT_FORMAT, DOCUMENT_VERSION};
use crate::say::Message;
use crate::secret::{KdfWorkFactor, Passphrase};
use crate::vault::Vault;

/// The largest backup or import file read (a journal of years with long entries fits many
/// times over).
const MAX_BACKUP_BYTES: u64 = 2 << 30;

impl Vault {
    /// Writes the portable backup to `path` (a new file: never overwrites; all or nothing,
    /// mode 0600). Returns what it holds. An empty passphrase is refused, as everywhere a
    /// passphrase is chosen: the file would open for anyone.
    pub fn write_backup(
        &mut self,
        path: &Path,
        passphrase: &Passphrase,
        work: KdfWorkFactor,
        now: DateTime<Utc>,
    ) -> Result<super::ExportReport, BackupError> {
        if passphrase.is_empty() {
            return Err(crate::vault::VaultError::EmptyPassphrase.into());
        }
        let doc = self.document(now)?;
        let mut recipient = age::scrypt::Recipient::new(passphrase.secret());
        recipient.set_work_factor(work.get());
        // The key is derived here, and scrypt's memory given back, before the document is
        // encoded. The JSON then goes straight into the age stream, a chunk at a time, so
        // neither the whole JSON nor the whole sealed file is ever held in memory: at 10,000
        // entries they were 28 MB each, held beside scrypt's 256 MiB.
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .expect("one passphrase recipient is always accepted");
        crate::files::write_new(path, |out| {
            seal(encryptor, &doc, out).map_err(|source| crate::files::FileError::Io { path: path.to_owned(), source })
        })?;
        Ok(super::ExportReport::of(&doc))
    }
}

/// Writes `value` as JSON into an age stream on `out`, a chunk at a time. A failed write
/// (a full disk) is returned as it is; the caller removes what was written.
fn seal<T: serde::Serialize>(encryptor: age::Encryptor, value: &T, out: &mut dyn Write) -> std::io::Result<()> {
    let mut sealed = encryptor.wrap_output(out)?;
    serde_json::to_writer(&mut sealed, value)?;
    sealed.finish()?;
    Ok(())
}

/// Opens a portable backup with its passphrase. A wrong passphrase, and a truncated or
/// altered file, are told apart; neither changes anything.
pub fn read_backup(path: &Path, passphrase: &Passphrase) -> Result<Document, BackupError> {
    let bytes = read_file(path)?;
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|e| BackupError::Damaged(short(&e)))?;
    let mut identity = age::scrypt::Identity::new(passphrase.secret());
    identity.set_max_work_factor(KdfWorkFactor::MAX);
    let mut reader = match decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
        Ok(r) => r,
        Err(age::DecryptError::ExcessiveWork { .. }) => {
            return Err(BackupError::Damaged(Message::new("error-backup-too-costly")))
        }
        Err(
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys,
        ) => return Err(BackupError::WrongPassphrase),
        Err(e) => return Err(BackupError::Damaged(short(&e))),
    };
    let mut json = Zeroizing::new(Vec::new());
    reader.read_to_end(&mut json).map_err(|e| BackupError::Damaged(short(&e)))?;
    parse_document(&json)
}

/// Reads our own JSON: a document, or the older export (an array of entries).
pub(crate) fn parse_document(json: &[u8]) -> Result<Document, BackupError> {
    let value: serde_json::Value = serde_json::from_slice(json)
        .map_err(|e| BackupError::Invalid(Message::new("error-not-json").with("reason", e.to_string())))?;
    if value.is_array() {
        let entries: Vec<crate::journal::Entry> = super::field_errors(serde_json::from_value(value))?;
        let doc = Document {
            format: DOCUMENT_FORMAT.into(),
            version: DOCUMENT_VERSION,
            made_at: DateTime::UNIX_EPOCH,
            entries: entries.into_iter().map(|current| super::Versions { current, earlier: Vec::new() }).collect(),
            boundaries: Vec::new(),
            worksheets: Vec::new(),
            agreements: Vec::new(),
            reminders: Vec::new(),
            left_out: Vec::new(),
        };
        super::dates::check(&doc)?;
        return Ok(doc);
    }
    if value.get("format").and_then(|f| f.as_str()) != Some(DOCUMENT_FORMAT) {
        return Err(BackupError::Invalid(Message::new("error-not-a-backup")));
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v >= 1 && v <= u64::from(DOCUMENT_VERSION) => {}
        Some(v) => return Err(BackupError::Invalid(Message::new("error-backup-newer").with("version", v))),
        None => return Err(BackupError::Invalid(Message::new("error-backup-no-version"))),
    }
    let doc = super::field_errors(serde_json::from_value(value))?;
    super::dates::check(&doc)?;
    Ok(doc)
}

pub(crate) fn read_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, BackupError> {
    let read = |source| BackupError::Read { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(read)?;
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(MAX_BACKUP_BYTES).read_to_end(&mut bytes).map_err(read)?;
    Ok(bytes)
}

fn short(e: &dyn std::fmt::Display) -> Message {
    Message::as_is(e.to_string().chars().take(120).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that takes `room` bytes and then reports a full disk.
    struct Room {
        written: Vec<u8>,
        room: usize,
    }

    impl Write for Room {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.written.len() + buf.len() > self.room {
                return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no room left"));
            }
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn encryptor(pass: &str) -> age::Encryptor {
        let mut recipient = age::scrypt::Recipient::new(Passphrase::new(pass.into()).secret());
        recipient.set_work_factor(2);
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap()
    }

    /// Several of age's 64 KiB chunks of JSON, so a full disk can come in the middle.
    fn big() -> Vec<String> {
        (0..3000).map(|i| format!("an evening walk by the river, number {i}, talked through slowly")).collect()
    }

    #[test]
    fn the_stream_opens_as_the_json_it_was_given() {
        let mut out = Room { written: Vec::new(), room: usize::MAX };
        seal(encryptor("p"), &big(), &mut out).unwrap();
        let decryptor = age::Decryptor::new_buffered(&out.written[..]).unwrap();
        let identity = age::scrypt::Identity::new(Passphrase::new("p".into()).secret());
        let mut json = Vec::new();
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).unwrap().read_to_end(&mut json).unwrap();
        assert_eq!(json, serde_json::to_vec(&big()).unwrap());
    }

    #[test]
    fn a_full_disk_in_the_middle_of_the_stream_is_an_error_not_a_short_file() {
        let whole = {
            let mut out = Room { written: Vec::new(), room: usize::MAX };
            seal(encryptor("p"), &big(), &mut out).unwrap();
            out.written.len()
        };
        assert!(whole > 2 * 65536, "the test needs several chunks: {whole}");
        for room in [10, 1000, 70_000, whole - 1] {
            let mut out = Room { written: Vec::new(), room };
            let err = seal(encryptor("p"), &big(), &mut out).unwrap_err();
            // age wraps an error in writing its header in one of its own.
            assert!(
                err.kind() == std::io::ErrorKind::StorageFull || err.to_string().contains("no room left"),
                "room {room}: {err}"
            );
            assert!(out.written.len() <= room);
        }
    }
}
