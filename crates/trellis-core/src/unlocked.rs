//! What exists only while the vault is unlocked: the keys and the decrypted search index.
//! Dropping it forgets them (the keys are zeroized).

use std::path::PathBuf;
use std::sync::Arc;

use rusqlite::Connection;

use crate::cache::{Decoded, RecentlyDeleted};
use crate::record::{DamagedRecord, RecordKey, Records, VaultKey};
use crate::registry::Registry;
use crate::search::{Building, Change, SearchIndex};
use crate::store::StoreError;

/// The search index of an unlocked vault, in whatever state it is in.
pub(crate) enum IndexState {
    /// Not built yet (a one-shot command): built in full when something first needs it.
    Absent,
    /// Being built behind the list.
    Building(Building),
    Ready(SearchIndex),
}

pub(crate) struct Unlocked {
    pub(crate) vault_key: VaultKey,
    pub(crate) key: Arc<RecordKey>,
    pub(crate) index: IndexState,
    /// Records found damaged so far (all of them once the index is built).
    pub(crate) damaged: Vec<DamagedRecord>,
    /// Whether editing a journal entry keeps the earlier version.
    pub(crate) journal_history: bool,
    pub(crate) kinds: Registry,
    /// Records deleted while unlocked, for undo; forgotten on lock.
    pub(crate) recently_deleted: RecentlyDeleted,
    /// Decoded boundaries, worksheets and agreements, for quick lists; forgotten on lock.
    pub(crate) decoded: Decoded,
}

impl Unlocked {
    pub(crate) fn new(vault_key: VaultKey, kinds: Registry) -> Self {
        let key = Arc::new(RecordKey::derive(&vault_key));
        Unlocked {
            vault_key,
            key,
            index: IndexState::Absent,
            damaged: Vec::new(),
            journal_history: false,
            kinds,
            recently_deleted: RecentlyDeleted::default(),
            decoded: Decoded::default(),
        }
    }

    pub(crate) fn records<'a>(&'a self, conn: &'a Connection) -> Records<'a> {
        Records::new(conn, &self.key)
    }

    /// Builds the index now, on this thread.
    pub(crate) fn build_index(
        &mut self,
        conn: &Connection,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), StoreError> {
        let (index, damaged) = SearchIndex::build(conn, &self.key, self.kinds, progress)?;
        self.index = IndexState::Ready(index);
        self.damaged = damaged;
        Ok(())
    }

    /// Starts building the index on another thread, over its own connection to `db`.
    pub(crate) fn start_index(&mut self, db: PathBuf) {
        self.index = IndexState::Building(Building::start(db, self.key.clone(), self.kinds));
    }

    /// Takes a finished background build, if there is one.
    pub(crate) fn poll(&mut self) -> Result<(), StoreError> {
        self.settle(false)
    }

    fn settle(&mut self, wait: bool) -> Result<(), StoreError> {
        if let IndexState::Building(b) = &mut self.index {
            match b.finish(wait) {
                None => {}
                Some(Ok((index, damaged))) => {
                    // A record repaired (saved again) while the build ran was replayed above.
                    self.damaged = damaged.into_iter().filter(|d| !index.contains(d)).collect();
                    self.index = IndexState::Ready(index);
                }
                Some(Err(e)) => {
                    self.index = IndexState::Absent;
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Returns the index, waiting for a build under way or building it now.
    pub(crate) fn index(&mut self, conn: &Connection) -> Result<&mut SearchIndex, StoreError> {
        self.settle(true)?;
        if matches!(self.index, IndexState::Absent) {
            self.build_index(conn, &mut |_, _| {})?;
        }
        match &mut self.index {
            IndexState::Ready(index) => Ok(index),
            _ => unreachable!("settled and built above"),
        }
    }

    /// Tells whether the index is built.
    pub(crate) fn index_ready(&self) -> bool {
        matches!(self.index, IndexState::Ready(_))
    }

    /// Tells whether there is no index and none is being built (a one-shot command).
    pub(crate) fn index_absent(&self) -> bool {
        matches!(self.index, IndexState::Absent)
    }

    /// Keeps the index current with a write (or notes it for a build under way).
    pub(crate) fn changed(&mut self, change: Change) -> Result<(), StoreError> {
        if let Change::Upsert(doc) = &change {
            self.damaged.retain(|d| !(d.kind == doc.kind && d.id == uuid::Uuid::from_bytes(doc.id).to_string()));
        }
        match &mut self.index {
            IndexState::Absent => Ok(()),
            IndexState::Building(b) => {
                b.note(change);
                Ok(())
            }
            IndexState::Ready(index) => index.apply(change),
        }
    }
}
