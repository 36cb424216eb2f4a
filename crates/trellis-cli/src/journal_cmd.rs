//! `trellis journal …`: parse, call one core function, print. Titles, tags, bodies and the
//! words to search for come in through `words.rs` (standard input, `--from-file` or a prompt),
//! never as arguments.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use chrono::{DateTime, Local, Utc};
use clap::{Args, Subcommand};
use trellis_core::{Entry, EntryDraft, EntryId, Listed, Mood, SearchHit, Vault};

use crate::say::{count, say, say_with, text};
use crate::words::{self, Field, Form};
use crate::Usage;

const ENTRY_FIELDS: &[Field] =
    &[Field::new("Title", "ask-title"), Field::new("Tags", "ask-tags"), Field::new("Body", "ask-entry-body")];
/// An entry's words: `Title:` and `Tags:` lines, then the body.
const ENTRY: Form = Form { fields: ENTRY_FIELDS, main: Some(2), body: true };
const SEARCH_FIELDS: &[Field] = &[Field::new("Words", "ask-search")];
/// The words to search for.
pub(crate) const SEARCH: Form = Form { fields: SEARCH_FIELDS, main: Some(0), body: false };

#[derive(Subcommand)]
pub(crate) enum JournalCommand {
    /// Add an entry; prints its id. Its title, tags and body (Markdown) are read from standard
    /// input as `Title: …` and `Tags: a, b` lines, then the body; or asked for on a terminal
    Add {
        #[command(flatten)]
        fields: Fields,
        #[command(flatten)]
        words: words::Source,
    },
    /// List entries, newest first
    List {
        /// How many to show
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// How many to skip first
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show one entry
    Show {
        id: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Change an entry: only the fields given change. New words are read as for `add`
    /// (a field left out stays as it is)
    Edit {
        id: String,
        #[command(flatten)]
        fields: Fields,
        /// Remove every tag
        #[arg(long)]
        no_tags: bool,
        /// Remove the mood
        #[arg(long, conflicts_with = "mood")]
        no_mood: bool,
        #[command(flatten)]
        words: words::Source,
    },
    /// Delete an entry
    Delete { id: String },
    /// Search titles, bodies and tags for the words read from standard input (or asked for);
    /// the last word also matches as a prefix
    Search {
        #[command(flatten)]
        words: words::Source,
        /// How many results at most
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Entries written on this day in earlier years
    Today {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Tags with how many entries carry each
    Tags {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub(crate) struct Fields {
    /// Mood from 1 (low) to 5 (good)
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    mood: Option<u8>,
    /// The id of the prompt this entry answers
    #[arg(long, value_name = "ID")]
    prompt: Option<String>,
}

pub(crate) fn run(cmd: JournalCommand, vault: &mut Vault) -> Result<()> {
    let mut journal = vault.journal()?;
    let mut out = std::io::stdout().lock();
    match cmd {
        JournalCommand::Add { fields, words } => {
            let mut w = ENTRY.read(&words, false)?;
            let draft = EntryDraft {
                title: w.take("Title").unwrap_or_default(),
                body: w.take("Body").unwrap_or_default(),
                mood: fields.mood.and_then(Mood::new),
                tags: w.take("Tags").map(|t| words::tags(&t)).unwrap_or_default(),
                prompt_id: fields.prompt,
                about: Vec::new(),
            };
            let entry = journal.add(draft, Utc::now())?;
            writeln!(out, "{}", entry.id)?;
        }
        JournalCommand::List { limit, offset, json } => {
            let rows = journal.list(offset, limit)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
            } else {
                for row in &rows {
                    match row {
                        Listed::Entry(e) => print_summary(&mut out, e)?,
                        Listed::Damaged { id, created_at } => {
                            writeln!(out, "{id}  {}  {}", local(created_at), say("journal-damaged-row"))?
                        }
                    }
                }
            }
        }
        JournalCommand::Show { id, json } => {
            let entry = journal.get(parse_id(&id)?)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &entry)?;
                writeln!(out)?;
            } else {
                print_entry(&mut out, &entry)?;
            }
        }
        JournalCommand::Edit { id, fields, no_tags, no_mood, words } => {
            let id = parse_id(&id)?;
            let old = journal.get(id)?;
            let mut w = ENTRY.read(&words, true)?;
            let new_tags = w.take("Tags").map(|t| words::tags(&t));
            if no_tags && new_tags.as_ref().is_some_and(|t| !t.is_empty()) {
                return Err(Usage(say("journal-tags-and-no-tags")).into());
            }
            let draft = EntryDraft {
                title: w.take("Title").unwrap_or(old.title),
                body: w.take("Body").unwrap_or(old.body),
                mood: if no_mood { None } else { fields.mood.and_then(Mood::new).or(old.mood) },
                tags: if no_tags { Vec::new() } else { new_tags.unwrap_or(old.tags) },
                prompt_id: fields.prompt.or(old.prompt_id),
                about: old.about,
            };
            journal.edit(id, draft, Utc::now())?;
            eprintln!("{}", say_with("journal-saved", &[("id", text(id))]));
        }
        JournalCommand::Delete { id } => {
            let id = parse_id(&id)?;
            journal.delete(id)?;
            eprintln!("{}", say_with("journal-deleted", &[("id", text(id))]));
        }
        JournalCommand::Search { words, limit, json } => {
            let query = SEARCH.read(&words, false)?.take("Words").unwrap_or_default();
            if query.trim().is_empty() {
                return Err(Usage(say("search-no-words")).into());
            }
            let hits = journal.search(&query, limit)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &hits)?;
                writeln!(out)?;
            } else {
                let color = std::io::stdout().is_terminal();
                for hit in &hits {
                    print_hit(&mut out, hit, color)?;
                }
                if hits.is_empty() {
                    eprintln!("{}", say("journal-no-match"));
                }
            }
        }
        JournalCommand::Today { json } => {
            let entries = journal.on_this_day(Local::now())?;
            if json {
                serde_json::to_writer_pretty(&mut out, &entries)?;
                writeln!(out)?;
            } else if entries.is_empty() {
                eprintln!("{}", say("journal-nothing-today"));
            } else {
                for e in &entries {
                    print_summary(&mut out, e)?;
                }
            }
        }
        JournalCommand::Tags { json } => {
            let tags = journal.tags()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &tags)?;
                writeln!(out)?;
            } else {
                for t in &tags {
                    writeln!(out, "{}\t{}", t.tag, t.count)?;
                }
            }
        }
    }
    let damaged = vault.damaged();
    if !damaged.is_empty() {
        let list = damaged.iter().map(|d| format!("{} {}", d.kind.name(), d.id)).collect::<Vec<_>>().join(", ");
        eprintln!("trellis: {}", count("warning-damaged-records", damaged.len(), &[("list", text(list))]));
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<EntryId> {
    text.parse::<EntryId>().map_err(|e| Usage(crate::say::said(&e)).into())
}

/// The local time of `at`; in UTC outside 1970 to 9999 (only a damaged row holds such a date,
/// and turning it into local time would overflow).
fn local(at: &DateTime<Utc>) -> String {
    trellis_core::dates::in_zone(*at, &Local)
        .map_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

fn title_of(e: &Entry) -> String {
    if e.title.trim().is_empty() {
        say("untitled")
    } else {
        e.title.clone()
    }
}

fn print_summary(out: &mut impl Write, e: &Entry) -> Result<()> {
    let mut line = format!("{}  {}  {}", e.id, local(&e.created_at), title_of(e));
    if e.is_check_in() {
        line.push_str(&format!("  ({})", say("journal-check-in")));
    }
    if let Some(m) = e.mood {
        line.push_str(&format!("  {}", say_with("journal-mood", &[("mood", m.get().into())])));
    }
    for t in &e.tags {
        line.push_str(&format!("  #{t}"));
    }
    writeln!(out, "{line}")?;
    Ok(())
}

fn print_entry(out: &mut impl Write, e: &Entry) -> Result<()> {
    writeln!(out, "{}", title_of(e))?;
    let mut meta = vec![local(&e.created_at)];
    if e.is_check_in() {
        meta.push(say("journal-check-in"));
    }
    if let Some(m) = e.mood {
        meta.push(say_with("journal-mood", &[("mood", m.get().into())]));
    }
    if !e.tags.is_empty() {
        meta.push(say_with("journal-tags", &[("tags", text(e.tags.join(", ")))]));
    }
    if let Some(p) = &e.prompt_id {
        meta.push(say_with("journal-prompt", &[("prompt", text(p))]));
    }
    writeln!(out, "{}", meta.join(" · "))?;
    writeln!(out, "id: {}", e.id)?;
    for a in &e.about {
        match a {
            trellis_core::About::Boundary(id) => {
                writeln!(out, "{}", say_with("journal-about-boundary", &[("id", text(id))]))?
            }
            trellis_core::About::Agreement(id) => {
                writeln!(out, "{}", say_with("journal-about-agreement", &[("id", text(id))]))?
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", e.body)?;
    Ok(())
}

fn print_hit(out: &mut impl Write, hit: &SearchHit, color: bool) -> Result<()> {
    let title = if hit.title.trim().is_empty() { say("untitled") } else { hit.title.clone() };
    writeln!(out, "{}  {}  {}", hit.id, local(&hit.created_at), title)?;
    let mut line = String::from("    ");
    for part in &hit.snippet {
        let text = part.text.replace('\n', " ");
        match (part.hit, color) {
            (true, true) => line.push_str(&format!("\x1b[1m{text}\x1b[0m")),
            (true, false) => line.push_str(&format!("[{text}]")),
            (false, _) => line.push_str(&text),
        }
    }
    writeln!(out, "{line}")?;
    Ok(())
}
