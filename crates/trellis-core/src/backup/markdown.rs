//! The readable export, made on purpose: a folder of Markdown files (one per entry, with TOML
//! front matter for its date, mood and tags; boundaries, worksheets, agreements and reminders
//! as files of their own), or the backup's JSON document without encryption. Every file is new and only
//! its owner can read it; a folder appears under its name only once it is complete. The
//! Markdown's file names, headings and labels are in the person's language (the `md-` messages
//! of the core's catalogue); an entry's front matter keeps its keys and values as data.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{DateTime, Utc};

use super::{BackupError, Document, LeftOut};
use crate::files::{write_folder, write_new, FileError};
use crate::journal::Entry;
use crate::library::{boundary_categories_in, worksheet_areas_in, Theme};
use crate::say::{say, FluentValue};
use crate::tools::boundaries::serde_name;
use crate::vault::Vault;

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExportReport {
    pub entries: u32,
    pub boundaries: u32,
    pub worksheets: u32,
    pub agreements: u32,
    pub reminders: u32,
    /// What could not be read and was left out, for the front end to name in its language
    /// ([`LeftOut::say_in`]).
    pub left_out: Vec<LeftOut>,
}

impl ExportReport {
    pub(crate) fn of(doc: &Document) -> Self {
        ExportReport {
            entries: doc.entries.len() as u32,
            boundaries: doc.boundaries.len() as u32,
            worksheets: doc.worksheets.len() as u32,
            agreements: doc.agreements.len() as u32,
            reminders: doc.reminders.len() as u32,
            left_out: doc.left_out.clone(),
        }
    }
}

impl Vault {
    /// Writes everything as readable JSON (the backup's document, unencrypted) to a new file.
    pub fn export_json(&mut self, path: &Path, now: DateTime<Utc>) -> Result<ExportReport, BackupError> {
        let doc = self.document(now)?;
        write_new(path, |out| -> Result<(), BackupError> {
            serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| io(path, e.into()))?;
            out.write_all(b"\n").map_err(|e| io(path, e))
        })?;
        Ok(ExportReport::of(&doc))
    }

    /// Writes everything as Markdown files into `dir`, a folder that must not exist yet (or be
    /// empty), with names, headings and labels in `lang`. `progress` hears (files written,
    /// files in all).
    pub fn export_markdown(
        &mut self,
        dir: &Path,
        now: DateTime<Utc>,
        lang: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ExportReport, BackupError> {
        let doc = self.document(now)?;
        let total = doc.entries.len() + 3 + usize::from(!doc.reminders.is_empty());
        let words = Words(lang);
        let file = |id: &str| format!("{}.md", words.say(id));
        write_folder(dir, |folder| -> Result<(), BackupError> {
            let entries = words.say("md-folder-entries");
            let untitled = words.say("md-file-entry");
            folder.dir(&entries)?;
            for (done, v) in doc.entries.iter().enumerate() {
                let e = &v.current;
                let stem = format!("{entries}/{}-{}", e.created_at.format("%Y-%m-%d-%H%M"), slug(&e.title, &untitled));
                let name = (1..)
                    .map(|n| if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") })
                    .find(|n| !folder.exists(n))
                    .expect("a free name");
                folder.file(&name, entry_markdown(e).as_bytes())?;
                if (done + 1) % 200 == 0 {
                    progress(done + 1, total);
                }
            }
            folder.file(&file("md-file-boundaries"), boundaries_markdown(&doc, words).as_bytes())?;
            folder.file(&file("md-file-worksheets"), worksheets_markdown(&doc, words).as_bytes())?;
            folder.file(&file("md-file-agreements"), agreements_markdown(&doc, words).as_bytes())?;
            if !doc.reminders.is_empty() {
                folder.file(&file("md-file-reminders"), reminders_markdown(&doc, words).as_bytes())?;
            }
            Ok(())
        })
        .map_err(|e| match e {
            BackupError::File(FileError::Exists(p)) if p == dir => BackupError::NotEmpty(p),
            e => e,
        })?;
        progress(total, total);
        Ok(ExportReport::of(&doc))
    }
}

fn io(path: &Path, source: std::io::Error) -> BackupError {
    BackupError::File(FileError::Io { path: path.to_owned(), source })
}

/// A file-name-safe slug of a title: lower-case letters and digits joined by `-`.
pub(crate) fn slug(title: &str, fallback: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let mut s = String::new();
    for w in words {
        if s.len() + w.len() > 48 {
            break;
        }
        if !s.is_empty() {
            s.push('-');
        }
        s.push_str(&w);
    }
    if s.is_empty() {
        fallback.to_owned()
    } else {
        s
    }
}

/// One entry: TOML front matter, then the title as a heading and the body.
pub(crate) fn entry_markdown(e: &Entry) -> String {
    let mut front = toml::Table::new();
    front.insert("id".into(), e.id.to_string().into());
    front.insert("date".into(), e.created_at.to_rfc3339().into());
    if e.updated_at != e.created_at {
        front.insert("updated".into(), e.updated_at.to_rfc3339().into());
    }
    if let Some(m) = e.mood {
        front.insert("mood".into(), i64::from(m.get()).into());
    }
    front.insert("tags".into(), toml::Value::Array(e.tags.iter().map(|t| t.clone().into()).collect()));
    if let Some(p) = &e.prompt_id {
        front.insert("prompt".into(), p.clone().into());
    }
    if e.is_check_in() {
        front.insert("kind".into(), "check-in".into());
    }
    let mut out = format!("+++\n{}+++\n\n", toml::to_string(&front).unwrap_or_default());
    if !e.title.trim().is_empty() {
        let _ = writeln!(out, "# {}\n", e.title.trim());
    }
    out.push_str(&e.body);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The Markdown's words in one language.
#[derive(Clone, Copy)]
struct Words<'a>(&'a str);

impl Words<'_> {
    fn say(self, id: &str) -> String {
        say(self.0, id, &[])
    }

    fn say_with(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        say(self.0, id, args)
    }

    /// Says `id` with one value: the name a value has in the backup's JSON (`needs_revisiting`),
    /// or a date.
    fn say_of(self, id: &str, key: &str, value: impl std::fmt::Display) -> String {
        say(self.0, id, &[(key, value.to_string().into())])
    }

    /// The title of the area or category `id` in this language, or `id` where none is called so.
    fn title(self, themes: &[Theme], id: &str) -> String {
        themes.iter().find(|t| t.id == id).map_or_else(|| id.to_owned(), |t| t.title.clone())
    }
}

fn boundaries_markdown(doc: &Document, words: Words<'_>) -> String {
    let mut out = format!("# {}\n", words.say("md-boundaries"));
    for v in &doc.boundaries {
        let b = &v.current;
        let _ = writeln!(out, "\n## {}\n", b.text.trim());
        let category = words.title(boundary_categories_in(words.0), &b.category);
        let _ = writeln!(
            out,
            "- {}\n- {}\n- {}",
            words.say_of("md-whose", "whose", serde_name(&b.whose)),
            words.say_of("md-category", "category", category),
            words.say_of("md-boundary-status", "status", serde_name(&b.status))
        );
        if let Some(r) = b.review_on {
            let _ = writeln!(out, "- {}", words.say_of("md-review-on", "date", r));
        }
        for (label, text) in [("md-why", &b.why), ("md-if-crossed", &b.if_crossed)] {
            if !text.is_empty() {
                let _ = writeln!(out, "\n**{}:** {text}", words.say(label));
            }
        }
        if !b.moments.is_empty() {
            let _ = writeln!(out, "\n{}:\n", words.say("md-moments"));
            for m in &b.moments {
                let note = if m.note.is_empty() { String::new() } else { format!(": {}", m.note) };
                let _ = writeln!(out, "- {} {}{note}", m.on, words.say_of("md-moment", "kind", serde_name(&m.kind)));
            }
        }
        if !v.earlier.is_empty() {
            let _ = writeln!(out, "\n{}:\n", words.say("md-earlier-versions"));
            for old in v.earlier.iter().rev() {
                let note = if old.note.is_empty() { String::new() } else { format!(" ({})", old.note) };
                let status = words.say_of("md-boundary-status", "status", serde_name(&old.status));
                let _ = writeln!(out, "- {}: {} — {status}{note}", old.updated_at.format("%Y-%m-%d"), old.text.trim());
            }
        }
    }
    out
}

fn worksheets_markdown(doc: &Document, words: Words<'_>) -> String {
    let yn = |v: Option<bool>| -> FluentValue<'static> {
        v.map_or_else(|| "—".to_owned(), |b| words.say(if b { "md-yes" } else { "md-no" })).into()
    };
    let mut out = format!("# {}\n", words.say("md-worksheets"));
    for w in &doc.worksheets {
        let _ = writeln!(out, "\n## {} ({})", w.title.trim(), w.on);
        for a in w.areas.iter().filter(|a| a.is_filled()) {
            let title =
                if a.name.is_empty() { words.title(worksheet_areas_in(words.0), &a.area) } else { a.name.clone() };
            let _ = writeln!(out, "\n### {title}\n");
            for (label, text) in [("md-mine", &a.mine), ("md-theirs", &a.theirs), ("md-middle", &a.middle)] {
                if !text.is_empty() {
                    let _ = writeln!(out, "- {}: {text}", words.say(label));
                }
            }
            let check = a.check.named().map(|(name, v)| (name, yn(v)));
            let _ = writeln!(out, "- {}", words.say_with("md-check", &check));
            if let Some(r) = a.revisit_on {
                let _ = writeln!(out, "- {}", words.say_of("md-revisit-on", "date", r));
            }
        }
    }
    out
}

fn agreements_markdown(doc: &Document, words: Words<'_>) -> String {
    let mut out = format!("# {}\n", words.say("md-agreements"));
    for v in &doc.agreements {
        let a = &v.current;
        let status = words.say_of("md-agreement-status", "status", serde_name(&a.status));
        let _ = writeln!(out, "\n## {}\n\n- {status}", a.text.trim());
        if let Some(r) = a.revisit_on {
            let _ = writeln!(out, "- {}", words.say_of("md-revisit-on", "date", r));
        }
        for old in v.earlier.iter().rev() {
            let note = if old.note.is_empty() { String::new() } else { format!(" ({})", old.note) };
            let args = [
                ("date", old.updated_at.format("%Y-%m-%d").to_string().into()),
                ("text", old.text.trim().to_owned().into()),
            ];
            let _ = writeln!(out, "- {}{note}", words.say_with("md-earlier", &args));
        }
    }
    out
}

fn reminders_markdown(doc: &Document, words: Words<'_>) -> String {
    let mut out = format!("# {}\n", words.say("md-reminders"));
    for r in &doc.reminders {
        let args = [("rule", r.rule.describe_in(words.0).into()), ("zone", r.zone.to_string().into())];
        let _ = writeln!(out, "\n## {}\n\n- {}", r.title.trim(), words.say_with("md-when", &args));
        if r.paused {
            let _ = writeln!(out, "- {}", words.say("md-paused"));
        }
        if !r.note.is_empty() {
            let _ = writeln!(out, "\n{}", r.note);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Sunday: we talked / again!", "entry"), "sunday-we-talked-again");
        assert_eq!(slug("../../etc", "entry"), "etc");
        assert_eq!(slug("   ", "entry"), "entry");
        assert_eq!(slug("Ünïcode ok", "entry"), "ünïcode-ok");
    }
}
