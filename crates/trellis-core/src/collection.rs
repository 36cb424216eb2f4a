//! The records of one kind in an unlocked vault, kept in step with the search index: what every
//! feature module (boundaries, worksheets, agreements) does with its records, written once.
//! A feature module builds its payloads and calls these; it never touches SQL or the index.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub(crate) use crate::dates::whole_ms;
use crate::ids::RecordId;
use crate::record::{History, Kind, Record, RecordError, Records, Row};
use crate::search::{Change, Doc};
use crate::store::StoreError;
use crate::sync;
use crate::unlocked::Unlocked;

/// What a save does when the record was changed or deleted elsewhere since it was opened (the
/// other front end wrote): a policy each feature chooses, on the one write path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Conflict {
    /// Write nothing and say so ([`RecordError::Changed`] or [`RecordError::NotFound`]): the
    /// tools, whose forms then show the newer version with the typed words kept.
    Refuse,
    /// Keep both: this version is saved as a new record beside the other (the journal, where
    /// text typed in an editor must never be lost or written over).
    KeepBoth,
}

/// What a save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveOutcome {
    Replaced,
    /// Saved as a new record (with a new id) beside the one changed elsewhere.
    KeptApart,
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

    /// Runs the kind's registry hook after a write (a dated boundary keeps its reminder in
    /// step): every front end writes through here, so the schedule the app fires from, even
    /// while locked, is never behind.
    fn follow<K: Kind>(&self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        let entry = self.open.kinds.of(K::KIND);
        Ok(entry.written(self.conn, rec.id.as_bytes(), &rec.payload, rec.updated_at)?)
    }

    /// Saves a new record, with what follows it (a dated record's reminder) in the same
    /// transaction, and indexes it.
    pub(crate) fn add<K: Kind>(&mut self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        let records = self.records();
        records.atomically(|| {
            records.insert(rec)?;
            self.follow(rec)?;
            Ok::<_, RecordError<K::Id>>(sync::log::put(&records, rec, false, &[])?)
        })?;
        self.index(rec)
    }

    /// Saves many new records in one transaction.
    pub(crate) fn add_many<K: Kind>(&mut self, recs: &[Record<K>]) -> Result<(), RecordError<K::Id>> {
        let records = self.records();
        records.atomically(|| {
            records.insert_many(recs)?;
            recs.iter().try_for_each(|rec| {
                self.follow(rec)?;
                Ok::<_, RecordError<K::Id>>(sync::log::put(&records, rec, false, &[])?)
            })
        })?;
        for rec in recs {
            self.index(rec)?;
        }
        Ok(())
    }

    /// Replaces a record (keeping the old version when `keep_history` and the kind keeps
    /// history), failing with `Changed` if it is no longer the version updated at `opened`.
    pub(crate) fn replace<K: Kind>(
        &mut self,
        rec: &mut Record<K>,
        keep_history: bool,
        opened: Option<DateTime<Utc>>,
    ) -> Result<(), RecordError<K::Id>> {
        self.save(rec, keep_history, opened, Conflict::Refuse).map(|_| ())
    }

    /// Replaces a record as [`Self::replace`] does; when it was changed or deleted elsewhere
    /// since `opened`, does what `on_conflict` says. Kept apart, `rec` gets its new id.
    pub(crate) fn save<K: Kind>(
        &mut self,
        rec: &mut Record<K>,
        keep_history: bool,
        opened: Option<DateTime<Utc>>,
        on_conflict: Conflict,
    ) -> Result<SaveOutcome, RecordError<K::Id>> {
        let records = self.records();
        let written = records.atomically(|| {
            records.update(rec, keep_history, opened)?;
            self.follow(rec)?;
            let kept = keep_history && K::HISTORY != History::Never;
            Ok::<_, RecordError<K::Id>>(sync::log::put(&records, rec, kept, &[])?)
        });
        match written {
            Ok(()) => {}
            Err(RecordError::Changed(_) | RecordError::NotFound(_)) if on_conflict == Conflict::KeepBoth => {
                rec.id = K::Id::fresh(rec.updated_at);
                self.add(rec)?;
                return Ok(SaveOutcome::KeptApart);
            }
            Err(e) => return Err(e),
        }
        self.index(rec)?;
        Ok(SaveOutcome::Replaced)
    }

    /// Adds a record with its earlier versions (oldest first), and what follows it, unless a
    /// record with its id is there already (an import done before); returns it as the index
    /// takes it when added. Runs in the caller's transaction: the caller hands what was added
    /// to [`Self::indexed`] once that is committed.
    pub(crate) fn import<K: Kind>(
        &self,
        current: Record<K>,
        earlier: &[Record<K>],
    ) -> Result<Option<Doc>, RecordError<K::Id>> {
        if !self.records().import(&current, earlier)? {
            return Ok(None);
        }
        self.follow(&current)?;
        sync::log::put(&self.records(), &current, false, earlier)?;
        Ok(Some(Doc::of::<K>(&current.id, current.created_at, current.updated_at, current.payload)))
    }

    /// Puts records written by [`Self::import`] in the search index, and forgets decoded lists.
    pub(crate) fn indexed(&mut self, docs: Vec<Doc>) -> Result<(), StoreError> {
        self.open.decoded.clear();
        for doc in docs {
            self.open.changed(Change::Upsert(doc))?;
        }
        Ok(())
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

    /// Every readable record of the kind (oldest first) and the id of every row, damaged ones
    /// too: for the kinds a vault keeps one of (a check-in not saved yet, the safety check).
    pub(crate) fn readable_and_ids<K: Kind>(&self) -> Result<ReadableAndIds<K>, RecordError<K::Id>> {
        let (mut readable, mut ids) = (Vec::new(), Vec::new());
        for row in self.all::<K>()? {
            match row {
                Row::Ok(rec) => {
                    ids.push(rec.id);
                    readable.push(rec);
                }
                Row::Damaged { id, .. } => ids.push(id),
            }
        }
        Ok((readable, ids))
    }

    /// Keeps `payload` as the one record of a kind a vault keeps one of: in place of the newest
    /// readable one, or as a new record; every other row (an older one, a damaged one, what a
    /// hostile file holds) goes. Returns the record kept.
    pub(crate) fn keep_one<K: Kind>(
        &mut self,
        payload: K::Payload,
        now: DateTime<Utc>,
    ) -> Result<Record<K>, RecordError<K::Id>> {
        let now = whole_ms(now);
        let (readable, ids) = self.readable_and_ids::<K>()?;
        let kept = match readable.into_iter().max_by_key(|r| r.updated_at) {
            Some(last) => {
                let mut rec: Record<K> = Record { id: last.id, created_at: last.created_at, updated_at: now, payload };
                self.replace(&mut rec, false, None)?;
                rec
            }
            None => {
                let rec: Record<K> = Record { id: K::Id::fresh(now), created_at: now, updated_at: now, payload };
                self.add(&rec)?;
                rec
            }
        };
        for id in ids.into_iter().filter(|id| *id != kept.id) {
            self.delete::<K>(id)?;
        }
        Ok(kept)
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
        let records = self.records();
        let deleted = records.atomically(|| {
            let deleted = records.delete::<K>(id)?;
            self.open.kinds.of(K::KIND).removed(self.conn, id.as_bytes())?;
            sync::log::delete::<K>(&records, &id)?;
            Ok::<_, RecordError<K::Id>>(deleted)
        })?;
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
        let records = self.records();
        let put_back = records.atomically(|| {
            records.restore(&deleted)?;
            let Some(rec) = deleted.record.as_ref() else { return Ok(()) };
            self.follow(rec)?;
            Ok::<_, RecordError<K::Id>>(sync::log::put(&records, rec, false, &deleted.history)?)
        });
        if let Err(e) = put_back {
            self.open.recently_deleted.keep(deleted);
            return Err(e);
        }
        let rec = deleted.record.expect("only readable records are kept for undo");
        self.index(&rec)?;
        Ok(rec)
    }

    fn index<K: Kind>(&mut self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        self.open.decoded.put(rec);
        let doc = Doc::of::<K>(&rec.id, rec.created_at, rec.updated_at, rec.payload.clone());
        Ok(self.open.changed(Change::Upsert(doc))?)
    }
}

/// The readable records of a kind and the id of every row, damaged ones too.
pub(crate) type ReadableAndIds<K> = (Vec<Record<K>>, Vec<<K as Kind>::Id>);
