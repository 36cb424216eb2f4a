//! The app and the `trellis` command on one vault at once: each sees what the other wrote,
//! nothing is lost when both write, and a passphrase changed by one holds for the other.

use chrono::Utc;
use trellis_core::{CatchUp, Passphrase, RecordKind, UnlockMode, Vault, VaultError};

use crate::support::*;

fn two(dir: &std::path::Path) -> (Vault, Vault) {
    let mut app = Vault::open(dir).unwrap();
    app.unlock(&pass(), UnlockMode::Background).unwrap();
    let mut cli = Vault::open(dir).unwrap();
    cli.unlock(&pass(), UnlockMode::Lazy).unwrap();
    (app, cli)
}

#[test]
fn each_sees_what_the_other_wrote() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let (mut app, mut cli) = two(&dir);
    assert_eq!(app.catch_up().unwrap(), CatchUp::Nothing, "nothing written elsewhere yet");
    app.journal().unwrap().search("anything", 1).unwrap();

    let from_cli = cli.journal().unwrap().add(draft("from the terminal", "harbourside", &["cli"]), Utc::now()).unwrap();
    assert_eq!(
        app.catch_up().unwrap(),
        CatchUp::Changed(vec![RecordKind::Entry]),
        "the app notices the other connection's write"
    );
    let mut j = app.journal().unwrap();
    assert_eq!(j.search("harbourside", 10).unwrap().len(), 1, "and its search finds it");
    assert_eq!(tag_pairs(j.tags().unwrap()), vec![("cli".to_string(), 1)]);

    cli.journal().unwrap().edit(from_cli.id, draft("edited", "lighthouse", &[]), Utc::now()).unwrap();
    app.catch_up().unwrap();
    let mut j = app.journal().unwrap();
    assert!(j.search("harbourside", 10).unwrap().is_empty(), "the old words are gone from the index");
    assert_eq!(j.search("lighthouse", 10).unwrap().len(), 1);

    cli.journal().unwrap().delete(from_cli.id).unwrap();
    app.catch_up().unwrap();
    assert!(app.journal().unwrap().search("lighthouse", 10).unwrap().is_empty());
}

#[test]
fn both_writing_loses_nothing() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let (mut app, mut cli) = two(&dir);
    for i in 0..20 {
        app.journal().unwrap().add(draft(&format!("app {i}"), "x", &[]), Utc::now()).unwrap();
        cli.journal().unwrap().add(draft(&format!("cli {i}"), "y", &[]), Utc::now()).unwrap();
    }
    app.catch_up().unwrap();
    assert_eq!(app.journal().unwrap().count().unwrap(), 40);
    assert_eq!(app.journal().unwrap().search("cli", 100).unwrap().len(), 20);
}

#[test]
fn an_edit_over_a_change_made_elsewhere_keeps_both() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let e = vault.journal().unwrap().add(draft("shared", "first words", &[]), at(2026, 1, 2, 3)).unwrap();
    drop(vault);
    let (mut app, mut cli) = two(&dir);
    // The app opened the entry; then the terminal changed it.
    let opened = app.journal().unwrap().get(e.id).unwrap();
    cli.journal().unwrap().edit(e.id, draft("shared", "terminal words", &[]), Utc::now()).unwrap();
    let saved = app
        .journal()
        .unwrap()
        .save(Some(e.id), Some(opened.updated_at), draft("shared", "app words", &[]), None, Utc::now())
        .unwrap();
    assert!(saved.kept_apart, "not saved over the other version");
    let j = app.journal().unwrap();
    assert_eq!(j.get(e.id).unwrap().body, "terminal words");
    assert_eq!(j.get(saved.entry.id).unwrap().body, "app words");
    // Deleted elsewhere: the text is kept as a new entry too.
    cli.journal().unwrap().delete(e.id).unwrap();
    let saved =
        app.journal().unwrap().save(Some(e.id), None, draft("late", "still mine", &[]), None, Utc::now()).unwrap();
    assert!(saved.kept_apart);
    assert_eq!(app.journal().unwrap().get(saved.entry.id).unwrap().body, "still mine");
}

#[test]
fn a_passphrase_changed_by_one_holds_for_the_other() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let (mut app, mut cli) = two(&dir);
    let new = Passphrase::new("a different passphrase".into());
    cli.change_passphrase(&new, Some(weak()), Utc::now()).unwrap();
    app.lock();
    assert!(matches!(app.unlock(&pass(), UnlockMode::Lazy), Err(VaultError::WrongPassphrase)));
    app.unlock(&new, UnlockMode::Lazy).unwrap();
}

#[test]
fn the_app_lists_boundaries_the_other_front_end_wrote() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let (mut app, mut cli) = two(&dir);
    let count = |app: &mut Vault| app.boundaries().unwrap().list(&Default::default(), day()).unwrap().len();
    let mine = app.boundaries().unwrap().add(boundary("from the app"), String::new(), Utc::now()).unwrap();
    assert_eq!(count(&mut app), 1, "read once, then kept decoded");
    let theirs = cli.boundaries().unwrap().add(boundary("from the terminal"), String::new(), Utc::now()).unwrap();
    cli.boundaries()
        .unwrap()
        .edit(mine.id, boundary("edited in the terminal"), String::new(), None, Utc::now())
        .unwrap();
    assert_eq!(app.catch_up().unwrap(), CatchUp::Changed(vec![RecordKind::Boundary]));
    assert_eq!(count(&mut app), 2, "the app's list has the new boundary");
    assert_eq!(app.boundaries().unwrap().get(mine.id).unwrap().text, "edited in the terminal");
    let listed = app.boundaries().unwrap().list(&Default::default(), day()).unwrap();
    assert!(listed.iter().any(|l| matches!(l, trellis_core::ListedBoundary::Boundary { boundary, .. }
        if boundary.id == mine.id && boundary.text == "edited in the terminal")));
    cli.boundaries().unwrap().delete(theirs.id).unwrap();
    app.catch_up().unwrap();
    assert_eq!(count(&mut app), 1);
}

#[test]
fn catching_up_names_only_the_kinds_that_changed() {
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let mut app = Vault::open(&dir).unwrap();
    app.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let mut cli = Vault::open(&dir).unwrap();
    cli.unlock(&pass(), UnlockMode::Lazy).unwrap();

    let b = cli.boundaries().unwrap().add(boundary("from the terminal"), String::new(), Utc::now()).unwrap();
    assert_eq!(
        app.catch_up().unwrap(),
        CatchUp::Changed(RecordKind::ALL.to_vec()),
        "with no index to compare with yet, every kind may have changed"
    );
    assert_eq!(app.catch_up().unwrap(), CatchUp::Nothing);
    app.journal().unwrap().tags().unwrap();

    cli.worksheets().unwrap().new_sheet("Ours".into(), day(), Utc::now()).unwrap();
    assert_eq!(app.catch_up().unwrap(), CatchUp::Changed(vec![RecordKind::Worksheet]), "the tags built the index");

    cli.journal().unwrap().add(draft("a", "b", &[]), Utc::now()).unwrap();
    cli.boundaries().unwrap().delete(b.id).unwrap();
    assert_eq!(
        app.catch_up().unwrap(),
        CatchUp::Changed(vec![RecordKind::Entry, RecordKind::Boundary]),
        "an add and a removal, in the registry's order"
    );
}
