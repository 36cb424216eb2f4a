//! Snapshots as a vault owns them: re-keying replaces those under the old key (and names the
//! folder it cannot reach), the temporary file is private from its first byte, the one just
//! made is never pruned, vaults sharing a folder keep apart, a killed check's copy is cleared,
//! and an empty vault spends no day's snapshot.

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use trellis_core::backup::{restore_snapshot, verify_snapshot, Opener};
use trellis_core::{Passphrase, UnlockMode, Vault};

use crate::support::*;

/// Every file in `folder` named like a snapshot, of any vault.
fn snapshot_files(folder: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut out: Vec<PathBuf> =
        dir.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "snapshot")).collect();
    out.sort();
    out
}

fn opens_with(path: &Path, opener: Opener<'_>) -> bool {
    verify_snapshot(path, opener, Utc::now()).is_ok()
}

#[test]
fn rekey_leaves_no_snapshot_that_opens_with_the_old_secrets() {
    let (tmp, dir, mut vault, old_code) = new_vault();
    vault.journal().unwrap().add(draft("before", "written before the re-key", &[]), Utc::now()).unwrap();
    // Two in the usual folder, then the person chose another folder and one more went there.
    let usual = vault.snapshot_folder().unwrap();
    vault.snapshot(&usual, 10, at(2026, 2, 1, 9)).unwrap();
    vault.snapshot(&usual, 10, at(2026, 2, 2, 9)).unwrap();
    let chosen = tmp.path().join("synced");
    vault.set_snapshots(Some(&chosen), 10).unwrap();
    vault.snapshot(&chosen, 10, at(2026, 2, 3, 9)).unwrap();
    let before: Vec<PathBuf> = [snapshot_files(&usual), snapshot_files(&chosen)].concat();
    assert_eq!(before.len(), 3);
    assert!(before.iter().all(|p| opens_with(p, Opener::Passphrase(&pass()))));

    let new_pass = Passphrase::new("a passphrase nobody else knows".into());
    let done = vault.rekey(&new_pass, weak(), at(2026, 2, 4, 9), &mut |_, _| {}).unwrap();
    assert_eq!(done.snapshots.removed, 3, "{:?}", done.snapshots);
    assert!(done.snapshots.not_changed.is_empty(), "{:?}", done.snapshots);
    let fresh = done.snapshots.fresh.clone().expect("a fresh snapshot replaces them");
    assert!(Path::new(&fresh.path).starts_with(&chosen), "the fresh one goes to the chosen folder");

    let after: Vec<PathBuf> = [snapshot_files(&usual), snapshot_files(&chosen)].concat();
    assert_eq!(after, vec![PathBuf::from(&fresh.path)], "only the fresh one is left");
    for path in &after {
        assert!(!opens_with(path, Opener::Passphrase(&pass())), "{} opens with the old passphrase", path.display());
        assert!(!opens_with(path, Opener::RecoveryCode(&old_code)), "{} opens with the old code", path.display());
        let v = verify_snapshot(path, Opener::Passphrase(&new_pass), Utc::now()).unwrap();
        assert!(v.damaged.is_empty());
        assert_eq!(v.holds.entries, 1, "the fresh snapshot holds the entry");
        assert!(opens_with(path, Opener::RecoveryCode(&done.code)), "and opens with the new code");
    }
    vault.lock();
    vault.unlock(&new_pass, UnlockMode::Lazy).unwrap();
    assert_eq!(vault.snapshots(&chosen).unwrap().len(), 1);
    drop(dir);
}

#[test]
fn rekey_names_the_folder_it_cannot_reach_and_the_next_snapshot_there_clears_it() {
    let (tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("t", "words", &[]), Utc::now()).unwrap();
    let disk = tmp.path().join("usb");
    let chosen = disk.join("snapshots");
    vault.set_snapshots(Some(&chosen), 10).unwrap();
    let old = vault.snapshot(&chosen, 10, Utc::now() - Duration::days(2)).unwrap();

    // The disk is unplugged while the person re-keys.
    let away = tmp.path().join("usb-away");
    std::fs::rename(&disk, &away).unwrap();
    let new_pass = Passphrase::new("the new words".into());
    let done = vault.rekey(&new_pass, weak(), Utc::now(), &mut |_, _| {}).unwrap();
    assert_eq!(done.snapshots.not_changed, vec![chosen.display().to_string()], "the folder is named");
    assert_eq!(done.snapshots.removed, 0);
    assert!(done.snapshots.fresh.is_none());
    assert!(!chosen.exists(), "nothing was made where the disk should be");

    // Plugged in again: the old snapshot still opens with the old passphrase, until the next
    // snapshot there, which comes at once (it is sealed under an old key) and replaces it.
    std::fs::rename(&away, &disk).unwrap();
    assert!(opens_with(Path::new(&old.path), Opener::Passphrase(&pass())));
    let fresh = vault.snapshot_if_due(Utc::now()).unwrap().expect("due: the newest is under an old key");
    assert_eq!(snapshot_files(&chosen), vec![PathBuf::from(&fresh.path)]);
    assert!(opens_with(Path::new(&fresh.path), Opener::Passphrase(&new_pass)));
}

#[cfg(unix)]
#[test]
fn the_temporary_file_is_private_from_its_first_byte() {
    use std::os::unix::fs::PermissionsExt;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let (tmp, _dir, mut vault, _) = new_vault();
    let words = "some words that make the copy take a while ".repeat(70);
    for i in 0..600 {
        vault.journal().unwrap().add(draft(&format!("entry {i}"), &words, &[]), Utc::now()).unwrap();
    }
    // A folder anyone may read, as a shared or synced one can be.
    let folder = tmp.path().join("open-folder");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (stop, folder) = (stop.clone(), folder.clone());
        std::thread::spawn(move || {
            let (mut seen, mut open) = (0, std::collections::BTreeSet::new());
            while !stop.load(Ordering::Relaxed) {
                for e in std::fs::read_dir(&folder).unwrap().filter_map(Result::ok) {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        let Ok(meta) = e.metadata() else { continue };
                        seen += 1;
                        if meta.permissions().mode() & 0o077 != 0 {
                            open.insert(format!("{name} {:o}", meta.permissions().mode() & 0o777));
                        }
                    }
                }
            }
            (seen, open)
        })
    };
    for i in 0..6 {
        let info = vault.snapshot(&folder, 10, at(2026, 3, 1, i)).unwrap();
        let mode = std::fs::metadata(&info.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the snapshot itself");
    }
    stop.store(true, Ordering::Relaxed);
    let (seen, open) = watcher.join().unwrap();
    assert!(seen > 0, "the watcher must have seen the temporary files for this test to mean anything");
    assert!(open.is_empty(), "others could read a temporary file during the copy: {open:?}");
}

#[test]
fn two_in_one_second_with_keep_one_keep_the_one_just_made() {
    let (_tmp, _dir, vault, _) = new_vault();
    let folder = vault.snapshot_folder().unwrap();
    let now = at(2026, 4, 1, 9);
    let first = vault.snapshot(&folder, 1, now).unwrap();
    let second = vault.snapshot(&folder, 1, now).unwrap();
    assert_ne!(first.path, second.path);
    assert!(Path::new(&second.path).exists(), "the snapshot just made (and printed) is there");
    assert_eq!(vault.snapshots(&folder).unwrap(), vec![second.clone()], "and it is the newest");
    // Ten in the same second sort in the order they were made (…-10 after …-9).
    for _ in 0..9 {
        vault.snapshot(&folder, 3, now).unwrap();
    }
    let list = vault.snapshots(&folder).unwrap();
    assert_eq!(list.len(), 3);
    assert!(list[0].path.ends_with("-11.snapshot"), "{list:?}");
    // A clock set back: the one just made is kept even though it is not the newest.
    let back = vault.snapshot(&folder, 1, now - Duration::hours(1)).unwrap();
    assert!(Path::new(&back.path).exists());
}

#[test]
fn vaults_sharing_a_folder_keep_their_snapshots_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let shared = tmp.path().join("shared");
    let (mut a, _) = Vault::create(&tmp.path().join("a"), &pass(), weak(), at(2026, 1, 1, 9)).unwrap();
    let (mut b, _) = Vault::create(&tmp.path().join("b"), &pass(), weak(), at(2026, 1, 2, 9)).unwrap();
    for v in [&mut a, &mut b] {
        v.set_snapshots(Some(&shared), 2).unwrap();
        v.journal().unwrap().add(draft("t", "words", &[]), Utc::now()).unwrap();
    }
    for h in 0..3 {
        a.snapshot(&shared, 3, at(2026, 5, 1, h)).unwrap();
    }
    for h in 3..6 {
        b.snapshot(&shared, 2, at(2026, 5, 1, h)).unwrap();
    }
    assert_eq!(a.snapshots(&shared).unwrap().len(), 3, "b's pruning left a's snapshots alone");
    assert_eq!(b.snapshots(&shared).unwrap().len(), 2);
    assert_eq!(snapshot_files(&shared).len(), 5);

    // a's snapshot is the newest in the folder; b's daily snapshot is still due.
    a.snapshot(&shared, 3, Utc::now()).unwrap();
    let b_newest = b.snapshots(&shared).unwrap()[0].made_at;
    assert!(b_newest < Utc::now() - Duration::days(1), "b's own newest is months old, and b changed since");
    assert!(b.snapshot_if_due(Utc::now()).unwrap().is_some(), "b is not skipped for a's");

    // A snapshot named before vaults had tags counts as a's only (made of a, by its created time).
    let a_path = PathBuf::from(&a.snapshots(&shared).unwrap()[2].path);
    let legacy = shared.join("trellis-20260101-120000.snapshot");
    std::fs::copy(&a_path, &legacy).unwrap();
    assert!(a.snapshots(&shared).unwrap().iter().any(|s| Path::new(&s.path) == legacy));
    assert!(!b.snapshots(&shared).unwrap().iter().any(|s| Path::new(&s.path) == legacy));

    // A vault restored from a's snapshot keeps the folder setting, but names its own snapshots
    // and claims none of a's, old names included.
    let restored_dir = tmp.path().join("restored");
    restore_snapshot(&a_path, &restored_dir).unwrap();
    let restored = Vault::open(&restored_dir).unwrap();
    assert_eq!(restored.snapshot_folder().unwrap(), shared);
    assert!(restored.snapshots(&shared).unwrap().is_empty());
    let a_before = a.snapshots(&shared).unwrap();
    restored.snapshot(&shared, 1, Utc::now()).unwrap();
    restored.snapshot(&shared, 1, Utc::now()).unwrap();
    assert_eq!(a.snapshots(&shared).unwrap(), a_before, "the restored copy pruned none of a's");
    assert_eq!(restored.snapshots(&shared).unwrap().len(), 1);
}

#[test]
fn a_killed_checks_copy_is_cleared_by_the_next_check() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("t", "words", &[]), Utc::now()).unwrap();
    let folder = vault.snapshot_folder().unwrap();
    let info = vault.snapshot(&folder, 10, Utc::now()).unwrap();
    // What a check killed midway leaves: its folder with the sealed copy and its lock file.
    let killed = folder.join(".trellis-verify-00112233445566aa");
    std::fs::create_dir(&killed).unwrap();
    std::fs::copy(&info.path, killed.join("trellis.db")).unwrap();
    std::fs::write(killed.join("in-use"), b"").unwrap();
    // One still running in another process holds its lock.
    let running = folder.join(".trellis-verify-00112233445566bb");
    std::fs::create_dir(&running).unwrap();
    let held = std::fs::File::create(running.join("in-use")).unwrap();
    held.try_lock().unwrap();
    // One from an older version (no lock file), and a folder that only looks like one.
    let older = folder.join(".trellis-verify-00112233445566cc");
    std::fs::create_dir(&older).unwrap();
    let other = folder.join(".trellis-verify-mine");
    std::fs::create_dir(&other).unwrap();

    verify_snapshot(Path::new(&info.path), Opener::Passphrase(&pass()), Utc::now()).unwrap();
    assert!(!killed.exists(), "the killed check's copy is removed");
    assert!(running.exists(), "a running check's copy is left alone");
    assert!(older.exists(), "a copy without a lock is left for a minute");
    assert!(other.exists(), "only that exact pattern");
    // A minute later (the check takes `now`), the one without a lock goes too; so does the
    // running one's once its process ends.
    drop(held);
    vault.snapshot(&folder, 10, Utc::now() + Duration::minutes(2)).unwrap();
    assert!(!older.exists() && !running.exists());
    assert!(other.exists());
}

#[test]
fn an_empty_vault_spends_no_daily_snapshot_and_each_says_what_it_holds() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let folder = vault.snapshot_folder().unwrap();
    assert!(vault.snapshot_if_due(Utc::now()).unwrap().is_none(), "nothing written yet");
    assert!(vault.snapshots(&folder).unwrap().is_empty());
    vault.journal().unwrap().add(draft("first", "words", &[]), Utc::now()).unwrap();
    vault.boundaries().unwrap().add(boundary("Phones away"), String::new(), Utc::now()).unwrap();
    let first = vault.snapshot_if_due(Utc::now()).unwrap().expect("the first after the first record");
    let holds = first.holds.expect("it reads");
    assert_eq!((holds.entries, holds.boundaries, holds.worksheets, holds.total()), (1, 1, 0, 2));
    let v = verify_snapshot(Path::new(&first.path), Opener::Passphrase(&pass()), Utc::now()).unwrap();
    assert_eq!(v.holds, holds, "the check says the same");
    let names: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 1, "reading what it holds leaves no -wal or -shm beside it: {names:?}");
}
