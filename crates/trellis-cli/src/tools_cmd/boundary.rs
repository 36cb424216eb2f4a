//! `trellis boundary …`: add, list, show, edit, history, log a moment, retire, delete.

use std::io::Write;

use anyhow::Result;
use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};
use trellis_core::{Boundary, BoundaryDraft, BoundaryFilter, ListedBoundary, Moment, Vault};

use super::{choice, choice_label, json, local, parse, print_timeline, today};
use crate::say::{say, say_with, text};
use crate::words::{self, Field, Form};

const BOUNDARY_FIELDS: &[Field] = &[
    Field::new("Text", "ask-boundary-text"),
    Field::new("Why", "ask-boundary-why"),
    Field::new("If crossed", "ask-boundary-if-crossed"),
    Field::new("Note", "ask-change-note"),
];
/// A boundary's words: `Why:`, `If crossed:` and `Note:` lines, then its text.
const BOUNDARY: Form = Form { fields: BOUNDARY_FIELDS, main: Some(0), body: false };
const NOTE_FIELDS: &[Field] = &[Field::new("Note", "ask-short-note")];
/// A short note (a moment, a retirement).
const NOTE: Form = Form { fields: NOTE_FIELDS, main: Some(0), body: false };
const WHOSE: [&str; 3] = ["mine", "partners", "ours"];
const BOUNDARY_STATUS: [&str; 5] = ["draft", "discussed", "agreed", "needs_revisiting", "retired"];

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
                        let due = if *review_due { format!("  {}", say("boundary-review-due")) } else { String::new() };
                        let tally = [("honoured", tally.honoured_30.into()), ("crossed", tally.crossed_30.into())];
                        writeln!(
                            out,
                            "{}  {}  [{} · {} · {}]  {}{due}",
                            b.id,
                            b.text.lines().next().unwrap_or(""),
                            choice_label(&b.status),
                            choice_label(&b.whose),
                            b.category,
                            say_with("boundary-tally-30", &tally)
                        )?;
                    }
                    ListedBoundary::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  {}", local(created_at), say("boundary-damaged-row"))?
                    }
                }
            }
            if rows.is_empty() {
                eprintln!("{}", say("boundary-none"));
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
            let tally = [
                ("honoured_30", tally.honoured_30.into()),
                ("crossed_30", tally.crossed_30.into()),
                ("honoured_90", tally.honoured_90.into()),
                ("crossed_90", tally.crossed_90.into()),
            ];
            writeln!(out, "{}", say_with("boundary-tally", &tally))?;
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
            eprintln!("{}", say_with("boundary-saved", &[("id", text(id))]));
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
            let tally = [("honoured", t.honoured_30.into()), ("crossed", t.crossed_30.into())];
            eprintln!("{}", say_with("boundary-logged", &tally));
        }
        BoundaryCommand::Retire { id, words } => {
            let id = parse(&id)?;
            let note = NOTE.read(&words, false)?.take("Note").unwrap_or_default();
            bs.retire(id, note, now)?;
            eprintln!("{}", say_with("boundary-retired", &[("id", text(id))]));
        }
        BoundaryCommand::Delete { id } => {
            let id = parse(&id)?;
            bs.delete(id)?;
            eprintln!("{}", say_with("boundary-deleted", &[("id", text(id))]));
        }
    }
    Ok(())
}

fn print_boundary(out: &mut impl Write, b: &Boundary) -> Result<()> {
    writeln!(out, "{}", b.text)?;
    let mut meta = vec![choice_label(&b.status), choice_label(&b.whose), b.category.clone()];
    if let Some(r) = b.review_on {
        meta.push(say_with("boundary-review-on", &[("on", text(r))]));
    }
    writeln!(out, "{}", meta.join(" · "))?;
    writeln!(out, "id: {}", b.id)?;
    for (name, words) in [("boundary-why", &b.why), ("boundary-if-crossed", &b.if_crossed), ("boundary-note", &b.note)]
    {
        if !words.is_empty() {
            writeln!(out, "\n{}:\n{words}", say(name))?;
        }
    }
    if !b.moments.is_empty() {
        writeln!(out, "\n{}:", say("boundary-moments"))?;
        for m in &b.moments {
            writeln!(out, "  {}  {}  {}", m.on, choice_label(&m.kind), m.note)?;
        }
    }
    Ok(())
}
