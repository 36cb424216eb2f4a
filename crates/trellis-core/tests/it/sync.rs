//! Computers in step through a shared folder: joining, every kind of change both ways, two
//! edits at once, edit against delete, and what never happens (a hostile or half-copied
//! folder, a restored install, a canary in the folder). The convergence property test lives in
//! `sync_converge.rs`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use trellis_core::{ComputerState, Passphrase, SyncError, TwoEdits, Vault, Waiting};

use crate::support::*;
use trellis_core::BoundaryDraft;

/// One computer: its own vault (own passphrase), syncing through `folder`.
pub struct Computer {
    pub _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub vault: Vault,
}

pub fn computer() -> Computer {
    let (tmp, dir, vault, _) = new_vault();
    Computer { _tmp: tmp, dir, vault }
}

pub fn now() -> DateTime<Utc> {
    at(2026, 12, 5, 9)
}

/// Sets up `first` on `folder` and joins `second` to it (words compared and approved).
pub fn pair(folder: &Path) -> (Computer, Computer) {
    let mut a = computer();
    let mut b = computer();
    a.vault.sync_start(folder, "Laptop").unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    join(&mut a, &mut b, folder, "Desk");
    (a, b)
}

/// Joins `new` to the computers of `folder` through `member`, the way a person does.
pub fn join(member: &mut Computer, new: &mut Computer, folder: &Path, name: &str) {
    let words = new.vault.sync_join(folder, name).unwrap();
    let first = new.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert!(!first.joined_now && first.waiting.contains(&Waiting::Approval { words: words.clone() }), "{first:?}");
    let status = member.vault.sync_status().unwrap().unwrap();
    let asking = status.computers.iter().find(|c| c.state == ComputerState::AsksToJoin).expect("it asks to join");
    assert_eq!(asking.words.as_deref(), Some(words.as_str()), "both screens show the same words");
    member.vault.sync_approve(&asking.id, &words.to_uppercase()).unwrap();
    let joined = new.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert!(joined.joined_now, "{joined:?}");
}

/// Syncs every computer, twice over, so each has read what the others wrote.
pub fn settle(all: &mut [&mut Computer]) {
    for _ in 0..3 {
        for c in all.iter_mut() {
            c.vault.sync_now(now(), &mut |_| {}).unwrap();
        }
    }
}

/// Every record that travels: a check-in not saved yet and the safety check stay where they
/// were made.
fn records(c: &mut Computer) -> Vec<String> {
    let stays = |r: &String| r.starts_with("draft ") || r.starts_with("safety check ");
    c.vault.every_record().unwrap().into_iter().filter(|r| !stays(r)).collect()
}

#[test]
fn a_second_computer_joins_and_both_end_with_every_record() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let mut a = computer();
    let first =
        a.vault.journal().unwrap().add(draft("Before sync", "written on the laptop", &["trust"]), now()).unwrap();
    a.vault.boundaries().unwrap().add(boundary("I take an evening to myself"), String::new(), now()).unwrap();
    a.vault.sync_start(&folder, "Laptop").unwrap();
    let sent = a.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(sent.sent, 2);

    let mut b = computer();
    b.vault.journal().unwrap().add(draft("On the desk", "written before joining", &[]), now()).unwrap();
    join(&mut a, &mut b, &folder, "Desk");
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(records(&mut a).len(), 3);
    assert_eq!(b.vault.journal().unwrap().get(first.id).unwrap().body, "written on the laptop");
    assert_eq!(b.vault.search_all("laptop", 10).unwrap().len(), 1, "what arrives is searchable at once");

    let status = a.vault.sync_status().unwrap().unwrap();
    let desk = status.computers.iter().find(|c| c.name == "Desk").expect("the laptop knows the desk by name");
    assert_eq!(desk.state, ComputerState::InStep);
    assert!(desk.last_change.is_some());
    assert_eq!(status.waiting_to_send, 0);
}

#[test]
fn edits_deletes_and_undos_of_every_kind_reach_the_other_computer() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let kept = a.vault.journal().unwrap().add(draft("Kept", "first words", &[]), now()).unwrap();
    let gone = a.vault.journal().unwrap().add(draft("Gone", "to be deleted", &[]), now()).unwrap();
    let line = a.vault.boundaries().unwrap().add(boundary("No phone at dinner"), String::new(), now()).unwrap();
    a.vault.add_sample_of_every_kind("every kind travels", now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));

    let later = now() + Duration::minutes(5);
    b.vault.journal().unwrap().edit(kept.id, draft("Kept", "second words", &[]), later).unwrap();
    b.vault.journal().unwrap().delete(gone.id).unwrap();
    a.vault
        .boundaries()
        .unwrap()
        .edit(line.id, boundary("No phones at dinner, either of us"), "we talked".into(), None, later)
        .unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(a.vault.journal().unwrap().get(kept.id).unwrap().body, "second words");
    assert!(a.vault.journal().unwrap().get(gone.id).is_err(), "the delete reached the laptop");
    assert_eq!(b.vault.boundaries().unwrap().get(line.id).unwrap().text, "No phones at dinner, either of us");
    assert_eq!(b.vault.boundaries().unwrap().history(line.id).unwrap().len(), 2, "the earlier text is in its history");

    // An undo on the desk brings the entry back on the laptop too.
    b.vault.journal().unwrap().undo_delete(gone.id).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(a.vault.journal().unwrap().get(gone.id).unwrap().body, "to be deleted");
    assert_eq!(records(&mut a), records(&mut b));
}

#[test]
fn two_edits_of_one_entry_keep_both_on_both_computers() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let e = a.vault.journal().unwrap().add(draft("Tuesday", "start", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    a.vault.journal().unwrap().edit(e.id, draft("Tuesday", "what I wrote on the laptop", &[]), now()).unwrap();
    b.vault.journal().unwrap().edit(e.id, draft("Tuesday", "what I wrote on the desk", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    let bodies: Vec<String> = records(&mut a).into_iter().filter(|r| r.starts_with("entry ")).collect();
    assert_eq!(bodies.len(), 2, "both versions are kept: {bodies:#?}");
    assert!(bodies.iter().any(|r| r.contains("on the laptop")) && bodies.iter().any(|r| r.contains("on the desk")));
    let listed = a.vault.sync_status().unwrap().unwrap().two_computers;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!((listed[0].id.clone(), listed[0].what), (e.id.to_string(), TwoEdits::Changed));
}

/// The entries of `c` with `title`, as their bodies, sorted.
fn bodies_titled(c: &mut Computer, title: &str) -> Vec<(trellis_core::EntryId, String)> {
    let mut out: Vec<_> = c
        .vault
        .journal()
        .unwrap()
        .list(0, 1000)
        .unwrap()
        .into_iter()
        .filter_map(|l| match l {
            trellis_core::Listed::Entry(e) if e.title == title => Some((e.id, e.body)),
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

#[test]
fn an_edit_of_a_kept_copy_and_a_late_edit_of_its_branch_settle_the_same_on_both() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let e = a.vault.journal().unwrap().add(draft("Copied", "start", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    a.vault.journal().unwrap().edit(e.id, draft("Copied", "laptop one", &[]), now()).unwrap();
    b.vault.journal().unwrap().edit(e.id, draft("Copied", "desk one", &[]), now()).unwrap();
    // The laptop goes on writing on its branch before it hears of the desk's edit.
    a.vault.journal().unwrap().edit(e.id, draft("Copied", "laptop two", &[]), now()).unwrap();
    // The desk reads the laptop's first edit only, then the rest.
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    b.vault.sync_now(now(), &mut |_| {}).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    let both = bodies_titled(&mut a, "Copied");
    assert_eq!(both.len(), 2, "{both:?}");
    assert!(both.iter().any(|(_, t)| t == "laptop two"), "the branch's last words: {both:?}");
    // An edit of the copy on one computer is an edit of the same copy on the other.
    let copy = both.iter().find(|(id, _)| *id != e.id).unwrap().0;
    b.vault.journal().unwrap().edit(copy, draft("Copied", "the copy, edited on the desk", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(a.vault.journal().unwrap().get(copy).unwrap().body, "the copy, edited on the desk");
    assert_eq!(bodies_titled(&mut a, "Copied").len(), 2);
}

#[test]
fn a_copy_changed_while_away_is_kept_when_the_computer_joins_again() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let e = a.vault.journal().unwrap().add(draft("Away", "start", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    a.vault.journal().unwrap().edit(e.id, draft("Away", "laptop", &[]), now()).unwrap();
    b.vault.journal().unwrap().edit(e.id, draft("Away", "desk", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    let copy = bodies_titled(&mut b, "Away").into_iter().find(|(id, _)| *id != e.id).unwrap().0;
    b.vault.sync_leave().unwrap();
    b.vault.journal().unwrap().edit(copy, draft("Away", "the copy, changed while away", &[]), now()).unwrap();
    join(&mut a, &mut b, &folder, "Desk again");
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    let texts: Vec<String> = bodies_titled(&mut a, "Away").into_iter().map(|(_, t)| t).collect();
    assert!(texts.contains(&"the copy, changed while away".to_string()), "{texts:?}");
    assert!(texts.contains(&"laptop".to_string()) && texts.contains(&"desk".to_string()), "{texts:?}");
}

#[test]
fn two_edits_of_one_boundary_keep_the_later_with_the_other_in_its_history() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let line = a.vault.boundaries().unwrap().add(boundary("Start"), String::new(), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    let t = now() + Duration::minutes(1);
    a.vault.boundaries().unwrap().edit(line.id, boundary("Laptop's words"), String::new(), None, t).unwrap();
    b.vault
        .boundaries()
        .unwrap()
        .edit(line.id, boundary("Desk's words"), String::new(), None, t + Duration::seconds(1))
        .unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(a.vault.boundaries().unwrap().get(line.id).unwrap().text, "Desk's words", "the later edit");
    for c in [&mut a, &mut b] {
        let history = c.vault.boundaries().unwrap().history(line.id).unwrap();
        let texts: Vec<&str> =
            history.iter().flat_map(|s| &s.changes).flat_map(|f| [f.before.as_str(), f.after.as_str()]).collect();
        assert!(texts.contains(&"Laptop's words"), "the other edit is kept in the history: {texts:?}");
    }
    assert!(!b.vault.sync_status().unwrap().unwrap().two_computers.is_empty());
}

#[test]
fn two_edits_of_different_fields_of_one_boundary_both_stay_and_a_later_undoing_edit_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let line = a.vault.boundaries().unwrap().add(boundary("Start"), String::new(), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    let t = now() + Duration::minutes(1);
    a.vault.boundaries().unwrap().edit(line.id, boundary("The laptop's words"), String::new(), None, t).unwrap();
    let why = BoundaryDraft { why: "Written on the desk".into(), ..boundary("Start") };
    b.vault.boundaries().unwrap().edit(line.id, why, String::new(), None, t + Duration::seconds(1)).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    for c in [&mut a, &mut b] {
        let got = c.vault.boundaries().unwrap().get(line.id).unwrap();
        assert_eq!((got.text.as_str(), got.why.as_str()), ("The laptop's words", "Written on the desk"), "both fields");
        assert!(!c.vault.sync_status().unwrap().unwrap().two_computers.is_empty());
    }
    // Once merged, an edit that takes one change back is not undone by the merge again.
    let back = BoundaryDraft { why: "Written on the desk".into(), ..boundary("Start") };
    a.vault.boundaries().unwrap().edit(line.id, back, String::new(), None, t + Duration::minutes(1)).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(b.vault.boundaries().unwrap().get(line.id).unwrap().text, "Start");
}

#[test]
fn a_boundary_edit_beats_a_delete_that_had_not_seen_it_and_not_one_that_had() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let t = now() + Duration::minutes(1);
    let unseen = a.vault.boundaries().unwrap().add(boundary("Unseen"), String::new(), now()).unwrap();
    let seen = a.vault.boundaries().unwrap().add(boundary("Seen"), String::new(), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    // The desk edits both; the laptop edits both later, then deletes the first before it hears
    // of the desk's edit.
    for id in [unseen.id, seen.id] {
        b.vault.boundaries().unwrap().edit(id, boundary("The desk's edit"), String::new(), None, t).unwrap();
        a.vault.boundaries().unwrap().edit(id, boundary("The laptop's edit"), String::new(), None, t).unwrap();
    }
    a.vault.boundaries().unwrap().delete(unseen.id).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(b.vault.boundaries().unwrap().get(unseen.id).unwrap().text, "The desk's edit", "the edit came back");
    // The second: the laptop deletes it after it settled both edits.
    a.vault.boundaries().unwrap().delete(seen.id).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert!(b.vault.boundaries().unwrap().get(seen.id).is_err(), "a delete that saw the edit holds");
}

#[test]
fn an_edit_wins_over_a_delete_made_at_the_same_time() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let e = a.vault.journal().unwrap().add(draft("Both", "start", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    a.vault.journal().unwrap().delete(e.id).unwrap();
    b.vault.journal().unwrap().edit(e.id, draft("Both", "kept by an edit", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(a.vault.journal().unwrap().get(e.id).unwrap().body, "kept by an edit", "it came back");
    for c in [&mut a, &mut b] {
        let listed = c.vault.sync_status().unwrap().unwrap().two_computers;
        let what: Vec<_> = listed.iter().map(|t| (t.id.clone(), t.what)).collect();
        assert_eq!(what, [(e.id.to_string(), TwoEdits::DeletedAndChanged)], "listed as deleted and changed");
    }
}

#[test]
fn a_late_copy_of_an_old_change_brings_nothing_back() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let e = a.vault.journal().unwrap().add(draft("Old", "will go", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    a.vault.journal().unwrap().delete(e.id).unwrap();
    settle(&mut [&mut a, &mut b]);
    // A sync engine delivers the first file again, as a conflict copy.
    let laptop = writers(&folder).into_iter().find(|d| files_of(d).len() >= 2).unwrap();
    let first = files_of(&laptop)[0].clone();
    std::fs::copy(
        &first,
        laptop.join(format!("{} (conflicted copy 2026-12-05)", first.file_name().unwrap().to_string_lossy())),
    )
    .unwrap();
    settle(&mut [&mut a, &mut b]);
    assert!(b.vault.journal().unwrap().get(e.id).is_err());
    assert_eq!(records(&mut a), records(&mut b));
}

fn writers(folder: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(folder.join("changes")).unwrap().map(|e| e.unwrap().path()).collect();
    out.sort();
    out
}

fn files_of(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    out.sort();
    out
}

#[test]
fn nothing_readable_is_in_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    a.vault.set_journal_history(true).unwrap();
    let canary = "qzsyncfolder93kv";
    let kinds = a.vault.add_sample_of_every_kind(canary, now()).unwrap();
    let e = a.vault.journal().unwrap().add(draft(canary, canary, &[canary]), now()).unwrap();
    a.vault.journal().unwrap().edit(e.id, draft(canary, "changed", &[canary]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    // A kind's name may hold a space ("safety check"): the id is the line's first uuid.
    let ids: Vec<String> = a
        .vault
        .every_record()
        .unwrap()
        .iter()
        .map(|r| r.split(' ').find(|w| uuid::Uuid::parse_str(w).is_ok()).unwrap().to_owned())
        .collect();
    let mut needles: Vec<Vec<u8>> = vec![canary.as_bytes().to_vec(), b"Laptop".to_vec(), b"Desk".to_vec()];
    for id in &ids {
        needles.push(id.as_bytes().to_vec());
        needles.push(id.replace('-', "").into_bytes());
        needles.push(uuid::Uuid::parse_str(id).unwrap().as_bytes().to_vec());
    }
    for kind in kinds {
        needles.push(kind.name().as_bytes().to_vec());
    }
    for word in ["entries", "boundaries", "worksheets", "agreements", "reminders", "trellis"] {
        needles.push(word.as_bytes().to_vec());
    }
    for (path, bytes) in files(&folder) {
        for needle in &needles {
            assert_eq!(
                count(&bytes, needle),
                0,
                "{:?} is readable in {}",
                String::from_utf8_lossy(needle),
                path.display()
            );
        }
        let name = path.strip_prefix(&folder).unwrap().to_string_lossy().to_lowercase();
        assert!(!name.contains("trellis"), "a file name gives the app away: {name}");
    }
    // And the vaults themselves hold nothing readable after syncing.
    a.vault.lock();
    b.vault.lock();
    for dir in [&a.dir, &b.dir] {
        for (path, bytes) in files(dir) {
            assert_eq!(count(&bytes, canary.as_bytes()), 0, "the canary reached {}", path.display());
        }
    }
}

#[test]
fn change_files_come_in_size_steps() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, _b) = pair(&folder);
    a.vault.journal().unwrap().add(draft("short", "a", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    a.vault.journal().unwrap().add(draft("longer", &"many more words ".repeat(150), &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    let sizes: Vec<u64> =
        writers(&folder).iter().flat_map(|d| files_of(d)).map(|p| std::fs::metadata(p).unwrap().len()).collect();
    assert!(sizes.len() >= 2);
    assert!(sizes.iter().all(|s| *s == 4096 + 44), "a short and a 2 KB entry look alike: {sizes:?}");
}

#[test]
fn fail_wrong_words_approve_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let mut a = computer();
    a.vault.sync_start(&folder, "Laptop").unwrap();
    let mut b = computer();
    let words = b.vault.sync_join(&folder, "Desk").unwrap();
    let asking = a.vault.sync_status().unwrap().unwrap().computers.into_iter().find(|c| c.words.is_some()).unwrap();
    let wrong = words.replacen(words.split(' ').next().unwrap(), "zebra", 1);
    let wrong = if wrong == words { words.replacen(words.split(' ').next().unwrap(), "apple", 1) } else { wrong };
    assert!(matches!(a.vault.sync_approve(&asking.id, &wrong), Err(SyncError::WordsDiffer)));
    assert!(!b.vault.sync_now(now(), &mut |_| {}).unwrap().joined_now);
    assert!(matches!(a.vault.sync_approve("zz", &words), Err(SyncError::NoSuchComputer(_))));
}

#[test]
fn fail_a_hostile_folder_applies_nothing_forged_and_never_panics() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    settle(&mut [&mut a, &mut b]);
    let before = records(&mut b);
    a.vault.journal().unwrap().add(draft("One", "first file", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    a.vault.journal().unwrap().add(draft("Two", "second file", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    let laptop = writers(&folder).into_iter().find(|d| files_of(d).len() >= 2).unwrap();
    let all = files_of(&laptop);
    let (second_last, last) = (all[all.len() - 2].clone(), all[all.len() - 1].clone());
    let good_second_last = std::fs::read(&second_last).unwrap();
    let good_last = std::fs::read(&last).unwrap();

    type Spoil = Box<dyn Fn()>;
    let mut tries: Vec<(&str, Spoil)> = Vec::new();
    let (p, g) = (second_last.clone(), good_second_last.clone());
    tries.push((
        "a flipped byte",
        Box::new(move || {
            let mut bad = g.clone();
            bad[200] ^= 0x40;
            std::fs::write(&p, bad).unwrap();
        }),
    ));
    let (p, g) = (second_last.clone(), good_second_last.clone());
    tries.push(("a half-copied file", Box::new(move || std::fs::write(&p, &g[..g.len() / 2]).unwrap())));
    let (p, g) = (second_last.clone(), good_last.clone());
    tries.push(("the next file under this number", Box::new(move || std::fs::write(&p, &g).unwrap())));
    let p = second_last.clone();
    tries.push(("an empty file", Box::new(move || std::fs::write(&p, b"").unwrap())));
    let p = second_last.clone();
    tries.push((
        "an oversized file",
        Box::new(move || {
            let f = std::fs::File::create(&p).unwrap();
            f.set_len(65 << 20).unwrap();
        }),
    ));
    for (what, spoil) in &tries {
        spoil();
        let report = b.vault.sync_now(now(), &mut |_| {}).unwrap();
        assert_eq!(report.received, 0, "{what}: nothing applied");
        let from_laptop = |w: &Waiting| match w {
            Waiting::File { computer } | Waiting::WholeFile { computer } => {
                laptop.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(computer.as_str()))
            }
            _ => false,
        };
        assert!(report.waiting.iter().any(from_laptop), "{what}: it says it waits for the laptop's file: {report:?}");
        assert_eq!(records(&mut b), before, "{what}: nothing changed");
    }
    // The real file arrives: everything goes in, in order.
    std::fs::write(&second_last, &good_second_last).unwrap();
    let report = b.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(report.received, 2, "{report:?}");
    assert_eq!(records(&mut a), records(&mut b));

    // A missing file is never read as a delete, and a gap waits.
    a.vault.journal().unwrap().add(draft("Three", "third", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    a.vault.journal().unwrap().add(draft("Four", "fourth", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    let all = files_of(&laptop);
    let third = all[all.len() - 2].clone();
    let held = std::fs::read(&third).unwrap();
    std::fs::remove_file(&third).unwrap();
    let report = b.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(report.received, 0, "the fourth waits for the third");
    // A sync engine's conflict copy of it arrives instead: read as the file itself.
    std::fs::write(
        laptop.join(format!("{}.sync-conflict-20261205-101010-ABCDEFG", third.file_name().unwrap().to_string_lossy())),
        held,
    )
    .unwrap();
    let report = b.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(report.received, 2);
    assert_eq!(records(&mut a), records(&mut b));
}

#[test]
fn fail_a_folder_of_another_vault_stops_sync_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    settle(&mut [&mut a, &mut b]);
    let before = records(&mut b);
    // Someone points the folder at another set of computers.
    let other = tmp.path().join("other");
    let mut c = computer();
    c.vault.journal().unwrap().add(draft("Other", "another vault", &[]), now()).unwrap();
    c.vault.sync_start(&other, "Elsewhere").unwrap();
    c.vault.sync_now(now(), &mut |_| {}).unwrap();
    std::fs::copy(other.join("folder-id"), folder.join("folder-id.new")).unwrap();
    std::fs::rename(folder.join("folder-id.new"), folder.join("folder-id")).unwrap();
    let err = b.vault.sync_now(now(), &mut |_| {}).unwrap_err();
    assert!(matches!(err, SyncError::OtherVault), "{err:?}");
    assert!(err.to_string().contains("nothing was read or written"));
    assert_eq!(records(&mut b), before);
    // Choosing a folder that holds another set of computers is refused too.
    let mut d = computer();
    assert!(matches!(d.vault.sync_start(&other, "New"), Err(SyncError::FolderInUse(_))));
    assert!(matches!(d.vault.sync_join(&tmp.path().join("empty"), "New"), Err(SyncError::NotASyncFolder(_))));
}

#[test]
fn fail_a_restored_copy_of_a_computer_stops_instead_of_writing_over_its_files() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    settle(&mut [&mut a, &mut b]);
    // The laptop's vault as it was, copied aside (a backup restored later).
    a.vault.lock();
    let copy = tmp.path().join("laptop-copy");
    std::fs::create_dir_all(&copy).unwrap();
    for (path, bytes) in files(&a.dir) {
        std::fs::write(copy.join(path.file_name().unwrap()), bytes).unwrap();
    }
    a.vault.unlock(&pass(), trellis_core::UnlockMode::Full).unwrap();
    a.vault.journal().unwrap().add(draft("Later", "written after the copy", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();

    let mut restored = Vault::open(&copy).unwrap();
    restored.unlock(&pass(), trellis_core::UnlockMode::Full).unwrap();
    restored.journal().unwrap().add(draft("Restored", "written on the restored copy", &[]), now()).unwrap();
    let err = restored.sync_now(now(), &mut |_| {}).unwrap_err();
    assert!(matches!(err, SyncError::NotOurs), "{err:?}");
    // Leaving and joining again as a new computer works.
    restored.sync_leave().unwrap();
    let mut restored = Computer { _tmp: tempfile::tempdir().unwrap(), dir: copy, vault: restored };
    settle(&mut [&mut a, &mut b]);
    let before = records(&mut b).len();
    join(&mut a, &mut restored, &folder, "Laptop again");
    settle(&mut [&mut a, &mut b, &mut restored]);
    assert_eq!(records(&mut a), records(&mut restored));
    assert_eq!(records(&mut a), records(&mut b));
    // What the copy held that the others have already is not sent back as new: nothing is
    // doubled, nothing listed as changed on two computers; only its own new entry arrived.
    assert_eq!(records(&mut b).len(), before + 1, "{:#?}", records(&mut b));
    for c in [&mut a, &mut b, &mut restored] {
        assert!(c.vault.sync_status().unwrap().unwrap().two_computers.is_empty());
    }
}

#[test]
fn leaving_and_joining_again_doubles_nothing_and_keeps_what_changed_meanwhile() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let kept = b.vault.journal().unwrap().add(draft("Same on both", "unchanged", &[]), now()).unwrap();
    let changed = b.vault.journal().unwrap().add(draft("Changed while away", "first words", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut b]);
    b.vault.sync_leave().unwrap();
    b.vault
        .journal()
        .unwrap()
        .edit(changed.id, draft("Changed while away", "words from while it was away", &[]), now())
        .unwrap();
    b.vault.journal().unwrap().add(draft("New while away", "only here", &[]), now()).unwrap();
    join(&mut a, &mut b, &folder, "Desk again");
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    let entries: Vec<trellis_core::Entry> = a
        .vault
        .journal()
        .unwrap()
        .list(0, 100)
        .unwrap()
        .into_iter()
        .filter_map(|l| match l {
            trellis_core::Listed::Entry(e) => Some(e),
            trellis_core::Listed::Damaged { .. } => None,
        })
        .collect();
    let titles: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles.iter().filter(|t| **t == "Same on both").count(), 1, "{titles:?}");
    assert!(titles.contains(&"New while away"));
    assert_eq!(a.vault.journal().unwrap().get(kept.id).unwrap().body, "unchanged");
    // The entry changed while away: both versions are kept, and it is listed.
    let bodies: Vec<&str> =
        entries.iter().filter(|e| e.title == "Changed while away").map(|e| e.body.as_str()).collect();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert!(bodies.contains(&"words from while it was away") && bodies.contains(&"first words"));
    assert_eq!(a.vault.sync_status().unwrap().unwrap().two_computers.len(), 1);
}

#[test]
fn a_removed_computer_reads_nothing_written_after() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    settle(&mut [&mut a, &mut b]);
    let desk = a.vault.sync_status().unwrap().unwrap().computers.into_iter().find(|c| c.name == "Desk").unwrap();
    a.vault.sync_remove(&desk.id).unwrap();
    a.vault.journal().unwrap().add(draft("After", "not for the desk", &[]), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    let report = b.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(report.received, 0);
    assert!(b.vault.search_all("desk", 10).unwrap().is_empty());
    let status = a.vault.sync_status().unwrap().unwrap();
    assert!(status.computers.iter().any(|c| c.name == "Desk" && c.state == ComputerState::Removed));
}

#[test]
fn a_rekey_keeps_sync_working() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    a.vault.journal().unwrap().add(draft("Queued", "written before the re-key", &[]), now()).unwrap();
    let new_pass = Passphrase::new("another passphrase for the laptop".into());
    a.vault.rekey(&new_pass, weak(), now(), &mut |_, _| {}).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert_eq!(records(&mut a), records(&mut b));
    assert_eq!(b.vault.search_all("queued", 10).unwrap().len(), 1);
}

#[test]
fn a_vault_inside_a_synced_folder_is_warned_about() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Sync").join("vault");
    std::fs::create_dir_all(tmp.path().join("Sync").join(".stfolder")).unwrap();
    let (mut vault, _) = Vault::create(&dir, &pass(), weak(), now()).unwrap();
    vault.sync_start(&tmp.path().join("shared"), "Laptop").unwrap();
    let status = vault.sync_status().unwrap().unwrap();
    assert_eq!(status.vault_in_synced_folder.as_deref(), Some("Syncthing"));
}

#[test]
fn a_reminder_and_its_schedule_reach_the_other_computer_and_fire_from_now_there() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let made =
        a.vault.reminders().unwrap().add(crate::reminders::draft("Sunday talk", "the weekly one"), now()).unwrap();
    a.vault
        .boundaries()
        .unwrap()
        .add(
            trellis_core::BoundaryDraft { review_on: Some(day() + Duration::days(30)), ..boundary("Dated") },
            String::new(),
            now(),
        )
        .unwrap();
    // The desk reads it a month later: its next time counts from then, not from a month ago.
    let later = now() + Duration::days(31);
    a.vault.sync_now(later, &mut |_| {}).unwrap();
    b.vault.sync_now(later, &mut |_| {}).unwrap();
    let there = b.vault.reminders().unwrap().list().unwrap();
    let sunday = there.iter().find(|r| r.title == "Sunday talk").expect("the reminder arrived with its words");
    assert_eq!(sunday.schedule.rule, made.schedule.rule);
    assert_eq!(sunday.schedule.zone, "Europe/Berlin");
    assert!(sunday.schedule.next_fire.unwrap() > later, "it fires next after it arrived");
    assert!(there.iter().any(|r| r.schedule.target.is_some()), "the boundary's review reminder follows it");

    let mut changed = crate::reminders::draft("Sunday talk, later", "");
    changed.rule = trellis_core::reminders::Rule::new(
        trellis_core::reminders::Repeat::Weekly { days: vec![trellis_core::reminders::Day::Mon] },
        chrono::NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
    )
    .unwrap();
    b.vault.reminders().unwrap().edit(made.schedule.id, changed.clone(), later).unwrap();
    settle(&mut [&mut a, &mut b]);
    let back = a.vault.reminders().unwrap().get(made.schedule.id).unwrap();
    assert_eq!(back.title, "Sunday talk, later");
    assert_eq!(back.schedule.rule, changed.rule, "the new rule came back with the words");

    a.vault.reminders().unwrap().remove(made.schedule.id).unwrap();
    settle(&mut [&mut a, &mut b]);
    assert!(b.vault.reminders().unwrap().get(made.schedule.id).is_err(), "removed on both");
    assert!(b.vault.reminders().unwrap().list().unwrap().iter().all(|r| r.schedule.id != made.schedule.id));
}

#[test]
fn a_pass_with_a_time_limit_stops_between_files_and_the_next_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (mut a, mut b) = pair(&folder);
    let items = (0..4500).map(|i| (draft(&format!("bulk {i}"), "a few words", &[]), now())).collect();
    a.vault.journal().unwrap().add_many(items).unwrap();
    let limit = std::time::Duration::ZERO;
    let mut sent = Vec::new();
    loop {
        let r = a.vault.sync_for(now(), limit, &mut |_| {}).unwrap();
        sent.push(r.sent);
        if !r.more {
            break;
        }
    }
    assert_eq!(sent, [2000, 2000, 500], "one file a pass, and nothing left over");
    let mut read = Vec::new();
    loop {
        let r = b.vault.sync_for(now(), limit, &mut |_| {}).unwrap();
        read.push(r.received);
        if !r.more {
            break;
        }
    }
    assert_eq!(read, [2000, 2000, 500], "each pass applies one whole file, the next goes on");
    assert_eq!(records(&mut a), records(&mut b));
}

/// The recovery files in the folder, as names.
fn recovery_files(folder: &Path) -> Vec<String> {
    files_of(&folder.join("recovery")).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
}

#[test]
fn a_lost_computer_is_replaced_with_its_recovery_code() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (a_tmp, a_dir, a_vault, a_code) = new_vault();
    let mut a = Computer { _tmp: a_tmp, dir: a_dir, vault: a_vault };
    a.vault.journal().unwrap().add(draft("Before the loss", "written on the laptop", &[]), now()).unwrap();
    a.vault.boundaries().unwrap().add(boundary("I take an evening to myself"), String::new(), now()).unwrap();
    a.vault.sync_start(&folder, "Laptop").unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert!(a.vault.sync_status().unwrap().unwrap().recovery_ready);
    assert_eq!(recovery_files(&folder).len(), 1);
    let before = records(&mut a);
    drop(a); // the laptop is gone

    let mut c = computer();
    let (_, _, _, other_code) = new_vault();
    assert!(matches!(
        c.vault.sync_join_with_recovery(&folder, "New laptop", &other_code),
        Err(SyncError::RecoveryCodeOpensNothing)
    ));
    assert!(matches!(
        c.vault.sync_join_with_recovery(&folder, "New laptop", &trellis_core::RecoveryCode::parse("ABCD-EFGH")),
        Err(SyncError::Mistyped(_))
    ));
    assert!(!c.vault.syncs(), "a code that opens nothing changes nothing here");
    assert_eq!(files_of(&folder.join("devices")).len(), 1, "nor in the folder");

    // Hostile files beside the real one: flipped, cut short, a length past the end, moved to
    // another computer's name. None panics; none gives a key; the real one still does.
    let real = folder.join("recovery").join(&recovery_files(&folder)[0]);
    let bytes = std::fs::read(&real).unwrap();
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    let mut long = bytes.clone();
    long[..4].copy_from_slice(&u32::MAX.to_be_bytes());
    let hostile = [flipped, bytes[..bytes.len() / 2].to_vec(), long, vec![], bytes.clone()];
    for (i, evil) in hostile.iter().enumerate() {
        std::fs::write(folder.join("recovery").join(format!("{:032x}.{}", 0xabc0 + i, 1)), evil).unwrap();
    }
    let mut moved_only = computer();
    std::fs::rename(&real, tmp.path().join("aside")).unwrap();
    assert!(matches!(
        moved_only.vault.sync_join_with_recovery(&folder, "Moved", &a_code),
        Err(SyncError::RecoveryCodeOpensNothing)
    ));
    std::fs::rename(tmp.path().join("aside"), &real).unwrap();
    for i in 0..hostile.len() {
        std::fs::remove_file(folder.join("recovery").join(format!("{:032x}.{}", 0xabc0 + i, 1))).unwrap();
    }

    c.vault.sync_join_with_recovery(&folder, "New laptop", &a_code).unwrap();
    let report = c.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert!(report.waiting.is_empty(), "{report:?}");
    assert_eq!(records(&mut c), before, "everything the lost computer wrote is here");
    assert_eq!(c.vault.search_all("laptop", 10).unwrap().len(), 1);
    let status = c.vault.sync_status().unwrap().unwrap();
    assert!(status.joined && status.recovery_ready);
    assert_eq!(recovery_files(&folder).len(), 2, "the new computer can be replaced the same way");
}

#[test]
fn a_new_recovery_code_or_a_removal_ends_the_old_codes_way_in() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("shared");
    let (a_tmp, a_dir, a_vault, a_code) = new_vault();
    let (b_tmp, b_dir, b_vault, b_code) = new_vault();
    let mut a = Computer { _tmp: a_tmp, dir: a_dir, vault: a_vault };
    let mut b = Computer { _tmp: b_tmp, dir: b_dir, vault: b_vault };
    a.vault.sync_start(&folder, "Laptop").unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    join(&mut a, &mut b, &folder, "Desk");
    settle(&mut [&mut a, &mut b]);
    assert_eq!(recovery_files(&folder).len(), 2);

    // A new code on the laptop: its next pass writes a new file and removes the old one.
    let new_code = a.vault.replace_recovery_code(&pass(), now()).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(recovery_files(&folder).len(), 2);
    let mut c = computer();
    assert!(matches!(
        c.vault.sync_join_with_recovery(&folder, "Spare", &a_code),
        Err(SyncError::RecoveryCodeOpensNothing)
    ));
    c.vault.sync_join_with_recovery(&folder, "Spare", &new_code).unwrap();

    // A re-key makes a new code too; the one before stops joining.
    let rekeyed = a.vault.rekey(&pass(), weak(), now(), &mut |_, _| {}).unwrap();
    a.vault.sync_now(now(), &mut |_| {}).unwrap();
    let mut d = computer();
    assert!(matches!(
        d.vault.sync_join_with_recovery(&folder, "Other", &new_code),
        Err(SyncError::RecoveryCodeOpensNothing)
    ));
    d.vault.sync_join_with_recovery(&folder, "Other", &rekeyed.code).unwrap();

    // A removed computer's code joins no more, and the ones left write files with the new key.
    let desk = a.vault.sync_status().unwrap().unwrap().computers.into_iter().find(|c| c.name == "Desk").unwrap();
    a.vault.sync_remove(&desk.id).unwrap();
    let mut e = computer();
    assert!(matches!(
        e.vault.sync_join_with_recovery(&folder, "Thief", &b_code),
        Err(SyncError::RecoveryCodeOpensNothing)
    ));
    a.vault.journal().unwrap().add(draft("After removal", "only for the computers left", &[]), now()).unwrap();
    settle(&mut [&mut a, &mut c, &mut d]);
    assert!(a.vault.sync_status().unwrap().unwrap().recovery_ready, "its file holds the new key too");
    let mut f = computer();
    f.vault.sync_join_with_recovery(&folder, "Later", &rekeyed.code).unwrap();
    f.vault.sync_now(now(), &mut |_| {}).unwrap();
    assert_eq!(f.vault.search_all("removal", 10).unwrap().len(), 1, "the newest key came with the code");
}
