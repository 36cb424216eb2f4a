//! `trellis journal …`: parse, call one core function, print. Titles, tags, bodies and the
//! words to search for come in through `words.rs` (standard input, `--from-file` or a prompt),
//! never as arguments.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use chrono::{DateTime, Local, Utc};
use clap::{Args, Subcommand};
use trellis_core::{Entry, EntryDraft, EntryId, Listed, Mood, SearchHit, Vault};

use crate::words::{self, Field, Form};
use crate::Usage;

const ENTRY_FIELDS: &[Field] = &[
    Field::new("Title", "Title"),
    Field::new("Tags", "Tags, separated by commas"),
    Field::new("Body", "Write the entry"),
];
/// An entry's words: `Title:` and `Tags:` lines, then the body.
const ENTRY: Form = Form { fields: ENTRY_FIELDS, main: Some(2), body: true };
const SEARCH_FIELDS: &[Field] = &[Field::new("Words", "Search for")];
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
                            writeln!(out, "{id}  {}  (damaged: this entry cannot be read)", local(created_at))?
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
                return Err(Usage("--no-tags removes every tag; give new tags or --no-tags, not both".into()).into());
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
            eprintln!("Saved entry {id}.");
        }
        JournalCommand::Delete { id } => {
            let id = parse_id(&id)?;
            journal.delete(id)?;
            eprintln!("Deleted entry {id}.");
        }
        JournalCommand::Search { words, limit, json } => {
            let query = SEARCH.read(&words, false)?.take("Words").unwrap_or_default();
            if query.trim().is_empty() {
                return Err(Usage("give the words to search for on standard input".into()).into());
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
                    eprintln!("No entries match.");
                }
            }
        }
        JournalCommand::Today { json } => {
            let entries = journal.on_this_day(Local::now())?;
            if json {
                serde_json::to_writer_pretty(&mut out, &entries)?;
                writeln!(out)?;
            } else if entries.is_empty() {
                eprintln!("Nothing was written on this day in earlier years.");
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
        eprintln!(
            "trellis: warning: {} record{} could not be read (damaged): {}",
            damaged.len(),
            if damaged.len() == 1 { "" } else { "s" },
            damaged.iter().map(|d| format!("{} {}", d.kind.name(), d.id)).collect::<Vec<_>>().join(", ")
        );
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<EntryId> {
    text.parse::<EntryId>().map_err(|e| Usage(e.to_string()).into())
}

/// The local time of `at`; in UTC outside 1970 to 9999 (only a damaged row holds such a date,
/// and turning it into local time would overflow).
fn local(at: &DateTime<Utc>) -> String {
    trellis_core::dates::in_zone(*at, &Local)
        .map_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

fn title_of(e: &Entry) -> &str {
    if e.title.trim().is_empty() {
        "(untitled)"
    } else {
        &e.title
    }
}

fn print_summary(out: &mut impl Write, e: &Entry) -> Result<()> {
    let mut line = format!("{}  {}  {}", e.id, local(&e.created_at), title_of(e));
    if e.is_check_in() {
        line.push_str("  (check-in)");
    }
    if let Some(m) = e.mood {
        line.push_str(&format!("  mood {}/5", m.get()));
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
        meta.push("check-in".into());
    }
    if let Some(m) = e.mood {
        meta.push(format!("mood {}/5", m.get()));
    }
    if !e.tags.is_empty() {
        meta.push(format!("tags: {}", e.tags.join(", ")));
    }
    if let Some(p) = &e.prompt_id {
        meta.push(format!("prompt: {p}"));
    }
    writeln!(out, "{}", meta.join(" · "))?;
    writeln!(out, "id: {}", e.id)?;
    for a in &e.about {
        match a {
            trellis_core::About::Boundary(id) => writeln!(out, "about boundary {id}")?,
            trellis_core::About::Agreement(id) => writeln!(out, "about agreement {id}")?,
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", e.body)?;
    Ok(())
}

fn print_hit(out: &mut impl Write, hit: &SearchHit, color: bool) -> Result<()> {
    let title = if hit.title.trim().is_empty() { "(untitled)" } else { &hit.title };
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
