//! The vault and journal as a person uses them: create, write, lock, unlock, change the
//! passphrase, recover, replace the recovery code; list, edit, delete and undo, tags,
//! on this day, search.

use chrono::{FixedOffset, TimeZone, Utc};
use rusqlite::Connection;
use trellis_core::{
    EntryDraft, JournalError, KdfWorkFactor, Listed, Mood, Passphrase, StoreError, UnlockMode, Vault, VaultError,
    DB_FILE,
};

use crate::support::*;

#[test]
fn create_lock_unlock_keeps_entries() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let e = vault
        .journal()
        .unwrap()
        .add(
            EntryDraft { mood: Mood::new(4), prompt_id: Some("daily-1".into()), ..draft("First", "Body", &["Calm"]) },
            at(2026, 2, 3, 10),
        )
        .unwrap();
    vault.lock();
    assert!(matches!(vault.journal(), Err(VaultError::Locked)));
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(report.entries, 1);
    let got = vault.journal().unwrap().get(e.id).unwrap();
    assert_eq!(got, e);
    assert_eq!(got.tags, vec!["calm"]);
    assert_eq!(got.prompt_id.as_deref(), Some("daily-1"));
}

#[test]
fn fail_create_twice_or_open_nothing() {
    let (_tmp, dir, _vault, _) = new_vault();
    assert!(matches!(Vault::create(&dir, &pass(), weak(), Utc::now()), Err(VaultError::AlreadyExists(_))));
    let empty = tempfile::tempdir().unwrap();
    let err = Vault::open(empty.path()).unwrap_err();
    assert!(matches!(err, VaultError::NotFound(_)));
    assert!(err.to_string().contains("create one"), "{err}");
    let err = Vault::create(&empty.path().join("v"), &Passphrase::new(String::new()), weak(), Utc::now()).unwrap_err();
    assert!(matches!(err, VaultError::EmptyPassphrase));
}

#[test]
fn fail_newer_vault_is_refused_clearly() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    Connection::open(dir.join(DB_FILE)).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = Vault::open(&dir).unwrap_err();
    assert!(matches!(err, VaultError::Store(StoreError::NewerSchema { found: 99, .. })), "{err:?}");
}

#[test]
fn change_passphrase_then_recover_then_new_code() {
    let (_tmp, dir, mut vault, code) = new_vault();
    let id = vault.journal().unwrap().add(draft("kept", "safe", &[]), Utc::now()).unwrap().id;
    let slots_before: Vec<u8> = slot(&dir, "recovery");

    let second = Passphrase::new("second passphrase".into());
    vault.change_passphrase(&second, Some(weak()), Utc::now()).unwrap();
    assert_eq!(slot(&dir, "recovery"), slots_before, "changing the passphrase rewrites one slot only");
    vault.lock();
    assert!(matches!(vault.unlock(&pass(), UnlockMode::Lazy), Err(VaultError::WrongPassphrase)));
    vault.unlock(&second, UnlockMode::Lazy).unwrap();
    vault.lock();

    // Forgot it: the recovery code sets a third passphrase and opens the vault.
    let third = Passphrase::new("third passphrase".into());
    let typed = trellis_core::RecoveryCode::parse(&code.expose().to_lowercase());
    vault.recover(&typed, &third, weak(), UnlockMode::Full, Utc::now()).unwrap();
    assert_eq!(vault.journal().unwrap().get(id).unwrap().title, "kept");
    vault.lock();
    assert!(matches!(vault.unlock(&second, UnlockMode::Lazy), Err(VaultError::WrongPassphrase)));
    vault.unlock(&third, UnlockMode::Lazy).unwrap();

    // A new recovery code replaces the old one.
    let err = vault.replace_recovery_code(&second, Utc::now()).unwrap_err();
    assert!(matches!(err, VaultError::WrongPassphrase), "a new code asks for the current passphrase");
    let new_code = vault.replace_recovery_code(&third, Utc::now()).unwrap();
    assert_ne!(new_code.expose(), code.expose());
    vault.lock();
    let err = vault.recover(&code, &pass(), weak(), UnlockMode::Lazy, Utc::now()).unwrap_err();
    assert!(matches!(err, VaultError::WrongRecoveryCode), "the old code must stop working");
    vault.recover(&new_code, &pass(), weak(), UnlockMode::Lazy, Utc::now()).unwrap();
}

#[test]
fn passphrase_slot_uses_the_work_factor_asked_for() {
    let (_tmp, dir, mut vault, _) = new_vault();
    assert!(slot_text(&dir).contains(" 4\n"), "weak test factor recorded in the age header");
    vault.change_passphrase(&pass(), Some(KdfWorkFactor::insecure_for_tests(5).unwrap()), Utc::now()).unwrap();
    assert!(slot_text(&dir).contains(" 5\n"));
    // The plaintext factor on disk is never trusted for a new slot: a tampered 1 would make
    // the new slot cheap to crack. Without an explicit factor, a new slot gets the default.
    Connection::open(dir.join(DB_FILE)).unwrap().execute("UPDATE vault SET kdf_work_factor = 1", []).unwrap();
    vault.change_passphrase(&pass(), None, Utc::now()).unwrap();
    assert!(slot_text(&dir).contains(" 18\n"), "a new slot is never weaker than the default by accident");
}

fn slot(dir: &std::path::Path, kind: &str) -> Vec<u8> {
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .query_row("SELECT wrapped FROM key_slots WHERE kind = ?1", [kind], |r| r.get(0))
        .unwrap()
}

fn slot_text(dir: &std::path::Path) -> String {
    String::from_utf8_lossy(&slot(dir, "passphrase")).into_owned()
}

#[test]
fn list_pages_newest_first_and_edit_keeps_created() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    let ids: Vec<_> =
        (0..7).map(|i| j.add(draft(&format!("e{i}"), "", &[]), at(2026, 3, 1 + i, 8)).unwrap().id).collect();
    let titles = |rows: Vec<Listed>| -> Vec<String> {
        rows.into_iter()
            .map(|r| match r {
                Listed::Entry(e) => e.title,
                Listed::Damaged { .. } => "damaged".into(),
            })
            .collect()
    };
    assert_eq!(titles(j.list(0, 3).unwrap()), ["e6", "e5", "e4"]);
    assert_eq!(titles(j.list(3, 3).unwrap()), ["e3", "e2", "e1"]);
    assert_eq!(titles(j.list(6, 3).unwrap()), ["e0"]);

    let edited = j.edit(ids[2], draft("e2 again", "more", &["t"]), at(2026, 4, 1, 8)).unwrap();
    assert_eq!(edited.created_at, at(2026, 3, 3, 8), "edit keeps the creation time");
    assert_eq!(edited.updated_at, at(2026, 4, 1, 8));
    assert_eq!(titles(j.list(4, 1).unwrap()), ["e2 again"], "order is by creation");
    j.delete(ids[0]).unwrap();
    assert!(matches!(j.edit(ids[0], draft("", "", &[]), Utc::now()), Err(JournalError::NotFound(_))));
}

#[test]
fn delete_and_undo() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    let e = j.add(draft("to delete", "findable words", &["gone"]), at(2026, 5, 5, 5)).unwrap();
    assert!(j.delete(e.id).unwrap(), "a readable entry can be put back");
    assert!(matches!(j.get(e.id), Err(JournalError::NotFound(_))));
    assert!(j.search("findable", 10).unwrap().is_empty());
    assert!(j.tags().unwrap().is_empty());
    assert!(matches!(j.delete(e.id), Err(JournalError::NotFound(_))));
    assert_eq!(j.undo_delete(e.id).unwrap(), e);
    assert_eq!(j.get(e.id).unwrap(), e, "undo brings back the same entry, same id and times");
    assert_eq!(j.search("findable", 10).unwrap().len(), 1);
    assert_eq!(tag_pairs(j.tags().unwrap()), vec![("gone".to_string(), 1)]);
    assert!(matches!(j.undo_delete(e.id), Err(JournalError::NotFound(_))), "only once");
}

#[test]
fn undo_of_a_delete_puts_back_every_earlier_version() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    vault.set_journal_history(true).unwrap();
    let mut j = vault.journal().unwrap();
    let e = j.add(draft("one", "first words", &[]), at(2026, 5, 5, 5)).unwrap();
    j.edit(e.id, draft("two", "second words", &[]), at(2026, 5, 5, 6)).unwrap();
    let now = j.edit(e.id, draft("three", "third words", &[]), at(2026, 5, 5, 7)).unwrap();
    let titles = |v: Vec<trellis_core::Entry>| v.into_iter().map(|e| e.title).collect::<Vec<_>>();
    assert_eq!(titles(j.history(e.id).unwrap()), ["one", "two"]);

    assert!(j.delete(e.id).unwrap());
    assert!(j.history(e.id).unwrap().is_empty(), "the versions went with the entry");
    assert_eq!(j.undo_delete(e.id).unwrap(), now);
    assert_eq!(j.get(e.id).unwrap(), now);
    assert_eq!(titles(j.history(e.id).unwrap()), ["one", "two"], "all three versions are back");
    // And they are versions still: the next edit keeps the third after them.
    j.edit(e.id, draft("four", "", &[]), at(2026, 5, 5, 8)).unwrap();
    assert_eq!(titles(j.history(e.id).unwrap()), ["one", "two", "three"]);
}

#[test]
fn fail_undo_never_overwrites_an_entry_that_is_there_again() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let e = vault.journal().unwrap().add(draft("kept", "as imported", &[]), at(2026, 5, 5, 5)).unwrap();
    let json = tmp.path().join("export.json");
    vault.export_json(&json, at(2026, 5, 5, 6)).unwrap();
    let mut j = vault.journal().unwrap();
    j.edit(e.id, draft("deleted", "then undone", &[]), at(2026, 5, 5, 7)).unwrap();
    assert!(j.delete(e.id).unwrap());
    // The entry comes back another way (an import of an export made before the delete)...
    assert_eq!(vault.import(trellis_core::backup::Source::Trellis, &json, None, &Utc).unwrap().added, 1);
    // ...and undo does not write over it.
    let mut j = vault.journal().unwrap();
    assert!(matches!(j.undo_delete(e.id), Err(JournalError::Changed(_))));
    assert_eq!(j.get(e.id).unwrap().title, "kept", "the entry there is left as it is");
    assert_eq!(j.count().unwrap(), 1);
}

#[test]
fn tags_with_counts_and_search_snippets() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    j.add(draft("Walk", "We walked by the river and talked.", &["calm", "us"]), Utc::now()).unwrap();
    j.add(draft("Late", "The message came late; I worried.", &["worry", "us"]), Utc::now()).unwrap();
    assert_eq!(
        tag_pairs(j.tags().unwrap()),
        vec![("us".to_string(), 2), ("calm".to_string(), 1), ("worry".to_string(), 1)]
    );
    let hits = j.search("river", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].title, "Walk");
    assert!(hits[0].snippet.iter().any(|p| p.hit && p.text == "river"));
    assert_eq!(j.search("mess", 10).unwrap().len(), 1, "search as you type: prefix");
    assert!(j.search("   ", 10).unwrap().is_empty());
    assert!(j.search("\"unbalanced AND (", 10).is_ok(), "typed syntax is never an error");
}

#[test]
fn on_this_day_in_earlier_years_in_local_time() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    // 23:30 UTC on 21 Nov is already 22 Nov in UTC+2.
    let tz = FixedOffset::east_opt(2 * 3600).unwrap();
    j.add(draft("late evening", "", &[]), Utc.with_ymd_and_hms(2024, 11, 21, 23, 30, 0).unwrap()).unwrap();
    j.add(draft("two years ago", "", &[]), at(2023, 11, 22, 12)).unwrap();
    j.add(draft("other day", "", &[]), at(2024, 11, 20, 12)).unwrap();
    j.add(draft("this year", "", &[]), at(2026, 11, 22, 8)).unwrap();
    let now = tz.with_ymd_and_hms(2026, 11, 22, 18, 0, 0).unwrap();
    let titles: Vec<String> = j.on_this_day(now).unwrap().into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["late evening", "two years ago"]);

    // Leap day entries appear on 28 February of common years.
    j.add(draft("leap", "", &[]), at(2024, 2, 29, 12)).unwrap();
    let feb28 = Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0).unwrap();
    assert_eq!(j.on_this_day(feb28).unwrap().len(), 1);
}

#[test]
fn lazy_unlock_builds_the_index_when_first_needed() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("a", "needle", &["t"]), Utc::now()).unwrap();
    vault.lock();
    let report = vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    assert_eq!(report.entries, 0, "nothing decrypted yet");
    assert_eq!(vault.journal().unwrap().search("needle", 5).unwrap().len(), 1);
}

#[test]
fn what_add_and_edit_return_is_what_get_reads() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    // A time with nanoseconds: the database keeps milliseconds.
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap() + chrono::Duration::nanoseconds(123_456_789);
    let added = j.add(draft("a", "b", &[]), now).unwrap();
    assert_eq!(j.get(added.id).unwrap(), added);
    let edited = j.edit(added.id, draft("a2", "b", &[]), now).unwrap();
    assert_eq!(j.get(added.id).unwrap(), edited);
    assert_eq!(edited.created_at, added.created_at);
}
