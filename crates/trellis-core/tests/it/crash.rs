//! Promise 2: nothing saved is lost. A child process adds entries in a loop and prints the
//! id of each one after `add` returns; it is SIGKILLed at a random moment. After each kill,
//! every acknowledged entry must be present and decrypt, and SQLite's integrity check must
//! pass. 60 rounds. The child keeps revisions, so kills also land inside the edit that
//! appends one. The random seed is printed; `TRELLIS_CRASH_SEED=N` replays a failing run.

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
    let mut j = vault.journal().unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let body = format!("entry {i} ").repeat(1 + i % 50);
        let e = j.add(draft(&format!("crash {i}"), &body, &["crash"]), Utc::now()).unwrap();
        if i % 7 == 3 {
            j.edit(e.id, draft(&format!("crash {i} edited"), &body, &[]), Utc::now()).unwrap();
        }
        writeln!(out, "ACK {}", e.id).unwrap();
        out.flush().unwrap();
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
    if std::env::var(CHILD_ENV).is_ok() {
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
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.strip_prefix("ACK ").map(|id| id.parse::<EntryId>().unwrap()))
                .collect::<Vec<_>>()
        });
        // Kill at a random moment: sometimes before the first write, mostly mid-stream.
        std::thread::sleep(Duration::from_millis(rng.next() % 150));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no checkpoint.
        child.wait().unwrap();
        let got = reader.join().unwrap();
        if !got.is_empty() {
            killed_mid_write += 1;
        }
        acked.extend(got);

        let conn = Connection::open(dir.join(DB_FILE)).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "round {round}: integrity_check");
        drop(conn);

        let mut vault = Vault::open(&dir).unwrap();
        vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
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
    eprintln!("{} acknowledged entries over {rounds} kills, {killed_mid_write} mid-stream", acked.len());
    assert!(acked.len() > 100, "the child must have written a fair amount: {}", acked.len());
    assert!(killed_mid_write >= rounds / 2, "most kills must land mid-stream: {killed_mid_write}");
}
