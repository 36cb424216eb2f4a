//! The records of one kind in an unlocked vault, kept in step with the search index: what every
//! feature module (boundaries, worksheets, agreements) does with its records, written once.
//! A feature module builds its payloads and calls these; it never touches SQL or the index.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub(crate) use crate::dates::whole_ms;
use crate::ids::RecordId;
use crate::record::{Kind, Record, RecordError, Records, Row};
use crate::search::{Change, Doc};
use crate::unlocked::Unlocked;

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

    /// Runs the kind's registry hook after a write (a dated boundary keeps its reminder in
    /// step): every front end writes through here, so the schedule the app fires from, even
    /// while locked, is never behind.
    fn follow<K: Kind>(&self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        let entry = self.open.kinds.of(K::KIND);
        Ok(entry.written(self.conn, rec.id.as_bytes(), &rec.payload, rec.updated_at)?)
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
        self.open.kinds.of(K::KIND).removed(self.conn, id.as_bytes())?;
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
