//! `trellis partner …` and `trellis share …`: connecting with a partner's own Trellis and
//! sharing chosen pages with it as files (`docs/share-format.md`). A share is shown in full
//! before it is written; sharing is never owed.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use chrono::Utc;
use clap::Subcommand;
use trellis_core::say::day_month_year;
use trellis_core::{AgreementId, BoundaryId, EntryId, ShareChoice, ShareId, SharedItem, Vault, WorksheetId};

use crate::say::{answer, lang, say, say_with, text};

#[derive(Subcommand)]
pub(crate) enum PartnerCommand {
    /// This Trellis's card (to give your partner) and who it is connected with
    Show,
    /// Connect with your partner's Trellis: prints the six words to compare with their screen,
    /// then connects once they are typed (or given with --words)
    Connect {
        /// Read your partner's card from FILE (the line their `trellis partner show` printed)
        #[arg(long, value_name = "FILE")]
        card_file: PathBuf,
        /// What to call them on what they share (else it is asked for; a name given here can
        /// be seen by other programs on this computer)
        #[arg(long)]
        name: Option<String>,
        /// The six words both screens show, typed here after comparing them
        #[arg(long)]
        words: Option<String>,
    },
    /// Forget the connection (shares kept stay; new ones are not opened)
    Forget,
}

#[derive(Subcommand)]
pub(crate) enum ShareCommand {
    /// Share a worksheet: your expectation (and middle ground) in each area written in, or in
    /// the areas given
    Worksheet {
        id: WorksheetId,
        /// Only these areas (their ids, comma-separated)
        #[arg(long, value_delimiter = ',')]
        areas: Option<Vec<String>>,
        #[command(flatten)]
        out: Out,
    },
    /// Share chosen boundaries
    Boundaries {
        #[arg(required = true)]
        ids: Vec<BoundaryId>,
        #[command(flatten)]
        out: Out,
    },
    /// Share an agreement's words (with its version, so the two of you can agree to the same
    /// one)
    Agreement {
        id: AgreementId,
        /// Say in the share that you agree to these words (the ledger keeps the day)
        #[arg(long)]
        agree: bool,
        #[command(flatten)]
        out: Out,
    },
    /// Share a saved weekly check-in, as its entry reads
    CheckIn {
        id: EntryId,
        #[command(flatten)]
        out: Out,
    },
    /// Share a journal entry written as a letter to your partner
    Letter {
        id: EntryId,
        #[command(flatten)]
        out: Out,
    },
    /// Open a share from your partner and keep it
    Open {
        file: PathBuf,
        /// Also fill "my partner's expectation" of this worksheet with theirs, as told by them
        #[arg(long, value_name = "WORKSHEET")]
        into_worksheet: Option<WorksheetId>,
    },
    /// Keep the agreement in a share from your partner in your agreements (or take their words
    /// for one you both hold; yours stay in its history)
    KeepAgreement { share: ShareId },
    /// The shares from your partner kept here
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
pub(crate) struct Out {
    /// Where to write the share (a new file; nothing is ever written over)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Write it without asking, after showing it
    #[arg(long)]
    yes: bool,
}

pub(crate) fn partner(cmd: PartnerCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let mut partner = vault.partner()?;
    match cmd {
        PartnerCommand::Show => {
            let card = partner.my_card()?;
            eprintln!("{}", say("partner-card"));
            writeln!(out, "{card}")?;
            match partner.connected()? {
                Some(c) => {
                    let since = day_month_year(lang(), c.connected_at.date_naive());
                    let args = [("name", text(&c.name)), ("since", text(since)), ("words", text(&c.words))];
                    eprintln!("{}", say_with("partner-connected-since", &args));
                }
                None => eprintln!("{}", say("partner-none")),
            }
        }
        PartnerCommand::Connect { card_file, name, words } => {
            let card = std::fs::read_to_string(&card_file)
                .with_context(|| say_with("partner-read-card", &[("file", text(card_file.display()))]))?;
            let shown = partner.words_with(&card)?;
            let mut input = std::io::stdin().lock();
            let name = match name {
                Some(n) => n,
                None => {
                    eprintln!("{}", say("partner-ask-name"));
                    let mut line = String::new();
                    input.read_line(&mut line).with_context(|| say("partner-read-name"))?;
                    line
                }
            };
            let typed = match words {
                Some(w) => w,
                None => {
                    eprintln!("{}", say("partner-words-shown"));
                    eprintln!("  {shown}");
                    eprintln!("{}", say("partner-other-words"));
                    let mut line = String::new();
                    input.read_line(&mut line).with_context(|| say("partner-read-words"))?;
                    line
                }
            };
            let connected = partner.connect(&card, &name, &typed, Utc::now())?;
            eprintln!("{}", say_with("partner-connected", &[("name", text(&connected.name))]));
        }
        PartnerCommand::Forget => {
            partner.forget()?;
            eprintln!("{}", say("partner-forgot"));
        }
    }
    Ok(())
}

pub(crate) fn share(cmd: ShareCommand, vault: &mut Vault) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let (choice, out) = match cmd {
        ShareCommand::Worksheet { id, areas, out } => (ShareChoice::Worksheet { id, areas }, out),
        ShareCommand::Boundaries { ids, out } => (ShareChoice::Boundaries { ids }, out),
        ShareCommand::Agreement { id, agree, out } => (ShareChoice::Agreement { id, agree }, out),
        ShareCommand::Letter { id, out } => (ShareChoice::Letter { id }, out),
        ShareCommand::CheckIn { id, out } => (ShareChoice::CheckIn { id }, out),
        ShareCommand::KeepAgreement { share } => {
            let mut partner = vault.partner()?;
            let shared = partner.get(share)?;
            let index = shared
                .items
                .iter()
                .position(|i| matches!(i, SharedItem::Agreement { .. }))
                .with_context(|| say("share-no-agreement"))?;
            let kept = partner.keep_agreement(share, index, Utc::now())?;
            eprintln!("{}", say_with("share-kept-agreement", &[("id", text(kept.id))]));
            if let Some(b) = kept.between {
                writeln!(stdout, "{}", standing(&b, &shared.from))?;
            }
            return Ok(());
        }
        ShareCommand::Open { file, into_worksheet } => {
            let opened = vault.partner()?.open_file(&file, Utc::now())?;
            if opened.again {
                eprintln!("{}", say("share-opened-before"));
            } else {
                let args = [("name", text(&opened.share.from)), ("id", text(opened.share.id))];
                eprintln!("{}", say_with("share-kept", &args));
            }
            show(&mut stdout, &opened.share.items)?;
            if let Some(sheet) = into_worksheet {
                vault.fill_their_side(sheet, opened.share.id, Utc::now())?;
                eprintln!("{}", say_with("share-filled-worksheet", &[("id", text(sheet))]));
            }
            return Ok(());
        }
        ShareCommand::List { json } => {
            let shares = vault.partner()?.shares()?;
            if json {
                serde_json::to_writer_pretty(&mut stdout, &shares)?;
                writeln!(stdout)?;
            } else if shares.is_empty() {
                eprintln!("{}", say("share-none"));
            }
            if !json {
                for s in shares {
                    let what: Vec<String> = s.items.iter().map(what).collect();
                    let from = say_with("share-from", &[("name", text(&s.from)), ("what", text(what.join(", ")))]);
                    writeln!(stdout, "{}  {}  {from}", s.id, s.received_at.format("%Y-%m-%d"))?;
                }
            }
            return Ok(());
        }
    };
    let mut partner = vault.partner()?;
    let name = partner.connected()?.map(|c| c.name).ok_or(trellis_core::PartnerError::NotConnected)?;
    let today = chrono::Local::now().date_naive();
    let items = partner.preview(&choice, today)?;
    eprintln!("{}", say_with("share-exactly-this", &[("name", text(&name))]));
    show(&mut stdout, &items)?;
    stdout.flush()?;
    eprintln!("{}", say("share-never-owed"));
    if !out.yes {
        eprint!("{} ", say_with("share-write-it", &[("file", text(out.out.display()))]));
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).with_context(|| say("words-read-answer"))?;
        if answer(&line, "answer-yes-no") != Some(0) {
            bail!(say("share-nothing-written"));
        }
    }
    partner.share_to(&choice, &out.out, Utc::now(), today)?;
    eprintln!("{}", say_with("share-wrote", &[("file", text(out.out.display())), ("name", text(&name))]));
    Ok(())
}

/// Where an agreement held with the partner stands, in a sentence.
pub(crate) fn standing(b: &trellis_core::BothSides, partner: &str) -> String {
    let day = |d: chrono::NaiveDate| text(day_month_year(lang(), d));
    let (partner, version) = (text(partner), b.version.into());
    match (b.i_agreed, b.they_agreed) {
        (Some(_), Some(_)) => match b.both {
            Some(both) => say_with("standing-both-on", &[("version", both.version.into()), ("on", day(both.on))]),
            None => say_with("standing-both", &[("version", version)]),
        },
        (Some(mine), None) => {
            say_with("standing-mine", &[("version", version), ("on", day(mine)), ("partner", partner)])
        }
        (None, Some(theirs)) => {
            say_with("standing-theirs", &[("version", version), ("on", day(theirs)), ("partner", partner)])
        }
        (None, None) => match b.both {
            Some(both) => say_with(
                "standing-changed",
                &[("agreed", both.version.into()), ("on", day(both.on)), ("version", version)],
            ),
            None => say_with("standing-held", &[("version", version), ("partner", partner)]),
        },
    }
}

/// What a shared item is, in a word or two ("expectations worksheet").
fn what(item: &SharedItem) -> String {
    say(match item {
        SharedItem::Worksheet { .. } => "shared-worksheet",
        SharedItem::Boundaries { .. } => "shared-boundaries",
        SharedItem::Agreement { .. } => "shared-agreement",
        SharedItem::Letter { .. } => "shared-letter",
        SharedItem::CheckIn { .. } => "shared-check-in",
    })
}

/// Prints shared items as plain text.
fn show(out: &mut impl Write, items: &[SharedItem]) -> Result<()> {
    for item in items {
        match item {
            SharedItem::Worksheet { title, on, areas } => {
                writeln!(out, "{}", say_with("shown-worksheet", &[("title", text(title)), ("on", text(on))]))?;
                for a in areas {
                    let name = if a.name.is_empty() { a.area.as_str() } else { a.name.as_str() };
                    writeln!(out, "  {name}: {}", a.expectation)?;
                    if !a.middle.is_empty() {
                        writeln!(out, "    {}: {}", say("shown-middle"), a.middle)?;
                    }
                }
            }
            SharedItem::Boundaries { boundaries } => {
                writeln!(out, "{}", say("shown-boundaries"))?;
                for b in boundaries {
                    writeln!(out, "  {}", b.text)?;
                    for (label, text) in [("shown-why", &b.why), ("shown-if-crossed", &b.if_crossed)] {
                        if !text.is_empty() {
                            writeln!(out, "    {}: {text}", say(label))?;
                        }
                    }
                }
            }
            SharedItem::Agreement { text: words, version } => {
                writeln!(out, "{}: {words}", say("shown-agreement"))?;
                if let Some(v) = version {
                    let line = match v.agreed_on {
                        Some(on) => {
                            say_with("shown-version-agreed", &[("version", v.version.into()), ("on", text(on))])
                        }
                        None => say_with("shown-version", &[("version", v.version.into())]),
                    };
                    writeln!(out, "  {line}")?;
                }
            }
            SharedItem::CheckIn { title, summary, .. } => {
                writeln!(out, "{title}")?;
                for line in summary.lines() {
                    writeln!(out, "  {line}")?;
                }
            }
            SharedItem::Letter { title, body, written_on } => {
                writeln!(out, "{}", say_with("shown-letter", &[("title", text(title)), ("on", text(written_on))]))?;
                for line in body.lines() {
                    writeln!(out, "  {line}")?;
                }
            }
        }
    }
    Ok(())
}
