//! The guards reach every kind through the registry: one record of each kind, written by
//! `Vault::add_sample_of_every_kind` (which loops over the registry), is scanned for on disk,
//! survives a re-key, is named when its ciphertext is tampered with, and survives a SIGKILL in
//! the middle of a write. Each test first checks that every `RecordKind` was written, so a
//! kind left out of the registry fails them all.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use rusqlite::Connection;
use trellis_core::{RecordKind, UnlockMode, Vault, DB_FILE};

use crate::support::*;

const CHILD_ENV: &str = "TRELLIS_EVERY_KIND_CHILD_VAULT";

/// The table of each kind (the migrations name them; the record layer keeps the mapping).
fn table(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Entry => "entries",
        RecordKind::Boundary => "boundaries",
        RecordKind::Worksheet => "worksheets",
        RecordKind::Agreement => "agreements",
        RecordKind::Reminder => "reminders",
        RecordKind::Draft => "drafts",
        RecordKind::SafetyCheck => "safety_checks",
        RecordKind::Share => "shares_received",
    }
}

fn sample_every_kind(vault: &mut Vault, words: &str) {
    let kinds: BTreeSet<RecordKind> = vault.add_sample_of_every_kind(words, Utc::now()).unwrap().into_iter().collect();
    let all: BTreeSet<RecordKind> = RecordKind::ALL.iter().copied().collect();
    assert_eq!(kinds, all, "every kind must be in the registry");
}

#[test]
fn no_canary_of_any_kind_reaches_a_file() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    vault.set_journal_history(true).unwrap();
    let canary = "qzeverykind417xv";
    sample_every_kind(&mut vault, canary);
    assert_eq!(
        vault.search_all(canary, 50).unwrap().len(),
        4,
        "entries, boundaries, worksheets, agreements are searched"
    );
    vault.lock();
    drop(vault);
    for (path, bytes) in files(&dir) {
        assert_eq!(count(&bytes, canary.as_bytes()), 0, "the canary reached {}", path.display());
    }
}

#[test]
fn a_rekey_reseals_every_kind() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    sample_every_kind(&mut vault, "words of every kind");
    let new_pass = trellis_core::Passphrase::new("a new passphrase for every kind".into());
    vault.rekey(&new_pass, weak(), Utc::now(), &mut |_, _| {}).unwrap();
    drop(vault);
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&new_pass, UnlockMode::Full).unwrap();
    assert!(report.damaged.is_empty(), "after a re-key every record reads: {:?}", report.damaged);
    assert_eq!(report.entries, RecordKind::ALL.len());
}

#[test]
fn fail_a_tampered_record_of_any_kind_is_named() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    sample_every_kind(&mut vault, "words of every kind");
    drop(vault);
    let conn = Connection::open(dir.join(DB_FILE)).unwrap();
    for kind in RecordKind::ALL {
        let sql = format!("UPDATE {t} SET data = substr(data, 1, 20) || x'00' || substr(data, 22)", t = table(*kind));
        assert_eq!(conn.execute(&sql, []).unwrap(), 1, "one {} row", kind.name());
    }
    drop(conn);
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    let named: BTreeSet<RecordKind> = report.damaged.iter().map(|d| d.kind).collect();
    assert_eq!(named, RecordKind::ALL.iter().copied().collect(), "every kind's tampered record is named");
    assert_eq!(report.entries, 0);
}

/// Runs only as the child: writes a record of every kind, in one transaction, until killed (or,
/// should the parent be gone, for two minutes at most, so a broken parent cannot hang the run).
#[test]
fn child_samples_every_kind_until_killed() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    let started = std::time::Instant::now();
    for round in 0.. {
        if started.elapsed() > Duration::from_secs(120) {
            break;
        }
        vault.add_sample_of_every_kind(&format!("round {round}"), Utc::now()).unwrap();
        writeln!(out, "{round}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn sigkill_loses_no_record_of_any_kind() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    sample_every_kind(&mut vault, "before the child");
    drop(vault);
    let exe = std::env::current_exe().unwrap();
    let mut acked = 1;
    for attempt in 0..6u64 {
        let mut child = Command::new(&exe)
            .args(["--exact", "every_kind::child_samples_every_kind_until_killed", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // The harness prints "test <name> ... " before the test's own output, on the same line.
        let ready = lines.by_ref().map_while(Result::ok).any(|line| line.ends_with("READY"));
        assert!(ready, "the child never said it was ready");
        std::thread::sleep(Duration::from_millis(40 + attempt * 37));
        child.kill().unwrap(); // SIGKILL: no destructor, no flush, no checkpoint
                               // Every round the child printed finished its commit.
        acked += lines.map_while(Result::ok).filter(|l| l.parse::<u64>().is_ok()).count();
        child.wait().unwrap();
    }
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert!(report.damaged.is_empty(), "a kill damaged nothing: {:?}", report.damaged);
    let conn = Connection::open(dir.join(DB_FILE)).unwrap();
    for kind in RecordKind::ALL {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", table(*kind)), [], |r| r.get(0)).unwrap();
        assert!(n as usize >= acked, "{}: {n} records, {acked} acknowledged", kind.name());
    }
}
