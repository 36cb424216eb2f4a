//! Replacing the vault key: for people whose partner knew the old passphrase or saw the
//! recovery code, so that an old copy of the vault with the old secrets opens nothing new.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{put_slot, Vault};
use crate::keyslot;

use crate::record::{RecordKey, VaultKey};
use crate::secret::{KdfWorkFactor, Passphrase, RecoveryCode};
use crate::store;
use crate::VaultError;

impl Vault {
    /// Changes the passphrase and replaces the vault key: every record and earlier version is
    /// resealed under a new key, and both slots rewritten, in one transaction, so an old copy
    /// of the vault and an old passphrase (or recovery code) open nothing written from now on.
    /// Returns the new recovery code to show once. Calls `progress(done, total)` as records
    /// are resealed. The snapshots sealed under the old key are dealt with above, by
    /// `Vault::rekey` (crate::backup), the only caller.
    pub(crate) fn rekey_records(
        &mut self,
        new_passphrase: &Passphrase,
        work: KdfWorkFactor,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<RecoveryCode, VaultError> {
        if new_passphrase.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        // A background build reads with the old key: let it finish first.
        open.index(&self.conn)?;
        let new_vault_key = VaultKey::generate();
        let new_key = RecordKey::derive(&new_vault_key);
        let pass_slot = keyslot::wrap_with_passphrase(&new_vault_key, new_passphrase, work);
        let (recovery_slot, code) = keyslot::wrap_for_recovery(&new_vault_key);
        let tx = self.conn.unchecked_transaction()?;
        let total = open.kinds.count(&open.records(&self.conn))?;
        let mut done = 0;
        open.kinds.reseal_all(&open.records(&self.conn), &new_key, &mut || {
            done += 1;
            if done % 512 == 0 {
                progress(done, total);
            }
        })?;
        progress(total, total);
        Vault::reseal_sync(&tx, &open.key, &new_key)?;
        crate::partner::reseal(&tx, &open.key, &new_key)?;
        put_slot(&tx, "passphrase", &pass_slot, now)?;
        put_slot(&tx, "recovery", &recovery_slot, now)?;
        tx.execute("UPDATE vault SET kdf_work_factor = ?1, key_id = ?2", params![work.get(), &new_key.key_id()[..]])?;
        tx.commit()?;
        open.vault_key = new_vault_key;
        open.key = std::sync::Arc::new(new_key);
        self.checkpoint()?;
        self.seen_version = store::data_version(&self.conn)?;
        Ok(code)
    }
}
