//! `trellis snapshot …`, `trellis backup create`, `trellis export` and `trellis import`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Local, Utc};
use clap::Subcommand;
use trellis_core::backup::{restore_snapshot, verify_snapshot, Holds, Opener, SnapshotsRekeyed, Source};
use trellis_core::{KdfWorkFactor, Vault};

use crate::secrets::{self, PassphraseSource};

#[derive(Subcommand)]
pub(crate) enum SnapshotCommand {
    /// Take a snapshot now (sealed like the vault; needs no passphrase)
    Create {
        /// Where to put it [default: the folder chosen in settings, else `snapshots` in the vault]
        #[arg(long, value_name = "DIR")]
        folder: Option<PathBuf>,
        /// How many snapshots to keep [default: the setting, 10]
        #[arg(long, value_name = "N")]
        keep: Option<u32>,
    },
    /// List the snapshots, newest first
    List {
        #[arg(long, value_name = "DIR")]
        folder: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Check that a snapshot opens and every record in it reads, without restoring it
    Verify {
        file: PathBuf,
        /// Open it with the recovery code in FILE instead of the passphrase
        #[arg(long, value_name = "FILE")]
        recovery_code_file: Option<PathBuf>,
    },
    /// Restore a snapshot into a new folder (never over a vault)
    Restore {
        file: PathBuf,
        /// The new vault folder: must not exist yet, or be empty
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
    },
}

#[derive(Subcommand)]
pub(crate) enum BackupCommand {
    /// Write every record into one age file, encrypted with a passphrase chosen for it (it
    /// opens with `age -d` too)
    Create {
        /// The new file (never overwritten), e.g. trellis-backup.age
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Read the backup's passphrase from FILE (else it is asked for twice)
        #[arg(long, value_name = "FILE")]
        backup_passphrase_file: Option<PathBuf>,
        /// scrypt work factor [default: 18]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=22))]
        kdf_work_factor: Option<u8>,
    },
}

/// The readable export's format.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum Format {
    /// One JSON document of everything (docs/backup-format.md)
    Json,
    /// A folder of Markdown files
    Md,
}

/// Where an import comes from.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum From {
    /// `jrnl --export json`
    Jrnl,
    /// Day One's JSON export: the zip, or the folder with Journal.json
    Dayone,
    /// Trellis's JSON export or .age backup
    Trellis,
}

fn folder_of(vault: &Vault, given: Option<PathBuf>) -> Result<PathBuf> {
    Ok(match given {
        Some(f) => f,
        None => vault.snapshot_folder()?,
    })
}

pub(crate) fn snapshot(cmd: SnapshotCommand, dir: &Path, source: &PassphraseSource) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cmd {
        SnapshotCommand::Create { folder, keep } => {
            let vault = Vault::open(dir)?;
            let folder = folder_of(&vault, folder)?;
            let keep = keep.unwrap_or(vault.settings()?.snapshot_keep);
            let info = vault.snapshot(&folder, keep as usize, Utc::now())?;
            eprintln!("Snapshot taken; it opens with the passphrase and recovery code the vault has now.");
            writeln!(out, "{}", info.path)?;
        }
        SnapshotCommand::List { folder, json } => {
            let vault = Vault::open(dir)?;
            let list = vault.snapshots(&folder_of(&vault, folder)?)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else {
                for s in &list {
                    let when = s.made_at.with_timezone(&Local).format("%Y-%m-%d %H:%M");
                    let holds = s.holds.as_ref().map_or_else(|| "cannot be read".to_owned(), holds_text);
                    writeln!(out, "{when}  {:>8} KB  {}  ({holds})", s.bytes / 1024, s.path)?;
                }
                if list.is_empty() {
                    eprintln!("No snapshots yet. `trellis snapshot create` takes one.");
                }
            }
        }
        SnapshotCommand::Verify { file, recovery_code_file } => {
            let verified = match recovery_code_file {
                Some(f) => verify_snapshot(&file, Opener::RecoveryCode(&secrets::read_recovery_code(&f)?), Utc::now())?,
                None => verify_snapshot(&file, Opener::Passphrase(&source.read()?), Utc::now())?,
            };
            eprintln!("The snapshot holds {}.", holds_text(&verified.holds));
            if verified.damaged.is_empty() {
                eprintln!("It opens and all {} records and earlier versions read.", verified.checked);
            } else {
                let names: Vec<String> =
                    verified.damaged.iter().map(|d| format!("{} {}", d.kind.name(), d.id)).collect();
                return Err(trellis_core::backup::BackupError::Damaged(trellis_core::say::Message::as_is(format!(
                    "{} cannot be read: {}",
                    names.len(),
                    names.join(", ")
                )))
                .into());
            }
        }
        SnapshotCommand::Restore { file, to } => {
            restore_snapshot(&file, &to)?;
            eprintln!(
                "Restored into {}. Open it with `trellis --vault {} …` and the snapshot's passphrase.",
                to.display(),
                to.display()
            );
        }
    }
    Ok(())
}

pub(crate) fn backup(cmd: BackupCommand, vault: &mut Vault) -> Result<()> {
    let BackupCommand::Create { out, backup_passphrase_file, kdf_work_factor } = cmd;
    let passphrase = secrets::new_passphrase(backup_passphrase_file.as_deref())?;
    let work = kdf_work_factor.map(crate::work_factor).transpose()?.unwrap_or(KdfWorkFactor::DEFAULT);
    let r = vault.write_backup(&out, &passphrase, work, Utc::now())?;
    eprintln!(
        "Wrote {} records to {}. It opens with the passphrase you chose for it, in Trellis or with `age -d`.",
        r.entries + r.boundaries + r.worksheets + r.agreements + r.reminders,
        out.display()
    );
    warn_left_out(&r.left_out);
    Ok(())
}

pub(crate) fn export(vault: &mut Vault, format: Format, out: &Path) -> Result<()> {
    let report = match format {
        Format::Json => vault.export_json(out, Utc::now())?,
        Format::Md => {
            vault.export_markdown(out, Utc::now(), &mut |done, total| eprint!("\rWriting {done} of {total} files…"))?
        }
    };
    if matches!(format, Format::Md) {
        eprintln!();
    }
    eprintln!(
        "Exported {} entries, {} boundaries, {} worksheets, {} agreements and {} reminders to {}. Anyone who can open it can read it.",
        report.entries,
        report.boundaries,
        report.worksheets,
        report.agreements,
        report.reminders,
        out.display()
    );
    warn_left_out(&report.left_out);
    Ok(())
}

pub(crate) fn import(
    vault: &mut Vault,
    from: From,
    file: &Path,
    backup_passphrase_file: Option<PathBuf>,
) -> Result<()> {
    let source = match from {
        From::Jrnl => Source::Jrnl,
        From::Dayone => Source::DayOne,
        From::Trellis => Source::Trellis,
    };
    let encrypted = std::fs::File::open(file)
        .and_then(|mut f| {
            let mut head = [0u8; 19];
            std::io::Read::read_exact(&mut f, &mut head).map(|()| head == *b"age-encryption.org/")
        })
        .unwrap_or(false);
    let passphrase = if encrypted && matches!(source, Source::Trellis) {
        Some(match backup_passphrase_file {
            Some(f) => secrets::read_passphrase_file(&f, "backup passphrase")?,
            None => secrets::prompt_passphrase("Backup passphrase: ")?,
        })
    } else {
        None
    };
    let report = vault.import(source, file, passphrase.as_ref(), &Local)?;
    eprintln!(
        "Imported {} records; {} were already here and were left as they are.",
        report.added, report.already_there
    );
    if report.photos_skipped > 0 {
        eprintln!("{} photos were skipped: Trellis keeps text only.", report.photos_skipped);
    }
    Ok(())
}

/// Says what a snapshot holds: "12 entries, 3 boundaries and 1 reminder" (counts only).
fn holds_text(h: &Holds) -> String {
    let kinds = [
        (h.entries, "entry", "entries"),
        (h.boundaries, "boundary", "boundaries"),
        (h.worksheets, "worksheet", "worksheets"),
        (h.agreements, "agreement", "agreements"),
        (h.reminders, "reminder", "reminders"),
        (h.drafts, "unsaved check-in", "unsaved check-ins"),
    ];
    let parts: Vec<String> = kinds
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect();
    match parts.as_slice() {
        [] => "no records".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Says what re-keying did with the snapshots sealed under the old key.
pub(crate) fn say_rekeyed(s: &SnapshotsRekeyed) {
    let n = s.removed;
    let snapshots = if n == 1 { "snapshot" } else { "snapshots" };
    match (&s.fresh, n) {
        (_, 0) => {}
        (Some(fresh), _) => {
            eprintln!("Deleted {n} {snapshots} made with the old key, and took a new one in its place: {}", fresh.path)
        }
        (None, _) => eprintln!(
            "Deleted {n} {snapshots} made with the old key. A new one could not be taken now; \
             take one with `trellis snapshot create`."
        ),
    }
    for folder in &s.not_changed {
        eprintln!(
            "trellis: warning: snapshots in {folder} were not changed (the folder could not be reached or changed). \
             Delete them, or they still open with the old passphrase and recovery code. \
             The next snapshot taken there replaces them."
        );
    }
}

fn warn_left_out(left_out: &[String]) {
    if !left_out.is_empty() {
        eprintln!("trellis: warning: {} damaged records were left out: {}", left_out.len(), left_out.join(", "));
    }
}
