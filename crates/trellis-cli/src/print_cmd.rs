//! `trellis print …`: PDFs of the worksheet, boundaries, agreements and a session packet, and
//! the recovery kit that `init` and `recovery new` write with `--recovery-kit FILE`.
//!
//! Each command gathers what it prints, hands it to `trellis-print` and writes a new file
//! (0600, never over an existing one). A PDF is readable by anyone who has it; the message
//! after writing one with private text says so once.

use std::path::Path;

use anyhow::Result;
use chrono::{Local, NaiveDate};
use clap::{Subcommand, ValueEnum};
use trellis_core::{AgreementId, BoundaryId, EntryId, RecoveryCode, Vault, WorksheetId};
use trellis_print::{Document, PacketChoice, Paper, PrintError};

use crate::tools_cmd::parse as parse_id;
use crate::words::{Field, Form};
use crate::Usage;

const TAG_FIELDS: &[Field] = &[Field::new("Tags", "ask-packet-tags")];
/// The tags a packet's entries are chosen by.
const TAGS: Form = Form { fields: TAG_FIELDS, main: Some(0), body: false };

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum PrintCommand {
    /// The expectations worksheet: a saved one by ID, or blank to fill in by hand
    Worksheet {
        /// The worksheet to print (`trellis worksheet list` shows the ids)
        id: Option<String>,
        /// Print a blank worksheet with every area and room to write
        #[arg(long, conflicts_with = "id")]
        blank: bool,
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// The new PDF (never overwritten)
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Boundaries with why, what I will do and the review date (the agreed ones by default)
    Boundaries {
        /// Every boundary that is not retired, not only the agreed ones
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// The agreements ledger, the ones due for a talk marked
    Agreements {
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Notes for a counsellor: the entries you tick (--entry) or a date range (with tags),
    /// their mood chart, and the boundaries and agreements you name. Nothing else
    Packet {
        /// First day (YYYY-MM-DD) [default: 30 days before --to]
        #[arg(long, value_name = "DATE")]
        from: Option<NaiveDate>,
        /// Last day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE")]
        to: Option<NaiveDate>,
        /// Only entries in the range with one of the tags read from standard input, separated
        /// by commas (or asked for): tags are private words, never arguments
        #[arg(long)]
        tagged: bool,
        #[command(flatten)]
        words: crate::words::Source,
        /// Exactly these entries, whatever the range (repeat)
        #[arg(long = "entry", value_name = "ID")]
        entries: Vec<String>,
        /// Include this boundary (repeat)
        #[arg(long = "boundary", value_name = "ID")]
        boundaries: Vec<String>,
        /// Include this agreement (repeat)
        #[arg(long = "agreement", value_name = "ID")]
        agreements: Vec<String>,
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
}

/// Runs one `trellis print` command on an unlocked vault.
pub(crate) fn run(cmd: PrintCommand, vault: &mut Vault) -> Result<()> {
    let today = Local::now().date_naive();
    let lang = crate::library_cmd::locale_language();
    let (doc, paper, out) = match cmd {
        PrintCommand::Worksheet { id, blank, paper, out } => {
            let doc = match (id, blank) {
                (Some(id), _) => Document::worksheet(&vault.worksheets()?.get(parse_id::<WorksheetId>(&id)?)?, lang),
                (None, true) => Document::worksheet_blank(lang),
                (None, false) => return Err(Usage(crate::say::say("print-name-a-worksheet")).into()),
            };
            (doc, paper, out)
        }
        PrintCommand::Boundaries { all, paper, out } => {
            let list = trellis_print::boundaries_to_print(vault, all).map_err(lift)?;
            (Document::boundaries(&list, lang), paper, out)
        }
        PrintCommand::Agreements { paper, out } => {
            let list = trellis_print::ledger(vault, today).map_err(lift)?;
            (Document::agreements(&list, today, lang), paper, out)
        }
        PrintCommand::Packet { from, to, tagged, words, entries, boundaries, agreements, paper, out } => {
            let tags = if tagged || words.from_file.is_some() {
                let text = TAGS.read(&words, false)?.take("Tags").unwrap_or_default();
                crate::words::tags(&text)
            } else {
                Vec::new()
            };
            let choice = PacketChoice {
                from,
                to,
                tags,
                entries: entries.iter().map(|s| parse_id::<EntryId>(s)).collect::<Result<_>>()?,
                boundaries: boundaries.iter().map(|s| parse_id::<BoundaryId>(s)).collect::<Result<_>>()?,
                agreements: agreements.iter().map(|s| parse_id::<AgreementId>(s)).collect::<Result<_>>()?,
            };
            if choice.from.zip(choice.to).is_some_and(|(f, t)| f > t) {
                return Err(Usage(crate::say::say("print-from-after-to")).into());
            }
            let zone = *Local::now().offset();
            let packet = trellis_print::choose_entries(vault, &choice, zone, today).map_err(lift)?;
            (Document::packet(&packet, today, lang), paper, out)
        }
    };
    save(&doc, paper.into(), today, &out)
}

/// Writes the recovery kit for `code` (only ever right after the code was made).
pub(crate) fn recovery_kit(code: &RecoveryCode, paper: Paper, out: &Path) -> Result<()> {
    let today = Local::now().date_naive();
    save(&Document::recovery_kit(code, crate::library_cmd::locale_language()), paper, today, out)
}

/// Fails before anything is changed when `out` is taken, so a new recovery code is never
/// made with nowhere to write its kit.
pub(crate) fn check_new_file(out: Option<&Path>) -> Result<()> {
    match out {
        Some(p) if p.exists() => Err(trellis_core::FileError::Exists(p.to_owned()).into()),
        _ => Ok(()),
    }
}

fn save(doc: &Document, paper: Paper, today: NaiveDate, out: &Path) -> Result<()> {
    let pages = trellis_print::save(doc, paper, today, out).map_err(lift)?;
    let pages = crate::say::count("pages", pages, &[]);
    let id = if doc.kind().is_private() { "print-wrote-private" } else { "print-wrote" };
    eprintln!("{}", crate::say::say_with(id, &[("file", crate::say::text(out.display())), ("pages", pages.into())]));
    Ok(())
}

/// Unwraps a print error into the core error inside it, so the exit code is the core's.
fn lift(e: PrintError) -> anyhow::Error {
    match e {
        PrintError::Vault(v) => v.into(),
        PrintError::Journal(j) => j.into(),
        PrintError::Tool(t) => t.into(),
        other => other.into(),
    }
}
