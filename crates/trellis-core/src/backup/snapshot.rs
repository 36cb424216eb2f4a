//! Snapshots: consistent copies of the vault database made while it is in use (`VACUUM INTO`),
//! still sealed record by record, so one opens with the passphrase or recovery code the vault
//! had when it was made. Each is written under a temporary name, fsynced, then given its final
//! name, so a crash never leaves half a snapshot under a real name. The newest N are kept.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};

use super::BackupError;
use crate::files::{finish_new, private_dir};
use crate::journal::EntryKind;
use crate::record::{DamagedRecord, Kind, RecordKind};
use crate::secret::{KdfWorkFactor, Passphrase, RecoveryCode};
use crate::tools::agreements::AgreementKind;
use crate::tools::boundaries::BoundaryKind;
use crate::tools::worksheets::WorksheetKind;
use crate::vault::{UnlockMode, Vault};

const PREFIX: &str = "trellis-";
const SUFFIX: &str = ".snapshot";
const STAMP: &str = "%Y%m%d-%H%M%S";

/// One snapshot file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnapshotInfo {
    pub path: String,
    pub made_at: DateTime<Utc>,
    pub bytes: u64,
}

/// What opens a snapshot.
#[derive(Clone, Copy)]
pub enum Opener<'a> {
    Passphrase(&'a Passphrase),
    RecoveryCode(&'a RecoveryCode),
}

/// What a snapshot's check found.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Verified {
    /// Records whose seal was checked (current versions and earlier ones).
    pub checked: u32,
    /// Records (or earlier versions of them) that did not open.
    pub damaged: Vec<DamagedRecord>,
}

impl Vault {
    /// Takes a snapshot into `folder` (made, private, if missing) and keeps the newest `keep`.
    /// Works locked or unlocked: the copy is sealed as the vault is.
    pub fn snapshot(&self, folder: &Path, keep: usize, now: DateTime<Utc>) -> Result<SnapshotInfo, BackupError> {
        private_dir(folder)?;
        remove_stale_partials(folder, now);
        let stamp = now.format(STAMP).to_string();
        let path = (1..)
            .map(|n| match n {
                1 => folder.join(format!("{PREFIX}{stamp}{SUFFIX}")),
                n => folder.join(format!("{PREFIX}{stamp}-{n}{SUFFIX}")),
            })
            .find(|p| !p.exists())
            .expect("a free name");
        let tag: u64 = rand::random();
        let tmp = folder.join(format!(".{PREFIX}{stamp}.{tag:016x}.partial"));
        let Some(tmp_text) = tmp.to_str() else {
            return Err(BackupError::Invalid(format!(
                "the folder name {} is not text Trellis can pass on",
                folder.display()
            )));
        };
        if let Err(e) = self.connection().execute("VACUUM INTO ?1", [tmp_text]) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
        finish_new(&tmp, &path)?;
        let info = info(&path).ok_or_else(|| BackupError::Damaged("the new snapshot cannot be read back".into()))?;
        for old in snapshots(folder)?.into_iter().skip(keep.max(1)) {
            let _ = std::fs::remove_file(&old.path);
        }
        Ok(info)
    }
}

impl Vault {
    /// The folder snapshots go to: the one chosen in settings, else `snapshots` in the vault folder.
    pub fn snapshot_folder(&self) -> Result<PathBuf, BackupError> {
        let settings = self.settings()?;
        Ok(settings.snapshot_folder.map_or_else(|| self.dir().join("snapshots"), PathBuf::from))
    }

    /// Chooses the snapshot folder (none: the default) and how many to keep.
    pub fn set_snapshots(&self, folder: Option<&Path>, keep: u32) -> Result<(), BackupError> {
        let folder = match folder {
            Some(f) if !f.is_absolute() => {
                return Err(BackupError::Invalid(format!("{} is not a full path to a folder", f.display())))
            }
            Some(f) => Some(f.to_str().ok_or_else(|| BackupError::Invalid("that folder name is not text".into()))?),
            None => None,
        };
        Ok(crate::settings::Settings::set_snapshots(self.connection(), folder, keep)?)
    }

    /// Takes a snapshot into the chosen folder if the newest one there is a day old or more
    /// and the vault has changed since (at most one a day, and none while nothing happens).
    /// A failure is remembered for the settings screen and cleared by the next success.
    pub fn snapshot_if_due(&self, now: DateTime<Utc>) -> Result<Option<SnapshotInfo>, BackupError> {
        let folder = self.snapshot_folder()?;
        let newest = snapshots(&folder)?.into_iter().next();
        if let Some(newest) = &newest {
            let changed = [crate::DB_FILE.to_owned(), format!("{}-wal", crate::DB_FILE)]
                .iter()
                .filter_map(|f| std::fs::metadata(self.dir().join(f)).and_then(|m| m.modified()).ok())
                .map(DateTime::<Utc>::from)
                .max()
                .is_some_and(|t| t > newest.made_at);
            if now - newest.made_at < chrono::Duration::days(1) || !changed {
                return Ok(None);
            }
        }
        let keep = self.settings()?.snapshot_keep as usize;
        let conn = self.connection();
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

/// Lists the snapshots in `folder`, newest first (none if the folder is not there).
pub fn snapshots(folder: &Path) -> Result<Vec<SnapshotInfo>, BackupError> {
    let Ok(dir) = std::fs::read_dir(folder) else { return Ok(Vec::new()) };
    let mut out: Vec<SnapshotInfo> = dir.filter_map(Result::ok).filter_map(|e| info(&e.path())).collect();
    out.sort_by(|a, b| (b.made_at, &b.path).cmp(&(a.made_at, &a.path)));
    Ok(out)
}

fn info(path: &Path) -> Option<SnapshotInfo> {
    let name = path.file_name()?.to_str()?;
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let stamp = stamp.get(..15)?;
    let made_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    let bytes = std::fs::metadata(path).ok()?.len();
    Some(SnapshotInfo { path: path.to_str()?.to_owned(), made_at, bytes })
}

/// Temporary files of snapshots that never finished (the app was killed), older than an hour.
fn remove_stale_partials(folder: &Path, now: DateTime<Utc>) {
    let Ok(dir) = std::fs::read_dir(folder) else { return };
    for e in dir.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !(name.starts_with(&format!(".{PREFIX}")) && name.ends_with(".partial")) {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .map(|t| DateTime::<Utc>::from(t) < now - chrono::Duration::hours(1))
            .unwrap_or(false);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Opens a copy of the snapshot (in a temporary folder beside it, deleted after) and checks the
/// seal of every record and earlier version, without restoring anything.
pub fn verify_snapshot(path: &Path, opener: Opener<'_>) -> Result<Verified, BackupError> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = TempDir(folder.join(format!(".trellis-verify-{:016x}", rand::random::<u64>())));
    private_dir(&tmp.0)?;
    std::fs::copy(path, tmp.0.join(crate::DB_FILE))
        .map_err(|source| BackupError::Read { path: path.to_owned(), source })?;
    let mut vault = Vault::open(&tmp.0)?;
    let report = match opener {
        Opener::Passphrase(p) => vault.unlock(p, UnlockMode::Full)?,
        // The copy is thrown away: its new passphrase slot only needs to exist.
        Opener::RecoveryCode(code) => {
            let throwaway = Passphrase::new(format!("{:016x}", rand::random::<u64>()));
            let weak = KdfWorkFactor::insecure_for_tests(1).expect("1 is a work factor");
            vault.recover(code, &throwaway, weak, UnlockMode::Full, Utc::now())?
        }
    };
    let mut verified = Verified { checked: report.entries as u32, damaged: report.damaged };
    let (conn, open) = vault.unlocked_parts()?;
    let records = open.records(conn);
    let mut revisions =
        |kind: RecordKind, r: Result<(usize, Vec<String>), crate::store::StoreError>| -> Result<(), BackupError> {
            let (ok, bad) = r?;
            verified.checked += (ok + bad.len()) as u32;
            for id in bad {
                let d = DamagedRecord { kind, id };
                if !verified.damaged.contains(&d) {
                    verified.damaged.push(d);
                }
            }
            Ok(())
        };
    revisions(EntryKind::KIND, ids(records.check_revisions::<EntryKind>()))?;
    revisions(BoundaryKind::KIND, ids(records.check_revisions::<BoundaryKind>()))?;
    revisions(WorksheetKind::KIND, ids(records.check_revisions::<WorksheetKind>()))?;
    revisions(AgreementKind::KIND, ids(records.check_revisions::<AgreementKind>()))?;
    drop(vault);
    Ok(verified)
}

/// A folder removed with everything in it when dropped (the sealed copy a check opens).
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn ids<I: ToString>(
    r: Result<(usize, Vec<I>), crate::store::StoreError>,
) -> Result<(usize, Vec<String>), crate::store::StoreError> {
    r.map(|(ok, bad)| (ok, bad.iter().map(ToString::to_string).collect()))
}

/// Restores a snapshot into `to`, a folder that must not exist yet or be empty: never over a
/// vault. The restored vault opens with the snapshot's passphrase or recovery code.
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
    Vault::open(to)?;
    Ok(db)
}
