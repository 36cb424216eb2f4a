//! `trellis library …`: the articles, for the terminal. Needs no vault and no passphrase.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use trellis_core::library::{render_html, render_text};
use trellis_core::Library;

#[derive(Args)]
pub(crate) struct LibraryArgs {
    /// The language to read the library in [default: the one of LC_ALL, LC_MESSAGES or LANG
    /// if the library is written in it, else English]
    #[arg(long, global = true, value_name = "CODE")]
    lang: Option<String>,
    #[command(subcommand)]
    cmd: LibraryCommand,
}

#[derive(Subcommand)]
pub(crate) enum LibraryCommand {
    /// List the articles in reading order
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Read an article as plain text
    Read { slug: String },
    /// Search the articles for the words read from standard input (or asked for): what you
    /// look for says something about you, so it is no argument
    Search {
        #[command(flatten)]
        words: crate::words::Source,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// List the boundary categories (ids for `trellis boundary add --category`)
    Categories,
    /// List the expectations worksheet areas (ids for `trellis worksheet fill`)
    Areas,
    /// Print the sanitized HTML of any Markdown file (to preview your own content)
    Render { file: PathBuf },
}

/// The language of the library and of printed documents for this person: the locale's, as the
/// environment says it.
pub(crate) fn locale_language() -> &'static str {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    trellis_core::library::language_for_locale(&locale.unwrap_or_default())
}

pub(crate) fn run(args: LibraryArgs) -> Result<()> {
    let LibraryArgs { lang, cmd } = args;
    let mut out = std::io::stdout().lock();
    if let LibraryCommand::Render { file } = &cmd {
        let text = std::fs::read_to_string(file)
            .with_context(|| crate::say::say_with("error-read-file", &[("file", crate::say::text(file.display()))]))?;
        let body = match trellis_core::library::Article::parse(&file.display().to_string(), &text) {
            Ok(article) => article.markdown,
            Err(_) => text,
        };
        write!(out, "{}", render_html(&body))?;
        return Ok(());
    }
    let lang = lang.unwrap_or_else(|| locale_language().to_owned());
    let lib = Library::load_in(&lang)?;
    let themes = match &cmd {
        LibraryCommand::Categories => Some(lib.boundary_categories()),
        LibraryCommand::Areas => Some(lib.areas()),
        _ => None,
    };
    if let Some(themes) = themes {
        for t in themes {
            writeln!(out, "{:<24} {}", t.id, t.title)?;
        }
        return Ok(());
    }
    match cmd {
        LibraryCommand::List { json } => {
            if json {
                let rows: Vec<_> = lib.articles().iter().map(|a| &a.meta).collect();
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
            } else {
                for a in lib.articles() {
                    writeln!(out, "{:<32} {}", a.meta.slug, a.meta.title)?;
                }
            }
        }
        LibraryCommand::Read { slug } => {
            let a = lib.article(&slug)?;
            if a.language != lib.language() {
                eprintln!("{}", crate::say::say("library-in-english"));
            }
            writeln!(out, "{}\n{}\n", a.meta.title, "=".repeat(a.meta.title.chars().count()))?;
            write!(out, "{}", wrap(&render_text(&a.markdown), 78))?;
        }
        LibraryCommand::Search { words, json } => {
            let query = crate::journal_cmd::SEARCH.read(&words, false)?.take("Words").unwrap_or_default();
            if query.trim().is_empty() {
                return Err(crate::Usage(crate::say::say("search-no-words")).into());
            }
            let hits = lib.search(&query, 20)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &hits)?;
                writeln!(out)?;
            } else if hits.is_empty() {
                eprintln!("{}", crate::say::say("library-no-match"));
            } else {
                for h in &hits {
                    let snippet: String = h
                        .snippet
                        .iter()
                        .map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() })
                        .collect::<String>()
                        .replace('\n', " ");
                    writeln!(out, "{:<32} {}\n    {snippet}", h.slug, h.title)?;
                }
            }
        }
        LibraryCommand::Categories | LibraryCommand::Areas | LibraryCommand::Render { .. } => {
            unreachable!("handled above")
        }
    }
    Ok(())
}

/// Wraps each line at `width` columns, keeping list dashes hanging.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let indent = if line.starts_with("- ") { "  " } else { "" };
        let mut col = 0;
        for (i, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if i > 0 && col + 1 + len > width {
                out.push('\n');
                out.push_str(indent);
                col = indent.len();
            } else if i > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += len;
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_and_hangs_list_items() {
        assert_eq!(wrap("- one two three", 9), "- one two\n  three\n");
        assert_eq!(wrap("short", 78), "short\n");
    }
}
