//! Joining in a lost computer's place with its recovery code: each computer in step keeps a
//! recovery file in the folder (its own recovery slot and the folder keys, sealed under a key
//! derived from its vault key; see `docs/sync-format.md`), and a new computer that has the code
//! takes the folder keys from it.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use super::{removed_peers, save_secrets, unhex32, Me, SyncError};
use crate::keyslot;
use crate::secret::RecoveryCode;
use crate::sync::folder::{self, FileKey, FilePlace, Folder};
use crate::sync::hex;
use crate::unlocked::Unlocked;
use crate::Vault;

/// What this computer's newest recovery file holds: a pass writes a new one when the recovery
/// slot (a new code, a re-key) or the folder keys changed.
#[derive(Serialize, Deserialize)]
pub(super) struct Written {
    n: u64,
    /// The first half of the SHA-256 of the recovery slot, in hex.
    slot: String,
    versions: Vec<u32>,
}

impl Written {
    /// Tells whether the file holds every folder key in `versions`.
    pub(super) fn holds<'a>(&self, versions: impl Iterator<Item = &'a u32>) -> bool {
        self.versions.iter().eq(versions)
    }
}

impl Vault {
    /// Joins the computers that keep `folder` in step with the recovery code of one of them,
    /// for when no computer in step is at hand to approve this one (it was lost, or broke):
    /// the code opens that computer's recovery file, which holds the folder's keys, so this
    /// computer is in step at once. What this vault holds already joins the others' at the
    /// next pass. A code that opens nothing changes nothing, here or in the folder.
    pub fn sync_join_with_recovery(&mut self, folder: &Path, name: &str, code: &RecoveryCode) -> Result<(), SyncError> {
        code.check()?;
        self.join_as(folder, name, |shared, vault_id| {
            let keys = keys_by_recovery(shared, vault_id, code);
            if keys.is_empty() {
                return Err(SyncError::RecoveryCodeOpensNothing);
            }
            Ok(keys)
        })
        .map(drop)
    }
}

/// Keeps the folder's recovery files right at each pass: after a new recovery code, a re-key or
/// a new folder key this computer writes a new one, then removes its older ones, so a code that
/// no longer opens this vault no longer opens the folder's keys either. A removed computer's
/// files go too (its removal does that at once; this catches a removal a crash cut short).
pub(super) fn keep(conn: &Connection, open: &Unlocked, me: &mut Me) -> Result<(), SyncError> {
    for removed in removed_peers(conn)? {
        me.folder.drop_recoveries(&removed, u64::MAX)?;
    }
    let slot: Option<Vec<u8>> =
        conn.query_row("SELECT wrapped FROM key_slots WHERE kind = 'recovery'", [], |r| r.get(0)).optional()?;
    let Some(slot) = slot else { return Ok(()) };
    let digest = hex(&Sha256::digest(&slot)[..16]);
    let versions: Vec<u32> = me.secrets.keys.keys().copied().collect();
    let written = me.secrets.recovery.as_ref();
    if written.is_some_and(|r| r.slot == digest && r.versions == versions) {
        return Ok(());
    }
    // One past any number already there: a crash after the file and before the note.
    let mine = me.folder.recoveries().into_iter().filter(|(d, ..)| *d == me.device).map(|(_, n, _)| n).max();
    let n = mine.unwrap_or(0).max(written.map_or(0, |r| r.n)) + 1;
    let keys = Zeroizing::new(serde_json::to_vec(&me.secrets.keys).expect("keys always encode"));
    let place = FilePlace { vault_id: &me.vault_id, device: &me.device, seq: n };
    me.folder.put_recovery(&me.device, n, &folder::recovery_file(&slot, open.vault_key.expose(), &place, &keys))?;
    me.secrets.recovery = Some(Written { n, slot: digest, versions });
    save_secrets(conn, &open.key, me)?;
    me.folder.drop_recoveries(&me.device, n)?;
    Ok(())
}

/// The folder keys the recovery files in `shared` give to whoever has `code`.
fn keys_by_recovery(shared: &Folder, vault_id: &[u8; 16], code: &RecoveryCode) -> BTreeMap<u32, String> {
    let mut keys = BTreeMap::new();
    for (device, n, bytes) in shared.recoveries() {
        let Some((slot, sealed)) = folder::recovery_parts(&bytes) else { continue };
        let Ok(vault_key) = keyslot::unwrap_with_recovery(slot, code) else { continue };
        let place = FilePlace { vault_id, device: &device, seq: n };
        let Some(plain) = folder::open(&FileKey::for_recovery(vault_key.expose()), &place, sealed) else { continue };
        let Ok(found) = serde_json::from_slice::<BTreeMap<u32, String>>(&plain) else { continue };
        for (version, mut key) in found {
            if unhex32(&key).is_some() {
                keys.insert(version, key);
            } else {
                key.zeroize();
            }
        }
    }
    keys
}
