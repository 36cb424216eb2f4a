//! Checking a snapshot: a copy of it is opened as a vault in a hidden folder beside it and every
//! record and earlier version is unsealed, then the copy is deleted. A check that is killed
//! leaves its copy behind (sealed, but with the key slots of the day); the next check or
//! snapshot in that folder removes it once no process holds it.
//!
//! A check holds an exclusive lock on a file in its folder while it runs (the system drops it
//! when the process ends, however it ends), so a copy is known to be abandoned when that lock
//! can be taken. A folder without the lock file (made by an older version, or a check that has
//! only just begun) is removed once it is a minute old.

use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::names::Holds;
use crate::backup::BackupError;
use crate::files::{private_dir, FileError};
use crate::journal::EntryKind;
use crate::record::{DamagedRecord, Kind, RecordKind};
use crate::secret::{KdfWorkFactor, Passphrase, RecoveryCode};
use crate::tools::agreements::AgreementKind;
use crate::tools::boundaries::BoundaryKind;
use crate::tools::worksheets::WorksheetKind;
use crate::vault::{UnlockMode, Vault};

const PREFIX: &str = ".trellis-verify-";
const LOCK: &str = "in-use";

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
    /// How many records of each kind the snapshot holds (current versions).
    pub holds: Holds,
}

/// Opens a copy of the snapshot (in a temporary folder beside it, deleted after) and checks the
/// seal of every record and earlier version, without restoring anything.
/// Copies left behind by a check that was killed (see [`remove_if_stale`]) go first.
pub fn verify_snapshot(path: &Path, opener: Opener<'_>, now: DateTime<Utc>) -> Result<Verified, BackupError> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Ok(dir) = std::fs::read_dir(folder) {
        for e in dir.filter_map(Result::ok) {
            remove_if_stale(&e.path(), now);
        }
    }
    let tmp = TempDir(folder.join(format!("{PREFIX}{:016x}", rand::random::<u64>())));
    private_dir(&tmp.0)?;
    let lock = hold(&tmp.0)?;
    std::fs::copy(path, tmp.0.join(crate::DB_FILE))
        .map_err(|source| BackupError::Read { path: path.to_owned(), source })?;
    let mut vault = Vault::open(&tmp.0)?;
    let report = match opener {
        Opener::Passphrase(p) => vault.unlock(p, UnlockMode::Full)?,
        // The copy is thrown away: its new passphrase slot only needs to exist.
        Opener::RecoveryCode(code) => {
            let throwaway = Passphrase::new(format!("{:016x}", rand::random::<u64>()));
            let weak = KdfWorkFactor::insecure_for_tests(1).expect("1 is a work factor");
            vault.recover(code, &throwaway, weak, UnlockMode::Full, now)?
        }
    };
    let mut verified =
        Verified { checked: report.entries as u32, damaged: report.damaged, holds: Holds::count(vault.connection()) };
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
    drop(lock);
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

/// Takes the lock that says a check is using `dir`.
fn hold(dir: &Path) -> Result<File, BackupError> {
    let path = dir.join(LOCK);
    let io = |source| FileError::Io { path: path.clone(), source };
    let file = File::create(&path).map_err(io)?;
    file.try_lock().map_err(|e| io(e.into()))?;
    Ok(file)
}

/// Removes `path` if it is a check's copy (`.trellis-verify-` and 16 hex digits, a folder) that
/// no check holds any more: its lock can be taken, or it has none and is a minute old.
pub(super) fn remove_if_stale(path: &Path, now: DateTime<Utc>) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return };
    let is_copy =
        name.strip_prefix(PREFIX).is_some_and(|hex| hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
    if !is_copy || !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return;
    }
    let abandoned = match File::open(path.join(LOCK)) {
        Ok(lock) => lock.try_lock().is_ok(),
        Err(_) => std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| DateTime::<Utc>::from(t) < now - chrono::Duration::minutes(1)),
    };
    if abandoned {
        let _ = std::fs::remove_dir_all(path);
    }
}
