//! Tampered and swapped ciphertexts are refused, by id, and every other entry still reads.

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{DamagedRecord, EntryId, JournalError, Listed, RecordKind, UnlockMode, Vault, DB_FILE};

use crate::support::*;

fn setup(n: usize) -> (tempfile::TempDir, std::path::PathBuf, Vec<EntryId>) {
    let (tmp, dir, mut vault, _) = new_vault();
    let ids = {
        let mut j = vault.journal().unwrap();
        (0..n).map(|i| j.add(draft(&format!("entry {i}"), "words", &[]), Utc::now()).unwrap().id).collect()
    };
    drop(vault);
    (tmp, dir, ids)
}

fn raw(dir: &std::path::Path) -> Connection {
    Connection::open(dir.join(DB_FILE)).unwrap()
}

fn id_bytes(id: EntryId) -> Vec<u8> {
    uuid_bytes(&id.to_string())
}

fn uuid_bytes(s: &str) -> Vec<u8> {
    let hex: String = s.chars().filter(|c| *c != '-').collect();
    (0..32).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect()
}

fn check_only_damaged(dir: &std::path::Path, ids: &[EntryId], bad: EntryId) {
    let mut vault = Vault::open(dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    let named = vec![DamagedRecord { kind: RecordKind::Entry, id: bad.to_string() }];
    assert_eq!(report.damaged, named, "exactly the tampered entry is reported, by kind and id");
    assert_eq!(report.entries, ids.len() - 1);
    let mut j = vault.journal().unwrap();
    assert!(matches!(j.get(bad), Err(JournalError::Damaged(id)) if id == bad));
    for id in ids.iter().filter(|i| **i != bad) {
        assert!(j.get(*id).is_ok(), "{id} must still read");
    }
    let listed = j.list(0, 100).unwrap();
    assert_eq!(listed.len(), ids.len());
    let damaged: Vec<_> = listed.iter().filter(|l| matches!(l, Listed::Damaged { .. })).collect();
    assert_eq!(damaged.len(), 1);
    assert!(matches!(damaged[0], Listed::Damaged { id, .. } if *id == bad));
    assert_eq!(j.search("entry", 100).unwrap().len(), ids.len() - 1);
    // Export leaves it out and says so.
    let mut out = Vec::new();
    let (written, skipped) = j.export_json(&mut out).unwrap();
    assert_eq!((written, skipped), (ids.len() - 1, vec![bad]));
}

#[test]
fn one_flipped_byte_damages_one_entry() {
    let (_tmp, dir, ids) = setup(5);
    let bad = ids[2];
    let conn = raw(&dir);
    let mut data: Vec<u8> =
        conn.query_row("SELECT data FROM entries WHERE id = ?1", [id_bytes(bad)], |r| r.get(0)).unwrap();
    let middle = data.len() / 2;
    data[middle] ^= 0x01;
    conn.execute("UPDATE entries SET data = ?1 WHERE id = ?2", rusqlite::params![data, id_bytes(bad)]).unwrap();
    drop(conn);
    check_only_damaged(&dir, &ids, bad);
}

#[test]
fn ciphertext_copied_onto_another_row_is_refused() {
    let (_tmp, dir, ids) = setup(5);
    let conn = raw(&dir);
    let data: Vec<u8> =
        conn.query_row("SELECT data FROM entries WHERE id = ?1", [id_bytes(ids[3])], |r| r.get(0)).unwrap();
    conn.execute("UPDATE entries SET data = ?1 WHERE id = ?2", rusqlite::params![data, id_bytes(ids[4])]).unwrap();
    drop(conn);
    check_only_damaged(&dir, &ids, ids[4]);
}

#[test]
fn editing_a_damaged_entry_replaces_it() {
    let (_tmp, dir, ids) = setup(2);
    raw(&dir).execute("UPDATE entries SET data = x'00' WHERE id = ?1", [id_bytes(ids[0])]).unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(vault.damaged(), vec![DamagedRecord { kind: RecordKind::Entry, id: ids[0].to_string() }]);
    vault.journal().unwrap().edit(ids[0], draft("rewritten", "again", &[]), Utc::now()).unwrap();
    assert!(vault.damaged().is_empty());
    assert_eq!(vault.journal().unwrap().get(ids[0]).unwrap().title, "rewritten");
}
