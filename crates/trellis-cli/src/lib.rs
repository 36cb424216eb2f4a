//! `trellis`: the Trellis vault from the terminal.
//!
//! A library so that one program can be both: the `trellis` binary is [`main_with`] alone, and
//! the app's binary runs it when [`is_command`] says it was started as the command.
//!
//! A second thin door into `trellis-core`, for scripts, tests and benchmarks. Each command
//! opens the vault, unlocks it, does one thing and exits. Exit codes are a contract:
//! 0 ok · 2 usage · 3 wrong passphrase or recovery code · 4 damaged vault or record · 1 other.
//! Private words (titles, bodies, tags, notes, answers, search words) are never arguments, where
//! any local user could read them and the shell would keep them: see `words.rs`.

#![forbid(unsafe_code)]

mod backup_cmd;
mod checkin_cmd;
mod help;
mod journal_cmd;
mod library_cmd;
mod mistakes;
mod print_cmd;
mod reminder_cmd;
mod say;
mod secrets;
mod share_cmd;
mod sync_cmd;
mod tools_cmd;
mod words;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::Utc;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use trellis_core::{Code, KdfWorkFactor, UnlockMode, Vault};

use crate::say::{say, say_with, text};

#[derive(Parser)]
#[command(
    name = "trellis",
    version,
    about = "Trellis: a private, encrypted journal for working through trust issues.",
    after_help = "What you write is never an argument (other users could read it, and your shell keeps it): \
commands read it from standard input as `Field: value` lines and then the text (or JSON), from \
--from-file FILE, or ask for it on a terminal."
)]
struct Cli {
    /// The vault folder [default: $TRELLIS_VAULT, else the OS data folder]
    #[arg(long, global = true, value_name = "DIR", env = "TRELLIS_VAULT")]
    vault: Option<PathBuf>,
    /// Read the passphrase from the first line of FILE [env: TRELLIS_PASSPHRASE_FILE]
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new vault; prints the recovery code once, as the last line
    Init {
        /// scrypt work factor (log2 N). Below 18 is weak: only for tests and benchmarks
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=22))]
        kdf_work_factor: Option<u8>,
        /// Also write the recovery kit (a PDF with the code and how to use it) to FILE
        #[arg(long, value_name = "FILE")]
        recovery_kit: Option<PathBuf>,
        /// The recovery kit's paper
        #[arg(long, value_enum, default_value = "a4", requires = "recovery_kit")]
        paper: print_cmd::PaperArg,
    },
    /// Write, read and search journal entries
    #[command(subcommand)]
    Journal(journal_cmd::JournalCommand),
    /// Boundaries: add, list, show, edit, history, log moments, retire, delete
    #[command(subcommand)]
    Boundary(tools_cmd::BoundaryCommand),
    /// Expectations worksheets: new, list, show, fill, compare
    #[command(subcommand)]
    Worksheet(tools_cmd::WorksheetCommand),
    /// The agreements ledger: list, show, edit
    #[command(subcommand)]
    Agreement(tools_cmd::AgreementCommand),
    /// Reminders: list, add, edit, remove; snooze, skip, pause, resume, due and export-ics
    /// work from the schedule alone and need no passphrase
    #[command(subcommand)]
    Reminder(reminder_cmd::ReminderCommand),
    /// The weekly check-in: start (guided, or every answer from a file), list, show
    #[command(subcommand)]
    Checkin(checkin_cmd::CheckinCommand),
    /// Print to PDF: the worksheet (blank or filled), boundaries, agreements, a session packet
    #[command(subcommand)]
    Print(print_cmd::PrintCommand),
    /// Read and search the article library (no vault needed)
    Library(library_cmd::LibraryArgs),
    /// Change the passphrase
    Passwd {
        /// Read the new passphrase from FILE (else it is asked for twice)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
        /// scrypt work factor for the new passphrase [default: 18]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=22))]
        kdf_work_factor: Option<u8>,
        /// Also replace the vault key: every entry is resealed, a new recovery code is printed
        /// (last line), and an old copy of the vault with the old passphrase or code opens
        /// nothing written from now on
        #[arg(long)]
        rekey: bool,
    },
    /// Recovery codes
    #[command(subcommand)]
    Recovery(RecoveryCommand),
    /// Unlock with the recovery code and set a new passphrase
    Recover {
        /// Read the recovery code from FILE
        #[arg(long, value_name = "FILE")]
        recovery_code_file: PathBuf,
        /// Read the new passphrase from FILE (else it is asked for twice)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Export everything readable (plaintext, on purpose): JSON to FILE, or Markdown into DIR
    Export {
        /// Where to write; an existing file or a non-empty folder is never written over
        #[arg(long, value_name = "FILE|DIR")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: backup_cmd::Format,
    },
    /// Import from jrnl, Day One or Trellis, all or nothing; a second import adds nothing
    Import {
        #[arg(long, value_enum)]
        from: backup_cmd::From,
        file: PathBuf,
        /// For a Trellis .age backup: read its passphrase from FILE (else it is asked for)
        #[arg(long, value_name = "FILE")]
        backup_passphrase_file: Option<PathBuf>,
    },
    /// Snapshots: sealed copies of the vault
    #[command(subcommand)]
    Snapshot(backup_cmd::SnapshotCommand),
    /// The portable backup: one age file with everything
    #[command(subcommand)]
    Backup(backup_cmd::BackupCommand),
    /// Your computers in step through a shared folder: folder, join, now, status, devices,
    /// approve, remove, leave
    #[command(subcommand)]
    Sync(sync_cmd::SyncCommand),
    /// Your partner's own Trellis: show this one's card, connect (six words), forget
    #[command(subcommand)]
    Partner(share_cmd::PartnerCommand),
    /// Share chosen pages with your partner as a file, or open a share from them
    #[command(subcommand)]
    Share(share_cmd::ShareCommand),
}

#[derive(Subcommand)]
enum RecoveryCommand {
    /// Make a new recovery code (asks for the passphrase); the old code stops working.
    /// Prints the new code once, as the last line
    New {
        /// Also write the recovery kit (a PDF with the code and how to use it) to FILE
        #[arg(long, value_name = "FILE")]
        recovery_kit: Option<PathBuf>,
        /// The recovery kit's paper
        #[arg(long, value_enum, default_value = "a4", requires = "recovery_kit")]
        paper: print_cmd::PaperArg,
    },
}

/// Runs the command as a process started with `args` would (its name first, as
/// `std::env::args_os` gives them), and says how it ended.
pub fn main_with<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    // The app's release binary on Windows starts without a console (see trellis-launcher).
    trellis_launcher::attach_parent_console();
    let mut cmd = help::in_language(Cli::command(), say::lang());
    let parsed = match cmd.try_get_matches_from_mut(args) {
        Ok(mut matches) => Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd)),
        Err(e) => Err(e),
    };
    let cli = parsed.unwrap_or_else(|e| match say::lang() {
        "en" => e.exit(),
        _ => e.apply::<mistakes::InLanguage>().exit(),
    });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("trellis: {}", one_line(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

/// Whether a process started with `args` is the command rather than the app's window: started
/// as `trellis` (the name the packages install beside the app), or with one of the command's
/// subcommands after any of its options (`trellis-app journal list`, `trellis-app --vault DIR
/// export --out FILE`). Anything else opens the window (`trellis-app --vault DIR` included).
pub fn is_command(args: &[OsString]) -> bool {
    let called_trellis =
        args.first().and_then(|a| Path::new(a).file_stem()).is_some_and(|stem| stem.eq_ignore_ascii_case("trellis"));
    if called_trellis {
        return true;
    }
    if args.len() < 2 {
        // The window, started from the menu: no need to build the command's description.
        return false;
    }
    let cli = Cli::command();
    let takes_value = |option: &str| {
        cli.get_arguments()
            .any(|a| a.get_long().is_some_and(|long| option == format!("--{long}")) && a.get_action().takes_values())
    };
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some(option) if option.starts_with('-') => {
                if takes_value(option) {
                    rest.next();
                }
            }
            Some(first) => return first == "help" || cli.get_subcommands().any(|c| c.get_name() == first),
            None => return false,
        }
    }
    false
}

fn run(cli: Cli) -> Result<()> {
    if let Command::Library(cmd) = cli.command {
        return library_cmd::run(cmd);
    }
    let dir = vault_dir(cli.vault)?;
    let source = secrets::PassphraseSource::new(cli.passphrase_file);
    match cli.command {
        Command::Init { kdf_work_factor, recovery_kit, paper } => {
            init(&dir, &source, kdf_work_factor, recovery_kit.as_deref(), paper)
        }
        Command::Journal(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            journal_cmd::run(cmd, &mut vault)
        }
        Command::Print(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            print_cmd::run(cmd, &mut vault)
        }
        Command::Boundary(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            tools_cmd::boundary(cmd, &mut vault)
        }
        Command::Worksheet(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            tools_cmd::worksheet(cmd, &mut vault)
        }
        Command::Agreement(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            tools_cmd::agreement(cmd, &mut vault)
        }
        Command::Reminder(cmd) => {
            let mut vault = Vault::open(&dir)?;
            let Some(cmd) = reminder_cmd::without_key(cmd, &vault)? else { return Ok(()) };
            vault.unlock(&source.read()?, UnlockMode::Lazy)?;
            reminder_cmd::with_key(cmd, &mut vault)
        }
        Command::Checkin(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            checkin_cmd::run(cmd, &mut vault)
        }
        Command::Passwd { new_passphrase_file, kdf_work_factor, rekey } => {
            let mut vault = unlock(&dir, &source)?;
            let new = secrets::new_passphrase(new_passphrase_file.as_deref())?;
            let work = kdf_work_factor.map(work_factor).transpose()?;
            if !rekey {
                vault.change_passphrase(&new, work, Utc::now())?;
                eprintln!("{}", say("passwd-changed"));
                return Ok(());
            }
            let rekeyed = vault.rekey(&new, work.unwrap_or_default(), Utc::now(), &mut |done, total| {
                eprint!("\r{}", say_with("passwd-resealing", &[("done", done.into()), ("total", total.into())]));
            })?;
            let code = rekeyed.code;
            eprintln!();
            eprintln!("{}", say("passwd-rekeyed"));
            eprintln!("{}", say("passwd-rekeyed-old"));
            backup_cmd::say_rekeyed(&rekeyed.snapshots);
            eprintln!("{}", say("passwd-new-code"));
            println!("{}", code.shown());
            Ok(())
        }
        Command::Recover { recovery_code_file, new_passphrase_file } => {
            let code = secrets::read_recovery_code(&recovery_code_file)?;
            let new = secrets::new_passphrase(new_passphrase_file.as_deref())?;
            let mut vault = Vault::open(&dir)?;
            vault.recover(&code, &new, KdfWorkFactor::DEFAULT, UnlockMode::Lazy, Utc::now())?;
            eprintln!("{}", say("recover-done"));
            eprintln!("{}", say("recover-code-still-works"));
            eprintln!("  trellis recovery new");
            Ok(())
        }
        Command::Recovery(RecoveryCommand::New { recovery_kit, paper }) => {
            print_cmd::check_new_file(recovery_kit.as_deref())?;
            let mut vault = Vault::open(&dir)?;
            let passphrase = source.read()?;
            vault.unlock(&passphrase, UnlockMode::Lazy)?;
            let code = vault.replace_recovery_code(&passphrase, Utc::now())?;
            eprintln!("{}", say("recovery-new-made"));
            eprintln!("{}", say("recovery-new-shown-once"));
            println!("{}", code.shown());
            match recovery_kit {
                Some(out) => print_cmd::recovery_kit(&code, paper.into(), &out),
                None => Ok(()),
            }
        }
        Command::Library(_) => unreachable!("handled above"),
        Command::Export { out, format } => {
            let mut vault = unlock(&dir, &source)?;
            backup_cmd::export(&mut vault, format, &out)
        }
        Command::Import { from, file, backup_passphrase_file } => {
            let mut vault = unlock(&dir, &source)?;
            backup_cmd::import(&mut vault, from, &file, backup_passphrase_file)
        }
        Command::Snapshot(cmd) => backup_cmd::snapshot(cmd, &dir, &source),
        Command::Backup(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            backup_cmd::backup(cmd, &mut vault)
        }
        Command::Sync(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            sync_cmd::run(cmd, &mut vault)
        }
        Command::Partner(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            share_cmd::partner(cmd, &mut vault)
        }
        Command::Share(cmd) => {
            let mut vault = unlock(&dir, &source)?;
            share_cmd::share(cmd, &mut vault)
        }
    }
}

fn init(
    dir: &std::path::Path,
    source: &secrets::PassphraseSource,
    work: Option<u8>,
    recovery_kit: Option<&std::path::Path>,
    paper: print_cmd::PaperArg,
) -> Result<()> {
    let work = work.map(work_factor).transpose()?.unwrap_or_default();
    print_cmd::check_new_file(recovery_kit)?;
    let passphrase = source.read_new()?;
    let (_vault, code) = Vault::create(dir, &passphrase, work, Utc::now())?;
    eprintln!("{}", say_with("init-created", &[("dir", text(dir.display()))]));
    eprintln!("{}", say("init-code-below"));
    eprintln!("{}", say("init-write-it-down"));
    eprintln!("{}", say("init-what-it-does"));
    println!("{}", code.shown());
    match recovery_kit {
        Some(out) => print_cmd::recovery_kit(&code, paper.into(), out),
        None => Ok(()),
    }
}

fn unlock(dir: &std::path::Path, source: &secrets::PassphraseSource) -> Result<Vault> {
    let mut vault = Vault::open(dir)?;
    let passphrase = source.read()?;
    vault.unlock(&passphrase, UnlockMode::Lazy)?;
    Ok(vault)
}

pub(crate) fn work_factor(n: u8) -> Result<KdfWorkFactor> {
    match KdfWorkFactor::new(n) {
        Some(w) => Ok(w),
        None => {
            eprintln!("trellis: {}", say_with("warning-weak-work-factor", &[("n", n.into())]));
            Ok(KdfWorkFactor::insecure_for_tests(n).expect("clap keeps it in 1..=22"))
        }
    }
}

fn vault_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    match given {
        Some(dir) => Ok(dir),
        None => trellis_core::default_vault_dir().with_context(|| say("error-no-data-folder")),
    }
}

/// A usage mistake found after parsing (exit code 2, as clap's own).
#[derive(Debug)]
pub(crate) struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Usage {}

fn exit_code(e: &anyhow::Error) -> u8 {
    if e.chain().any(|c| c.is::<Usage>()) {
        return 2;
    }
    e.chain().find_map(trellis_core::code_of).map_or(1, exit_code_of)
}

/// The exit code of each failure (the contract in the module's doc): one exhaustive match.
fn exit_code_of(code: Code) -> u8 {
    match code {
        Code::Invalid | Code::EmptyPassphrase | Code::UnknownName => 2,
        Code::WrongPassphrase | Code::WrongRecoveryCode => 3,
        Code::Damaged => 4,
        Code::NoVault
        | Code::VaultExists
        | Code::Locked
        | Code::NotFound
        | Code::Changed
        | Code::TooLarge
        | Code::KeyChanged
        | Code::BadFile
        | Code::FileExists
        | Code::DiskFull
        | Code::Busy
        | Code::NewerVault
        | Code::Internal => 1,
    }
}

/// Errors are one line: the outer message, then its causes, the core's said in the locale's
/// language (in English, their `Display` text).
fn one_line(e: &anyhow::Error) -> String {
    let lang = say::lang();
    let parts: Vec<String> = e.chain().map(|c| say::cause_in(c, lang)).collect();
    let mut line = parts[0].clone();
    for p in &parts[1..] {
        if !line.contains(p.as_str()) {
            line.push_str(": ");
            line.push_str(p);
        }
    }
    line.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_command_is_told_from_the_window_by_its_name_or_a_subcommand() {
        for command in [
            &["trellis"][..],
            &["/usr/bin/trellis", "--version"],
            &["trellis.exe", "journal", "list"],
            &["trellis-app", "journal", "list"],
            &["/opt/x/trellis-app", "library", "list"],
            &["trellis-app", "help"],
            &["trellis-app", "--vault", "/v", "export", "--out", "x.json"],
            &["trellis-app", "--passphrase-file", "p", "--vault=/v", "journal", "list"],
        ] {
            assert!(is_command(&args(command)), "{command:?}");
        }
        for window in [
            &["trellis-app"][..],
            &["/usr/bin/trellis-app", "--in-tray"],
            &["trellis-app", "--vault", "journal"],
            &["trellis-app", "--vault", "/v", "--in-tray"],
            &["trellis-app", "journals"],
            &[],
        ] {
            assert!(!is_command(&args(window)), "{window:?}");
        }
    }
}
