//! The record layer as the journal uses it: revisions kept in order and sealed to their place,
//! damaged records deletable, and the background index missing nothing written meanwhile.

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{DamagedRecord, JournalError, RecordKind, UnlockMode, Vault, DB_FILE};

use crate::support::*;

#[test]
fn revisions_keep_every_version_in_order() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    vault.set_journal_history(true).unwrap();
    let mut j = vault.journal().unwrap();
    let e = j.add(draft("first", "one", &[]), at(2026, 2, 1, 8)).unwrap();
    j.edit(e.id, draft("second", "two", &[]), at(2026, 2, 2, 8)).unwrap();
    j.edit(e.id, draft("third", "three", &[]), at(2026, 2, 3, 8)).unwrap();
    let history = j.history(e.id).unwrap();
    let titles: Vec<_> = history.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["first", "second"], "every earlier version, oldest first");
    assert_eq!(history[1].updated_at, at(2026, 2, 2, 8), "each keeps the time it was written");
    assert_eq!(j.get(e.id).unwrap().title, "third");
}

#[test]
fn without_the_setting_no_history_is_kept() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    let e = j.add(draft("first", "one", &[]), Utc::now()).unwrap();
    j.edit(e.id, draft("second", "two", &[]), Utc::now()).unwrap();
    assert!(j.history(e.id).unwrap().is_empty());
}

#[test]
fn fail_a_tampered_or_swapped_revision_is_left_out() {
    let (_tmp, dir, mut vault, _) = new_vault();
    vault.set_journal_history(true).unwrap();
    let id = {
        let mut j = vault.journal().unwrap();
        let e = j.add(draft("v1", "a", &[]), at(2026, 2, 1, 8)).unwrap();
        j.edit(e.id, draft("v2", "b", &[]), at(2026, 2, 2, 8)).unwrap();
        j.edit(e.id, draft("v3", "c", &[]), at(2026, 2, 3, 8)).unwrap();
        e.id
    };
    let raw = Connection::open(dir.join(DB_FILE)).unwrap();
    // Swap the two revisions' ciphertexts: each is bound to its revision number.
    raw.execute_batch(
        "UPDATE revisions SET rev = 100 WHERE rev = 1;
         UPDATE revisions SET rev = 1 WHERE rev = 2;
         UPDATE revisions SET rev = 2 WHERE rev = 100;",
    )
    .unwrap();
    assert!(vault.journal().unwrap().history(id).unwrap().is_empty(), "swapped revisions do not open");
    // A revision's ciphertext cannot stand in for the current version either.
    raw.execute("UPDATE entries SET data = (SELECT data FROM revisions WHERE rev = 1)", []).unwrap();
    assert!(matches!(vault.journal().unwrap().get(id), Err(JournalError::Damaged(_))));
}

#[test]
fn a_damaged_entry_can_be_deleted() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let (bad, good) = {
        let mut j = vault.journal().unwrap();
        (j.add(draft("a", "a", &[]), Utc::now()).unwrap().id, j.add(draft("b", "b", &[]), Utc::now()).unwrap().id)
    };
    drop(vault);
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .execute("UPDATE entries SET data = x'0102' WHERE rowid = 1", [])
        .unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(report.damaged, vec![DamagedRecord { kind: RecordKind::Entry, id: bad.to_string() }]);
    let mut j = vault.journal().unwrap();
    assert!(!j.delete(bad).unwrap(), "deleted, with nothing readable to put back");
    assert!(matches!(j.undo_delete(bad), Err(JournalError::NotFound(_))));
    assert!(matches!(j.get(bad), Err(JournalError::NotFound(_))));
    assert_eq!(j.count().unwrap(), 1);
    assert!(j.get(good).is_ok());
    assert!(vault.damaged().is_empty(), "no longer reported");
}

#[test]
fn a_date_changed_on_disk_marks_the_entry_damaged() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let id = vault.journal().unwrap().add(draft("dated", "x", &[]), at(2026, 3, 1, 9)).unwrap().id;
    for column in ["created_at", "updated_at"] {
        let raw = Connection::open(dir.join(DB_FILE)).unwrap();
        raw.execute(&format!("UPDATE entries SET {column} = {column} - 86400000"), []).unwrap();
        assert!(matches!(vault.journal().unwrap().get(id), Err(JournalError::Damaged(_))), "{column}");
        raw.execute(&format!("UPDATE entries SET {column} = {column} + 86400000"), []).unwrap();
        assert!(vault.journal().unwrap().get(id).is_ok(), "{column} put back");
    }
}

#[test]
fn the_background_index_misses_nothing_written_while_it_builds() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let items: Vec<_> =
        (0..3000).map(|i| (draft(&format!("old {i}"), "earlier words", &["old"]), at(2025, 1, 1, 0))).collect();
    vault.journal().unwrap().add_many(items).unwrap();
    drop(vault);
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Background).unwrap();
    assert_eq!(report.entries, 0, "the unlock does not wait for the index");
    let mut j = vault.journal().unwrap();
    assert_eq!(j.list(0, 50).unwrap().len(), 50, "the list reads before the index is ready");
    let fresh = j.add(draft("fresh", "written during the build", &["new"]), Utc::now()).unwrap();
    let first_old = j.list(1, 1).unwrap();
    let trellis_core::Listed::Entry(old) = &first_old[0] else { panic!("readable") };
    j.delete(old.id).unwrap();
    // Search waits for the index, then answers with the writes made meanwhile.
    assert_eq!(j.search("during", 10).unwrap().len(), 1);
    assert_eq!(j.search("earlier", 5000).unwrap().len(), 2999);
    assert_eq!(tag_pairs(j.tags().unwrap()), vec![("old".to_string(), 2999), ("new".to_string(), 1)]);
    assert!(j.get(fresh.id).is_ok());
}
