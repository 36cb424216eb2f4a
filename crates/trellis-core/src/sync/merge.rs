//! Replaying another computer's change into this vault, the same way on every computer, so
//! all of them end with the same records whatever order the files arrive in.
//!
//! A record's versions form a tree (each names the version it replaced). A change whose parent
//! this vault does not know yet waits ([`ready`]); so every computer applies changes in an order
//! that respects cause and effect, and the rules below depend only on which versions exist:
//!
//! - a version already known changes nothing (files arrive twice, or as conflict copies);
//! - an edit of the version held here replaces it (keeping it as an earlier version when the
//!   computer that made the edit kept it);
//! - a version that another known one already replaced changes nothing;
//! - two edits of one version (made on two computers before either saw the other): the later
//!   by clock, then by computer id, is the record; the other is **kept**: for a kind that keeps
//!   both ([`Merge::KeepBoth`]: journal entries, worksheets) as a copy beside it, whose id and
//!   version every computer derives alike; for the others ([`Merge::History`]) as an earlier
//!   version. Either way the record is listed as changed on two computers;
//! - a delete of the version held here deletes it (text and history, at once);
//! - a delete and an edit of one version: the edit wins, the record stays (or comes back).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::log::{current, knows, note, queue};
use super::{Body, Change, Content, Put, Version};
use crate::ids::RecordId;
use crate::record::{decode_value, Doc, Kind, Merge, Record, RecordError, RecordKind, Records};
use crate::store::StoreError;

/// What applying one change did to the records of kind `K`.
pub(crate) struct Applied<K: Kind> {
    /// Records written (to index, and for their kind's hook).
    pub written: Vec<Record<K>>,
    pub removed: Vec<K::Id>,
    /// The change was about two computers' edits of one version.
    pub conflict: bool,
}

impl<K: Kind> Default for Applied<K> {
    fn default() -> Self {
        Applied { written: Vec::new(), removed: Vec::new(), conflict: false }
    }
}

/// What applying one change did, as the index takes it.
#[derive(Default)]
pub(crate) struct Merged {
    pub docs: Vec<Doc>,
    pub removed: Vec<(RecordKind, [u8; 16])>,
    /// The change was about two computers' edits of one version.
    pub conflict: bool,
}

/// Why a change could not be applied now.
#[derive(Debug)]
pub(crate) enum NotApplied {
    /// Its content does not read as this kind (written by a newer Trellis, or damaged).
    Unreadable,
    Store(StoreError),
}

impl<I: RecordId> From<RecordError<I>> for NotApplied {
    fn from(e: RecordError<I>) -> Self {
        match e {
            RecordError::Store(s) => NotApplied::Store(s),
            _ => NotApplied::Unreadable,
        }
    }
}

impl From<StoreError> for NotApplied {
    fn from(e: StoreError) -> Self {
        NotApplied::Store(e)
    }
}

impl From<rusqlite::Error> for NotApplied {
    fn from(e: rusqlite::Error) -> Self {
        NotApplied::Store(e.into())
    }
}

/// Tells whether `change` can be applied now: its parent is known here (or it has none).
pub(crate) fn ready(conn: &Connection, change: &Change) -> Result<bool, StoreError> {
    match change.parent {
        None => Ok(true),
        Some(p) => knows(conn, change.kind.table(), &change.id, p),
    }
}

/// Applies another computer's change to the records of kind `K`, in the caller's transaction.
/// The caller has checked it is [`ready`].
pub(crate) fn apply<K: Kind>(
    records: &Records<'_>,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<Applied<K>, NotApplied> {
    let conn = records.conn();
    let table = K::KIND.table();
    let mut done = Applied::default();
    let Some(id) = K::Id::from_bytes(&change.id) else { return Err(NotApplied::Unreadable) };
    if K::SYNC == Merge::Local || knows(conn, table, &change.id, change.version)? {
        return Ok(done);
    }
    let held = current(conn, table, &change.id)?;
    let replaced_already = has_child(conn, table, &change.id, change.version)?;
    let v = change.version;
    match &change.body {
        Body::Delete => {
            note(conn, table, &change.id, v, change.parent, true, false)?;
            match held {
                Some((c, false)) if change.parent == Some(c) => {
                    match records.delete::<K>(id) {
                        Ok(_) | Err(RecordError::NotFound(_)) => {}
                        Err(e) => return Err(e.into()),
                    }
                    note(conn, table, &change.id, v, change.parent, true, true)?;
                    done.removed.push(id);
                }
                // Edited here since: the edit wins and the record stays.
                Some((_, false)) => {
                    conflict(conn, table, &change.id, now, "deleted on another computer, changed on this one: kept")?;
                    done.conflict = true;
                }
                None if !replaced_already => note(conn, table, &change.id, v, change.parent, true, true)?,
                _ => {}
            }
        }
        Body::Put(put) => {
            let rec = record::<K>(id, &put.now)?;
            note(conn, table, &change.id, v, change.parent, false, false)?;
            match held {
                // Only a computer that has just joined holds a record with no version yet: one it
                // had before joining (restored from a backup, or from before it left), not
                // announced yet. The same content is the same record: this version is its
                // version here too. Other content stays, and is announced as an edit of its
                // own, to settle with this one like two edits.
                None if !replaced_already && records.exists::<K>(&id)? => match records.get::<K>(id) {
                    Ok(ours) if super::log::content(&ours) == super::log::content(&rec) => {
                        note(conn, table, &change.id, v, change.parent, false, true)?;
                    }
                    Ok(_) => {}
                    Err(RecordError::Damaged(_)) => {
                        records.replace_exact(&rec, false)?;
                        note(conn, table, &change.id, v, change.parent, false, true)?;
                        done.written.push(rec);
                    }
                    Err(e) => return Err(e.into()),
                },
                // Deleted here after an edit or undo that came later than this change: a
                // computer that held this change first settled it against that edit as two
                // edits (this one lost) before the delete came; the same here. It is kept as a
                // copy (or lost with the record's history, as there), and the record stays
                // deleted.
                Some((c, true))
                    if !replaced_already
                        && change.parent != Some(c)
                        && later_edit_on_branch(conn, table, &change.id, c, change.parent, v)? =>
                {
                    if K::SYNC == Merge::KeepBoth {
                        keep_copy(records, &mut done, &rec, v)?;
                    }
                    conflict(
                        conn,
                        table,
                        &change.id,
                        now,
                        "changed on two computers, then deleted: the other version kept",
                    )?;
                    done.conflict = true;
                }
                None | Some((_, true)) if !replaced_already => {
                    if let Some((c, true)) = held {
                        if change.parent != Some(c) {
                            conflict(
                                conn,
                                table,
                                &change.id,
                                now,
                                "changed on one computer, deleted on another: kept",
                            )?;
                            done.conflict = true;
                        }
                    }
                    let earlier = put.earlier.iter().map(|e| record::<K>(id, e)).collect::<Result<Vec<_>, _>>()?;
                    // An undo puts back what a delete took; a record not here at all is added.
                    if records.exists::<K>(&id)? {
                        records.replace_exact(&rec, false)?;
                    } else {
                        records.import(&rec, &earlier)?;
                    }
                    note(conn, table, &change.id, v, change.parent, false, true)?;
                    done.written.push(rec);
                }
                Some((c, false)) if change.parent == Some(c) => {
                    records.replace_exact(&rec, put.keep_history && K::HISTORY != crate::record::History::Never)?;
                    note(conn, table, &change.id, v, change.parent, false, true)?;
                    done.written.push(rec);
                }
                Some((c, false)) if !replaced_already => {
                    two_edits(records, &mut done, id, rec, v, c, change.parent, now)?;
                }
                _ => {}
            }
        }
    }
    Ok(done)
}

/// Settles two edits of one version: `theirs` (version `v`) arrived, `c` is held here.
#[allow(clippy::too_many_arguments)]
fn two_edits<K: Kind>(
    records: &Records<'_>,
    done: &mut Applied<K>,
    id: K::Id,
    theirs: Record<K>,
    v: Version,
    c: Version,
    parent: Option<Version>,
    now: DateTime<Utc>,
) -> Result<(), NotApplied> {
    let conn = records.conn();
    let table = K::KIND.table();
    let ours = match records.get::<K>(id) {
        Ok(rec) => rec,
        // What is here cannot be read: theirs replaces it.
        Err(RecordError::Damaged(_)) => {
            records.replace_exact(&theirs, false)?;
            note(conn, table, id.as_bytes(), v, parent, false, true)?;
            done.written.push(theirs);
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let theirs_win = v > c;
    let (loser, loser_version) = if theirs_win { (ours, c) } else { (theirs.clone(), v) };
    if theirs_win {
        let keep = K::SYNC == Merge::History;
        records.replace_exact(&theirs, keep)?;
        note(conn, table, id.as_bytes(), v, parent, false, true)?;
        done.written.push(theirs);
    }
    match K::SYNC {
        Merge::KeepBoth => keep_copy(records, done, &loser, loser_version)?,
        Merge::History if !theirs_win => records.add_revision(&loser)?,
        Merge::History | Merge::Local => {}
    }
    conflict(conn, table, id.as_bytes(), now, "changed on two computers")?;
    done.conflict = true;
    Ok(())
}

/// Keeps the losing side of two edits as a copy beside the record (once: every computer that
/// settles the same two edits makes the same copy), and sends it on.
fn keep_copy<K: Kind>(
    records: &Records<'_>,
    done: &mut Applied<K>,
    loser: &Record<K>,
    loser_version: Version,
) -> Result<(), NotApplied> {
    let conn = records.conn();
    let copy = copy_of(loser, loser_version);
    if records.exists::<K>(&copy.id)? {
        return Ok(());
    }
    records.import(&copy, &[])?;
    note(conn, K::KIND.table(), copy.id.as_bytes(), loser_version, None, false, true)?;
    let put = Put { now: super::log::content(&copy), keep_history: false, earlier: vec![] };
    let change =
        Change { kind: K::KIND, id: *copy.id.as_bytes(), version: loser_version, parent: None, body: Body::Put(put) };
    queue(records, &change)?;
    done.written.push(copy);
    Ok(())
}

/// Tells whether the versions from `from` back to `stop` (the version a change that arrived
/// replaced) hold an edit (or an undo) later than `than`: walking the record's versions held
/// here by their parents.
fn later_edit_on_branch(
    conn: &Connection,
    table: &str,
    id: &[u8; 16],
    from: Version,
    stop: Option<Version>,
    than: Version,
) -> Result<bool, StoreError> {
    let mut at = Some(from);
    // A record's versions form a tree; a bound keeps a damaged table from looping.
    for _ in 0..100_000 {
        let Some(version) = at.filter(|v| Some(*v) != stop) else { break };
        let row: Option<(Option<i64>, Option<Vec<u8>>, bool)> = conn
            .prepare_cached(
                "SELECT parent_hlc, parent_device, deleted FROM sync_versions
                 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4",
            )?
            .query_row(params![table, &id[..], version.hlc as i64, &version.device[..]], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let Some((parent_hlc, parent_device, deleted)) = row else { break };
        if !deleted && version > than {
            return Ok(true);
        }
        at = match (parent_hlc, parent_device.and_then(|d| d.try_into().ok())) {
            (Some(hlc), Some(device)) => Some(Version { hlc: hlc as u64, device }),
            _ => None,
        };
    }
    Ok(false)
}

/// The copy that keeps the losing side of two edits: its id comes from the record's id and the
/// losing version, so every computer that settles the same two edits makes the same copy.
fn copy_of<K: Kind>(loser: &Record<K>, version: Version) -> Record<K> {
    let mut seed = loser.id.as_bytes().to_vec();
    seed.extend_from_slice(&version.hlc.to_be_bytes());
    seed.extend_from_slice(&version.device);
    Record { id: K::Id::derive(loser.created_at, &seed), ..loser.clone() }
}

fn record<K: Kind>(id: K::Id, content: &Content) -> Result<Record<K>, NotApplied> {
    let payload = decode_value::<K>(content.payload_version, &content.payload).ok_or(NotApplied::Unreadable)?;
    let at = |ms| DateTime::from_timestamp_millis(ms).ok_or(NotApplied::Unreadable);
    Ok(Record { id, created_at: at(content.created_ms)?, updated_at: at(content.updated_ms)?, payload })
}

/// Tells whether a known version of the record names `version` as the one it replaced.
fn has_child(conn: &Connection, table: &str, id: &[u8; 16], version: Version) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM sync_versions WHERE tbl = ?1 AND id = ?2 AND parent_hlc = ?3 AND parent_device = ?4 LIMIT 1",
        )?
        .query_row(params![table, &id[..], version.hlc as i64, &version.device[..]], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Lists a record as changed on two computers.
fn conflict(conn: &Connection, table: &str, id: &[u8; 16], now: DateTime<Utc>, what: &str) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_conflicts (tbl, id, at, what) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![table, &id[..], now.timestamp_millis(), what])?;
    Ok(())
}
