//! `trellis sync …`: keeping this vault in step with your other computers through a folder
//! that Syncthing, Nextcloud, Dropbox or a USB stick keeps in step. Trellis itself never talks
//! to a network.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use chrono::Utc;
use clap::Subcommand;

use trellis_core::say::FluentValue;
use trellis_core::{ComputerState, SyncStatus, Vault, Waiting};

use crate::say::{count, say, say_with, text};

#[derive(Subcommand)]
pub(crate) enum SyncCommand {
    /// Start syncing through FOLDER (empty or new), as the first computer
    Folder {
        folder: PathBuf,
        /// This computer's name, as the others will show it ("Laptop")
        #[arg(long)]
        name: String,
    },
    /// Join the computers that sync through FOLDER; prints six words to compare on a computer
    /// already in step, which approves this one (`trellis sync approve`). With no computer in
    /// step at hand (it was lost), join with its recovery code instead
    Join {
        folder: PathBuf,
        /// This computer's name, as the others will show it ("Desk")
        #[arg(long)]
        name: String,
        /// Join with the recovery code (read from FILE) of a computer that synced through
        /// FOLDER, in place of the six words
        #[arg(long, value_name = "FILE")]
        recovery_code_file: Option<PathBuf>,
    },
    /// Sync once now: write what changed here, read what the others wrote
    Now,
    /// Where this computer stands: the folder, the computers, what waits
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The computers: in step, asking to join (with their six words), removed
    Devices {
        #[arg(long)]
        json: bool,
    },
    /// Let a computer that asks to join in, after comparing the six words its screen shows
    Approve {
        /// The start of its id (from `trellis sync devices`)
        id: String,
        /// The six words its screen shows, typed here
        #[arg(long)]
        words: String,
    },
    /// Remove a computer: the folder gets a new key it does not have. It keeps what it
    /// already had
    Remove { id: String },
    /// Stop syncing on this computer (the records stay; the folder is left as it is)
    Leave,
}

pub(crate) fn run(cmd: SyncCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cmd {
        SyncCommand::Folder { folder, name } => {
            vault.sync_start(&folder, &name)?;
            let report = vault.sync_now(Utc::now(), &mut |_| {})?;
            eprintln!("{}", count("sync-started", report.sent, &[("folder", text(folder.display()))]));
            eprintln!("{}", say("sync-on-the-other"));
        }
        SyncCommand::Join { folder, name, recovery_code_file: Some(file) } => {
            let code = crate::secrets::read_recovery_code(&file)?;
            vault.sync_join_with_recovery(&folder, &name, &code)?;
            let report = vault.sync_now(Utc::now(), &mut reading)?;
            eprintln!("{}", count("sync-joined-with-code", report.received, &[]));
            eprintln!("{}", say("sync-if-code-lost"));
        }
        SyncCommand::Join { folder, name, recovery_code_file: None } => {
            let words = vault.sync_join(&folder, &name)?;
            eprintln!("{}", say("sync-asks-to-join"));
            eprintln!("{}", say("sync-compare-words"));
            writeln!(out, "{words}")?;
        }
        SyncCommand::Now => {
            let report = vault.sync_now(Utc::now(), &mut reading)?;
            if report.joined_now {
                eprintln!("{}", say("sync-approved-now"));
            }
            let (sent, received) = (report.sent.into(), report.received.into());
            writeln!(out, "{}", say_with("sync-wrote-read", &[("sent", sent), ("received", received)]))?;
            if report.two_computers > 0 {
                writeln!(out, "{}", count("sync-two-at-once", report.two_computers, &[]))?;
            }
            for w in &report.waiting {
                writeln!(out, "{}", say_with("sync-waiting", &waiting(w)))?;
            }
        }
        SyncCommand::Status { json } => {
            let status = vault.sync_status()?.ok_or(trellis_core::SyncError::NotSetUp)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &status)?;
                writeln!(out)?;
            } else {
                print_status(&mut out, &status)?;
            }
        }
        SyncCommand::Devices { json } => {
            let status = vault.sync_status()?.ok_or(trellis_core::SyncError::NotSetUp)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &status.computers)?;
                writeln!(out)?;
            } else {
                print_computers(&mut out, &status)?;
            }
        }
        SyncCommand::Approve { id, words } => {
            let id = vault.sync_approve(&id, &words)?;
            eprintln!("{}", say_with("sync-approved", &[("id", text(id))]));
        }
        SyncCommand::Remove { id } => {
            let id = vault.sync_remove(&id)?;
            vault.sync_now(Utc::now(), &mut |_| {})?;
            eprintln!("{}", say_with("sync-removed", &[("id", text(id))]));
        }
        SyncCommand::Leave => {
            vault.sync_leave()?;
            eprintln!("{}", say("sync-left"));
        }
    }
    Ok(())
}

/// Says how far a long pass (a first join of a large vault) has read.
fn reading(n: u32) {
    if n.is_multiple_of(1000) {
        eprint!("\r{}", count("sync-reading", n, &[]));
    }
}

/// What a pass waits for, as `sync-waiting`'s arguments.
fn waiting(w: &Waiting) -> [(&'static str, FluentValue<'static>); 2] {
    let (what, name, value) = match w {
        Waiting::Folder { folder } => ("folder", "folder", folder),
        Waiting::Approval { words } => ("approval", "words", words),
        Waiting::File { computer } => ("file", "computer", computer),
        Waiting::WholeFile { computer } => ("whole_file", "computer", computer),
        Waiting::OtherComputer { computer } => ("other_computer", "computer", computer),
    };
    [("for", text(what)), (name, text(value))]
}

/// A unit variant's code (`safety_check`), for a message's selector.
fn code(value: &impl serde::Serialize) -> FluentValue<'static> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => FluentValue::from(s),
        _ => FluentValue::None,
    }
}

fn print_status(out: &mut dyn Write, s: &SyncStatus) -> Result<()> {
    writeln!(out, "{}", say_with("sync-folder", &[("folder", text(&s.folder))]))?;
    writeln!(out, "{}", say_with("sync-this-computer", &[("name", text(&s.name)), ("id", text(&s.device))]))?;
    if let Some(words) = &s.words {
        writeln!(out, "{}", say_with("sync-waiting-words", &[("words", text(words))]))?;
    }
    writeln!(out, "{}", count("sync-not-written", s.waiting_to_send, &[]))?;
    if let Some(engine) = &s.vault_in_synced_folder {
        writeln!(out, "{}", say_with("sync-vault-in-synced-folder", &[("engine", text(engine))]))?;
    }
    print_computers(out, s)?;
    if !s.two_computers.is_empty() {
        writeln!(out, "{}", say("sync-two-computers"))?;
        for t in &s.two_computers {
            let at = text(t.at.format("%Y-%m-%d %H:%M"));
            let args = [("at", at), ("kind", code(&t.kind)), ("id", text(&t.id)), ("what", code(&t.what))];
            writeln!(out, "  {}", say_with("sync-two-computers-line", &args))?;
        }
    }
    Ok(())
}

fn print_computers(out: &mut dyn Write, s: &SyncStatus) -> Result<()> {
    for c in &s.computers {
        let state = match c.state {
            ComputerState::ThisOne => say("computer-this-one"),
            ComputerState::InStep => match c.last_change {
                Some(at) => say_with("computer-in-step-since", &[("at", text(at.format("%Y-%m-%d %H:%M")))]),
                None => say("computer-in-step"),
            },
            ComputerState::AsksToJoin => {
                say_with("computer-asks-to-join", &[("words", text(c.words.as_deref().unwrap_or("")))])
            }
            ComputerState::Removed => say("computer-removed"),
        };
        let name = if c.name.is_empty() { say("computer-no-name") } else { c.name.clone() };
        writeln!(out, "{}  {name}  {state}", c.id)?;
    }
    Ok(())
}
