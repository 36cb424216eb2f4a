//! `trellis sync …`: keeping this vault in step with your other computers through a folder
//! that Syncthing, Nextcloud, Dropbox or a USB stick keeps in step. Trellis itself never talks
//! to a network.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use chrono::Utc;
use clap::Subcommand;
use trellis_core::{ComputerState, SyncStatus, Vault};

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
            eprintln!("This computer now syncs through {}; {} changes written there.", folder.display(), report.sent);
            eprintln!("On your other computer: trellis sync join <the same folder, as it is there> --name <its name>");
        }
        SyncCommand::Join { folder, name, recovery_code_file: Some(file) } => {
            let code = crate::secrets::read_recovery_code(&file)?;
            vault.sync_join_with_recovery(&folder, &name, &code)?;
            let report = vault.sync_now(Utc::now(), &mut reading)?;
            eprintln!(
                "This computer joined with the recovery code and is in step: it read {} changes.",
                report.received
            );
            eprintln!("If that code's computer is lost, remove it from a computer in step (`trellis sync remove`).");
        }
        SyncCommand::Join { folder, name, recovery_code_file: None } => {
            let words = vault.sync_join(&folder, &name)?;
            eprintln!("This computer asks to join. On a computer already in step, run `trellis sync devices`");
            eprintln!("and check that it shows these six words, then approve it with them:");
            writeln!(out, "{words}")?;
        }
        SyncCommand::Now => {
            let report = vault.sync_now(Utc::now(), &mut reading)?;
            if report.joined_now {
                eprintln!("This computer was approved and is in step now.");
            }
            writeln!(out, "Wrote {} changes, read {}.", report.sent, report.received)?;
            if report.two_computers > 0 {
                writeln!(
                    out,
                    "{} were about something changed on two computers at once: both are kept (`trellis sync status`).",
                    report.two_computers
                )?;
            }
            for waiting in &report.waiting {
                writeln!(out, "Waiting: {waiting}.")?;
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
            eprintln!("Approved {id}. It gets everything at its next sync.");
        }
        SyncCommand::Remove { id } => {
            let id = vault.sync_remove(&id)?;
            vault.sync_now(Utc::now(), &mut |_| {})?;
            eprintln!("Removed {id}: it reads nothing written from now on. It keeps what it already had.");
        }
        SyncCommand::Leave => {
            vault.sync_leave()?;
            eprintln!("This computer no longer syncs. Its records stay; the folder is left as it is.");
        }
    }
    Ok(())
}

/// Says how far a long pass (a first join of a large vault) has read.
fn reading(n: u32) {
    if n.is_multiple_of(1000) {
        eprint!("\rRead {n} changes…");
    }
}

fn print_status(out: &mut dyn Write, s: &SyncStatus) -> Result<()> {
    writeln!(out, "Folder: {}", s.folder)?;
    writeln!(out, "This computer: {} ({})", s.name, s.device)?;
    if let Some(words) = &s.words {
        writeln!(out, "Waiting to be approved; the six words to compare: {words}")?;
    }
    writeln!(out, "Changes not written to the folder yet: {}", s.waiting_to_send)?;
    if let Some(engine) = &s.vault_in_synced_folder {
        writeln!(
            out,
            "Warning: the vault itself is inside a folder {engine} keeps in step. Two computers writing one database \
             damage it: move the vault out, and sync only through the sync folder."
        )?;
    }
    print_computers(out, s)?;
    if !s.two_computers.is_empty() {
        writeln!(out, "Changed on two computers at once (both kept):")?;
        for t in &s.two_computers {
            writeln!(out, "  {} {} {} ({})", t.at.format("%Y-%m-%d %H:%M"), t.kind.name(), t.id, t.what)?;
        }
    }
    Ok(())
}

fn print_computers(out: &mut dyn Write, s: &SyncStatus) -> Result<()> {
    for c in &s.computers {
        let state = match c.state {
            ComputerState::ThisOne => "this computer".to_owned(),
            ComputerState::InStep => match c.last_change {
                Some(at) => format!("in step, last change {}", at.format("%Y-%m-%d %H:%M")),
                None => "in step".to_owned(),
            },
            ComputerState::AsksToJoin => format!("asks to join; its words: {}", c.words.as_deref().unwrap_or("")),
            ComputerState::Removed => "removed".to_owned(),
        };
        let name = if c.name.is_empty() { "(no name yet)" } else { &c.name };
        writeln!(out, "{}  {name}  {state}", c.id)?;
    }
    Ok(())
}
