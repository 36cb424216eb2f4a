//! `trellis partner …` and `trellis share …`: connecting with a partner's own Trellis and
//! sharing chosen pages with it as files (`docs/share-format.md`). A share is shown in full
//! before it is written; sharing is never owed.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use chrono::Utc;
use clap::Subcommand;
use trellis_core::{AgreementId, BoundaryId, EntryId, ShareChoice, ShareId, SharedItem, Vault, WorksheetId};

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
            eprintln!("This Trellis's card (give it to your partner; it holds no secret):");
            writeln!(out, "{card}")?;
            match partner.connected()? {
                Some(c) => eprintln!(
                    "Connected with {} since {}; the words were: {}.",
                    c.name,
                    c.connected_at.format("%-d %B %Y"),
                    c.words
                ),
                None => eprintln!("Not connected with a partner."),
            }
        }
        PartnerCommand::Connect { card_file, name, words } => {
            let card = std::fs::read_to_string(&card_file)
                .with_context(|| format!("could not read the card from {}", card_file.display()))?;
            let shown = partner.words_with(&card)?;
            let mut input = std::io::stdin().lock();
            let name = match name {
                Some(n) => n,
                None => {
                    eprintln!("What do you call your partner? (shown on what they share)");
                    let mut line = String::new();
                    input.read_line(&mut line).context("could not read the name")?;
                    line
                }
            };
            let typed = match words {
                Some(w) => w,
                None => {
                    eprintln!("Your partner's screen should show these six words:");
                    eprintln!("  {shown}");
                    eprintln!("If it shows other words, do not connect. Type the words to connect:");
                    let mut line = String::new();
                    input.read_line(&mut line).context("could not read the words")?;
                    line
                }
            };
            let connected = partner.connect(&card, &name, &typed, Utc::now())?;
            eprintln!("Connected with {}. What you share is theirs to keep: there is no unsend.", connected.name);
        }
        PartnerCommand::Forget => {
            partner.forget()?;
            eprintln!("Forgot the connection. Shares kept here stay.");
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
                .context("that share holds no agreement")?;
            let kept = partner.keep_agreement(share, index, Utc::now())?;
            eprintln!("It is in your agreements (id {}).", kept.id);
            if let Some(b) = kept.between {
                writeln!(stdout, "{}", standing(&b, &shared.from))?;
            }
            return Ok(());
        }
        ShareCommand::Open { file, into_worksheet } => {
            let opened = vault.partner()?.open_file(&file, Utc::now())?;
            if opened.again {
                eprintln!("This share was opened before; nothing new was kept.");
            } else {
                eprintln!("Kept a share from {} (id {}):", opened.share.from, opened.share.id);
            }
            show(&mut stdout, &opened.share.items)?;
            if let Some(sheet) = into_worksheet {
                vault.fill_their_side(sheet, opened.share.id, Utc::now())?;
                eprintln!("Filled your partner's expectation in worksheet {sheet}, as told by them.");
            }
            return Ok(());
        }
        ShareCommand::List { json } => {
            let shares = vault.partner()?.shares()?;
            if json {
                serde_json::to_writer_pretty(&mut stdout, &shares)?;
                writeln!(stdout)?;
            } else if shares.is_empty() {
                eprintln!("No shares from your partner yet.");
            }
            if !json {
                for s in shares {
                    let what: Vec<&str> = s.items.iter().map(SharedItem::what).collect();
                    writeln!(
                        stdout,
                        "{}  {}  from {}: {}",
                        s.id,
                        s.received_at.format("%Y-%m-%d"),
                        s.from,
                        what.join(", ")
                    )?;
                }
            }
            return Ok(());
        }
    };
    let mut partner = vault.partner()?;
    let name = partner.connected()?.map(|c| c.name).ok_or(trellis_core::PartnerError::NotConnected)?;
    let today = chrono::Local::now().date_naive();
    let items = partner.preview(&choice, today)?;
    eprintln!("This is exactly what {name} will see:");
    show(&mut stdout, &items)?;
    stdout.flush()?;
    eprintln!("Sharing is never owed. There is no unsend: their copy is theirs.");
    if !out.yes {
        eprint!("Write it to {}? [y/N] ", out.out.display());
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).context("could not read the answer")?;
        if !matches!(line.trim(), "y" | "Y" | "yes") {
            bail!("nothing was written");
        }
    }
    partner.share_to(&choice, &out.out, Utc::now(), today)?;
    eprintln!(
        "Wrote {}. Give it to {name} however you like: a USB stick, a message, a shared folder.",
        out.out.display()
    );
    Ok(())
}

/// Where an agreement held with the partner stands, in a sentence.
pub(crate) fn standing(b: &trellis_core::BothSides, partner: &str) -> String {
    let day = |d: chrono::NaiveDate| d.format("%-d %B %Y").to_string();
    match (b.i_agreed, b.they_agreed) {
        (Some(_), Some(_)) => match b.both {
            Some(both) => format!("You both agreed to version {} on {}.", both.version, day(both.on)),
            None => format!("You both agreed to version {}.", b.version),
        },
        (Some(mine), None) => {
            format!("You agreed to version {} on {}; {partner} has not said yet.", b.version, day(mine))
        }
        (None, Some(theirs)) => format!(
            "{partner} agreed to version {} on {}; share it back with --agree to say you do too.",
            b.version,
            day(theirs)
        ),
        (None, None) => match b.both {
            Some(both) => format!(
                "You both agreed to version {} on {}; the words have changed since (version {} now).",
                both.version,
                day(both.on),
                b.version
            ),
            None => format!("Held with {partner}: version {}.", b.version),
        },
    }
}

/// Prints shared items as plain text.
fn show(out: &mut impl Write, items: &[SharedItem]) -> Result<()> {
    for item in items {
        match item {
            SharedItem::Worksheet { title, on, areas } => {
                writeln!(out, "Worksheet “{title}” ({on})")?;
                for a in areas {
                    let name = if a.name.is_empty() { a.area.as_str() } else { a.name.as_str() };
                    writeln!(out, "  {name}: {}", a.expectation)?;
                    if !a.middle.is_empty() {
                        writeln!(out, "    middle ground: {}", a.middle)?;
                    }
                }
            }
            SharedItem::Boundaries { boundaries } => {
                writeln!(out, "Boundaries")?;
                for b in boundaries {
                    writeln!(out, "  {}", b.text)?;
                    for (label, text) in [("why", &b.why), ("if crossed", &b.if_crossed)] {
                        if !text.is_empty() {
                            writeln!(out, "    {label}: {text}")?;
                        }
                    }
                }
            }
            SharedItem::Agreement { text, version } => {
                writeln!(out, "Agreement: {text}")?;
                if let Some(v) = version {
                    match v.agreed_on {
                        Some(on) => writeln!(out, "  version {}, agreed to on {on}", v.version)?,
                        None => writeln!(out, "  version {}", v.version)?,
                    }
                }
            }
            SharedItem::CheckIn { title, summary, .. } => {
                writeln!(out, "{title}")?;
                for line in summary.lines() {
                    writeln!(out, "  {line}")?;
                }
            }
            SharedItem::Letter { title, body, written_on } => {
                writeln!(out, "Letter “{title}” ({written_on})")?;
                for line in body.lines() {
                    writeln!(out, "  {line}")?;
                }
            }
        }
    }
    Ok(())
}
