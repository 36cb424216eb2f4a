//! `trellis boundary …`, `trellis worksheet …` and `trellis agreement …`: parse, call one core
//! function, print. Reads take `--json`; dates are `YYYY-MM-DD` and "today" is the local date.
//! The words (a boundary's text, why, notes, a worksheet's answers, an agreement's text) come in
//! through `words.rs` (standard input, `--from-file` or a prompt), never as arguments.

use std::io::Write;

use anyhow::Result;
use chrono::{DateTime, Local, NaiveDate, Utc};
use clap::{Args, Subcommand};
use serde::de::DeserializeOwned;
use trellis_core::{
    AgreementDraft, AreaAnswer, AreaChange, Boundary, BoundaryDraft, BoundaryFilter, ListedAgreement, ListedBoundary,
    ListedWorksheet, Moment, TheirSide, TimelineStep, Vault, Worksheet,
};

use crate::words::{self, Field, Form};
use crate::Usage;

const BOUNDARY_FIELDS: &[Field] = &[
    Field::new("Text", "The boundary"),
    Field::new("Why", "Why it matters"),
    Field::new("If crossed", "What I will do if it is crossed"),
    Field::new("Note", "A note kept with this change"),
];
/// A boundary's words: `Why:`, `If crossed:` and `Note:` lines, then its text.
const BOUNDARY: Form = Form { fields: BOUNDARY_FIELDS, main: Some(0), body: false };
const NOTE_FIELDS: &[Field] = &[Field::new("Note", "A short note (Enter for none)")];
/// A short note (a moment, a retirement).
const NOTE: Form = Form { fields: NOTE_FIELDS, main: Some(0), body: false };
const TITLE_FIELDS: &[Field] = &[Field::new("Title", "Its title")];
const TITLE: Form = Form { fields: TITLE_FIELDS, main: Some(0), body: false };
const AREA_FIELDS: &[Field] = &[
    Field::new("Mine", "My expectation"),
    Field::new("Theirs", "My partner's expectation"),
    Field::new("Middle", "The middle ground"),
];
/// One worksheet area's answers: `Mine:`, `Theirs:` and `Middle:` lines.
const AREA: Form = Form { fields: AREA_FIELDS, main: None, body: false };
const AGREEMENT_FIELDS: &[Field] =
    &[Field::new("Text", "The agreement"), Field::new("Note", "A note kept with this change")];
/// An agreement's words: a `Note:` line, then its text.
const AGREEMENT: Form = Form { fields: AGREEMENT_FIELDS, main: Some(0), body: false };

const WHOSE: [&str; 3] = ["mine", "partners", "ours"];
const BOUNDARY_STATUS: [&str; 5] = ["draft", "discussed", "agreed", "needs_revisiting", "retired"];
const AGREEMENT_STATUS: [&str; 4] = ["kept", "needs_revisiting", "renegotiated", "retired"];
const YES_NO: [&str; 2] = ["yes", "no"];

#[derive(Subcommand)]
pub(crate) enum BoundaryCommand {
    /// Add a boundary; prints its id. Its words are read from standard input: `Why:`,
    /// `If crossed:` and `Note:` lines, then the boundary's text (or asked for on a terminal)
    Add {
        #[command(flatten)]
        fields: BoundaryFields,
        #[command(flatten)]
        words: words::Source,
    },
    /// List boundaries: due for review first, retired last
    List {
        #[arg(long, value_parser = WHOSE)]
        whose: Option<String>,
        /// A category id (see `trellis library categories`)
        #[arg(long)]
        category: Option<String>,
        #[arg(long, value_parser = BOUNDARY_STATUS)]
        status: Option<String>,
        /// Only boundaries containing the words read from standard input (or asked for)
        #[arg(long)]
        search: bool,
        #[command(flatten)]
        words: words::Source,
        #[arg(long)]
        json: bool,
    },
    /// Show one boundary, its logged moments and counts
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a boundary: only the fields given change; the old version is kept. New words
    /// are read as for `add` (a field left out stays as it is)
    Edit {
        id: String,
        #[command(flatten)]
        fields: BoundaryFields,
        #[command(flatten)]
        words: words::Source,
        /// Remove the review date
        #[arg(long, conflicts_with = "review_on")]
        no_review: bool,
    },
    /// Its history: every change with its note, newest first
    History {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Log a moment the boundary was honoured or crossed; a short note is read from standard
    /// input (or asked for)
    Log {
        id: String,
        #[arg(value_parser = ["honoured", "crossed"])]
        kind: String,
        /// The day it happened [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<NaiveDate>,
        #[command(flatten)]
        words: words::Source,
    },
    /// Retire a boundary: it stays, with its history, marked retired. Why, in a few words, is
    /// read from standard input (or asked for)
    Retire {
        id: String,
        #[command(flatten)]
        words: words::Source,
    },
    /// Delete a boundary and its history
    Delete { id: String },
}

#[derive(Args)]
pub(crate) struct BoundaryFields {
    #[arg(long, value_parser = WHOSE)]
    whose: Option<String>,
    /// A category id from the boundary categories [default: emotional]
    #[arg(long)]
    category: Option<String>,
    #[arg(long, value_parser = BOUNDARY_STATUS)]
    status: Option<String>,
    /// When to look at it again
    #[arg(long, value_name = "YYYY-MM-DD")]
    review_on: Option<NaiveDate>,
}

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

#[derive(Subcommand)]
pub(crate) enum AgreementCommand {
    /// List agreements: due ones first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show an agreement and its history
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change an agreement: only the fields given change; the old version is kept. New words
    /// are read from standard input: a `Note:` line, then the new text (or asked for)
    Edit {
        id: String,
        #[arg(long, value_parser = AGREEMENT_STATUS)]
        status: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        revisit_on: Option<NaiveDate>,
        /// Remove the revisit date
        #[arg(long, conflicts_with = "revisit_on")]
        no_revisit: bool,
        #[command(flatten)]
        words: words::Source,
    },
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Reads a choice clap has already checked (`needs_revisiting`) into its core type.
fn choice<T: DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| Usage(format!("`{s}` is not a choice here")).into())
}

fn yes_no(s: Option<String>, old: Option<bool>) -> Option<bool> {
    s.map_or(old, |s| Some(s == "yes"))
}

pub(crate) fn parse<I: std::str::FromStr<Err = trellis_core::ParseIdError>>(text: &str) -> Result<I> {
    text.parse::<I>().map_err(|e| Usage(e.to_string()).into())
}

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// The local time of `at`; in UTC outside 1970 to 9999 (only a damaged row holds such a date,
/// and turning it into local time would overflow).
fn local(at: &DateTime<Utc>) -> String {
    trellis_core::dates::in_zone(*at, &Local)
        .map_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

/// A field or choice name as people read it: `needs_revisiting` → "needs revisiting".
fn label(s: &str) -> String {
    s.replace('_', " ")
}

/// A choice (whose, a status, a moment's kind) as people read it: its serde name, spaced.
fn choice_label<T: serde::Serialize>(v: &T) -> String {
    label(serde_json::to_value(v).ok().as_ref().and_then(|v| v.as_str()).unwrap_or_default())
}

pub(crate) fn boundary(cmd: BoundaryCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let now = Utc::now();
    let mut bs = vault.boundaries()?;
    match cmd {
        BoundaryCommand::Add { fields, words } => {
            let mut w = BOUNDARY.read(&words, false)?;
            let draft = BoundaryDraft {
                text: w.take("Text").unwrap_or_default(),
                whose: choice(fields.whose.as_deref().unwrap_or("mine"))?,
                category: fields.category.unwrap_or_else(|| "emotional".into()),
                why: w.take("Why").unwrap_or_default(),
                if_crossed: w.take("If crossed").unwrap_or_default(),
                status: choice(fields.status.as_deref().unwrap_or("draft"))?,
                review_on: fields.review_on,
            };
            writeln!(out, "{}", bs.add(draft, w.take("Note").unwrap_or_default(), now)?.id)?;
        }
        BoundaryCommand::List { whose, category, status, search, words, json: as_json } => {
            let text = if search || words.from_file.is_some() {
                crate::journal_cmd::SEARCH.read(&words, false)?.take("Words").unwrap_or_default()
            } else {
                String::new()
            };
            let filter = BoundaryFilter {
                whose: whose.as_deref().map(choice).transpose()?,
                category,
                status: status.as_deref().map(choice).transpose()?,
                text,
            };
            let rows = bs.list(&filter, today())?;
            if as_json {
                return json(&mut out, &rows);
            }
            for row in &rows {
                match row {
                    ListedBoundary::Boundary { boundary: b, tally, review_due } => {
                        let due = if *review_due { "  REVIEW DUE" } else { "" };
                        writeln!(
                            out,
                            "{}  {}  [{} · {} · {}]  30 days: {} honoured, {} crossed{due}",
                            b.id,
                            b.text.lines().next().unwrap_or(""),
                            choice_label(&b.status),
                            choice_label(&b.whose),
                            b.category,
                            tally.honoured_30,
                            tally.crossed_30
                        )?;
                    }
                    ListedBoundary::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  (damaged: this boundary cannot be read)", local(created_at))?
                    }
                }
            }
            if rows.is_empty() {
                eprintln!("No boundaries match.");
            }
        }
        BoundaryCommand::Show { id, json: as_json } => {
            let b = bs.get(parse(&id)?)?;
            let tally = b.tally(today());
            if as_json {
                return json(
                    &mut out,
                    &serde_json::json!({ "boundary": b, "tally": tally, "review_due": b.review_due(today()) }),
                );
            }
            print_boundary(&mut out, &b)?;
            writeln!(
                out,
                "Last 30 days: {} honoured, {} crossed · last 90 days: {} honoured, {} crossed",
                tally.honoured_30, tally.crossed_30, tally.honoured_90, tally.crossed_90
            )?;
        }
        BoundaryCommand::Edit { id, fields, words, no_review } => {
            let id = parse(&id)?;
            let old = bs.get(id)?;
            let mut w = BOUNDARY.read(&words, true)?;
            let draft = BoundaryDraft {
                text: w.take("Text").unwrap_or(old.text),
                whose: fields.whose.as_deref().map(choice).transpose()?.unwrap_or(old.whose),
                category: fields.category.unwrap_or(old.category),
                why: w.take("Why").unwrap_or(old.why),
                if_crossed: w.take("If crossed").unwrap_or(old.if_crossed),
                status: fields.status.as_deref().map(choice).transpose()?.unwrap_or(old.status),
                review_on: if no_review { None } else { fields.review_on.or(old.review_on) },
            };
            bs.edit(id, draft, w.take("Note").unwrap_or_default(), Some(old.updated_at), now)?;
            eprintln!("Saved boundary {id}; the earlier version is in its history.");
        }
        BoundaryCommand::History { id, json: as_json } => {
            let steps = bs.history(parse(&id)?)?;
            if as_json {
                return json(&mut out, &steps);
            }
            print_timeline(&mut out, &steps)?;
        }
        BoundaryCommand::Log { id, kind, on, words } => {
            let id = parse(&id)?;
            let note = NOTE.read(&words, false)?.take("Note").unwrap_or_default();
            let moment = Moment { on: on.unwrap_or_else(today), kind: choice(&kind)?, note };
            let b = bs.log(id, moment, now)?;
            let t = b.tally(today());
            eprintln!("Logged. Last 30 days: {} honoured, {} crossed.", t.honoured_30, t.crossed_30);
        }
        BoundaryCommand::Retire { id, words } => {
            let id = parse(&id)?;
            let note = NOTE.read(&words, false)?.take("Note").unwrap_or_default();
            bs.retire(id, note, now)?;
            eprintln!("Retired boundary {id}; it keeps its history.");
        }
        BoundaryCommand::Delete { id } => {
            let id = parse(&id)?;
            bs.delete(id)?;
            eprintln!("Deleted boundary {id} and its history.");
        }
    }
    Ok(())
}

fn print_boundary(out: &mut impl Write, b: &Boundary) -> Result<()> {
    writeln!(out, "{}", b.text)?;
    let mut meta = vec![choice_label(&b.status), choice_label(&b.whose), b.category.clone()];
    if let Some(r) = b.review_on {
        meta.push(format!("review on {r}"));
    }
    writeln!(out, "{}", meta.join(" · "))?;
    writeln!(out, "id: {}", b.id)?;
    for (name, text) in [("Why it matters", &b.why), ("If it is crossed", &b.if_crossed), ("Note", &b.note)] {
        if !text.is_empty() {
            writeln!(out, "\n{name}:\n{text}")?;
        }
    }
    if !b.moments.is_empty() {
        writeln!(out, "\nMoments:")?;
        for m in &b.moments {
            writeln!(out, "  {}  {}  {}", m.on, choice_label(&m.kind), m.note)?;
        }
    }
    Ok(())
}

fn print_timeline(out: &mut impl Write, steps: &[TimelineStep]) -> Result<()> {
    for s in steps {
        let what = if s.created { "created" } else { "changed" };
        writeln!(
            out,
            "{}  {what}{}",
            local(&s.at),
            if s.note.is_empty() { String::new() } else { format!(": {}", s.note) }
        )?;
        for c in &s.changes {
            writeln!(out, "    {}: {} → {}", label(&c.field), c.before, c.after)?;
        }
    }
    Ok(())
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
                        writeln!(out, "{id}  {on}  {title}  ({filled} of {total} areas filled in)")?
                    }
                    ListedWorksheet::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  (damaged: this worksheet cannot be read)", local(created_at))?
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
            revisit_on,
            agreed,
        } => {
            let id = parse(&id)?;
            let sheet = ws.get(id)?;
            let Some(old) = sheet.areas.iter().find(|a| a.area == area).cloned() else {
                let known: Vec<&str> = sheet.areas.iter().map(|a| a.area.as_str()).collect();
                return Err(
                    Usage(format!("this worksheet has no area `{area}`; its areas are: {}", known.join(", "))).into()
                );
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
                },
                middle: w.take("Middle").unwrap_or(old.middle),
                revisit_on: revisit_on.or(old.revisit_on),
                ..old
            };
            ws.fill(id, answer, Some(sheet.updated_at), now)?;
            if agreed {
                let a = ws.agree(id, &area, now)?.agreement;
                eprintln!("Saved; the middle ground is agreement {} in the ledger.", a.id);
            } else {
                eprintln!("Saved.");
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
                    AreaChange::Added => "added".to_owned(),
                    AreaChange::Removed => "removed".to_owned(),
                    AreaChange::Changed => {
                        format!("changed: {}", a.fields.iter().map(|f| label(f)).collect::<Vec<_>>().join(", "))
                    }
                    AreaChange::Same => unreachable!("filtered"),
                };
                writeln!(out, "  {}  {what}", area_title(&a.area, &a.name))?;
            }
            if c.areas.iter().all(|a| a.change == AreaChange::Same) {
                eprintln!("No differences.");
            }
        }
    }
    Ok(())
}

fn area_title(id: &str, name: &str) -> String {
    if !name.is_empty() {
        return name.to_owned();
    }
    trellis_core::library::worksheet_areas()
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| id.to_owned(), |a| a.title.clone())
}

fn print_worksheet(out: &mut impl Write, w: &Worksheet, all: bool) -> Result<()> {
    writeln!(out, "{}  ({})", w.title, w.on)?;
    writeln!(out, "id: {} · {} of {} areas filled in", w.id, w.filled, w.areas.len())?;
    let yn = |v: Option<bool>| v.map_or("–", |b| if b { "yes" } else { "no" });
    for a in w.areas.iter().filter(|a| all || a.is_filled()) {
        writeln!(out, "\n{} [{}]", area_title(&a.area, &a.name), a.area)?;
        let from = if a.theirs_from == TheirSide::Told { "as they told me" } else { "as I understand it" };
        for (name, text) in [
            ("Mine", a.mine.as_str()),
            (&format!("Theirs ({from})"), a.theirs.as_str()),
            ("Middle ground", a.middle.as_str()),
        ] {
            if !text.is_empty() {
                writeln!(out, "  {name}: {text}")?;
            }
        }
        let c = a.check;
        writeln!(
            out,
            "  Specific: {} · Within their control: {} · I'd hold myself to it: {} · Room to flex: {}",
            yn(c.specific),
            yn(c.in_control),
            yn(c.hold_myself),
            yn(c.room_to_flex)
        )?;
        if let Some(r) = a.revisit_on {
            writeln!(out, "  Revisit on {r}")?;
        }
        if let Some(ag) = a.agreement {
            writeln!(out, "  Agreed: agreement {ag}")?;
        }
    }
    Ok(())
}

pub(crate) fn agreement(cmd: AgreementCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let mut ag = vault.agreements()?;
    match cmd {
        AgreementCommand::List { json: as_json } => {
            let rows = ag.list(today())?;
            if as_json {
                return json(&mut out, &rows);
            }
            for row in &rows {
                match row {
                    ListedAgreement::Agreement { agreement: a, due } => {
                        let revisit = a.revisit_on.map(|d| format!("  revisit {d}")).unwrap_or_default();
                        let due = if *due { "  DUE" } else { "" };
                        writeln!(
                            out,
                            "{}  {}  [{}]{revisit}{due}",
                            a.id,
                            a.text.lines().next().unwrap_or(""),
                            choice_label(&a.status)
                        )?;
                    }
                    ListedAgreement::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  (damaged: this agreement cannot be read)", local(created_at))?
                    }
                }
            }
            if rows.is_empty() {
                eprintln!("No agreements yet. Mark a worksheet's middle ground agreed to add one.");
            }
        }
        AgreementCommand::Show { id, json: as_json } => {
            let id = parse(&id)?;
            let a = ag.get(id)?;
            let history = ag.history(id)?;
            if as_json {
                return json(&mut out, &serde_json::json!({ "agreement": a, "history": history }));
            }
            writeln!(out, "{}", a.text)?;
            let revisit = a.revisit_on.map(|d| format!(" · revisit on {d}")).unwrap_or_default();
            writeln!(out, "{}{revisit}\nid: {}\n\nHistory:", choice_label(&a.status), a.id)?;
            print_timeline(&mut out, &history)?;
        }
        AgreementCommand::Edit { id, status, revisit_on, no_revisit, words } => {
            let id = parse(&id)?;
            let old = ag.get(id)?;
            let mut w = AGREEMENT.read(&words, true)?;
            let note = w.take("Note").unwrap_or_default();
            let draft = AgreementDraft {
                text: w.take("Text").unwrap_or(old.text),
                status: status.as_deref().map(choice).transpose()?.unwrap_or(old.status),
                revisit_on: if no_revisit { None } else { revisit_on.or(old.revisit_on) },
            };
            ag.edit(id, draft, note, Some(old.updated_at), Utc::now())?;
            eprintln!("Saved agreement {id}; the earlier version is in its history.");
        }
    }
    Ok(())
}
