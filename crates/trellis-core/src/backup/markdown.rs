//! The readable export, made on purpose: a folder of Markdown files (one per entry, with TOML
//! front matter for its date, mood and tags; boundaries, worksheets, agreements and reminders
//! as files of their own), or the backup's JSON document without encryption. Every file is new and only
//! its owner can read it; a folder appears under its name only once it is complete.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{DateTime, Utc};

use super::{BackupError, Document};
use crate::files::{write_folder, write_new, FileError};
use crate::journal::Entry;
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
    /// What could not be read and was left out: "entry 0192…", "an earlier version of entry
    /// 0192…", "reminder 0192…".
    pub left_out: Vec<String>,
}

impl ExportReport {
    pub(crate) fn of(doc: &Document) -> Self {
        ExportReport {
            entries: doc.entries.len() as u32,
            boundaries: doc.boundaries.len() as u32,
            worksheets: doc.worksheets.len() as u32,
            agreements: doc.agreements.len() as u32,
            reminders: doc.reminders.len() as u32,
            left_out: doc.left_out.iter().map(super::LeftOut::describe).collect(),
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
    /// empty). `progress` hears (files written, files in all).
    pub fn export_markdown(
        &mut self,
        dir: &Path,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ExportReport, BackupError> {
        let doc = self.document(now)?;
        let total = doc.entries.len() + 3 + usize::from(!doc.reminders.is_empty());
        write_folder(dir, |folder| -> Result<(), BackupError> {
            folder.dir("entries")?;
            for (done, v) in doc.entries.iter().enumerate() {
                let e = &v.current;
                let stem = format!("entries/{}-{}", e.created_at.format("%Y-%m-%d-%H%M"), slug(&e.title, "entry"));
                let name = (1..)
                    .map(|n| if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") })
                    .find(|n| !folder.exists(n))
                    .expect("a free name");
                folder.file(&name, entry_markdown(e).as_bytes())?;
                if (done + 1) % 200 == 0 {
                    progress(done + 1, total);
                }
            }
            folder.file("boundaries.md", boundaries_markdown(&doc).as_bytes())?;
            folder.file("worksheets.md", worksheets_markdown(&doc).as_bytes())?;
            folder.file("agreements.md", agreements_markdown(&doc).as_bytes())?;
            if !doc.reminders.is_empty() {
                folder.file("reminders.md", reminders_markdown(&doc).as_bytes())?;
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

fn name<T: serde::Serialize>(v: &T) -> String {
    crate::tools::boundaries::serde_name(v).replace('_', " ")
}

fn boundaries_markdown(doc: &Document) -> String {
    let mut out = String::from("# Boundaries\n");
    for v in &doc.boundaries {
        let b = &v.current;
        let _ = writeln!(out, "\n## {}\n", b.text.trim());
        let _ = writeln!(out, "- Whose: {}\n- Category: {}\n- Status: {}", name(&b.whose), b.category, name(&b.status));
        if let Some(r) = b.review_on {
            let _ = writeln!(out, "- Review on: {r}");
        }
        for (label, text) in [("Why it matters", &b.why), ("If it is crossed", &b.if_crossed)] {
            if !text.is_empty() {
                let _ = writeln!(out, "\n**{label}:** {text}");
            }
        }
        if !b.moments.is_empty() {
            let _ = writeln!(out, "\nMoments:\n");
            for m in &b.moments {
                let _ = writeln!(
                    out,
                    "- {} {}{}",
                    m.on,
                    name(&m.kind),
                    if m.note.is_empty() { String::new() } else { format!(": {}", m.note) }
                );
            }
        }
        if !v.earlier.is_empty() {
            let _ = writeln!(out, "\nEarlier versions:\n");
            for old in v.earlier.iter().rev() {
                let note = if old.note.is_empty() { String::new() } else { format!(" ({})", old.note) };
                let _ = writeln!(
                    out,
                    "- {}: {} — {}{note}",
                    old.updated_at.format("%Y-%m-%d"),
                    old.text.trim(),
                    name(&old.status)
                );
            }
        }
    }
    out
}

fn worksheets_markdown(doc: &Document) -> String {
    let yn = |v: Option<bool>| v.map_or("—", |b| if b { "yes" } else { "no" });
    let mut out = String::from("# Expectations worksheets\n");
    for w in &doc.worksheets {
        let _ = writeln!(out, "\n## {} ({})", w.title.trim(), w.on);
        for a in w.areas.iter().filter(|a| a.is_filled()) {
            let title = if a.name.is_empty() {
                crate::library::worksheet_areas()
                    .iter()
                    .find(|x| x.id == a.area)
                    .map_or(a.area.clone(), |x| x.title.clone())
            } else {
                a.name.clone()
            };
            let _ = writeln!(out, "\n### {title}\n");
            for (label, text) in
                [("My expectation", &a.mine), ("My partner's expectation", &a.theirs), ("Middle ground", &a.middle)]
            {
                if !text.is_empty() {
                    let _ = writeln!(out, "- {label}: {text}");
                }
            }
            let c = a.check;
            let _ = writeln!(
                out,
                "- Specific: {} · Within their control: {} · I would hold myself to it: {} · Room to flex: {} · Leaves each of us free: {}",
                yn(c.specific),
                yn(c.in_control),
                yn(c.hold_myself),
                yn(c.room_to_flex),
                yn(c.leaves_free)
            );
            if let Some(r) = a.revisit_on {
                let _ = writeln!(out, "- Revisit on: {r}");
            }
        }
    }
    out
}

fn agreements_markdown(doc: &Document) -> String {
    let mut out = String::from("# Agreements\n");
    for v in &doc.agreements {
        let a = &v.current;
        let _ = writeln!(out, "\n## {}\n\n- Status: {}", a.text.trim(), name(&a.status));
        if let Some(r) = a.revisit_on {
            let _ = writeln!(out, "- Revisit on: {r}");
        }
        for old in v.earlier.iter().rev() {
            let note = if old.note.is_empty() { String::new() } else { format!(" ({})", old.note) };
            let _ = writeln!(out, "- Earlier, {}: {}{note}", old.updated_at.format("%Y-%m-%d"), old.text.trim());
        }
    }
    out
}

fn reminders_markdown(doc: &Document) -> String {
    let mut out = String::from("# Reminders\n");
    for r in &doc.reminders {
        let _ = writeln!(out, "\n## {}\n\n- When: {} ({})", r.title.trim(), r.rule.describe(), r.zone);
        if r.paused {
            let _ = writeln!(out, "- Paused");
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
