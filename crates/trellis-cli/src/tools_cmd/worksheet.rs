//! `trellis worksheet …`: new (or from an earlier one), list, show, fill an area, compare two.

use std::io::Write;

use anyhow::Result;
use chrono::{NaiveDate, Utc};
use clap::Subcommand;
use trellis_core::{AreaAnswer, AreaChange, ListedWorksheet, TheirSide, Vault, Worksheet};

use super::{json, label, local, parse, today, yes_no};
use crate::say::{say, say_with, text};
use crate::words::{self, Field, Form};
use crate::Usage;

const TITLE_FIELDS: &[Field] = &[Field::new("Title", "ask-worksheet-title")];
const TITLE: Form = Form { fields: TITLE_FIELDS, main: Some(0), body: false };
const AREA_FIELDS: &[Field] =
    &[Field::new("Mine", "ask-mine"), Field::new("Theirs", "ask-theirs"), Field::new("Middle", "ask-middle")];
/// One worksheet area's answers: `Mine:`, `Theirs:` and `Middle:` lines.
const AREA: Form = Form { fields: AREA_FIELDS, main: None, body: false };
const YES_NO: [&str; 2] = ["yes", "no"];

#[derive(Subcommand)]
pub(crate) enum WorksheetCommand {
    /// Start an expectations worksheet; prints its id. Its title is read from standard input
    /// (or asked for)
    New {
        #[command(flatten)]
        words: words::Source,
        /// Its date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<NaiveDate>,
        /// Copy the answers forward from this worksheet
        #[arg(long, value_name = "ID")]
        from: Option<String>,
    },
    /// List worksheets, the latest first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a worksheet, area by area
    Show {
        id: String,
        /// Include empty areas
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Fill in one area: only the answers given change. The words are read from standard
    /// input as `Mine:`, `Theirs:` and `Middle:` (the middle ground) lines, or asked for
    Fill {
        id: String,
        /// The area's id (see `trellis worksheet show ID --all`)
        area: String,
        #[command(flatten)]
        words: words::Source,
        /// My partner told me theirs (else: as I understand it)
        #[arg(long, conflicts_with = "understood")]
        told: bool,
        /// Their expectation is as I understand it
        #[arg(long)]
        understood: bool,
        /// Is it specific?
        #[arg(long, value_parser = YES_NO)]
        specific: Option<String>,
        /// Is it within their control?
        #[arg(long, value_parser = YES_NO)]
        in_control: Option<String>,
        /// Would I hold myself to it?
        #[arg(long, value_parser = YES_NO)]
        hold_myself: Option<String>,
        /// Is there room to flex?
        #[arg(long, value_parser = YES_NO)]
        room_to_flex: Option<String>,
        /// Does it leave each of us free (friends, privacy, money, saying no)?
        #[arg(long, value_parser = YES_NO)]
        leaves_free: Option<String>,
        /// When to look at it again
        #[arg(long, value_name = "YYYY-MM-DD")]
        revisit_on: Option<NaiveDate>,
        /// Mark the middle ground agreed: it goes into the agreements ledger
        #[arg(long)]
        agreed: bool,
    },
    /// Compare two worksheets area by area
    Compare {
        before: String,
        after: String,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn worksheet(cmd: WorksheetCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let now = Utc::now();
    let mut ws = vault.worksheets()?;
    match cmd {
        WorksheetCommand::New { words, on, from } => {
            let title = TITLE.read(&words, false)?.take("Title").unwrap_or_default();
            let on = on.unwrap_or_else(today);
            let w = match from {
                Some(from) => ws.new_from(parse(&from)?, title, on, now)?,
                None => ws.new_sheet(title, on, now)?,
            };
            writeln!(out, "{}", w.id)?;
        }
        WorksheetCommand::List { json: as_json } => {
            let rows = ws.list()?;
            if as_json {
                return json(&mut out, &rows);
            }
            for row in &rows {
                match row {
                    ListedWorksheet::Worksheet { id, title, on, filled, total, .. } => {
                        writeln!(out, "{id}  {on}  {title}  ({})", filled_in(*filled, *total))?
                    }
                    ListedWorksheet::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  {}", local(created_at), say("worksheet-damaged-row"))?
                    }
                }
            }
        }
        WorksheetCommand::Show { id, all, json: as_json } => {
            let w = ws.get(parse(&id)?)?;
            if as_json {
                return json(&mut out, &w);
            }
            print_worksheet(&mut out, &w, all)?;
        }
        WorksheetCommand::Fill {
            id,
            area,
            words,
            told,
            understood,
            specific,
            in_control,
            hold_myself,
            room_to_flex,
            leaves_free,
            revisit_on,
            agreed,
        } => {
            let id = parse(&id)?;
            let sheet = ws.get(id)?;
            let Some(old) = sheet.areas.iter().find(|a| a.area == area).cloned() else {
                let known: Vec<&str> = sheet.areas.iter().map(|a| a.area.as_str()).collect();
                let args = [("area", text(&area)), ("areas", text(known.join(", ")))];
                return Err(Usage(say_with("worksheet-no-area", &args)).into());
            };
            let mut w = AREA.read(&words, true)?;
            let answer = AreaAnswer {
                mine: w.take("Mine").unwrap_or(old.mine),
                theirs: w.take("Theirs").unwrap_or(old.theirs),
                theirs_from: match (told, understood) {
                    (true, _) => TheirSide::Told,
                    (_, true) => TheirSide::Understood,
                    _ => old.theirs_from,
                },
                check: trellis_core::RealismCheck {
                    specific: yes_no(specific, old.check.specific),
                    in_control: yes_no(in_control, old.check.in_control),
                    hold_myself: yes_no(hold_myself, old.check.hold_myself),
                    room_to_flex: yes_no(room_to_flex, old.check.room_to_flex),
                    leaves_free: yes_no(leaves_free, old.check.leaves_free),
                },
                middle: w.take("Middle").unwrap_or(old.middle),
                revisit_on: revisit_on.or(old.revisit_on),
                ..old
            };
            ws.fill(id, answer, Some(sheet.updated_at), now)?;
            if agreed {
                let a = ws.agree(id, &area, now)?.agreement;
                eprintln!("{}", say_with("worksheet-saved-agreement", &[("id", text(a.id))]));
            } else {
                eprintln!("{}", say("worksheet-saved"));
            }
        }
        WorksheetCommand::Compare { before, after, json: as_json } => {
            let c = ws.compare(parse(&before)?, parse(&after)?)?;
            if as_json {
                return json(&mut out, &c);
            }
            writeln!(out, "{} ({})  →  {} ({})", c.before.title, c.before.on, c.after.title, c.after.on)?;
            for a in c.areas.iter().filter(|a| a.change != AreaChange::Same) {
                let what = match a.change {
                    AreaChange::Added => say("worksheet-area-added"),
                    AreaChange::Removed => say("worksheet-area-removed"),
                    AreaChange::Changed => {
                        let fields = a.fields.iter().map(|f| label(f)).collect::<Vec<_>>().join(", ");
                        say_with("worksheet-area-changed", &[("fields", text(fields))])
                    }
                    AreaChange::Same => unreachable!("filtered"),
                };
                writeln!(out, "  {}  {what}", area_title(&a.area, &a.name))?;
            }
            if c.areas.iter().all(|a| a.change == AreaChange::Same) {
                eprintln!("{}", say("worksheet-no-differences"));
            }
        }
    }
    Ok(())
}

/// An area's title: its own name, or the library's title in the locale's language.
fn area_title(id: &str, name: &str) -> String {
    if !name.is_empty() {
        return name.to_owned();
    }
    trellis_core::library::worksheet_areas_in(crate::say::lang())
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| id.to_owned(), |a| a.title.clone())
}

/// "3 of 12 areas filled in".
fn filled_in(
    filled: impl Into<trellis_core::say::FluentValue<'static>>,
    total: impl Into<trellis_core::say::FluentValue<'static>>,
) -> String {
    say_with("worksheet-filled-in", &[("filled", filled.into()), ("total", total.into())])
}

fn print_worksheet(out: &mut impl Write, w: &Worksheet, all: bool) -> Result<()> {
    writeln!(out, "{}  ({})", w.title, w.on)?;
    writeln!(out, "id: {} · {}", w.id, filled_in(w.filled, w.areas.len()))?;
    let yn = |v: Option<bool>| text(v.map_or("unknown", |b| if b { "yes" } else { "no" }));
    for a in w.areas.iter().filter(|a| all || a.is_filled()) {
        writeln!(out, "\n{} [{}]", area_title(&a.area, &a.name), a.area)?;
        let theirs =
            if a.theirs_from == TheirSide::Told { "worksheet-theirs-told" } else { "worksheet-theirs-understood" };
        for (name, words) in
            [("worksheet-mine", a.mine.as_str()), (theirs, a.theirs.as_str()), ("worksheet-middle", a.middle.as_str())]
        {
            if !words.is_empty() {
                writeln!(out, "  {}: {words}", say(name))?;
            }
        }
        let checks = a.check.named().map(|(name, v)| (name, yn(v)));
        writeln!(out, "  {}", say_with("worksheet-checks", &checks))?;
        if let Some(r) = a.revisit_on {
            writeln!(out, "  {}", say_with("worksheet-revisit-on", &[("on", text(r))]))?;
        }
        if let Some(ag) = a.agreement {
            writeln!(out, "  {}", say_with("worksheet-agreed", &[("id", text(ag))]))?;
        }
    }
    Ok(())
}
