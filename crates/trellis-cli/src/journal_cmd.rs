//! `trellis journal …`: parse, call one core function, print.

use std::io::{IsTerminal, Read, Write};

use anyhow::{Context, Result};
use chrono::{DateTime, Local, Utc};
use clap::{Args, Subcommand};
use trellis_core::{Entry, EntryDraft, EntryId, Listed, Mood, SearchHit, Vault};

use crate::Usage;

#[derive(Subcommand)]
pub(crate) enum JournalCommand {
    /// Add an entry; prints its id
    Add {
        #[command(flatten)]
        fields: Fields,
        /// The body (Markdown); `-` reads it from standard input
        body: Option<String>,
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
    /// Change an entry: only the fields given change
    Edit {
        id: String,
        #[command(flatten)]
        fields: Fields,
        /// Remove every tag
        #[arg(long, conflicts_with = "tag")]
        no_tags: bool,
        /// Remove the mood
        #[arg(long, conflicts_with = "mood")]
        no_mood: bool,
        /// The new body; `-` reads it from standard input
        body: Option<String>,
    },
    /// Delete an entry
    Delete { id: String },
    /// Search titles, bodies and tags
    Search {
        /// Words to find (the last one also matches as a prefix)
        #[arg(required = true)]
        words: Vec<String>,
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
    /// The title
    #[arg(long)]
    title: Option<String>,
    /// A tag (repeat for more)
    #[arg(long = "tag", value_name = "TAG")]
    tag: Vec<String>,
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
        JournalCommand::Add { fields, body } => {
            let draft = EntryDraft {
                title: fields.title.unwrap_or_default(),
                body: read_body(body)?.unwrap_or_default(),
                mood: fields.mood.and_then(Mood::new),
                tags: fields.tag,
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
        JournalCommand::Edit { id, fields, no_tags, no_mood, body } => {
            let id = parse_id(&id)?;
            let old = journal.get(id)?;
            let draft = EntryDraft {
                title: fields.title.unwrap_or(old.title),
                body: read_body(body)?.unwrap_or(old.body),
                mood: if no_mood { None } else { fields.mood.and_then(Mood::new).or(old.mood) },
                tags: if no_tags {
                    Vec::new()
                } else if fields.tag.is_empty() {
                    old.tags
                } else {
                    fields.tag
                },
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
            let hits = journal.search(&words.join(" "), limit)?;
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

fn read_body(body: Option<String>) -> Result<Option<String>> {
    match body.as_deref() {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context("could not read the body from standard input")?;
            Ok(Some(text))
        }
        _ => Ok(body),
    }
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
