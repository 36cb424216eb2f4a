//! Catching up with the other front end: the app and the `trellis` command can have one vault
//! open at once, and each must see what the other wrote (and stop writing if it re-keyed).

use std::collections::HashSet;

use rusqlite::OptionalExtension;

use super::Vault;
use crate::record::RecordKind;
use crate::search::Change;
use crate::store;
use crate::unlocked::IndexState;
use crate::VaultError;

/// What [`Vault::catch_up`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatchUp {
    /// Nobody else wrote.
    Nothing,
    /// Another front end wrote; the index has taken its records. Names the kinds whose
    /// records were added, changed or removed (in [`RecordKind::ALL`]'s order), so a front end
    /// reloads only what shows them; every kind when the index was not built yet (nothing to
    /// compare with). Empty when what changed is outside the records (a reminder's plaintext
    /// schedule, a setting).
    Changed(Vec<RecordKind>),
    /// Another front end re-keyed the vault: this one locked itself (its key no longer opens
    /// what is written from now on).
    Relocked,
}

impl Vault {
    /// Catches up with what another front end (the `trellis` command, another window) wrote
    /// since this vault last looked: the search index takes their records; a re-key made
    /// there locks this one. Cheap when nothing changed (one pragma).
    pub fn catch_up(&mut self) -> Result<CatchUp, VaultError> {
        let version = store::data_version(&self.conn)?;
        if version == self.seen_version {
            return Ok(CatchUp::Nothing);
        }
        self.seen_version = version;
        let Some(open) = self.open.as_mut() else { return Ok(CatchUp::Changed(RecordKind::ALL.to_vec())) };
        open.decoded.clear();
        let key_id: Option<Vec<u8>> =
            self.conn.query_row("SELECT key_id FROM vault", [], |r| r.get(0)).optional().unwrap_or(None);
        if key_id.is_some_and(|k| k != open.key.key_id()) {
            self.lock();
            return Ok(CatchUp::Relocked);
        }
        if matches!(open.index, IndexState::Absent) {
            return Ok(CatchUp::Changed(RecordKind::ALL.to_vec()));
        }
        open.index(&self.conn)?;
        let mut changed = Vec::new();
        for kind in RecordKind::ALL {
            let on_disk = open.records(&self.conn).stamps(*kind)?;
            let IndexState::Ready(index) = &open.index else { unreachable!("built above") };
            let indexed = index.stamps(*kind);
            let gone: Vec<[u8; 16]> = indexed.keys().filter(|id| !on_disk.contains_key(*id)).copied().collect();
            let fresh: Vec<[u8; 16]> =
                on_disk.iter().filter(|(id, at)| indexed.get(*id) != Some(at)).map(|(id, _)| *id).collect();
            if !gone.is_empty() || !fresh.is_empty() {
                changed.push(*kind);
            }
            let known_damaged: HashSet<String> =
                open.damaged.iter().filter(|d| d.kind == *kind).map(|d| d.id.clone()).collect();
            for id in gone {
                open.changed(Change::Remove((*kind, id)))?;
            }
            let docs = open.kinds.of(*kind).by_id(&open.records(&self.conn), &fresh)?;
            for doc in docs {
                match doc {
                    Ok(doc) => open.changed(Change::Upsert(doc))?,
                    Err(d) if !known_damaged.contains(&d.id) => open.damaged.push(d),
                    Err(_) => {}
                }
            }
        }
        Ok(CatchUp::Changed(changed))
    }
}
