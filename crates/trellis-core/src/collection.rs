//! The records of one kind in an unlocked vault, kept in step with the search index: what every
//! feature module (boundaries, worksheets, agreements) does with its records, written once.
//! A feature module builds its payloads and calls these; it never touches SQL or the index.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::ids::RecordId;
use crate::record::{Deleted, Kind, Record, RecordError, RecordKind, Records, Row};
use crate::search::{Change, Doc};
use crate::unlocked::Unlocked;

/// How many deletes can be undone (the most recent ones, while the vault stays unlocked).
const UNDO_DEPTH: usize = 20;

/// What was deleted recently, in memory only (dropped on lock), so undo puts back the record
/// with every earlier version.
#[derive(Default)]
pub(crate) struct RecentlyDeleted {
    items: Vec<(crate::search::Key, Box<dyn Any + Send>)>,
}

impl RecentlyDeleted {
    fn keep<K: Kind>(&mut self, deleted: Deleted<K>) {
        let Some(rec) = &deleted.record else { return };
        let key = (K::KIND, *rec.id.as_bytes());
        self.items.retain(|(k, _)| *k != key);
        if self.items.len() == UNDO_DEPTH {
            self.items.remove(0);
        }
        self.items.push((key, Box::new(deleted)));
    }

    fn holds<K: Kind>(&self, id: &K::Id) -> bool {
        let key = (K::KIND, *id.as_bytes());
        self.items.iter().any(|(k, _)| *k == key)
    }

    fn take<K: Kind>(&mut self, id: &K::Id) -> Option<Deleted<K>> {
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
    fn rows<K: Kind>(&self) -> Option<Vec<Row<K>>> {
        let kinds = self.lock();
        let rows = kinds.get(&K::KIND)?.downcast_ref::<Rows<K>>()?;
        Some(rows.values().cloned().collect())
    }

    fn fill<K: Kind>(&self, rows: &[Row<K>]) {
        let by_id: Rows<K> = rows.iter().map(|r| (*row_id(r).as_bytes(), r.clone())).collect();
        self.lock().insert(K::KIND, Box::new(by_id));
    }

    /// Puts a written record in (when the kind was read already).
    fn put<K: Kind>(&self, rec: &Record<K>) {
        if let Some(rows) = self.lock().get_mut(&K::KIND).and_then(|b| b.downcast_mut::<Rows<K>>()) {
            rows.insert(*rec.id.as_bytes(), Row::Ok(rec.clone()));
        }
    }

    fn remove<K: Kind>(&self, id: &K::Id) {
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

/// One kind's records in an unlocked vault.
pub(crate) struct Collection<'v> {
    conn: &'v Connection,
    open: &'v mut Unlocked,
}

impl<'v> Collection<'v> {
    pub(crate) fn new(conn: &'v Connection, open: &'v mut Unlocked) -> Self {
        Collection { conn, open }
    }

    pub(crate) fn records(&self) -> Records<'_> {
        self.open.records(self.conn)
    }

    pub(crate) fn conn(&self) -> &'v Connection {
        self.conn
    }

    /// Keeps the reminder of a dated kind (a boundary's review, an agreement's revisit) in
    /// step with the record just written: every front end writes through here, so the
    /// schedule the app fires from, even while locked, is never behind.
    fn follow<K: Kind>(&self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        if let Some((purpose, on)) = K::follows(&rec.payload) {
            crate::reminders::follow(self.conn, purpose, rec.id.as_bytes(), on, rec.updated_at)?;
        }
        Ok(())
    }

    /// Saves a new record and indexes it.
    pub(crate) fn add<K: Kind>(&mut self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        self.records().insert(rec)?;
        self.follow(rec)?;
        self.index(rec)
    }

    /// Replaces a record (keeping the old version when `keep_history` and the kind keeps
    /// history), failing with `Changed` if it is no longer the version updated at `opened`.
    pub(crate) fn replace<K: Kind>(
        &mut self,
        rec: &mut Record<K>,
        keep_history: bool,
        opened: Option<DateTime<Utc>>,
    ) -> Result<(), RecordError<K::Id>> {
        self.records().update(rec, keep_history, opened)?;
        self.follow(rec)?;
        self.index(rec)
    }

    pub(crate) fn get<K: Kind>(&self, id: K::Id) -> Result<Record<K>, RecordError<K::Id>> {
        self.records().get::<K>(id)
    }

    /// Every record of the kind, oldest first, damaged ones as [`Row::Damaged`]. Decoded
    /// once per unlock (see [`Decoded`]).
    pub(crate) fn all<K: Kind>(&self) -> Result<Vec<Row<K>>, RecordError<K::Id>> {
        if let Some(rows) = self.open.decoded.rows::<K>() {
            return Ok(rows);
        }
        let mut out = Vec::new();
        self.records().for_each::<K>(|row| out.push(row))?;
        self.open.decoded.fill(&out);
        Ok(out)
    }

    /// The versions of a record, oldest first, ending with the current one.
    pub(crate) fn versions<K: Kind>(&self, id: K::Id) -> Result<Vec<Record<K>>, RecordError<K::Id>> {
        let current = self.get::<K>(id)?;
        let (mut versions, _damaged) = self.records().history::<K>(id)?;
        versions.push(current);
        Ok(versions)
    }

    /// Deletes a record with its history; [`Self::undo_delete`] puts both back.
    pub(crate) fn delete<K: Kind>(&mut self, id: K::Id) -> Result<(), RecordError<K::Id>> {
        let deleted = self.records().delete::<K>(id)?;
        if matches!(K::KIND, RecordKind::Boundary | RecordKind::Agreement) {
            crate::reminders::unfollow(self.conn, id.as_bytes())?;
        }
        self.open.changed(Change::Remove((K::KIND, *id.as_bytes())))?;
        self.open.damaged.retain(|d| !(d.kind == K::KIND && d.id == id.to_string()));
        self.open.recently_deleted.keep(deleted);
        self.open.decoded.remove::<K>(&id);
        Ok(())
    }

    /// Tells whether [`Self::undo_delete`] can put `id` back (it was deleted while the vault
    /// stayed unlocked, and could be read).
    pub(crate) fn undoable<K: Kind>(&self, id: K::Id) -> bool {
        self.open.recently_deleted.holds::<K>(&id)
    }

    /// Puts back a record deleted while the vault was unlocked, with its earlier versions. A
    /// record with its id that is there again is left as it is ([`RecordError::Changed`]).
    pub(crate) fn undo_delete<K: Kind>(&mut self, id: K::Id) -> Result<Record<K>, RecordError<K::Id>> {
        let deleted = self.open.recently_deleted.take::<K>(&id).ok_or(RecordError::NotFound(id))?;
        if let Err(e) = self.records().restore(&deleted) {
            self.open.recently_deleted.keep(deleted);
            return Err(e);
        }
        let rec = deleted.record.expect("only readable records are kept for undo");
        self.follow(&rec)?;
        self.index(&rec)?;
        Ok(rec)
    }

    fn index<K: Kind>(&mut self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        self.open.decoded.put(rec);
        let doc = Doc::of::<K>(&rec.id, rec.created_at, rec.updated_at, rec.payload.clone());
        Ok(self.open.changed(Change::Upsert(doc))?)
    }
}

/// A time kept to the millisecond, as the database stores it, so what a write returns equals
/// what a read gives back.
pub(crate) fn whole_ms(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(DateTime::UNIX_EPOCH)
}
