//! Replaying another computer's change into this vault, so that every computer ends with the
//! same records whatever order the files arrive in.
//!
//! A record's versions form a tree: each names the version it replaced. What a vault holds of
//! a record is settled from its whole tree each time the tree grows ([`settle`]), never from
//! the order the changes came in:
//!
//! - where a version was replaced on two computers before either saw the other, the next
//!   version that **wins** is the latest edit, by clock then computer id; with no edit among
//!   them, the latest delete. So an edit always beats a delete of the same version (the record
//!   stays, or comes back);
//! - the record is where its winning line ends: that version's content, or deleted;
//! - each next version that lost starts a branch that is **kept**: for a kind that keeps both
//!   ([`Merge::KeepBoth`]: journal entries, worksheets) as a copy beside the record, which
//!   follows its branch (the branch's versions become the copy's, so an edit of the copy made
//!   anywhere settles the same way, and a copy's own two edits make a copy of the copy); for the
//!   others ([`Merge::History`]) as earlier versions of the record, and a record whose winning
//!   line ends deleted keeps instead the latest of those that did not;
//! - the winner after a version changes only when a later next version arrives, so a branch
//!   that lost once stays lost: a copy kept on one computer is kept on every one, with an id
//!   every computer derives alike from the record and the branch's first version.
//!
//! A change whose parent this vault does not know yet waits ([`ready`]). A version known already
//! changes nothing (files arrive twice, or as conflict copies). What settling needs of versions
//! not held (the ends of losing branches) is kept sealed beside them (`sync::log`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;

use super::log::{
    content, current, drop_contents, keep_content, kept, kept_content, knows, note, note_copy, note_seen, origin,
};
use super::tree::Tree;
use super::{Body, Change, Content, Version};
use crate::ids::RecordId;
use crate::record::{decode_value, Doc, History, Kind, Merge, Record, RecordError, RecordKind, Records};
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
    let theirs = match &change.body {
        Body::Put(put) => Some(record::<K>(id, &put.now)?),
        Body::Delete => None,
    };
    let (v, deleted) = (change.version, theirs.is_none());
    // Only a computer that has just joined holds a record with no version yet: one it had
    // before joining (restored from a backup, or from before it left), not announced yet. The
    // same content is the same record: this version is its version here too. Other content
    // stays, and is announced later as a version of its own, to settle with this one then.
    if current(conn, table, &change.id)?.is_none() && records.exists::<K>(&id)? {
        let mut same = false;
        match (&theirs, records.get::<K>(id)) {
            (Some(t), Ok(ours)) if content(&ours) == content(t) => same = true,
            (Some(t), Err(RecordError::Damaged(_))) => {
                records.replace_exact(t, false)?;
                done.written.push(t.clone());
                same = true;
            }
            (_, Err(e @ RecordError::Store(_))) => return Err(e.into()),
            _ => {}
        }
        note(conn, table, &change.id, v, change.parent, deleted, same)?;
        noted::<K>(records, change, theirs.as_ref())?;
        match &theirs {
            // Versions noted before this one may settle it further, and keep copies.
            _ if same => {
                settle_from(records, id, Some((change, theirs.as_ref())), &mut done)?;
            }
            Some(t) => keep_content(records, table, &change.id, v, &content(t))?,
            None => {}
        }
        return Ok(done);
    }
    // A first version (most changes: a new record) cannot make a branch lose before it.
    let before = match change.parent {
        None => Vec::new(),
        Some(_) => Tree::load(conn, table, &change.id)?.line(None).map(|l| l.losers).unwrap_or_default(),
    };
    note(conn, table, &change.id, v, change.parent, deleted, false)?;
    noted::<K>(records, change, theirs.as_ref())?;
    let settled = settle_from(records, id, Some((change, theirs.as_ref())), &mut done)?;
    // Listed for the person when the change made a branch lose (two edits, or an edit and a
    // delete, of one version).
    let mut new = settled.losers.iter().filter(|(l, _)| !before.contains(l)).peekable();
    if new.peek().is_some() {
        let what = if new.any(|(_, deleted)| *deleted) {
            TwoEdits::DeletedAndChanged
        } else if settled.deleted {
            TwoEdits::ChangedThenDeleted
        } else {
            TwoEdits::Changed
        };
        conflict(conn, table, &change.id, now, what)?;
        done.conflict = true;
    }
    Ok(done)
}

/// How a record settled: the first versions of the branches that lost along its winning line
/// (and whether each is a delete), and whether the line ends deleted.
#[derive(Default)]
struct Settled {
    losers: Vec<(Version, bool)>,
    deleted: bool,
}

/// Notes what comes with a version besides its place in the tree: what its computer had seen,
/// and for kinds that merge fields its content (two edits of it need it later).
fn noted<K: Kind>(records: &Records<'_>, change: &Change, theirs: Option<&Record<K>>) -> Result<(), StoreError> {
    let table = K::KIND.table();
    note_seen(records.conn(), table, &change.id, change.version, &change.seen)?;
    match theirs {
        Some(rec) if K::SYNC == Merge::History => {
            keep_content(records, table, &change.id, change.version, &content(rec))
        }
        _ => Ok(()),
    }
}

/// Settles records this computer announced for the first time that other computers had sent
/// versions of already (with other content), in the caller's transaction.
pub(crate) fn settle_announced<K: Kind>(
    records: &Records<'_>,
    ids: &[K::Id],
    now: DateTime<Utc>,
) -> Result<Applied<K>, NotApplied> {
    let mut done = Applied::default();
    for id in ids {
        settle_from(records, *id, None, &mut done)?;
        conflict(records.conn(), K::KIND.table(), id.as_bytes(), now, TwoEdits::Changed)?;
        done.conflict = true;
    }
    Ok(done)
}

/// A change being applied, with its record when it is not a delete.
type Incoming<'c, K> = Option<(&'c Change, Option<&'c Record<K>>)>;

/// Settles the record `id` and every copy its settling keeps or changes.
fn settle_from<K: Kind>(
    records: &Records<'_>,
    id: K::Id,
    incoming: Incoming<'_, K>,
    done: &mut Applied<K>,
) -> Result<Settled, NotApplied> {
    let origin = origin(records.conn(), K::KIND.table(), id.as_bytes())?;
    let mut work = Vec::new();
    let settled = settle::<K>(records, id, &origin, incoming, done, &mut work)?;
    // Each copy is of a strict part of a tree; the bound only keeps a damaged table finite.
    for _ in 0..10_000 {
        let Some(at) = work.pop() else { break };
        // The change may be a version of a copy's branch too (with the same parent there).
        settle::<K>(records, at, &origin, incoming, done, &mut work)?;
    }
    Ok(settled)
}

/// Settles one record from its whole version tree: writes where its winning line ends, keeps
/// the branches that lost (copies go on `work`), and forgets kept content no longer needed.
fn settle<K: Kind>(
    records: &Records<'_>,
    id: K::Id,
    origin: &[u8; 16],
    incoming: Incoming<'_, K>,
    done: &mut Applied<K>,
    work: &mut Vec<K::Id>,
) -> Result<Settled, NotApplied> {
    let conn = records.conn();
    let table = K::KIND.table();
    let bytes = *id.as_bytes();
    let tree = Tree::load(conn, table, &bytes)?;
    let Some(line) = tree.line(None) else { return Ok(Settled::default()) };
    let settled = Settled {
        losers: line.losers.iter().map(|l| (*l, tree.deleted(*l))).collect(),
        deleted: tree.deleted(line.end),
    };
    let lost = tree.ends(&line.losers);
    let target = match K::SYNC {
        // An edit no later write had seen (the delete ending the winning line among them) beats
        // that delete: the latest such.
        Merge::History if tree.deleted(line.end) => {
            let seen = tree.seen_by_any();
            lost.iter().map(|l| l.1).filter(|e| !tree.deleted(*e) && !seen.contains(e)).max().unwrap_or(line.end)
        }
        _ => line.end,
    };
    let held = current(conn, table, &bytes)?;
    if held.is_none() && records.exists::<K>(&id)? {
        // A copy this computer held before it joined again, not announced yet: as in [`apply`],
        // the same content takes this version, and other content waits to be announced.
        let same = match (content_of::<K>(records, id, target, incoming, held)?, records.get::<K>(id)) {
            (Some(theirs), Ok(ours)) => content(&ours) == content(&theirs),
            _ => false,
        };
        if !same {
            return Ok(settled);
        }
        note(conn, table, &bytes, target, tree.parent(target), tree.deleted(target), true)?;
    }
    let held = current(conn, table, &bytes)?;
    let moved = held.map(|h| h.0) != Some(target);
    if moved {
        // What is held now may be where a losing branch ends: its content is kept for that.
        if let Some((c, false)) = held {
            if tree.is_leaf(c) && kept_content(records, table, &bytes, c)?.is_none() {
                if let Ok(ours) = records.get::<K>(id) {
                    keep_content(records, table, &bytes, c, &content(&ours))?;
                }
            }
        }
    }
    if tree.deleted(target) {
        if moved {
            if records.exists::<K>(&id)? {
                match records.delete::<K>(id) {
                    Ok(_) | Err(RecordError::NotFound(_)) => {}
                    Err(e) => return Err(e.into()),
                }
                done.removed.push(id);
            }
            note(conn, table, &bytes, target, tree.parent(target), true, true)?;
        }
    } else if moved || K::SYNC == Merge::History {
        let start = match exact_content::<K>(records, id, target, incoming)? {
            Some(rec) if K::SYNC == Merge::History => Some(rec),
            _ => content_of::<K>(records, id, target, incoming, held)?,
        };
        if let Some(start) = start {
            let rec = match K::SYNC {
                Merge::History => fold::<K>(records, id, &tree, target, &lost, start, incoming)?,
                _ => start,
            };
            let same = !moved && records.get::<K>(id).is_ok_and(|ours| content(&ours) == content(&rec));
            if !same {
                write::<K>(records, &rec, moved.then_some(held).flatten(), target, incoming)?;
                note(conn, table, &bytes, target, tree.parent(target), false, true)?;
                done.written.push(rec);
            }
        }
    }
    let held = current(conn, table, &bytes)?;
    match K::SYNC {
        Merge::KeepBoth => {
            for &first in &line.losers {
                keep_branch::<K>(records, &tree, id, origin, first, incoming, held, work)?;
            }
        }
        Merge::History => {
            for (_, end) in lost {
                if end == target || tree.deleted(end) || kept(conn, table, &bytes, end, false)? {
                    continue;
                }
                if let Some(rec) = content_of::<K>(records, id, end, incoming, held)? {
                    if records.exists::<K>(&id)? {
                        records.add_revision(&rec)?;
                        kept(conn, table, &bytes, end, true)?;
                    }
                }
            }
        }
        Merge::Local => {}
    }
    // The version that came in, when it is not held and nothing replaced it, ends a losing
    // branch: its content is kept for that.
    if let Some((ch, Some(rec))) = incoming {
        if tree.nodes.contains_key(&ch.version) && held.map(|h| h.0) != Some(ch.version) && tree.is_leaf(ch.version) {
            keep_content(records, table, &bytes, ch.version, &content(rec))?;
        }
    }
    drop_contents::<K>(conn, &bytes)?;
    Ok(settled)
}

/// Writes `rec`, settled at version `target`, over what is held (`held`, when the record moved
/// to another version) or as a new record.
fn write<K: Kind>(
    records: &Records<'_>,
    rec: &Record<K>,
    held: Option<(Version, bool)>,
    target: Version,
    incoming: Incoming<'_, K>,
) -> Result<(), NotApplied> {
    let put = incoming.and_then(|(ch, _)| match &ch.body {
        Body::Put(put) if ch.version == target => Some((ch, put)),
        _ => None,
    });
    if records.exists::<K>(&rec.id)? {
        // An edit of the version held: kept as an earlier version when the computer that made
        // the edit kept it.
        let keep = put.is_some_and(|(ch, p)| {
            p.keep_history && held.is_some() && ch.parent == held.map(|h| h.0) && K::HISTORY != History::Never
        });
        records.replace_exact(rec, keep)?;
    } else {
        let earlier = match put {
            Some((_, p)) => p.earlier.iter().map(|e| record::<K>(rec.id, e)).collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        records.import(rec, &earlier)?;
    }
    Ok(())
}

/// For kinds that merge fields: `start` (the record at `target`) with each field changed on a
/// losing branch no later write had seen: a field only that branch changed takes its
/// value; a field both changed keeps the later (the other is in the record's history).
fn fold<K: Kind>(
    records: &Records<'_>,
    id: K::Id,
    tree: &Tree,
    target: Version,
    lost: &[(Version, Version)],
    start: Record<K>,
    incoming: Incoming<'_, K>,
) -> Result<Record<K>, NotApplied> {
    let seen = tree.seen_by_any();
    let mut ends: Vec<(Version, Version)> =
        lost.iter().filter(|(_, e)| *e != target && !tree.deleted(*e) && !seen.contains(e)).copied().collect();
    if ends.is_empty() {
        return Ok(start);
    }
    ends.sort_by_key(|(_, end)| *end);
    let mut merged = content(&start);
    let mut set_by: BTreeMap<String, Version> = BTreeMap::new();
    let empty = serde_json::Map::new();
    for (first, end) in ends {
        let Some(theirs) = exact_content::<K>(records, id, end, incoming)?.map(|r| content(&r)) else { continue };
        let base = match tree.parent(first) {
            Some(p) => exact_content::<K>(records, id, p, incoming)?.map(|r| content(&r)),
            None => None,
        };
        let (Some(fields), Some(their_fields)) = (merged.payload.as_object_mut(), theirs.payload.as_object()) else {
            continue;
        };
        let base_fields = base.as_ref().and_then(|b| b.payload.as_object()).unwrap_or(&empty);
        let names: std::collections::BTreeSet<&String> = their_fields.keys().chain(base_fields.keys()).collect();
        for name in names {
            let (t, b) = (their_fields.get(name), base_fields.get(name));
            if t == b {
                continue;
            }
            let later = set_by.get(name).copied().unwrap_or(target) < end;
            if fields.get(name) == b || later {
                match t {
                    Some(value) => fields.insert(name.clone(), value.clone()),
                    None => fields.remove(name),
                };
                set_by.insert(name.clone(), end);
            }
        }
        merged.updated_ms = merged.updated_ms.max(theirs.updated_ms);
    }
    // Fields that do not make a record together (a newer build's) leave the record as it was.
    Ok(record::<K>(id, &merged).unwrap_or(start))
}

/// The content version `v` was made with: the change coming in, or the content kept beside it.
fn exact_content<K: Kind>(
    records: &Records<'_>,
    id: K::Id,
    v: Version,
    incoming: Incoming<'_, K>,
) -> Result<Option<Record<K>>, NotApplied> {
    if let Some((ch, Some(rec))) = incoming {
        if ch.version == v {
            return Ok(Some(Record { id, ..rec.clone() }));
        }
    }
    Ok(kept_content(records, K::KIND.table(), id.as_bytes(), v)?.and_then(|c| record::<K>(id, &c).ok()))
}

/// Keeps the branch of `id` that starts at `first` as a copy beside it: the branch's versions
/// become the copy's (noted once; the first with no parent), with the content of those that
/// end it, and the copy is settled next. A branch that ends deleted is noted too (it keeps no
/// copy): an edit of its copy made on a computer that kept one before the delete arrived there
/// needs its versions to settle with.
#[allow(clippy::too_many_arguments)]
fn keep_branch<K: Kind>(
    records: &Records<'_>,
    tree: &Tree,
    id: K::Id,
    origin: &[u8; 16],
    first: Version,
    incoming: Incoming<'_, K>,
    held: Option<(Version, bool)>,
    work: &mut Vec<K::Id>,
) -> Result<(), NotApplied> {
    let conn = records.conn();
    let table = K::KIND.table();
    // A branch that starts at a first version (two computers each announced the record) is
    // told apart by this record's id: in a copy, the first version is the branch the copy is of.
    let base = if tree.parent(first).is_none() { id.as_bytes() } else { origin };
    let copy = copy_id::<K>(base, first);
    if copy == id {
        return Ok(());
    }
    note_copy(conn, table, copy.as_bytes(), origin)?;
    for v in tree.branch(first) {
        if knows(conn, table, copy.as_bytes(), v)? {
            continue;
        }
        let (parent, deleted) = (tree.parent(v).filter(|_| v != first), tree.deleted(v));
        note(conn, table, copy.as_bytes(), v, parent, deleted, false)?;
        if !deleted && tree.is_leaf(v) {
            if let Some(rec) = content_of::<K>(records, id, v, incoming, held)? {
                keep_content(records, table, copy.as_bytes(), v, &content(&rec))?;
            }
        }
    }
    work.push(copy);
    Ok(())
}

/// The content of version `v` of the record `id`: the change coming in, the record held here,
/// or the content kept beside the version. None if it is not here (or does not open).
fn content_of<K: Kind>(
    records: &Records<'_>,
    id: K::Id,
    v: Version,
    incoming: Incoming<'_, K>,
    held: Option<(Version, bool)>,
) -> Result<Option<Record<K>>, NotApplied> {
    if held == Some((v, false)) && incoming.is_none_or(|(ch, _)| ch.version != v) {
        return match records.get::<K>(id) {
            Ok(rec) => Ok(Some(rec)),
            Err(RecordError::Store(e)) => Err(e.into()),
            Err(_) => Ok(None),
        };
    }
    exact_content(records, id, v, incoming)
}

/// The id of the copy that keeps the branch starting at `first` of a record first kept for
/// `origin` (or of `origin` itself): every computer derives the same one. Its time part is the
/// origin's.
fn copy_id<K: Kind>(origin: &[u8; 16], first: Version) -> K::Id {
    let mut ms = [0u8; 8];
    ms[2..].copy_from_slice(&origin[..6]);
    let at = DateTime::from_timestamp_millis(i64::from_be_bytes(ms)).unwrap_or(DateTime::UNIX_EPOCH);
    let mut seed = origin.to_vec();
    seed.extend_from_slice(&first.hlc.to_be_bytes());
    seed.extend_from_slice(&first.device);
    K::Id::derive(at, &seed)
}

fn record<K: Kind>(id: K::Id, content: &Content) -> Result<Record<K>, NotApplied> {
    let payload = decode_value::<K>(content.payload_version, &content.payload).ok_or(NotApplied::Unreadable)?;
    let at = |ms| DateTime::from_timestamp_millis(ms).ok_or(NotApplied::Unreadable);
    Ok(Record { id, created_at: at(content.created_ms)?, updated_at: at(content.updated_ms)?, payload })
}

/// Lists a record as changed on two computers.
fn conflict(
    conn: &Connection,
    table: &str,
    id: &[u8; 16],
    now: DateTime<Utc>,
    what: TwoEdits,
) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_conflicts (tbl, id, at, what) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![table, &id[..], now.timestamp_millis(), what.code()])?;
    Ok(())
}

/// What two computers did to one version of a record before either saw the other, as listed
/// for the person. Kept as a code; each language words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum TwoEdits {
    /// Both changed it: for entries and worksheets both versions are in the list, for the
    /// rest the other is in its history.
    Changed,
    /// Both changed it, then the winning line deleted it: the other version is kept.
    ChangedThenDeleted,
    /// One deleted it, the other changed it: it is kept.
    DeletedAndChanged,
}

impl TwoEdits {
    const ALL: [TwoEdits; 3] = [TwoEdits::Changed, TwoEdits::ChangedThenDeleted, TwoEdits::DeletedAndChanged];

    /// How it is kept in `sync_conflicts`.
    pub(crate) fn code(self) -> &'static str {
        match self {
            TwoEdits::Changed => "changed",
            TwoEdits::ChangedThenDeleted => "changed_then_deleted",
            TwoEdits::DeletedAndChanged => "deleted_and_changed",
        }
    }

    /// Reads what `sync_conflicts` holds: a code, or the English sentence that vaults
    /// synced before the codes kept. Anything else reads as two changes.
    pub(crate) fn from_stored(what: &str) -> TwoEdits {
        let sentence = |t: TwoEdits| match t {
            TwoEdits::Changed => "changed on two computers",
            TwoEdits::ChangedThenDeleted => "changed on two computers, then deleted: the other version kept",
            TwoEdits::DeletedAndChanged => "deleted on one computer, changed on another: kept",
        };
        Self::ALL.into_iter().find(|t| t.code() == what || sentence(*t) == what).unwrap_or(TwoEdits::Changed)
    }
}

#[cfg(test)]
mod tests {
    use super::TwoEdits;

    #[test]
    fn what_two_computers_did_is_kept_as_a_code_and_old_sentences_still_read() {
        for t in TwoEdits::ALL {
            assert_eq!(TwoEdits::from_stored(t.code()), t);
            let code = serde_json::to_value(t).unwrap();
            assert_eq!(code.as_str(), Some(t.code()), "the UI selects on the same code");
        }
        let old = "deleted on one computer, changed on another: kept";
        assert_eq!(TwoEdits::from_stored(old), TwoEdits::DeletedAndChanged);
        let old = "changed on two computers, then deleted: the other version kept";
        assert_eq!(TwoEdits::from_stored(old), TwoEdits::ChangedThenDeleted);
        assert_eq!(TwoEdits::from_stored("changed on two computers"), TwoEdits::Changed);
        assert_eq!(TwoEdits::from_stored("something newer"), TwoEdits::Changed);
    }
}
