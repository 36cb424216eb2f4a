//! Re-keying with the snapshots: a snapshot is a copy of the vault file, key slots included, so
//! every snapshot made before a re-key opens with the old passphrase and the old recovery code.
//! Re-keying is what a person does when someone knew those, so it replaces this vault's
//! snapshots with one fresh snapshot under the new key, in every folder it can reach (the
//! chosen folder and the usual one inside the vault folder), and names the folder it could not
//! reach (an unplugged disk), so the person can be told. The first snapshot taken later in such
//! a folder removes the ones there sealed under the old key (`Vault::snapshot` prunes them).
//!
//! Snapshots of other vaults in the same folder are not touched: they are not this vault's to
//! delete, even when they share its old key (a copy restored from it).

use std::path::Path;

use chrono::{DateTime, Utc};

use super::{remove_stale, SnapshotInfo};
use crate::secret::{KdfWorkFactor, Passphrase, RecoveryCode};
use crate::vault::{Vault, VaultError};

/// What re-keying did.
pub struct Rekeyed {
    /// The new recovery code, to show once.
    pub code: RecoveryCode,
    /// What became of the snapshots sealed under the old key.
    pub snapshots: SnapshotsRekeyed,
}

impl std::fmt::Debug for Rekeyed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rekeyed").field("snapshots", &self.snapshots).finish_non_exhaustive()
    }
}

/// What became of this vault's snapshots at a re-key.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnapshotsRekeyed {
    /// Snapshots sealed under the old key that were deleted.
    pub removed: u32,
    /// The snapshot under the new key that replaces them (none if there were none to replace,
    /// or it could not be made).
    pub fresh: Option<SnapshotInfo>,
    /// Folders that could not be reached or cleared: snapshots there were not changed and still
    /// open with the old passphrase or recovery code until they are deleted.
    pub not_changed: Vec<String>,
}

impl Vault {
    /// Changes the passphrase and replaces the vault key: every record and earlier version is
    /// resealed under a new key and both slots rewritten, in one transaction, so an old copy
    /// of the vault and an old passphrase (or recovery code) open nothing written from now on.
    /// Then replaces this vault's snapshots (sealed under the old key) with one fresh snapshot,
    /// and says what it did. Calls `progress(done, total)` as records are resealed.
    ///
    /// Once the records are resealed the re-key has happened: a snapshot that cannot be
    /// replaced is reported in [`Rekeyed::snapshots`], never as an error.
    pub fn rekey(
        &mut self,
        new_passphrase: &Passphrase,
        work: KdfWorkFactor,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Rekeyed, VaultError> {
        let code = self.rekey_records(new_passphrase, work, now, progress)?;
        let snapshots = self.replace_snapshots(now);
        Ok(Rekeyed { code, snapshots })
    }

    fn replace_snapshots(&self, now: DateTime<Utc>) -> SnapshotsRekeyed {
        let mut out = SnapshotsRekeyed::default();
        let usual = self.default_snapshot_folder();
        let chosen = self.snapshot_folder().unwrap_or_else(|_| usual.clone());
        let mut folders = vec![chosen.clone()];
        if usual != chosen {
            folders.push(usual.clone());
        }
        let mut old = Vec::new();
        for folder in &folders {
            match std::fs::read_dir(folder) {
                Ok(_) => {
                    remove_stale(folder, now, true);
                    match self.found(folder) {
                        Ok(found) => old.extend(found.into_iter().map(|f| (folder.clone(), f.info.path))),
                        Err(_) => out.not_changed.push(folder.display().to_string()),
                    }
                }
                // The usual folder is made with the first snapshot: none there yet.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && *folder == usual => {}
                // A chosen folder that is not there may be on a disk that is not plugged in.
                Err(_) => out.not_changed.push(folder.display().to_string()),
            }
        }
        if !old.is_empty() && !out.not_changed.contains(&chosen.display().to_string()) {
            out.fresh = self.make_snapshot(&chosen, now).ok().map(|f| f.info);
        }
        for (folder, path) in old {
            if std::fs::remove_file(&path).is_ok() || !Path::new(&path).exists() {
                out.removed += 1;
            } else if !out.not_changed.contains(&folder.display().to_string()) {
                out.not_changed.push(folder.display().to_string());
            }
        }
        out
    }
}
