//! "Change passphrase and re-key": for people whose partner knew the old passphrase. After it,
//! an old copy of the vault with the old passphrase opens nothing written since, the old
//! passphrase and recovery code open nothing at all, and no file holds the old key slot.

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{CatchUp, JournalError, Listed, Passphrase, RecoveryCode, UnlockMode, Vault, VaultError, DB_FILE};

use crate::support::*;

fn slot(dir: &std::path::Path) -> Vec<u8> {
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .query_row("SELECT wrapped FROM key_slots WHERE kind = 'passphrase'", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_old_copy_and_the_old_secrets_open_nothing_new() {
    let (tmp, dir, mut vault, old_code) = new_vault();
    vault.set_journal_history(true).unwrap();
    let kept = {
        let mut j = vault.journal().unwrap();
        let e = j.add(draft("before", "written before the re-key", &["t"]), at(2026, 1, 5, 9)).unwrap();
        j.edit(e.id, draft("before, edited", "edited before the re-key", &["t"]), at(2026, 1, 6, 9)).unwrap();
        e.id
    };
    let boundary_id = {
        let mut bs = vault.boundaries().unwrap();
        let b = bs.add(boundary("before the re-key"), String::new(), Utc::now()).unwrap();
        bs.edit(b.id, boundary("edited before the re-key"), "note".into(), None, Utc::now()).unwrap();
        b.id
    };
    // Someone keeps a copy of the vault as it is now, and knows the passphrase.
    let copy = tmp.path().join("old-copy");
    std::fs::create_dir(&copy).unwrap();
    vault.lock();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    Connection::open(dir.join(DB_FILE)).unwrap().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    std::fs::copy(dir.join(DB_FILE), copy.join(DB_FILE)).unwrap();

    let new_pass = Passphrase::new("a passphrase nobody else knows".into());
    let mut seen = Vec::new();
    let new_code =
        vault.rekey(&new_pass, weak(), Utc::now(), &mut |done, total| seen.push((done, total))).unwrap().code;
    assert_eq!(seen.last(), Some(&(2, 2)), "progress reaches the end, over every kind");
    let after = vault.journal().unwrap().add(draft("after", "zqafter the re-key", &[]), Utc::now()).unwrap();

    // Everything still reads, history included, and search still finds it.
    let mut j = vault.journal().unwrap();
    assert_eq!(j.get(kept).unwrap().title, "before, edited");
    assert_eq!(j.history(kept).unwrap()[0].title, "before");
    assert_eq!(j.search("re-key", 10).unwrap().len(), 2);
    let bs = vault.boundaries().unwrap();
    assert_eq!(bs.get(boundary_id).unwrap().text, "edited before the re-key");
    assert_eq!(bs.history(boundary_id).unwrap().len(), 2, "the boundary's earlier version was resealed too");

    // The old passphrase and the old recovery code open nothing.
    vault.lock();
    assert!(matches!(vault.unlock(&pass(), UnlockMode::Lazy), Err(VaultError::WrongPassphrase)));
    let err = vault.recover(&old_code, &pass(), weak(), UnlockMode::Lazy, Utc::now()).unwrap_err();
    assert!(matches!(err, VaultError::WrongRecoveryCode));
    vault.unlock(&new_pass, UnlockMode::Lazy).unwrap();
    vault.lock();
    let typed = RecoveryCode::parse(new_code.expose());
    vault.recover(&typed, &new_pass, weak(), UnlockMode::Lazy, Utc::now()).unwrap();
    drop(vault);

    // The old copy opens with the old passphrase, but a record written since, moved into it,
    // is sealed under a key the copy does not have.
    let row: (Vec<u8>, i64, i64, Vec<u8>) = Connection::open(dir.join(DB_FILE))
        .unwrap()
        .query_row(
            "SELECT id, created_at, updated_at, data FROM entries WHERE data IS NOT NULL AND id = ?1",
            [uuid(&after.id.to_string())],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    Connection::open(copy.join(DB_FILE))
        .unwrap()
        .execute(
            "INSERT INTO entries (id, created_at, updated_at, data) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![row.0, row.1, row.2, row.3],
        )
        .unwrap();
    let mut old = Vault::open(&copy).unwrap();
    old.unlock(&pass(), UnlockMode::Full).unwrap();
    let mut j = old.journal().unwrap();
    assert!(matches!(j.get(after.id), Err(JournalError::Damaged(_))), "the old key cannot open it");
    assert!(j.search("zqafter", 10).unwrap().is_empty());
}

#[test]
fn a_front_end_still_holding_the_old_key_can_write_nothing() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let mut app = Vault::open(&dir).unwrap();
    app.unlock(&pass(), UnlockMode::Background).unwrap();
    app.wait_for_index().unwrap();
    let mut cli = Vault::open(&dir).unwrap();
    cli.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let new_pass = Passphrase::new("the new words".into());
    cli.rekey(&new_pass, weak(), Utc::now(), &mut |_, _| {}).unwrap();
    // The app has not looked yet: its write is refused, not sealed under a dead key.
    let err = app.journal().unwrap().add(draft("stale", "words", &[]), Utc::now()).unwrap_err();
    assert!(matches!(err, JournalError::KeyChanged), "{err:?}");
    assert_eq!(app.catch_up().unwrap(), CatchUp::Relocked, "and the app locks itself when it looks");
    assert!(!app.is_unlocked());
    app.unlock(&new_pass, UnlockMode::Lazy).unwrap();
    app.journal().unwrap().add(draft("fresh", "words", &[]), Utc::now()).unwrap();
    let rows = app.journal().unwrap().list(0, 10).unwrap();
    assert!(rows.iter().all(|r| matches!(r, Listed::Entry(_))), "nothing unreadable was written");
}

#[test]
fn after_a_slot_change_no_file_holds_the_old_slot() {
    let (_tmp, dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("t", "b", &[]), Utc::now()).unwrap();
    // A second connection is open, as the app keeps one while the command runs.
    let mut other = Vault::open(&dir).unwrap();
    other.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let old_slot = slot(&dir);
    let new_pass = Passphrase::new("another passphrase".into());
    vault.change_passphrase(&new_pass, Some(weak()), Utc::now()).unwrap();
    for (path, bytes) in files(&dir) {
        assert_eq!(count(&bytes, &old_slot), 0, "the old passphrase slot is still in {}", path.display());
    }
    let old_slot = slot(&dir);
    // The daily snapshots, in the usual folder inside the vault folder, hold the slot too.
    let folder = vault.snapshot_folder().unwrap();
    vault.snapshot(&folder, 10, at(2026, 2, 1, 9)).unwrap();
    vault.snapshot(&folder, 10, at(2026, 2, 2, 9)).unwrap();
    let done = vault.rekey(&pass(), weak(), Utc::now(), &mut |_, _| {}).unwrap();
    assert_eq!(done.snapshots.removed, 2);
    assert!(done.snapshots.fresh.is_some() && done.snapshots.not_changed.is_empty(), "{:?}", done.snapshots);
    for (path, bytes) in files(&dir) {
        assert_eq!(count(&bytes, &old_slot), 0, "the old slot is still in {} after a re-key", path.display());
    }
    drop(other);
}

fn uuid(s: &str) -> Vec<u8> {
    let hex: String = s.chars().filter(|c| *c != '-').collect();
    (0..32).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect()
}
