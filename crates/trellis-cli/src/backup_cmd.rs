//! `trellis snapshot …`, `trellis backup create`, `trellis export` and `trellis import`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Local, Utc};
use clap::Subcommand;
use trellis_core::backup::{restore_snapshot, verify_snapshot, Holds, Opener, SnapshotsRekeyed, Source};
use trellis_core::{KdfWorkFactor, Vault};

use crate::say::{count, say, say_with, text};
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
            eprintln!("{}", say("snapshot-taken"));
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
                    let holds = s.holds.as_ref().map_or_else(|| say("snapshot-unreadable"), holds_text);
                    writeln!(out, "{when}  {:>8} KB  {}  ({holds})", s.bytes / 1024, s.path)?;
                }
                if list.is_empty() {
                    eprintln!("{}", say("snapshot-none"));
                }
            }
        }
        SnapshotCommand::Verify { file, recovery_code_file } => {
            let verified = match recovery_code_file {
                Some(f) => verify_snapshot(&file, Opener::RecoveryCode(&secrets::read_recovery_code(&f)?), Utc::now())?,
                None => verify_snapshot(&file, Opener::Passphrase(&source.read()?), Utc::now())?,
            };
            eprintln!("{}", say_with("snapshot-holds", &[("holds", text(holds_text(&verified.holds)))]));
            if verified.damaged.is_empty() {
                eprintln!("{}", count("snapshot-all-read", verified.checked, &[]));
            } else {
                let names: Vec<String> =
                    verified.damaged.iter().map(|d| format!("{} {}", d.kind.name(), d.id)).collect();
                let unreadable = count("snapshot-damaged", names.len(), &[("list", text(names.join(", ")))]);
                return Err(
                    trellis_core::backup::BackupError::Damaged(trellis_core::say::Message::as_is(unreadable)).into()
                );
            }
        }
        SnapshotCommand::Restore { file, to } => {
            restore_snapshot(&file, &to)?;
            eprintln!("{}", say_with("snapshot-restored", &[("dir", text(to.display()))]));
        }
    }
    Ok(())
}

pub(crate) fn backup(cmd: BackupCommand, vault: &mut Vault) -> Result<()> {
    let BackupCommand::Create { out, backup_passphrase_file, kdf_work_factor } = cmd;
    let passphrase = secrets::new_passphrase(backup_passphrase_file.as_deref())?;
    let work = kdf_work_factor.map(crate::work_factor).transpose()?.unwrap_or(KdfWorkFactor::DEFAULT);
    let r = vault.write_backup(&out, &passphrase, work, Utc::now())?;
    let records = r.entries + r.boundaries + r.worksheets + r.agreements + r.reminders;
    eprintln!("{}", count("backup-wrote", records, &[("file", text(out.display()))]));
    warn_left_out(&r.left_out);
    Ok(())
}

pub(crate) fn export(vault: &mut Vault, format: Format, out: &Path) -> Result<()> {
    let report = match format {
        Format::Json => vault.export_json(out, Utc::now())?,
        Format::Md => vault.export_markdown(out, Utc::now(), crate::say::lang(), &mut |done, total| {
            eprint!("\r{}", say_with("export-writing", &[("done", done.into()), ("total", total.into())]))
        })?,
    };
    if matches!(format, Format::Md) {
        eprintln!();
    }
    let args = [
        ("entries", report.entries.into()),
        ("boundaries", report.boundaries.into()),
        ("worksheets", report.worksheets.into()),
        ("agreements", report.agreements.into()),
        ("reminders", report.reminders.into()),
        ("file", text(out.display())),
    ];
    eprintln!("{}", say_with("export-done", &args));
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
            Some(f) => secrets::read_passphrase_file(&f, "secret-backup-passphrase")?,
            None => secrets::prompt_passphrase("prompt-backup-passphrase")?,
        })
    } else {
        None
    };
    let report = vault.import(source, file, passphrase.as_ref(), &Local)?;
    eprintln!("{}", count("import-done", report.added, &[("already", report.already_there.into())]));
    if report.photos_skipped > 0 {
        eprintln!("{}", count("import-photos-skipped", report.photos_skipped, &[]));
    }
    Ok(())
}

/// Says what a snapshot holds: "12 entries, 3 boundaries and 1 reminder" (counts only).
fn holds_text(h: &Holds) -> String {
    let kinds = [
        (h.entries, "holds-entries"),
        (h.boundaries, "holds-boundaries"),
        (h.worksheets, "holds-worksheets"),
        (h.agreements, "holds-agreements"),
        (h.reminders, "holds-reminders"),
        (h.drafts, "holds-drafts"),
    ];
    let parts: Vec<String> = kinds.iter().filter(|(n, _)| *n > 0).map(|(n, id)| count(id, *n, &[])).collect();
    match parts.as_slice() {
        [] => say("holds-none"),
        [one] => one.clone(),
        [rest @ .., last] => say_with("list-and", &[("rest", text(rest.join(", "))), ("last", text(last))]),
    }
}

/// Says what re-keying did with the snapshots sealed under the old key.
pub(crate) fn say_rekeyed(s: &SnapshotsRekeyed) {
    let n = s.removed;
    match (&s.fresh, n) {
        (_, 0) => {}
        (Some(fresh), _) => {
            eprintln!("{}", count("rekey-snapshots-replaced", n, &[("path", text(&fresh.path))]))
        }
        (None, _) => eprintln!("{}", count("rekey-snapshots-deleted", n, &[])),
    }
    for folder in &s.not_changed {
        eprintln!("trellis: {}", say_with("rekey-snapshots-not-changed", &[("folder", text(folder))]));
    }
}

fn warn_left_out(left_out: &[trellis_core::backup::LeftOut]) {
    if !left_out.is_empty() {
        let names: Vec<String> = left_out.iter().map(|l| l.say_in(crate::say::lang())).collect();
        eprintln!("trellis: {}", count("warning-left-out", left_out.len(), &[("list", text(names.join(", ")))]));
    }
}
