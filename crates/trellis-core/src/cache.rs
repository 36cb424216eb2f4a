//! What the unlocked vault keeps in memory besides the index: the records deleted recently
//! (for undo) and the decoded records of the kinds listed often. Both are dropped on lock.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use crate::ids::RecordId;
use crate::record::{Deleted, Kind, Record, RecordKind, Row};

/// How many deletes can be undone (the most recent ones, while the vault stays unlocked).
const UNDO_DEPTH: usize = 20;

/// What was deleted recently, in memory only (dropped on lock), so undo puts back the record
/// with every earlier version.
#[derive(Default)]
pub(crate) struct RecentlyDeleted {
    items: Vec<(crate::search::Key, Box<dyn Any + Send>)>,
}

impl RecentlyDeleted {
    pub(crate) fn keep<K: Kind>(&mut self, deleted: Deleted<K>) {
        let Some(rec) = &deleted.record else { return };
        let key = (K::KIND, *rec.id.as_bytes());
        self.items.retain(|(k, _)| *k != key);
        if self.items.len() == UNDO_DEPTH {
            self.items.remove(0);
        }
        self.items.push((key, Box::new(deleted)));
    }

    pub(crate) fn holds<K: Kind>(&self, id: &K::Id) -> bool {
        let key = (K::KIND, *id.as_bytes());
        self.items.iter().any(|(k, _)| *k == key)
    }

    pub(crate) fn take<K: Kind>(&mut self, id: &K::Id) -> Option<Deleted<K>> {
        let key = (K::KIND, *id.as_bytes());
        let at = self.items.iter().position(|(k, _)| *k == key)?;
        self.items.remove(at).1.downcast::<Deleted<K>>().ok().map(|b| *b)
    }
}

/// The decoded records of the kinds reached through a [`Collection`], kept while the vault is
/// unlocked so a list answers without opening every record again (the search index holds the
/// same text in memory already). Every write through a collection updates it; a write by
/// another front end clears it (`Vault::catch_up`); locking drops it.
#[derive(Default)]
pub(crate) struct Decoded {
    kinds: Mutex<HashMap<RecordKind, Box<dyn Any + Send>>>,
}

/// One kind's decoded rows by id (ids sort by creation time).
type Rows<K> = BTreeMap<[u8; 16], Row<K>>;

impl Decoded {
    /// Forgets everything decoded (another front end wrote).
    pub(crate) fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<RecordKind, Box<dyn Any + Send>>> {
        self.kinds.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Returns the rows of `K`, oldest first, if they were read already.
    pub(crate) fn rows<K: Kind>(&self) -> Option<Vec<Row<K>>> {
        let kinds = self.lock();
        let rows = kinds.get(&K::KIND)?.downcast_ref::<Rows<K>>()?;
        Some(rows.values().cloned().collect())
    }

    pub(crate) fn fill<K: Kind>(&self, rows: &[Row<K>]) {
        let by_id: Rows<K> = rows.iter().map(|r| (*row_id(r).as_bytes(), r.clone())).collect();
        self.lock().insert(K::KIND, Box::new(by_id));
    }

    /// Puts a written record in (when the kind was read already).
    pub(crate) fn put<K: Kind>(&self, rec: &Record<K>) {
        if let Some(rows) = self.lock().get_mut(&K::KIND).and_then(|b| b.downcast_mut::<Rows<K>>()) {
            rows.insert(*rec.id.as_bytes(), Row::Ok(rec.clone()));
        }
    }

    pub(crate) fn remove<K: Kind>(&self, id: &K::Id) {
        if let Some(rows) = self.lock().get_mut(&K::KIND).and_then(|b| b.downcast_mut::<Rows<K>>()) {
            rows.remove(id.as_bytes());
        }
    }
}

fn row_id<K: Kind>(row: &Row<K>) -> K::Id {
    match row {
        Row::Ok(rec) => rec.id,
        Row::Damaged { id, .. } => *id,
    }
}
