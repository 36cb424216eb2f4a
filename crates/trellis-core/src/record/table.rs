//! Reading and writing sealed records of any kind: the only SQL that touches record data.
//!
//! Every kind's table has the same columns (`id`, `created_at`, `updated_at`, `data`), and
//! earlier versions live in the shared `revisions` table. A row that cannot be read, whatever
//! is wrong with it (a flipped byte, a moved ciphertext, a changed date, a value of the wrong
//! SQLite type, an empty or oversized blob), is reported as damaged by kind and id; it never
//! fails a listing, and it can still be deleted.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension, Row as SqlRow};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::seal::{Place, RecordKey, Sealed, FORMAT_V1};
use super::{History, Kind, RecordKind};
use crate::ids::RecordId;
use crate::store::StoreError;

/// One record of kind `K`, decrypted. Times are whole milliseconds, as stored.
pub(crate) struct Record<K: Kind> {
    pub id: K::Id,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub payload: K::Payload,
}

impl<K: Kind> Clone for Record<K>
where
    K::Payload: Clone,
{
    fn clone(&self) -> Self {
        Record { id: self.id, created_at: self.created_at, updated_at: self.updated_at, payload: self.payload.clone() }
    }
}

/// One row of a listing: a record, or one that could not be read.
pub(crate) enum Row<K: Kind> {
    Ok(Record<K>),
    Damaged { id: K::Id, created_at: DateTime<Utc> },
}

impl<K: Kind> Clone for Row<K> {
    fn clone(&self) -> Self {
        match self {
            Row::Ok(rec) => Row::Ok(rec.clone()),
            Row::Damaged { id, created_at } => Row::Damaged { id: *id, created_at: *created_at },
        }
    }
}

/// A record that could not be read, named by kind and id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DamagedRecord {
    pub kind: RecordKind,
    pub id: String,
}

/// Earlier versions that could be read (oldest first), and the revision numbers that could not.
pub(crate) type Versions<K> = (Vec<Record<K>>, Vec<u32>);
type NumberedVersions<K> = (Vec<(u32, Record<K>)>, Vec<u32>);

/// What a delete took away, so it can be put back exactly (undo).
pub(crate) struct Deleted<K: Kind> {
    /// The current version, unless it was damaged.
    pub record: Option<Record<K>>,
    /// The earlier versions that could be read, oldest first.
    pub history: Vec<Record<K>>,
}

/// What can go wrong with one record.
#[derive(Debug, thiserror::Error)]
pub enum RecordError<I: RecordId> {
    #[error("no {kind} with id {0}; list them to see their ids", kind = I::KIND)]
    NotFound(I),
    #[error("{kind} {0} is damaged and cannot be read; everything else is unaffected", kind = I::KIND)]
    Damaged(I),
    #[error("{kind} {0} was changed or deleted elsewhere since it was opened", kind = I::KIND)]
    Changed(I),
    #[error("that is too large ({size_mb:.1} MB); a record can hold up to {max_mb} MB of text")]
    TooLarge { size_mb: f64, max_mb: usize },
    #[error("the journal was given a new key in another window or command; unlock it again (nothing was written)")]
    KeyChanged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl<I: RecordId> From<rusqlite::Error> for RecordError<I> {
    fn from(e: rusqlite::Error) -> Self {
        RecordError::Store(e.into())
    }
}

/// The records of an unlocked vault: a connection and the key that seals and opens.
pub(crate) struct Records<'a> {
    conn: &'a Connection,
    key: &'a RecordKey,
}

pub(crate) fn millis(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or(DateTime::UNIX_EPOCH)
}

impl<'a> Records<'a> {
    pub(crate) fn new(conn: &'a Connection, key: &'a RecordKey) -> Self {
        Records { conn, key }
    }

    pub(crate) fn conn(&self) -> &'a Connection {
        self.conn
    }

    /// The key records are sealed with (for what sync seals beside them: its queue).
    pub(crate) fn key(&self) -> &'a RecordKey {
        self.key
    }

    /// Tells whether a record with this id is here.
    pub(crate) fn exists<K: Kind>(&self, id: &K::Id) -> Result<bool, StoreError> {
        Ok(self.stamps_of::<K>(id)?.is_some())
    }

    /// Writes `rec` as the current version exactly as given, times included (a change made on
    /// another computer), keeping the version it replaces as the next revision when `keep`.
    pub(crate) fn replace_exact<K: Kind>(&self, rec: &Record<K>, keep: bool) -> Result<(), RecordError<K::Id>> {
        self.atomically(|| {
            if keep {
                if let Ok(old) = self.get::<K>(rec.id) {
                    self.add_revision(&old)?;
                }
            }
            self.put_current(rec, Put::Update)
        })
    }

    /// Keeps `old` as the newest earlier version of its record.
    pub(crate) fn add_revision<K: Kind>(&self, old: &Record<K>) -> Result<(), RecordError<K::Id>> {
        let rev = self.next_revision::<K>(&old.id)?;
        self.put_revision(old, rev)
    }

    /// Saves a new record. Fails if its id is taken.
    pub(crate) fn insert<K: Kind>(&self, rec: &Record<K>) -> Result<(), RecordError<K::Id>> {
        self.put_current(rec, Put::Insert)
    }

    /// Writes the current version of `rec` (revision 0), checking in the same statement that
    /// the vault's key is the one sealing it. Zero rows written means the key was replaced
    /// (every caller has made sure the row is there, or free, inside its transaction).
    fn put_current<K: Kind>(&self, rec: &Record<K>, how: Put) -> Result<(), RecordError<K::Id>> {
        let sealed = self.seal::<K>(rec, 0)?;
        let t = table::<K>();
        let sql = match how {
            Put::Insert => {
                format!("INSERT INTO {t} (id, created_at, updated_at, data) SELECT ?1, ?2, ?3, ?4 WHERE {KEY_CHECK}")
            }
            Put::Update => {
                format!("UPDATE {t} SET created_at = ?2, updated_at = ?3, data = ?4 WHERE id = ?1 AND {KEY_CHECK}")
            }
        };
        let n = self.conn.prepare_cached(&sql)?.execute(params![
            &rec.id.as_bytes()[..],
            rec.created_at.timestamp_millis(),
            rec.updated_at.timestamp_millis(),
            sealed.as_bytes(),
            &self.key.key_id()[..]
        ])?;
        if n != 1 {
            return Err(RecordError::KeyChanged);
        }
        Ok(())
    }

    /// Saves many new records in one transaction.
    pub(crate) fn insert_many<K: Kind>(&self, recs: &[Record<K>]) -> Result<(), RecordError<K::Id>> {
        self.atomically(|| recs.iter().try_for_each(|rec| self.insert(rec)))
    }

    /// Replaces the record `rec.id` with `rec`, in one transaction. With `keep_history` (for a
    /// kind that keeps history at all) the version it replaces is kept, sealed, as the next
    /// revision. With `expected_updated`, fails with [`RecordError::Changed`] if the stored
    /// version is not the one the caller read. A record that is not there is never "saved".
    ///
    /// Every save gets an updated time later than the one it replaces (a millisecond later
    /// when two saves fall in the same millisecond, or the clock went back): the updated time
    /// is what tells a version apart, so a second front end holding the earlier one is told
    /// its edit is stale instead of writing over this one. `rec.updated_at` is set to it.
    pub(crate) fn update<K: Kind>(
        &self,
        rec: &mut Record<K>,
        keep_history: bool,
        expected_updated: Option<DateTime<Utc>>,
    ) -> Result<(), RecordError<K::Id>> {
        let keep = match K::HISTORY {
            History::Never => false,
            History::PerUpdate | History::Setting => keep_history,
        };
        self.atomically(|| self.put_update(rec, keep, expected_updated))
    }

    fn put_update<K: Kind>(
        &self,
        rec: &mut Record<K>,
        keep: bool,
        expected_updated: Option<DateTime<Utc>>,
    ) -> Result<(), RecordError<K::Id>> {
        let stamps = self.stamps_of::<K>(&rec.id)?.ok_or(RecordError::NotFound(rec.id))?;
        if let Some(expected) = expected_updated {
            if stamps.1 != expected.timestamp_millis() {
                return Err(RecordError::Changed(rec.id));
            }
        }
        if rec.updated_at.timestamp_millis() <= stamps.1 {
            rec.updated_at = DateTime::from_timestamp_millis(stamps.1.saturating_add(1)).unwrap_or(rec.updated_at);
        }
        if keep {
            // A damaged current version cannot be kept; the edit still replaces it.
            if let Ok(old) = self.get::<K>(rec.id) {
                let rev = self.next_revision::<K>(&rec.id)?;
                self.put_revision(&old, rev)?;
            }
        }
        self.put_current(rec, Put::Update)
    }

    /// Keeps `old` as revision `rev` of its record.
    fn put_revision<K: Kind>(&self, old: &Record<K>, rev: u32) -> Result<(), RecordError<K::Id>> {
        let sealed = self.seal::<K>(old, rev)?;
        let n = self
            .conn
            .prepare_cached(&format!(
                "INSERT OR REPLACE INTO revisions (tbl, id, rev, created_at, updated_at, data)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE {KEY_CHECK_7}"
            ))?
            .execute(params![
                table::<K>(),
                &old.id.as_bytes()[..],
                rev,
                old.created_at.timestamp_millis(),
                old.updated_at.timestamp_millis(),
                sealed.as_bytes(),
                &self.key.key_id()[..]
            ])?;
        if n != 1 {
            return Err(RecordError::KeyChanged);
        }
        Ok(())
    }

    /// Reads one record.
    pub(crate) fn get<K: Kind>(&self, id: K::Id) -> Result<Record<K>, RecordError<K::Id>> {
        let sql = format!("SELECT id, created_at, updated_at, data FROM {} WHERE id = ?1", table::<K>());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([&id.as_bytes()[..]])?;
        let row = rows.next()?.ok_or(RecordError::NotFound(id))?;
        match self.decode::<K>(row, 0)? {
            Row::Ok(rec) => Ok(rec),
            Row::Damaged { id, .. } => Err(RecordError::Damaged(id)),
        }
    }

    /// Returns the created time of a record, without opening it.
    pub(crate) fn created_at<K: Kind>(&self, id: &K::Id) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self.stamps_of::<K>(id)?.map(|(c, _)| millis(c)))
    }

    fn stamps_of<K: Kind>(&self, id: &K::Id) -> Result<Option<(i64, i64)>, StoreError> {
        let sql = format!("SELECT created_at, updated_at FROM {} WHERE id = ?1", table::<K>());
        let stamps = self
            .conn
            .prepare_cached(&sql)?
            .query_row([&id.as_bytes()[..]], |r| Ok((int(r.get_ref(0)?), int(r.get_ref(1)?))))
            .optional()?;
        Ok(stamps.map(|(c, u)| (c.unwrap_or(0), u.unwrap_or(0))))
    }

    /// Lists records newest first, `limit` of them after skipping `offset`.
    pub(crate) fn page<K: Kind>(&self, offset: usize, limit: usize) -> Result<Vec<Row<K>>, StoreError> {
        let sql = format!(
            "SELECT id, created_at, updated_at, data FROM {} ORDER BY created_at DESC, id DESC LIMIT ?1 OFFSET ?2",
            table::<K>()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params![limit as i64, offset as i64])?;
        let mut out = Vec::with_capacity(limit.min(256));
        while let Some(row) = rows.next()? {
            out.push(self.decode::<K>(row, 0)?);
        }
        Ok(out)
    }

    /// Calls `f` with every record, oldest first.
    pub(crate) fn for_each<K: Kind>(&self, mut f: impl FnMut(Row<K>)) -> Result<(), StoreError> {
        let sql = format!("SELECT id, created_at, updated_at, data FROM {} ORDER BY created_at, id", table::<K>());
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            f(self.decode::<K>(row, 0)?);
        }
        Ok(())
    }

    /// Counts records.
    pub(crate) fn count<K: Kind>(&self) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(&format!("SELECT count(*) FROM {}", table::<K>()), [], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Returns the earlier versions of a record, oldest first (damaged ones left out and
    /// named in the second list by revision number).
    pub(crate) fn history<K: Kind>(&self, id: K::Id) -> Result<Versions<K>, RecordError<K::Id>> {
        let (ok, damaged) = self.numbered_history::<K>(id)?;
        Ok((ok.into_iter().map(|(_, r)| r).collect(), damaged))
    }

    /// Every record's earlier versions in one query (an export's one pass over everything): by
    /// record, oldest first, with the revision numbers that could not be read.
    pub(crate) fn histories<K: Kind>(&self) -> Result<HashMap<K::Id, Versions<K>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, created_at, updated_at, data, rev FROM revisions WHERE tbl = ?1 ORDER BY id, rev",
        )?;
        let mut rows = stmt.query(params![table::<K>()])?;
        let mut out: HashMap<K::Id, Versions<K>> = HashMap::new();
        while let Some(row) = rows.next()? {
            let rev = int(row.get_ref(4)?).and_then(|r| u32::try_from(r).ok()).unwrap_or(0);
            match self.decode::<K>(row, rev)? {
                Row::Ok(rec) if rev > 0 => out.entry(rec.id).or_default().0.push(rec),
                Row::Ok(Record { id, .. }) | Row::Damaged { id, .. } => out.entry(id).or_default().1.push(rev),
            }
        }
        Ok(out)
    }

    fn numbered_history<K: Kind>(&self, id: K::Id) -> Result<NumberedVersions<K>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, created_at, updated_at, data, rev FROM revisions WHERE tbl = ?1 AND id = ?2 ORDER BY rev",
        )?;
        let mut rows = stmt.query(params![table::<K>(), &id.as_bytes()[..]])?;
        let (mut ok, mut damaged) = (Vec::new(), Vec::new());
        while let Some(row) = rows.next()? {
            let rev = int(row.get_ref(4)?).and_then(|r| u32::try_from(r).ok()).unwrap_or(0);
            match self.decode::<K>(row, rev)? {
                Row::Ok(rec) if rev > 0 => ok.push((rev, rec)),
                _ => damaged.push(rev),
            }
        }
        Ok((ok, damaged))
    }

    /// Deletes a record and its history, in one transaction, and returns what could be read
    /// of them for undo. A damaged record is deleted too.
    pub(crate) fn delete<K: Kind>(&self, id: K::Id) -> Result<Deleted<K>, RecordError<K::Id>> {
        self.atomically(|| self.take::<K>(id))
    }

    fn take<K: Kind>(&self, id: K::Id) -> Result<Deleted<K>, RecordError<K::Id>> {
        let record = match self.get::<K>(id) {
            Ok(rec) => Some(rec),
            Err(RecordError::Damaged(_)) => None,
            Err(e) => return Err(e),
        };
        let (history, _) = self.history::<K>(id)?;
        self.conn
            .prepare_cached("DELETE FROM revisions WHERE tbl = ?1 AND id = ?2")?
            .execute(params![table::<K>(), &id.as_bytes()[..]])?;
        let sql = format!("DELETE FROM {} WHERE id = ?1", table::<K>());
        self.conn.prepare_cached(&sql)?.execute([&id.as_bytes()[..]])?;
        Ok(Deleted { record, history })
    }

    /// Puts back what [`Self::delete`] took (undo), with its history, in one transaction. A
    /// record with its id that is there again (put back by an import, or the other front end)
    /// is never overwritten: that fails with [`RecordError::Changed`] and writes nothing.
    pub(crate) fn restore<K: Kind>(&self, deleted: &Deleted<K>) -> Result<(), RecordError<K::Id>> {
        let Some(rec) = &deleted.record else { return Ok(()) };
        self.atomically(|| {
            if self.stamps_of::<K>(&rec.id)?.is_some() {
                return Err(RecordError::Changed(rec.id));
            }
            self.put_current(rec, Put::Insert)?;
            for (i, old) in deleted.history.iter().enumerate() {
                self.put_revision(old, i as u32 + 1)?;
            }
            Ok(())
        })
    }

    /// Runs `f` in one transaction: everything it writes lands, or nothing does. Inside a
    /// transaction already (a write and what follows it, such as a dated record's reminder),
    /// `f` joins that one, which then decides for both.
    pub(crate) fn atomically<T, E: From<rusqlite::Error>>(&self, f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            return f();
        }
        let tx = self.conn.unchecked_transaction()?;
        let value = f()?;
        tx.commit()?;
        Ok(value)
    }

    /// Adds a record with its earlier versions (oldest first) unless a record with its id is
    /// there already (an import done before); says whether it was added. Runs in the caller's
    /// transaction ([`Self::atomically`]).
    pub(crate) fn import<K: Kind>(
        &self,
        current: &Record<K>,
        earlier: &[Record<K>],
    ) -> Result<bool, RecordError<K::Id>> {
        if self.stamps_of::<K>(&current.id)?.is_some() {
            return Ok(false);
        }
        self.put_current(current, Put::Insert)?;
        for (i, old) in earlier.iter().enumerate() {
            self.put_revision(old, i as u32 + 1)?;
        }
        Ok(true)
    }

    /// Opens every earlier version of kind `K`; returns how many opened and the ids of the
    /// records with one that did not (a snapshot's check).
    pub(crate) fn check_revisions<K: Kind>(&self) -> Result<(usize, Vec<K::Id>), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, created_at, updated_at, data, rev FROM revisions WHERE tbl = ?1 ORDER BY id, rev")?;
        let mut rows = stmt.query([table::<K>()])?;
        let (mut ok, mut damaged) = (0, Vec::new());
        while let Some(row) = rows.next()? {
            let rev = int(row.get_ref(4)?).and_then(|r| u32::try_from(r).ok()).unwrap_or(0);
            match self.decode::<K>(row, rev)? {
                Row::Ok(_) if rev > 0 => ok += 1,
                Row::Ok(rec) => damaged.push(rec.id),
                Row::Damaged { id, .. } => damaged.push(id),
            }
        }
        damaged.dedup();
        Ok((ok, damaged))
    }

    /// Returns every record's id and updated time (from an index, without opening anything):
    /// what another front end may have changed is found by comparing these.
    pub(crate) fn stamps(&self, kind: RecordKind) -> Result<HashMap<[u8; 16], i64>, StoreError> {
        let sql = format!("SELECT id, updated_at FROM {}", kind.table());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = HashMap::new();
        while let Some(row) = rows.next()? {
            if let (Some(id), updated) = (id16(row.get_ref(0)?), int(row.get_ref(1)?)) {
                out.insert(id, updated.unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// Reads the records with these ids (those still there).
    pub(crate) fn get_many<K: Kind>(&self, ids: &[K::Id]) -> Result<Vec<Row<K>>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            match self.get::<K>(*id) {
                Ok(rec) => out.push(Row::Ok(rec)),
                Err(RecordError::Damaged(id)) => out.push(Row::Damaged { id, created_at: DateTime::UNIX_EPOCH }),
                Err(RecordError::NotFound(_)) => {}
                Err(RecordError::Store(e)) => return Err(e),
                Err(RecordError::Changed(_) | RecordError::TooLarge { .. } | RecordError::KeyChanged) => {
                    unreachable!("a read neither checks versions nor writes")
                }
            }
        }
        Ok(out)
    }

    /// Reseals every record and revision of `kind` still in format 1, in the caller's
    /// transaction. Returns how many were resealed.
    pub(crate) fn upgrade_format<K: Kind>(&self) -> Result<usize, StoreError> {
        let mut old = Vec::new();
        self.for_each::<K>(|row| {
            if let Row::Ok(rec) = row {
                old.push(rec);
            }
        })?;
        let mut n = 0;
        let sql = format!("SELECT substr(data, 1, 1) = ?2 FROM {} WHERE id = ?1", table::<K>());
        for rec in old {
            let is_v1: bool = self
                .conn
                .prepare_cached(&sql)?
                .query_row(params![&rec.id.as_bytes()[..], &[FORMAT_V1][..]], |r| r.get(0))?;
            if is_v1 {
                let sealed = self.seal::<K>(&rec, 0).map_err(|_| StoreError::Damaged { path: Default::default() })?;
                let up = format!("UPDATE {} SET data = ?2 WHERE id = ?1", table::<K>());
                self.conn.prepare_cached(&up)?.execute(params![&rec.id.as_bytes()[..], sealed.as_bytes()])?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Reseals every readable record and revision of kind `K` under `to` (a new vault key),
    /// in the caller's transaction, calling `progress` once per record. Damaged records stay
    /// as they are (they could not be read before either). Returns how many were resealed.
    pub(crate) fn reseal_all<K: Kind>(&self, to: &RecordKey, progress: &mut dyn FnMut()) -> Result<usize, StoreError> {
        let mut current = Vec::new();
        self.for_each::<K>(|row| {
            if let Row::Ok(rec) = row {
                current.push(rec);
            }
        })?;
        let target = Records::new(self.conn, to);
        let up = format!("UPDATE {} SET data = ?2 WHERE id = ?1", table::<K>());
        let mut n = 0;
        for rec in &current {
            let sealed = target.seal::<K>(rec, 0).map_err(|_| StoreError::Damaged { path: Default::default() })?;
            self.conn.prepare_cached(&up)?.execute(params![&rec.id.as_bytes()[..], sealed.as_bytes()])?;
            let (history, _) = self.numbered_history::<K>(rec.id)?;
            for (rev, old) in &history {
                let rev = *rev;
                let sealed =
                    target.seal::<K>(old, rev).map_err(|_| StoreError::Damaged { path: Default::default() })?;
                self.conn
                    .prepare_cached("UPDATE revisions SET data = ?3 WHERE tbl = ?1 AND id = ?2 AND rev = ?4")?
                    .execute(params![table::<K>(), &rec.id.as_bytes()[..], sealed.as_bytes(), rev])?;
            }
            n += 1;
            progress();
        }
        Ok(n)
    }

    fn next_revision<K: Kind>(&self, id: &K::Id) -> Result<u32, StoreError> {
        let max: Option<i64> = self
            .conn
            .prepare_cached("SELECT max(rev) FROM revisions WHERE tbl = ?1 AND id = ?2")?
            .query_row(params![table::<K>(), &id.as_bytes()[..]], |r| r.get(0))?;
        Ok(max.unwrap_or(0) as u32 + 1)
    }

    fn seal<K: Kind>(&self, rec: &Record<K>, revision: u32) -> Result<Sealed, RecordError<K::Id>> {
        let mut plain = Zeroizing::new(Vec::with_capacity(512));
        plain.push(K::PAYLOAD_VERSION);
        serde_json::to_writer(&mut *plain, &rec.payload).expect("payloads always encode");
        if plain.len() > K::MAX_BYTES {
            return Err(RecordError::TooLarge { size_mb: plain.len() as f64 / 1e6, max_mb: K::MAX_BYTES >> 20 });
        }
        let place = Place {
            table: table::<K>(),
            id: rec.id.as_bytes(),
            revision,
            created_ms: rec.created_at.timestamp_millis(),
            updated_ms: rec.updated_at.timestamp_millis(),
        };
        Ok(self.key.seal(&place, &plain))
    }

    /// Opens one `(id, created_at, updated_at, data)` row as revision `revision`. Only an id
    /// that is not 16 bytes fails the whole read (there is nothing to name the record by).
    fn decode<K: Kind>(&self, row: &SqlRow<'_>, revision: u32) -> Result<Row<K>, StoreError> {
        Ok(RawRow::<K>::read(row)?.open(self.key, revision, &|_| true).expect("keeps every row"))
    }

    /// Reads every record of kind `K` whose decrypted bytes `keep` accepts, decoding only
    /// those; damaged records are left out. Decrypts on two threads.
    pub(crate) fn filter<K: Kind>(&self, keep: &(dyn Fn(&[u8]) -> bool + Sync)) -> Result<Vec<Row<K>>, StoreError> {
        let sql = format!("SELECT id, created_at, updated_at, data FROM {}", table::<K>());
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut raw = Vec::new();
        while let Some(row) = rows.next()? {
            raw.push(RawRow::<K>::read(row)?);
        }
        let key = self.key;
        let work = |part: &[RawRow<K>]| -> Vec<Row<K>> {
            part.iter().filter_map(|r| r.open(key, 0, keep)).filter(|row| matches!(row, Row::Ok(_))).collect()
        };
        let (first, second) = raw.split_at(raw.len() / 2);
        let (mut kept, more) = std::thread::scope(|s| {
            let other = s.spawn(|| work(second));
            (work(first), other.join().expect("decrypting does not panic"))
        });
        kept.extend(more);
        Ok(kept)
    }
}

/// A row as read, before it is opened.
struct RawRow<K: Kind> {
    id: K::Id,
    created: Option<i64>,
    updated: Option<i64>,
    data: Option<Vec<u8>>,
}

impl<K: Kind> RawRow<K> {
    fn read(row: &SqlRow<'_>) -> Result<Self, StoreError> {
        let Some(id) = id16(row.get_ref(0)?).and_then(|b| K::Id::from_bytes(&b)) else {
            return Err(StoreError::Damaged { path: Default::default() });
        };
        let data = match row.get_ref(3)? {
            ValueRef::Blob(b) if b.len() <= K::MAX_BYTES + 64 => Some(b.to_vec()),
            _ => None,
        };
        Ok(RawRow { id, created: int(row.get_ref(1)?), updated: int(row.get_ref(2)?), data })
    }

    /// Opens the row; `None` if `keep` turns its decrypted bytes down.
    fn open(&self, key: &RecordKey, revision: u32, keep: &dyn Fn(&[u8]) -> bool) -> Option<Row<K>> {
        let damaged = Row::Damaged { id: self.id, created_at: millis(self.created.unwrap_or(0)) };
        let (Some(created), Some(updated), Some(data)) = (self.created, self.updated, &self.data) else {
            return Some(damaged);
        };
        let place =
            Place { table: table::<K>(), id: self.id.as_bytes(), revision, created_ms: created, updated_ms: updated };
        let Ok((format, plain)) = key.open(&place, data) else {
            return Some(damaged);
        };
        if !keep(&plain) {
            return None;
        }
        match decode_payload::<K>(format, &plain) {
            Some(payload) => {
                Some(Row::Ok(Record { id: self.id, created_at: millis(created), updated_at: millis(updated), payload }))
            }
            None => Some(damaged),
        }
    }
}

/// Decodes a payload: format 1 sealed bare JSON; format 2 puts the payload version first.
pub(crate) fn decode_payload<K: Kind>(format: u8, plain: &[u8]) -> Option<K::Payload> {
    let json = if format == FORMAT_V1 {
        plain
    } else {
        let (&version, rest) = plain.split_first()?;
        if version == 0 || version > K::PAYLOAD_VERSION {
            return None;
        }
        rest
    };
    serde_json::from_slice(json).ok()
}

/// Decodes a payload another computer sent, as encoding version `version` of kind `K`.
pub(crate) fn decode_value<K: Kind>(version: u8, value: &serde_json::Value) -> Option<K::Payload> {
    if version == 0 || version > K::PAYLOAD_VERSION {
        return None;
    }
    K::Payload::deserialize(value).ok()
}

/// How [`Records::put_current`] writes.
#[derive(Clone, Copy)]
enum Put {
    Insert,
    Update,
}

/// Every record write carries this check in the same statement: the vault's key fingerprint
/// must be the one of the key sealing the record.
const KEY_CHECK: &str = "(SELECT key_id FROM vault) IS ?5";
const KEY_CHECK_7: &str = "(SELECT key_id FROM vault) IS ?7";

fn table<K: Kind>() -> &'static str {
    K::KIND.table()
}

fn int(v: ValueRef<'_>) -> Option<i64> {
    match v {
        ValueRef::Integer(n) => Some(n),
        _ => None,
    }
}

fn id16(v: ValueRef<'_>) -> Option<[u8; 16]> {
    match v {
        ValueRef::Blob(b) => b.try_into().ok(),
        _ => None,
    }
}
