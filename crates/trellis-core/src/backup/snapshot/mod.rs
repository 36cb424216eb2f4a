//! Snapshots: consistent copies of the vault database made while it is in use (`VACUUM INTO`),
//! still sealed record by record, so one opens with the passphrase or recovery code the vault
//! had when it was made. Each is written into a new file only its owner can read (made 0600
//! before SQLite writes a byte), fsynced, then given its final name, so a crash never leaves
//! half a snapshot under a real name. Each vault keeps its newest N, in a folder it may share
//! with other vaults (see `names`); re-keying replaces those sealed under the old key (`rekey`).

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::OptionalExtension;

use super::BackupError;
use crate::files::{finish_new, private_dir, FileError};
use crate::say::Message;
use crate::vault::Vault;

mod names;
mod rekey;
mod verify;

pub use names::Holds;
use names::{Name, Owner, PREFIX};
pub use rekey::{Rekeyed, SnapshotsRekeyed};
pub use verify::{verify_snapshot, Opener, Verified};

/// One snapshot file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnapshotInfo {
    pub path: String,
    pub made_at: DateTime<Utc>,
    pub bytes: u64,
    /// How many records of each kind it holds (`None` if the file cannot be read, or was not
    /// counted).
    pub holds: Option<Holds>,
}

/// A snapshot of this vault found in a folder, with what sorting and pruning need.
struct Found {
    info: SnapshotInfo,
    seq: u32,
    /// The fingerprint of the key it is sealed under, if it says.
    key_id: Option<Vec<u8>>,
}

impl Vault {
    /// Takes a snapshot into `folder` (made, private, if missing) and keeps this vault's newest
    /// `keep` there (never removing the one just made), and none sealed under an older key.
    /// Works locked or unlocked: the copy is sealed as the vault is.
    pub fn snapshot(&self, folder: &Path, keep: usize, now: DateTime<Utc>) -> Result<SnapshotInfo, BackupError> {
        private_dir(folder)?;
        remove_stale(folder, now, false);
        let made = self.make_snapshot(folder, now)?;
        self.prune(folder, keep, &made.info.path)?;
        Ok(made.info)
    }

    /// Writes one snapshot, under a name no other file has, and reads it back.
    fn make_snapshot(&self, folder: &Path, now: DateTime<Utc>) -> Result<Found, BackupError> {
        let conn = self.connection();
        let tag = Owner::tag(conn)?;
        // Numbered after every snapshot of this vault in the same second, even one pruned
        // since (a gap is not reused), so the order of names is the order they were made.
        let made_at = NaiveDateTime::parse_from_str(&now.format(names::STAMP).to_string(), names::STAMP)
            .map_err(|_| BackupError::Invalid(Message::new("error-clock-unnameable")))?
            .and_utc();
        let same_second = |n: &Name| n.tag.as_deref() == Some(tag.as_str()) && n.made_at == made_at;
        let last = std::fs::read_dir(folder)
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter_map(|e| e.file_name().to_str().and_then(Name::parse))
                    .filter(|n| same_second(n))
                    .map(|n| n.seq)
                    .max()
            })
            .unwrap_or(None)
            .unwrap_or(0);
        let name = (last + 1..)
            .map(|seq| Name { tag: Some(tag.clone()), made_at, seq })
            .find(|n| !folder.join(n.file_name()).exists())
            .expect("a free name");
        let path = folder.join(name.file_name());
        let (tmp, tmp_text) = new_private_file(folder, &name.made_at.format(names::STAMP).to_string())?;
        if let Err(e) = conn.execute("VACUUM INTO ?1", [tmp_text.as_str()]) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
        finish_new(&tmp, &path)?;
        let mut made = found(&path).ok_or_else(|| BackupError::Damaged(Message::new("error-snapshot-unreadable")))?;
        made.info.holds = names::holds(&path);
        Ok(made)
    }

    /// Removes this vault's snapshots in `folder` beyond the newest `keep` and every one sealed
    /// under another key than the vault's now, never `made` (the one just taken).
    fn prune(&self, folder: &Path, keep: usize, made: &str) -> Result<(), BackupError> {
        let key = self.key_id()?;
        let others = self.found(folder)?.into_iter().filter(|f| f.info.path != made);
        for (i, old) in others.enumerate() {
            let superseded = key.is_some() && old.key_id.is_some() && old.key_id != key;
            if i + 1 >= keep.max(1) || superseded {
                let _ = std::fs::remove_file(&old.info.path);
            }
        }
        Ok(())
    }

    /// The fingerprint of the vault key (plaintext; `None` in a vault not unlocked since it
    /// had one).
    fn key_id(&self) -> Result<Option<Vec<u8>>, BackupError> {
        let id: Option<Option<Vec<u8>>> =
            self.connection().query_row("SELECT key_id FROM vault", [], |r| r.get(0).or(Ok(None))).optional()?;
        Ok(id.flatten())
    }

    /// Lists this vault's snapshots in `folder`, newest first (none if the folder is not there):
    /// those named with its tag, and those from before tags made of this very vault. Snapshots
    /// of other vaults in the same folder are left out.
    pub fn snapshots(&self, folder: &Path) -> Result<Vec<SnapshotInfo>, BackupError> {
        let with_holds = |f: Found| SnapshotInfo { holds: names::holds(Path::new(&f.info.path)), ..f.info };
        Ok(self.found(folder)?.into_iter().map(with_holds).collect())
    }

    fn found(&self, folder: &Path) -> Result<Vec<Found>, BackupError> {
        let owner = Owner::of(self.connection())?;
        let Ok(dir) = std::fs::read_dir(folder) else { return Ok(Vec::new()) };
        let mut out: Vec<Found> = dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).and_then(Name::parse);
                name.is_some_and(|n| owner.owns(&n, p))
            })
            .filter_map(|p| found(&p))
            .collect();
        out.sort_by_key(|f| std::cmp::Reverse((f.info.made_at, f.seq)));
        Ok(out)
    }

    /// The folder snapshots go to: the one chosen in settings, else `snapshots` in the vault folder.
    pub fn snapshot_folder(&self) -> Result<PathBuf, BackupError> {
        let settings = self.settings()?;
        Ok(settings.snapshot_folder.map_or_else(|| self.default_snapshot_folder(), PathBuf::from))
    }

    fn default_snapshot_folder(&self) -> PathBuf {
        self.dir().join("snapshots")
    }

    /// Chooses the snapshot folder (none: the default) and how many to keep.
    pub fn set_snapshots(&self, folder: Option<&Path>, keep: u32) -> Result<(), BackupError> {
        let folder = match folder {
            Some(f) if !f.is_absolute() => {
                return Err(BackupError::Invalid(
                    Message::new("error-not-a-full-path").with("path", f.display().to_string()),
                ))
            }
            Some(f) => Some(f.to_str().ok_or_else(|| BackupError::Invalid(Message::new("error-folder-not-text")))?),
            None => None,
        };
        Ok(crate::settings::Settings::set_snapshots(self.connection(), folder, keep)?)
    }

    /// Takes a snapshot into the chosen folder if the vault holds at least one record, and
    /// this vault's newest snapshot there is a day old or more and the vault has changed since
    /// (at most one a day, and none while nothing happens), or is sealed under an older key (a
    /// re-key could not reach the folder). A failure is remembered for the settings screen and
    /// cleared by the next success.
    pub fn snapshot_if_due(&self, now: DateTime<Utc>) -> Result<Option<SnapshotInfo>, BackupError> {
        let conn = self.connection();
        if !Holds::any(conn) {
            // An empty vault's snapshot would spend the day's one on nothing.
            return Ok(None);
        }
        let folder = self.snapshot_folder()?;
        let newest = self.found(&folder)?.into_iter().next();
        if let Some(newest) = &newest {
            let made_at = newest.info.made_at;
            let changed = [crate::DB_FILE.to_owned(), format!("{}-wal", crate::DB_FILE)]
                .iter()
                .filter_map(|f| std::fs::metadata(self.dir().join(f)).and_then(|m| m.modified()).ok())
                .map(DateTime::<Utc>::from)
                .max()
                .is_some_and(|t| t > made_at);
            let key = self.key_id()?;
            let superseded = key.is_some() && newest.key_id.is_some() && newest.key_id != key;
            if !superseded && (now - made_at < chrono::Duration::days(1) || !changed) {
                return Ok(None);
            }
        }
        let keep = self.settings()?.snapshot_keep as usize;
        match self.snapshot(&folder, keep, now) {
            Ok(info) => {
                crate::settings::set(conn, crate::settings::SNAPSHOT_PROBLEM, "")?;
                Ok(Some(info))
            }
            Err(e) => {
                let _ = crate::settings::set(conn, crate::settings::SNAPSHOT_PROBLEM, &e.to_string());
                Err(e)
            }
        }
    }
}

/// Reads a snapshot file of any vault (`None` if the name is not a snapshot's).
fn found(path: &Path) -> Option<Found> {
    let name = Name::parse(path.file_name()?.to_str()?)?;
    let bytes = std::fs::metadata(path).ok()?.len();
    let peek = names::peek(path);
    let info = SnapshotInfo { path: path.to_str()?.to_owned(), made_at: name.made_at, bytes, holds: None };
    Some(Found { info, seq: name.seq, key_id: peek.and_then(|p| p.key_id) })
}

/// Makes a new, empty, hidden file in `folder` that only its owner can read or write (created
/// exclusively, mode 0600, before anything is written to it): `VACUUM INTO` writes into an
/// empty file that exists, and so never creates the file itself with the default mode.
fn new_private_file(folder: &Path, stamp: &str) -> Result<(PathBuf, String), BackupError> {
    for _ in 0..16 {
        let tag: u64 = rand::random();
        let tmp = folder.join(format!(".{PREFIX}{stamp}.{tag:016x}.partial"));
        let Some(text) = tmp.to_str().map(str::to_owned) else {
            return Err(BackupError::Invalid(
                Message::new("error-folder-name-not-text").with("path", folder.display().to_string()),
            ));
        };
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&tmp) {
            Ok(_) => return Ok((tmp, text)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(FileError::Io { path: tmp, source }.into()),
        }
    }
    Err(BackupError::Invalid(Message::new("error-no-temporary-name")))
}

/// Removes what a killed snapshot or check left in `folder`: temporary snapshot files (and
/// SQLite's journal of one) older than an hour, or all of them when `all_partials` (a re-key:
/// they hold the old key slots, and one being written now is sealed under the old key too),
/// and checks' copies no process holds any more (see `verify`).
fn remove_stale(folder: &Path, now: DateTime<Utc>, all_partials: bool) {
    let Ok(dir) = std::fs::read_dir(folder) else { return };
    for e in dir.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with(&format!(".{PREFIX}")) && (name.ends_with(".partial") || name.ends_with(".partial-journal"))
        {
            let old = all_partials
                || e.metadata()
                    .and_then(|m| m.modified())
                    .map(|t| DateTime::<Utc>::from(t) < now - chrono::Duration::hours(1))
                    .unwrap_or(false);
            if old {
                let _ = std::fs::remove_file(e.path());
            }
        } else {
            verify::remove_if_stale(&e.path(), now);
        }
    }
}

/// Restores a snapshot into `to`, a folder that must not exist yet or be empty: never over a
/// vault. The restored vault opens with the snapshot's passphrase or recovery code. It names
/// its own snapshots apart from the vault it was copied from, even in the same folder.
pub fn restore_snapshot(path: &Path, to: &Path) -> Result<PathBuf, BackupError> {
    if to.exists()
        && std::fs::read_dir(to).map_err(|source| BackupError::Read { path: to.to_owned(), source })?.next().is_some()
    {
        return Err(BackupError::NotEmpty(to.to_owned()));
    }
    private_dir(to)?;
    let tag: u64 = rand::random();
    let tmp = to.join(format!(".{}.{tag:016x}.partial", crate::DB_FILE));
    std::fs::copy(path, &tmp).map_err(|source| {
        let _ = std::fs::remove_file(&tmp);
        BackupError::Read { path: path.to_owned(), source }
    })?;
    let db = to.join(crate::DB_FILE);
    finish_new(&tmp, &db)?;
    let restored = Vault::open(to)?;
    names::mark_restored(restored.connection())?;
    Ok(db)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KdfWorkFactor, Passphrase};

    /// The snapshot folder the app shows and writes to, in the platform's own form. On Windows
    /// a chosen folder must name its drive or share (`\Backups` is relative to the current
    /// drive), and a snapshot's name holds no character Windows refuses in a file name.
    #[test]
    fn the_snapshot_folder_is_the_vaults_own_or_a_full_path() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let now = DateTime::from_timestamp_millis(1_770_000_000_000).unwrap();
        let weak = KdfWorkFactor::insecure_for_tests(2).unwrap();
        let (vault, _) = Vault::create(&dir, &Passphrase::new("p".into()), weak, now).unwrap();
        assert_eq!(vault.snapshot_folder().unwrap(), dir.join("snapshots"));
        #[cfg(windows)]
        let (full, not_full) = (
            [r"E:\Trellis snapshots", r"\\nas\home\Trellis"],
            [r"\Trellis snapshots", r"E:Trellis", "snapshots", "/mnt/usb"],
        );
        #[cfg(not(windows))]
        let (full, not_full) = (["/mnt/usb/Trellis snapshots", "/home/me/Sync"], ["snapshots", "./usb"]);
        for folder in full {
            vault.set_snapshots(Some(Path::new(folder)), 5).unwrap();
            assert_eq!(vault.snapshot_folder().unwrap(), Path::new(folder));
        }
        for folder in not_full {
            let refused = vault.set_snapshots(Some(Path::new(folder)), 5);
            assert!(matches!(refused, Err(BackupError::Invalid(_))), "{folder} is not a full path");
        }
        let name = Name { tag: Some("0123456789ab".into()), made_at: now, seq: 2 }.file_name();
        assert!(!name.contains(['<', '>', ':', '"', '/', '\\', '|', '?', '*']), "{name}");
        assert_eq!(Name::parse(&name).map(|n| (n.made_at, n.seq)), Some((now, 2)), "it reads back");
    }
}
