//! Recording changes as they are made: the write path (`crate::collection`) calls [`put`] and
//! [`delete`] inside each write's transaction, so a write and its change land together or not
//! at all. With sync not set up on this computer, they do nothing (one indexed read).

use rusqlite::{params, Connection, OptionalExtension};
use zeroize::Zeroizing;

use super::tree::{encode, Tree};
use super::{clock, Body, Change, Content, DeviceId, Put, Version};
use crate::ids::RecordId;
use crate::record::{Kind, Merge, Place, Record, RecordKey, Records};
use crate::store::StoreError;

/// Where queued changes are sealed: each row is bound to its own sequence number.
const OUT_TABLE: &str = "sync_out";

/// This computer's id, if sync is set up here.
pub(crate) fn device(conn: &Connection) -> Result<Option<DeviceId>, StoreError> {
    let found: Option<Vec<u8>> =
        conn.prepare_cached("SELECT device FROM sync_self")?.query_row([], |r| r.get(0)).optional()?;
    Ok(found.and_then(|d| d.try_into().ok()))
}

/// The version this vault holds of a record now, and whether it is a delete.
pub(crate) fn current(conn: &Connection, table: &str, id: &[u8; 16]) -> Result<Option<(Version, bool)>, StoreError> {
    let row: Option<(i64, Vec<u8>, bool)> = conn
        .prepare_cached("SELECT hlc, device, deleted FROM sync_versions WHERE tbl = ?1 AND id = ?2 AND current = 1")?
        .query_row(params![table, &id[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    Ok(row.and_then(|(hlc, device, deleted)| {
        Some((Version { hlc: hlc as u64, device: device.try_into().ok()? }, deleted))
    }))
}

/// Tells whether this vault knows `version` of a record.
pub(crate) fn knows(conn: &Connection, table: &str, id: &[u8; 16], version: Version) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sync_versions WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4")?
        .query_row(params![table, &id[..], version.hlc as i64, &version.device[..]], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Notes a version of a record; with `current`, it becomes the one this vault holds.
pub(crate) fn note(
    conn: &Connection,
    table: &str,
    id: &[u8; 16],
    version: Version,
    parent: Option<Version>,
    deleted: bool,
    current: bool,
) -> Result<(), StoreError> {
    if current {
        conn.prepare_cached("UPDATE sync_versions SET current = 0 WHERE tbl = ?1 AND id = ?2 AND current = 1")?
            .execute(params![table, &id[..]])?;
    }
    conn.prepare_cached(
        "INSERT OR IGNORE INTO sync_versions (tbl, id, hlc, device, parent_hlc, parent_device, deleted, current)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        table,
        &id[..],
        version.hlc as i64,
        &version.device[..],
        parent.map(|p| p.hlc as i64),
        parent.map(|p| p.device.to_vec()),
        deleted,
        current
    ])?;
    if current {
        // Known already (a copy two computers made alike): make it the current one.
        conn.prepare_cached(
            "UPDATE sync_versions SET current = 1 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4",
        )?
        .execute(params![table, &id[..], version.hlc as i64, &version.device[..]])?;
    }
    Ok(())
}

/// The place a version's kept content is sealed at: bound to the record and the version.
fn content_place<'a>(table: &'a str, id: &'a [u8; 16], version: Version) -> Place<'a> {
    let mut device = [0u8; 8];
    device.copy_from_slice(&version.device[..8]);
    Place { table, id, revision: u32::MAX, created_ms: version.hlc as i64, updated_ms: i64::from_be_bytes(device) }
}

/// Keeps the content of `version` (a leaf of the record's versions not held here), sealed.
pub(crate) fn keep_content(
    records: &Records<'_>,
    table: &str,
    id: &[u8; 16],
    version: Version,
    content: &Content,
) -> Result<(), StoreError> {
    let plain = Zeroizing::new(serde_json::to_vec(content).expect("contents always encode"));
    let sealed = records.key().seal(&content_place(table, id, version), &plain);
    records
        .conn()
        .prepare_cached(
            "UPDATE sync_versions SET content = ?5 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4",
        )?
        .execute(params![table, &id[..], version.hlc as i64, &version.device[..], sealed.as_bytes()])?;
    Ok(())
}

/// The kept content of `version`, if kept here and it opens.
pub(crate) fn kept_content(
    records: &Records<'_>,
    table: &str,
    id: &[u8; 16],
    version: Version,
) -> Result<Option<Content>, StoreError> {
    let blob: Option<Option<Vec<u8>>> = records
        .conn()
        .prepare_cached("SELECT content FROM sync_versions WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4")?
        .query_row(params![table, &id[..], version.hlc as i64, &version.device[..]], |r| r.get(0))
        .optional()?;
    let Some(Some(blob)) = blob else { return Ok(None) };
    let opened = records.key().open(&content_place(table, id, version), &blob).ok();
    Ok(opened.and_then(|(_, plain)| serde_json::from_slice(&plain).ok()))
}

/// Forgets kept content no longer needed: of the version held, and of versions replaced since.
/// Kinds that merge fields keep every version's (see [`keep_content`]).
pub(crate) fn drop_contents<K: Kind>(conn: &Connection, id: &[u8; 16]) -> Result<(), StoreError> {
    if K::SYNC == Merge::History {
        return Ok(());
    }
    let table = K::KIND.table();
    conn.prepare_cached(
        "UPDATE sync_versions AS v SET content = NULL
         WHERE v.tbl = ?1 AND v.id = ?2 AND v.content IS NOT NULL AND (v.current = 1 OR EXISTS (
             SELECT 1 FROM sync_versions c WHERE c.tbl = v.tbl AND c.id = v.id
                AND c.parent_hlc = v.hlc AND c.parent_device = v.device))",
    )?
    .execute(params![table, &id[..]])?;
    Ok(())
}

/// The record a copy was first kept for (the record itself when it is not a copy).
pub(crate) fn origin(conn: &Connection, table: &str, id: &[u8; 16]) -> Result<[u8; 16], StoreError> {
    let found: Option<Vec<u8>> = conn
        .prepare_cached("SELECT origin FROM sync_copies WHERE tbl = ?1 AND id = ?2")?
        .query_row(params![table, &id[..]], |r| r.get(0))
        .optional()?;
    Ok(found.and_then(|o| o.try_into().ok()).unwrap_or(*id))
}

/// Notes that `copy` is a copy kept for `origin`.
pub(crate) fn note_copy(conn: &Connection, table: &str, copy: &[u8; 16], origin: &[u8; 16]) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR IGNORE INTO sync_copies (tbl, id, origin) VALUES (?1, ?2, ?3)")?
        .execute(params![table, &copy[..], &origin[..]])?;
    Ok(())
}

/// Tells whether `version` was kept as an earlier version already; with `mark`, notes it is.
pub(crate) fn kept(
    conn: &Connection,
    table: &str,
    id: &[u8; 16],
    version: Version,
    mark: bool,
) -> Result<bool, StoreError> {
    let args = params![table, &id[..], version.hlc as i64, &version.device[..]];
    if mark {
        conn.prepare_cached(
            "UPDATE sync_versions SET kept = 1 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4",
        )?
        .execute(args)?;
        return Ok(true);
    }
    Ok(conn
        .prepare_cached("SELECT kept FROM sync_versions WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4")?
        .query_row(args, |r| r.get::<_, bool>(0))
        .optional()?
        .unwrap_or(false))
}

/// The content of a record, as a change carries it.
pub(crate) fn content<K: Kind>(rec: &Record<K>) -> Content {
    Content {
        created_ms: rec.created_at.timestamp_millis(),
        updated_ms: rec.updated_at.timestamp_millis(),
        payload_version: K::PAYLOAD_VERSION,
        payload: serde_json::to_value(&rec.payload).expect("payloads always encode"),
    }
}

/// Records that `rec` was written here (added, edited, imported, or put back by an undo), with
/// its earlier versions when a computer may not have them. In the caller's transaction.
pub(crate) fn put<K: Kind>(
    records: &Records<'_>,
    rec: &Record<K>,
    keep_history: bool,
    earlier: &[Record<K>],
) -> Result<(), StoreError> {
    let conn = records.conn();
    if K::SYNC == Merge::Local {
        return Ok(());
    }
    let Some(device) = device(conn)? else { return Ok(()) };
    let table = K::KIND.table();
    let parent = current(conn, table, rec.id.as_bytes())?.map(|(v, _)| v);
    let version = Version { hlc: clock::tick(conn, Some(rec.updated_at))?, device };
    let seen = seen::<K>(conn, rec.id.as_bytes())?;
    note(conn, table, rec.id.as_bytes(), version, parent, false, true)?;
    note_seen(conn, table, rec.id.as_bytes(), version, &seen)?;
    let now = content(rec);
    if K::SYNC == Merge::History {
        keep_content(records, table, rec.id.as_bytes(), version, &now)?;
    }
    let put = Put { now, keep_history, earlier: earlier.iter().map(content).collect() };
    queue(records, &Change { kind: K::KIND, id: *rec.id.as_bytes(), version, parent, seen, body: Body::Put(put) })
}

/// What a write of a record of kind `K` made now has seen: for kinds that merge fields, the
/// ends of the record's losing branches (already settled into what the person changed).
fn seen<K: Kind>(conn: &Connection, id: &[u8; 16]) -> Result<Vec<Version>, StoreError> {
    if K::SYNC != Merge::History {
        return Ok(Vec::new());
    }
    Ok(Tree::load(conn, K::KIND.table(), id)?.seen())
}

/// Notes what the computer that made `version` had seen (see [`seen`]).
pub(crate) fn note_seen(
    conn: &Connection,
    table: &str,
    id: &[u8; 16],
    version: Version,
    seen: &[Version],
) -> Result<(), StoreError> {
    if seen.is_empty() {
        return Ok(());
    }
    conn.prepare_cached("UPDATE sync_versions SET seen = ?5 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4")?
        .execute(params![table, &id[..], version.hlc as i64, &version.device[..], encode(seen)])?;
    Ok(())
}

/// Records that the record `id` was deleted here. In the caller's transaction.
pub(crate) fn delete<K: Kind>(records: &Records<'_>, id: &K::Id) -> Result<(), StoreError> {
    let conn = records.conn();
    if K::SYNC == Merge::Local {
        return Ok(());
    }
    let Some(device) = device(conn)? else { return Ok(()) };
    let table = K::KIND.table();
    let parent = current(conn, table, id.as_bytes())?.map(|(v, _)| v);
    let version = Version { hlc: clock::tick(conn, None)?, device };
    let seen = seen::<K>(conn, id.as_bytes())?;
    note(conn, table, id.as_bytes(), version, parent, true, true)?;
    note_seen(conn, table, id.as_bytes(), version, &seen)?;
    queue(records, &Change { kind: K::KIND, id: *id.as_bytes(), version, parent, seen, body: Body::Delete })
}

/// Gives every record of kind `K` that has no version yet (written before sync was set up
/// here) its first one, with its earlier versions, and queues it. Returns how many, and the
/// ids of those other computers sent versions of already (with other content: they settle like
/// two edits).
pub(crate) fn first_versions<K: Kind>(records: &Records<'_>) -> Result<(usize, Vec<K::Id>), StoreError> {
    if K::SYNC == Merge::Local {
        return Ok((0, Vec::new()));
    }
    let mut rows = Vec::new();
    records.for_each::<K>(|row| rows.push(row))?;
    let (mut first, mut settle) = (0, Vec::new());
    for row in rows {
        // A damaged record cannot be sent; it stays here, named in the list of damaged ones.
        let crate::record::Row::Ok(rec) = row else { continue };
        if current(records.conn(), K::KIND.table(), rec.id.as_bytes())?.is_some() {
            continue;
        }
        let (earlier, _) = records.history::<K>(rec.id).map_err(|e| match e {
            crate::record::RecordError::Store(s) => s,
            _ => StoreError::Interrupted,
        })?;
        let sent_already = records
            .conn()
            .prepare_cached("SELECT 1 FROM sync_versions WHERE tbl = ?1 AND id = ?2 LIMIT 1")?
            .exists(params![K::KIND.table(), &rec.id.as_bytes()[..]])?;
        put(records, &rec, false, &earlier)?;
        if sent_already {
            settle.push(rec.id);
        }
        first += 1;
    }
    Ok((first, settle))
}

/// Queues a change to be written to the folder.
pub(crate) fn queue(records: &Records<'_>, change: &Change) -> Result<(), StoreError> {
    let conn = records.conn();
    let seq: i64 =
        conn.prepare_cached("SELECT coalesce(max(seq), 0) + 1 FROM sync_out")?.query_row([], |r| r.get(0))?;
    let plain = Zeroizing::new(serde_json::to_vec(change).expect("changes always encode"));
    let sealed = records.key().seal(&out_place(seq), &plain);
    conn.prepare_cached("INSERT INTO sync_out (seq, data) VALUES (?1, ?2)")?
        .execute(params![seq, sealed.as_bytes()])?;
    Ok(())
}

fn out_place(seq: i64) -> Place<'static> {
    Place { table: OUT_TABLE, id: &[0; 16], revision: 0, created_ms: seq, updated_ms: 0 }
}

/// Queued changes with their sequence numbers, and the numbers of those that did not open.
pub(crate) type Queued = (Vec<(i64, Change)>, Vec<i64>);

/// The oldest queued changes, up to `limit`, with their sequence numbers. A row that does not
/// open (it cannot happen but by tampering) is left out and named by its number.
pub(crate) fn queued(conn: &Connection, key: &RecordKey, limit: usize) -> Result<Queued, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT seq, data FROM sync_out ORDER BY seq LIMIT ?1")?;
    let mut rows = stmt.query([limit as i64])?;
    let (mut out, mut bad) = (Vec::new(), Vec::new());
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let opened = match row.get_ref(1)? {
            rusqlite::types::ValueRef::Blob(b) => key.open(&out_place(seq), b).ok(),
            _ => None,
        };
        match opened.and_then(|(_, plain)| serde_json::from_slice::<Change>(&plain).ok()) {
            Some(change) => out.push((seq, change)),
            None => bad.push(seq),
        }
    }
    Ok((out, bad))
}

/// Forgets queued changes up to `seq` (they are in the folder now).
pub(crate) fn sent(conn: &Connection, seq: i64) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM sync_out WHERE seq <= ?1")?.execute([seq])?;
    Ok(())
}

/// Drops queued changes that do not open.
pub(crate) fn drop_queued(conn: &Connection, seqs: &[i64]) -> Result<(), StoreError> {
    for seq in seqs {
        conn.prepare_cached("DELETE FROM sync_out WHERE seq = ?1")?.execute([seq])?;
    }
    Ok(())
}

/// Reseals the queue and the kept contents under `to` (a re-key), in the caller's transaction.
pub(crate) fn reseal(conn: &Connection, from: &RecordKey, to: &RecordKey) -> Result<(), StoreError> {
    type Kept = (String, Vec<u8>, i64, Vec<u8>, Vec<u8>);
    let kept: Vec<Kept> = conn
        .prepare("SELECT tbl, id, hlc, device, content FROM sync_versions WHERE content IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    for (table, id, hlc, device, blob) in kept {
        let (Ok(id), Ok(device)) = (<[u8; 16]>::try_from(id), <[u8; 16]>::try_from(device)) else { continue };
        let place = content_place(&table, &id, Version { hlc: hlc as u64, device });
        if let Ok((_, plain)) = from.open(&place, &blob) {
            conn.execute(
                "UPDATE sync_versions SET content = ?5 WHERE tbl = ?1 AND id = ?2 AND hlc = ?3 AND device = ?4",
                params![table, &id[..], hlc, &device[..], to.seal(&place, &plain).as_bytes()],
            )?;
        }
    }
    let rows: Vec<(i64, Vec<u8>)> = conn
        .prepare("SELECT seq, data FROM sync_out")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (seq, data) in rows {
        if let Ok((_, plain)) = from.open(&out_place(seq), &data) {
            let sealed = to.seal(&out_place(seq), &plain);
            conn.execute("UPDATE sync_out SET data = ?2 WHERE seq = ?1", params![seq, sealed.as_bytes()])?;
        }
    }
    Ok(())
}
