//! The "Is this safe?" self-check: kept sealed (no sign's name on disk), there again after a
//! relock and a reopen, never in search, one at a time, and a tampered or hostile row never
//! stops it: it is named as damaged, skipped when read and replaced by the next save.

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{DamagedRecord, NextSteps, RecordKind, Sign, UnlockMode, Vault, DB_FILE};

use crate::support::*;

fn rows(dir: &std::path::Path) -> i64 {
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .query_row("SELECT count(*) FROM safety_checks", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_ticks_are_sealed_and_come_back_after_a_relock_and_a_reopen() {
    let (_tmp, dir, mut vault, _) = new_vault();
    assert!(vault.safety_check().unwrap().get().unwrap().is_none(), "no check until one is saved");
    let first = vault.safety_check().unwrap().save(&[Sign::Afraid], at(2026, 5, 1, 9)).unwrap();
    assert_eq!(first.next_steps, NextSteps::Worry);
    let ticked = [Sign::Weapon, Sign::Choked, Sign::ChildrenOrPets, Sign::ThreatenedToKill, Sign::ForcedSex];
    let saved = vault.safety_check().unwrap().save(&ticked, at(2026, 5, 2, 9)).unwrap();
    assert_eq!(saved.next_steps, NextSteps::Danger);
    assert_eq!(
        saved.ticked,
        vec![Sign::Choked, Sign::ThreatenedToKill, Sign::Weapon, Sign::ForcedSex, Sign::ChildrenOrPets],
        "in the check's own order"
    );
    assert_eq!(rows(&dir), 1, "a save replaces the check before it");
    assert!(vault.search_all("choked", 10).unwrap().is_empty(), "the check is never in search");

    vault.lock();
    assert!(vault.safety_check().is_err(), "locked, it cannot be read");
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(vault.safety_check().unwrap().get().unwrap(), Some(saved.clone()), "after a relock");
    drop(vault);

    // Nothing ticked is readable in any file: not a sign's name, not the advice.
    for (path, bytes) in files(&dir) {
        for word in ["choked", "threatened_to_kill", "children_or_pets", "forced_sex", "weapon", "danger", "afraid"] {
            assert_eq!(count(&bytes, word.as_bytes()), 0, "{word} reached {}", path.display());
        }
    }

    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    assert_eq!(vault.safety_check().unwrap().get().unwrap(), Some(saved), "after a reopen");
    // Nothing ticked is an answer too, and saying so is kept.
    let none = vault.safety_check().unwrap().save(&[], at(2026, 5, 3, 9)).unwrap();
    assert_eq!((none.ticked.len(), none.next_steps), (0, NextSteps::Nothing));
    assert_eq!(vault.safety_check().unwrap().get().unwrap(), Some(none));
    vault.safety_check().unwrap().clear().unwrap();
    assert!(vault.safety_check().unwrap().get().unwrap().is_none());
    assert_eq!(rows(&dir), 0, "cleared, nothing of it is left");
}

#[test]
fn fail_a_tampered_check_is_named_skipped_and_replaced() {
    let (_tmp, dir, mut vault, _) = new_vault();
    vault.safety_check().unwrap().save(&[Sign::Watches], Utc::now()).unwrap();
    drop(vault);
    let conn = Connection::open(dir.join(DB_FILE)).unwrap();
    // A flipped byte in the sealed data, and a second row (a copy under another id) that a
    // hostile file could hold: the copy fails to open, since the id is sealed in with it.
    conn.execute("UPDATE safety_checks SET data = substr(data, 1, 30) || x'ff' || substr(data, 32)", []).unwrap();
    conn.execute(
        "INSERT INTO safety_checks (id, created_at, updated_at, data)
         SELECT randomblob(16), created_at, updated_at, data FROM safety_checks",
        [],
    )
    .unwrap();
    drop(conn);
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(report.damaged.len(), 2, "both rows are named: {:?}", report.damaged);
    assert!(report.damaged.iter().all(|d: &DamagedRecord| d.kind == RecordKind::SafetyCheck));
    assert!(vault.safety_check().unwrap().get().unwrap().is_none(), "a damaged check reads as none, not an error");
    assert_eq!(vault.journal().unwrap().count().unwrap(), 0, "nothing else is touched");
    let again = vault.safety_check().unwrap().save(&[Sign::Isolates], Utc::now()).unwrap();
    assert_eq!(again.ticked, vec![Sign::Isolates]);
    assert_eq!(rows(&dir), 1, "the next save leaves one readable check");
    assert_eq!(vault.safety_check().unwrap().get().unwrap(), Some(again));
}
