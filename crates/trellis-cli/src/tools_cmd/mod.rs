//! `trellis boundary …`, `trellis worksheet …` and `trellis agreement …`: parse, call one core
//! function, print. Reads take `--json`; dates are `YYYY-MM-DD` and "today" is the local date.
//! The words (a boundary's text, why, notes, a worksheet's answers, an agreement's text) come in
//! through `words.rs` (standard input, `--from-file` or a prompt), never as arguments.

//!
//! One file per command group; what they share (reading a choice, printing JSON, dates,
//! a timeline) is here.

use std::io::Write;

use anyhow::Result;
use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::de::DeserializeOwned;
use trellis_core::TimelineStep;

use crate::Usage;

mod agreement;
mod boundary;
mod worksheet;

pub(crate) use agreement::{agreement, AgreementCommand};
pub(crate) use boundary::{boundary, BoundaryCommand};
pub(crate) use worksheet::{worksheet, WorksheetCommand};

pub(super) fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Reads a choice clap has already checked (`needs_revisiting`) into its core type.
pub(super) fn choice<T: DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| Usage(crate::say::say_with("not-a-choice", &[("text", crate::say::text(s))])).into())
}

pub(super) fn yes_no(s: Option<String>, old: Option<bool>) -> Option<bool> {
    s.map_or(old, |s| Some(s == "yes"))
}

pub(crate) fn parse<I: std::str::FromStr<Err = trellis_core::ParseIdError>>(text: &str) -> Result<I> {
    text.parse::<I>().map_err(|e| Usage(crate::say::said(&e)).into())
}

pub(super) fn json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// The local time of `at`; in UTC outside 1970 to 9999 (only a damaged row holds such a date,
/// and turning it into local time would overflow).
pub(super) fn local(at: &DateTime<Utc>) -> String {
    trellis_core::dates::in_zone(*at, &Local)
        .map_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

/// A field or choice name as people read it: `needs_revisiting` → "needs revisiting".
pub(super) fn label(s: &str) -> String {
    s.replace('_', " ")
}

/// A choice (whose, a status, a moment's kind) as people read it: its serde name, spaced.
pub(super) fn choice_label<T: serde::Serialize>(v: &T) -> String {
    label(serde_json::to_value(v).ok().as_ref().and_then(|v| v.as_str()).unwrap_or_default())
}

pub(super) fn print_timeline(out: &mut impl Write, steps: &[TimelineStep]) -> Result<()> {
    for s in steps {
        let what = crate::say::say(if s.created { "timeline-created" } else { "timeline-changed" });
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
