//! Promise 2: nothing saved is lost. A child process adds entries in a loop and prints the
//! id of each one after `add` returns; it is SIGKILLed at a random moment. After each kill,
//! every acknowledged entry must be present and decrypt, and SQLite's integrity check must
//! pass. 60 rounds. The child keeps revisions, so kills also land inside the edit that
//! appends one; it also writes boundaries (edited, with a logged moment), worksheets (filled,
//! a middle ground agreed), agreements and weekly check-ins (linked to a boundary, carrying the
//! previous thing to try, their answers kept unsaved first) and the safety check, which must all
//! survive too. The random seed is printed; `TRELLIS_CRASH_SEED=N` replays a failing run.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{EntryId, Listed, Passphrase, UnlockMode, Vault, DB_FILE};

use crate::support::*;

const CHILD_ENV: &str = "TRELLIS_CRASH_CHILD_VAULT";

/// Runs only as the child: adds entries until killed.
#[test]
fn child_adds_until_killed() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut vault = Vault::open(dir.as_ref()).unwrap();
    vault.unlock(&Passphrase::new(PASS.into()), UnlockMode::Lazy).unwrap();
    vault.set_journal_history(true).unwrap();
    let mut out = std::io::stdout().lock();
    // Started and unlocked: the parent's random wait counts from here (see the snapshot child).
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    let mut ack = |kind: &str, id: String| {
        writeln!(out, "ACK {kind} {id}").unwrap();
        out.flush().unwrap();
    };
    for i in 0.. {
        let body = format!("entry {i} ").repeat(1 + i % 50);
        let mut j = vault.journal().unwrap();
        let e = j.add(draft(&format!("crash {i}"), &body, &["crash"]), Utc::now()).unwrap();
        if i % 7 == 3 {
            j.edit(e.id, draft(&format!("crash {i} edited"), &body, &[]), Utc::now()).unwrap();
        }
        ack("entry", e.id.to_string());
        match i % 4 {
            0 => {
                let mut bs = vault.boundaries().unwrap();
                let b = bs.add(boundary(&format!("crash boundary {i}")), String::new(), Utc::now()).unwrap();
                bs.edit(b.id, boundary(&format!("crash boundary {i} edited")), "changed".into(), None, Utc::now())
                    .unwrap();
                bs.log(b.id, moment(), Utc::now()).unwrap();
                ack("boundary", b.id.to_string());
            }
            1 => {
                // A check-in's answers kept while it is filled in, then the check-in saved
                // (which removes them).
                // Numbered by the clock, not by `i`: each child starts counting from 0 again.
                let n = Utc::now().timestamp_nanos_opt().unwrap();
                let unsaved = trellis_core::UnsavedCheckIn { well_me: format!("unsaved {n}"), ..Default::default() };
                vault.checkins().unwrap().keep_unsaved(unsaved, Utc::now()).unwrap();
                ack("unsaved", n.to_string());
                let b =
                    vault.boundaries().unwrap().add(boundary(&format!("crash talk {i}")), String::new(), Utc::now());
                let draft = trellis_core::CheckInDraft {
                    well_me: format!("went well {i}"),
                    boundaries: vec![trellis_core::BoundaryTalk { boundary: b.unwrap().id, note: format!("note {i}") }],
                    try_next: format!("try {i}"),
                    ..Default::default()
                };
                let c = vault.checkins().unwrap().save(draft, day(), Utc::now()).unwrap();
                ack("checkin", c.id.to_string());
            }
            2 => {
                let mut ws = vault.worksheets().unwrap();
                let w = ws.new_sheet(format!("crash sheet {i}"), day(), Utc::now()).unwrap();
                ws.fill(w.id, answer("communication", &format!("middle {i}")), None, Utc::now()).unwrap();
                let a = ws.agree(w.id, "communication", Utc::now()).unwrap().agreement;
                ack("worksheet", w.id.to_string());
                ack("agreement", a.id.to_string());
            }
            3 => {
                let mut rs = vault.reminders().unwrap();
                let r = rs.add(crate::reminders::draft(&format!("crash reminder {i}"), "note"), Utc::now()).unwrap();
                ack("reminder", r.schedule.id.to_string());
                // The safety check, ticked anew each time (it replaces the one before).
                let ticked = &trellis_core::Sign::ALL[..1 + i % trellis_core::Sign::ALL.len()];
                let c = vault.safety_check().unwrap().save(ticked, Utc::now()).unwrap();
                ack("safety", c.checked_at.timestamp_millis().to_string());
            }
            _ => {}
        }
    }
}

/// A small xorshift, seeded from the clock (or `TRELLIS_CRASH_SEED`), so each run kills at
/// other moments and a failing one can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn sigkill_loses_no_acknowledged_entry() {
    if std::env::var(CHILD_ENV).is_ok() || std::env::var(SNAPSHOT_CHILD_ENV).is_ok() {
        return;
    }
    let (_tmp, dir, vault, _) = new_vault();
    drop(vault);
    let exe = std::env::current_exe().unwrap();
    let seed = match std::env::var("TRELLIS_CRASH_SEED") {
        Ok(s) => s.parse::<u64>().expect("TRELLIS_CRASH_SEED is a number"),
        Err(_) => Utc::now().timestamp_nanos_opt().unwrap_or(1) as u64 | 1,
    };
    eprintln!("crash test seed {seed} (replay with TRELLIS_CRASH_SEED={seed})");
    let mut rng = Rng(seed);
    let mut acked: Vec<EntryId> = Vec::new();
    let mut others: Vec<(String, String)> = Vec::new();
    let rounds = 60;
    let mut killed_mid_write = 0;
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash::child_adds_until_killed", "--nocapture", "--test-threads", "1"])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    // The harness prints "test <name> ... " before the output, on the same line.
                    if l.ends_with("READY") {
                        let _ = ready_tx.send(());
                    }
                    let (kind, id) = l.strip_prefix("ACK ")?.split_once(' ')?;
                    Some((kind.to_owned(), id.to_owned()))
                })
                .collect::<Vec<_>>()
        });
        // A slow start (a loaded machine, Wine) would otherwise use up the wait below.
        let _ = ready.recv_timeout(Duration::from_secs(60));
        // Kill at a random moment: sometimes before the first write, mostly mid-stream.
        std::thread::sleep(Duration::from_millis(rng.next() % 150));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no checkpoint.
        child.wait().unwrap();
        let got = reader.join().unwrap();
        if !got.is_empty() {
            killed_mid_write += 1;
        }
        for (kind, id) in got {
            match kind.as_str() {
                "entry" => acked.push(id.parse().unwrap()),
                _ => others.push((kind, id)),
            }
        }

        let conn = Connection::open(dir.join(DB_FILE)).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "round {round}: integrity_check");
        drop(conn);

        let mut vault = Vault::open(&dir).unwrap();
        vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
        for (kind, id) in &others {
            let ok = match kind.as_str() {
                "boundary" => {
                    let id = id.parse().unwrap();
                    let bs = vault.boundaries().unwrap();
                    bs.get(id).is_ok_and(|b| b.moments.len() == 1) && bs.history(id).is_ok_and(|h| h.len() == 2)
                }
                "worksheet" => vault.worksheets().unwrap().get(id.parse().unwrap()).is_ok_and(|w| w.filled == 1),
                "reminder" => vault
                    .reminders()
                    .unwrap()
                    .get(id.parse().unwrap())
                    .is_ok_and(|r| r.title.starts_with("crash reminder") && r.schedule.next_fire.is_some()),
                "checkin" => vault.checkins().unwrap().get(id.parse().unwrap()).is_ok_and(|e| {
                    e.about.len() == 1 && e.check_in.as_ref().is_some_and(|c| c.try_next.starts_with("try "))
                }),
                // Checked below: a later save may rightly have removed or replaced it.
                "unsaved" | "safety" => true,
                _ => vault.agreements().unwrap().get(id.parse().unwrap()).is_ok(),
            };
            assert!(ok, "round {round}: acknowledged {kind} {id} lost or incomplete (seed {seed})");
        }
        // The unsaved check-in reads, and is never older than the last one acknowledged (it
        // is gone only when the check-in after it was saved).
        let last_kept = others.iter().rev().find(|(k, _)| k == "unsaved").map(|(_, n)| n.parse::<i64>().unwrap());
        if let Some(u) = vault.checkins().unwrap().unsaved().unwrap() {
            let n: i64 =
                u.well_me.strip_prefix("unsaved ").and_then(|n| n.parse().ok()).expect("a draft the child kept");
            assert!(
                last_kept.is_none_or(|l| n >= l),
                "round {round}: draft {n} older than acknowledged {last_kept:?} (seed {seed})"
            );
        }
        // The safety check reads, and is never older than the last one acknowledged.
        let last_check = others.iter().rev().find(|(k, _)| k == "safety").map(|(_, n)| n.parse::<i64>().unwrap());
        if let Some(last) = last_check {
            let c = vault.safety_check().unwrap().get().unwrap();
            let c = c.unwrap_or_else(|| panic!("round {round}: the safety check was lost (seed {seed})"));
            assert!(c.checked_at.timestamp_millis() >= last, "round {round}: an older safety check (seed {seed})");
            assert!(!c.ticked.is_empty(), "round {round}: its ticks read (seed {seed})");
        }
        let j = vault.journal().unwrap();
        let present: HashSet<EntryId> = j
            .list(0, usize::MAX >> 1)
            .unwrap()
            .into_iter()
            .map(|row| match row {
                Listed::Entry(e) => e.id,
                Listed::Damaged { id, .. } => panic!("round {round}: {id} damaged"),
            })
            .collect();
        for id in &acked {
            assert!(present.contains(id), "round {round}: acknowledged {id} lost (seed {seed})");
        }
        for id in acked.iter().rev().take(20) {
            assert!(j.history(*id).is_ok(), "round {round}: the history of {id} reads (seed {seed})");
        }
    }
    eprintln!(
        "{} acknowledged entries and {} other records over {rounds} kills, {killed_mid_write} mid-stream",
        acked.len(),
        others.len()
    );
    assert!(others.iter().any(|(k, _)| k == "agreement"), "the child must have reached the tools");
    assert!(others.iter().any(|(k, _)| k == "reminder"), "the child must have reached the reminders");
    assert!(others.iter().any(|(k, _)| k == "checkin"), "the child must have held check-ins");
    assert!(others.iter().any(|(k, _)| k == "unsaved"), "the child must have kept unsaved check-ins");
    assert!(others.iter().any(|(k, _)| k == "safety"), "the child must have saved safety checks");
    let written = acked.len() + others.len();
    assert!(written > 100, "the child must have written a fair amount: {written}");
    assert!(killed_mid_write >= rounds / 2, "most kills must land mid-stream: {killed_mid_write}");
}

const SNAPSHOT_CHILD_ENV: &str = "TRELLIS_CRASH_SNAPSHOT_CHILD_VAULT";

/// Runs only as the child: takes snapshots and writes backups until killed.
#[test]
fn child_snapshots_until_killed() {
    let Ok(dir) = std::env::var(SNAPSHOT_CHILD_ENV) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&Passphrase::new(PASS.into()), UnlockMode::Lazy).unwrap();
    let folder = vault.snapshot_folder().unwrap();
    let backups = dir.join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let mut out = std::io::stdout().lock();
    // Started and unlocked: the parent's random wait before the kill counts from here, so a
    // slow start on a loaded machine does not leave no time for any snapshot at all.
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    for i in 0u64.. {
        let now = Utc::now() + chrono::Duration::seconds(i as i64);
        vault.journal().unwrap().add(draft(&format!("before snapshot {i}"), "words", &[]), Utc::now()).unwrap();
        vault.snapshot(&folder, 3, now).unwrap();
        let path = backups.join(format!("backup-{i}.age"));
        vault.write_backup(&path, &Passphrase::new(PASS.into()), weak(), now).unwrap();
        writeln!(out, "ACK {i}").unwrap();
        out.flush().unwrap();
    }
}

/// A SIGKILL during a snapshot or a backup leaves the earlier ones intact, and no file under a
/// final name that does not open and verify.
#[test]
fn sigkill_during_snapshots_and_backups_leaves_only_whole_files() {
    if std::env::var(CHILD_ENV).is_ok() || std::env::var(SNAPSHOT_CHILD_ENV).is_ok() {
        return;
    }
    let (_tmp, dir, mut vault, _) = new_vault();
    for i in 0..200 {
        vault.journal().unwrap().add(draft(&format!("seed {i}"), &"some words ".repeat(200), &[]), Utc::now()).unwrap();
    }
    drop(vault);
    let exe = std::env::current_exe().unwrap();
    let seed = Utc::now().timestamp_nanos_opt().unwrap_or(1) as u64 | 1;
    eprintln!("snapshot crash test seed {seed}");
    let mut rng = Rng(seed);
    let mut acked = 0;
    for round in 0..12 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash::child_snapshots_until_killed", "--nocapture", "--test-threads", "1"])
            .env(SNAPSHOT_CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut acks = 0;
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                // The harness prints "test <name> ... " before the output, on the same line.
                if line.ends_with("READY") {
                    let _ = ready_tx.send(());
                } else if line.starts_with("ACK ") {
                    acks += 1;
                }
            }
            acks
        });
        let _ = ready.recv_timeout(Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(300 + rng.next() % 1_000));
        child.kill().unwrap();
        child.wait().unwrap();
        acked += reader.join().unwrap();

        let folder = dir.join("snapshots");
        for snap in Vault::open(&dir).unwrap().snapshots(&folder).unwrap() {
            let v = trellis_core::backup::verify_snapshot(
                std::path::Path::new(&snap.path),
                trellis_core::backup::Opener::Passphrase(&pass()),
                Utc::now(),
            );
            assert!(
                v.is_ok_and(|v| v.damaged.is_empty()),
                "round {round}: {} does not verify (seed {seed})",
                snap.path
            );
        }
        if let Ok(list) = std::fs::read_dir(dir.join("backups")) {
            for f in list.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "age")) {
                let doc = trellis_core::backup::read_backup(&f, &pass());
                assert!(doc.is_ok(), "round {round}: {} does not open (seed {seed})", f.display());
            }
        }
    }
    eprintln!("{acked} snapshots and backups acknowledged over 12 kills");
    assert!(acked >= 4, "the child must have finished some between kills: {acked}");
}
