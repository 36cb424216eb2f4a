//! `trellis checkin …`: the weekly check-in from the terminal. `start` walks the agenda
//! question by question (questions on standard error, answers read line by line from
//! standard input, so a script can pipe them), or takes every answer as flags and asks
//! nothing. Reads take `--json`; "today" is the local date.

use std::io::{BufRead, Write};

use anyhow::{Context, Result};
use chrono::{DateTime, Local, NaiveDate, Utc};
use clap::{Args, Subcommand};
use trellis_core::{
    Agenda, AgreementId, AgreementReview, BoundaryId, BoundaryTalk, CheckInDraft, Decision, Entry, EntryId, MomentKind,
    Vault,
};

use crate::Usage;

#[derive(Subcommand)]
pub(crate) enum CheckinCommand {
    /// Hold this week's check-in: asks each question in turn and saves it; prints its id.
    /// With any answer given as a flag, asks nothing and saves what the flags say
    Start {
        #[command(flatten)]
        answers: Box<Answers>,
    },
    /// List the check-ins, newest first
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show one check-in
    Show {
        id: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Default)]
pub(crate) struct Answers {
    /// How last week's thing to try went
    #[arg(long, value_name = "TEXT")]
    last_try_note: Option<String>,
    /// One thing that went well for me
    #[arg(long, value_name = "TEXT")]
    well_me: Option<String>,
    /// One thing that went well for my partner
    #[arg(long, value_name = "TEXT")]
    well_partner: Option<String>,
    /// A note on a boundary, as ID=NOTE (repeat for more). Boundaries with moments since the
    /// last check-in are part of it without this
    #[arg(long = "boundary", value_name = "ID[=NOTE]")]
    boundary: Vec<String>,
    /// An agreement due for a revisit that still works (repeat for more)
    #[arg(long, value_name = "ID")]
    kept: Vec<String>,
    /// An agreement kept in new words, as ID=NEW WORDS (repeat for more)
    #[arg(long, value_name = "ID=TEXT")]
    change: Vec<String>,
    /// An agreement to retire (repeat for more)
    #[arg(long, value_name = "ID")]
    retire: Vec<String>,
    /// One appreciation from me
    #[arg(long, value_name = "TEXT")]
    thanks_me: Option<String>,
    /// One appreciation from my partner
    #[arg(long, value_name = "TEXT")]
    thanks_partner: Option<String>,
    /// One thing to try next week
    #[arg(long, value_name = "TEXT")]
    try_next: Option<String>,
}

impl Answers {
    fn given(&self) -> bool {
        self.last_try_note.is_some()
            || self.well_me.is_some()
            || self.well_partner.is_some()
            || !self.boundary.is_empty()
            || !self.kept.is_empty()
            || !self.change.is_empty()
            || !self.retire.is_empty()
            || self.thanks_me.is_some()
            || self.thanks_partner.is_some()
            || self.try_next.is_some()
    }
}

pub(crate) fn run(cmd: CheckinCommand, vault: &mut Vault) -> Result<()> {
    let mut checkins = vault.checkins()?;
    let mut out = std::io::stdout().lock();
    match cmd {
        CheckinCommand::Start { answers } => {
            let today = today();
            let agenda = checkins.agenda(today)?;
            let draft = if answers.given() {
                from_flags(*answers, &agenda)?
            } else {
                let stdin = std::io::stdin();
                guided(&agenda, &mut stdin.lock(), &mut std::io::stderr().lock())?
            };
            let entry = checkins.save(draft, today, Utc::now())?;
            writeln!(out, "{}", entry.id)?;
        }
        CheckinCommand::List { json } => {
            let list = checkins.list()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else {
                if list.is_empty() {
                    eprintln!("No check-ins yet. Hold the first one with: trellis checkin start");
                }
                for e in &list {
                    let next = e.check_in.as_ref().map(|c| c.try_next.as_str()).unwrap_or_default();
                    let mut line = format!("{}  {}  {}", e.id, local(&e.created_at), e.title);
                    if !next.is_empty() {
                        line.push_str(&format!("  (to try: {})", one_line(next, 60)));
                    }
                    writeln!(out, "{line}")?;
                }
            }
        }
        CheckinCommand::Show { id, json } => {
            let id: EntryId = id.parse().map_err(|e: trellis_core::ParseIdError| Usage(e.to_string()))?;
            let e = checkins.get(id)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &e)?;
                writeln!(out)?;
            } else {
                print_check_in(&mut out, &e)?;
            }
        }
    }
    Ok(())
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The local time of `at`; in UTC outside 1970 to 9999 (only a damaged row holds such a date,
/// and turning it into local time would overflow).
fn local(at: &DateTime<Utc>) -> String {
    trellis_core::dates::in_zone(*at, &Local)
        .map_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

fn one_line(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    format!("{}…", flat.chars().take(max - 1).collect::<String>())
}

fn print_check_in(out: &mut impl Write, e: &Entry) -> Result<()> {
    writeln!(out, "{}", e.title)?;
    writeln!(out, "{}  ·  {}", local(&e.created_at), e.id)?;
    writeln!(out)?;
    writeln!(out, "{}", e.body)?;
    Ok(())
}

/// Parses `ID` or `ID=TEXT`.
fn split_id<I: std::str::FromStr<Err = trellis_core::ParseIdError>>(arg: &str) -> Result<(I, String)> {
    let (id, text) = arg.split_once('=').unwrap_or((arg, ""));
    let id = id.trim().parse::<I>().map_err(|e| Usage(e.to_string()))?;
    Ok((id, text.trim().to_owned()))
}

/// Builds the check-in from flags; every boundary on the agenda is part of it.
fn from_flags(a: Answers, agenda: &Agenda) -> Result<CheckInDraft> {
    let mut boundaries: Vec<BoundaryTalk> =
        agenda.boundaries.iter().map(|b| BoundaryTalk { boundary: b.boundary, note: String::new() }).collect();
    for arg in &a.boundary {
        let (id, note) = split_id::<BoundaryId>(arg)?;
        match boundaries.iter_mut().find(|b| b.boundary == id) {
            Some(b) => b.note = note,
            None => boundaries.push(BoundaryTalk { boundary: id, note }),
        }
    }
    let mut agreements = Vec::new();
    let mut review = |arg: &str, decision: Decision| -> Result<()> {
        let (id, text) = split_id::<AgreementId>(arg)?;
        if decision == Decision::Changed && text.is_empty() {
            return Err(Usage(format!("--change needs the new words: --change {id}=NEW WORDS")).into());
        }
        if decision != Decision::Changed && !text.is_empty() {
            return Err(Usage("only --change takes words after the id".into()).into());
        }
        agreements.push(AgreementReview { agreement: id, decision, text, revisit_on: None, note: String::new() });
        Ok(())
    };
    for arg in &a.kept {
        review(arg, Decision::Kept)?;
    }
    for arg in &a.change {
        review(arg, Decision::Changed)?;
    }
    for arg in &a.retire {
        review(arg, Decision::Retired)?;
    }
    Ok(CheckInDraft {
        last_try_note: a.last_try_note.unwrap_or_default(),
        well_me: a.well_me.unwrap_or_default(),
        well_partner: a.well_partner.unwrap_or_default(),
        boundaries,
        agreements,
        thanks_me: a.thanks_me.unwrap_or_default(),
        thanks_partner: a.thanks_partner.unwrap_or_default(),
        try_next: a.try_next.unwrap_or_default(),
    })
}

/// Walks the agenda: each question on `ask`, each answer one line of `answers` (an empty
/// line skips it).
fn guided(agenda: &Agenda, answers: &mut impl BufRead, ask: &mut impl Write) -> Result<CheckInDraft> {
    let mut read = |ask: &mut dyn Write, question: &str| -> Result<String> {
        write!(ask, "{question}\n> ")?;
        ask.flush()?;
        let mut line = String::new();
        if answers.read_line(&mut line).context("could not read the answer")? == 0 {
            return Err(Usage("the answers ended before the check-in did; nothing was saved".into()).into());
        }
        Ok(line.trim().to_owned())
    };
    writeln!(ask, "Weekly check-in. About twenty minutes; press Enter to skip a question.\n")?;
    let mut d = CheckInDraft::default();
    if let Some(p) = agenda.previous.as_ref().filter(|p| !p.try_next.is_empty()) {
        writeln!(ask, "Last time ({}), you said you would try: {}", p.on, p.try_next)?;
        d.last_try_note = read(ask, "How did it go?")?;
    }
    writeln!(ask, "\n1. What went well")?;
    d.well_me = read(ask, "One thing that went well for me:")?;
    d.well_partner = read(ask, "One thing that went well for my partner:")?;
    writeln!(ask, "\n2. Boundaries since {}", agenda.since)?;
    if agenda.boundaries.is_empty() {
        writeln!(ask, "No moments were logged since then.")?;
    }
    for b in &agenda.boundaries {
        writeln!(ask, "\n  {}", b.text)?;
        for m in &b.moments {
            let kind = if m.kind == MomentKind::Honoured { "honoured" } else { "crossed" };
            let note = if m.note.is_empty() { String::new() } else { format!(": {}", m.note) };
            writeln!(ask, "    {}  {kind}{note}", m.on)?;
        }
        let note = read(ask, "  Anything to say about it? (Enter to go on)")?;
        d.boundaries.push(BoundaryTalk { boundary: b.boundary, note });
    }
    writeln!(ask, "\n3. Agreements due for a revisit")?;
    if agenda.agreements.is_empty() {
        writeln!(ask, "None are due.")?;
    }
    for a in &agenda.agreements {
        writeln!(ask, "\n  {}", a.text)?;
        let decision = loop {
            let answer = read(ask, "  Keep it, change it, or retire it? [k/c/r, Enter for later]")?;
            match answer.to_lowercase().as_str() {
                "" => break None,
                "k" | "keep" | "kept" => break Some(Decision::Kept),
                "c" | "change" => break Some(Decision::Changed),
                "r" | "retire" => break Some(Decision::Retired),
                _ => writeln!(ask, "  Please answer k, c, r, or press Enter.")?,
            }
        };
        let Some(decision) = decision else { continue };
        let text = if decision == Decision::Changed {
            loop {
                let t = read(ask, "  The new words:")?;
                if !t.is_empty() {
                    break t;
                }
                writeln!(ask, "  A changed agreement needs its new words.")?;
            }
        } else {
            String::new()
        };
        d.agreements.push(AgreementReview { agreement: a.id, decision, text, revisit_on: None, note: String::new() });
    }
    writeln!(ask, "\n4. Appreciations")?;
    d.thanks_me = read(ask, "One appreciation from me:")?;
    d.thanks_partner = read(ask, "One appreciation from my partner:")?;
    writeln!(ask, "\n5. Next week")?;
    d.try_next = read(ask, "One thing to try next week:")?;
    writeln!(ask)?;
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guided_reads_one_answer_per_question_and_asks_again_on_a_wrong_choice() {
        let agenda = Agenda {
            previous: None,
            since: "2026-11-15".parse().unwrap(),
            boundaries: Vec::new(),
            agreements: vec![trellis_core::Agreement {
                id: "0192f3a4-5b6c-7d8e-9f00-112233445566".parse().unwrap(),
                created_at: Utc::now(),
                updated_at: Utc::now(),
                text: "dishes".into(),
                source: None,
                status: trellis_core::AgreementStatus::NeedsRevisiting,
                revisit_on: None,
                note: String::new(),
            }],
        };
        let input = "we cooked\n\nmaybe\nc\n\nwe share the dishes\nthanks\n\nwalk\n";
        let mut ask = Vec::new();
        let d = guided(&agenda, &mut input.as_bytes(), &mut ask).unwrap();
        assert_eq!((d.well_me.as_str(), d.well_partner.as_str()), ("we cooked", ""));
        assert_eq!(d.agreements.len(), 1);
        assert_eq!(
            (d.agreements[0].decision, d.agreements[0].text.as_str()),
            (Decision::Changed, "we share the dishes")
        );
        assert_eq!((d.thanks_me.as_str(), d.try_next.as_str()), ("thanks", "walk"));
        let asked = String::from_utf8(ask).unwrap();
        assert!(asked.contains("Please answer k, c, r"), "a wrong choice is asked again: {asked}");
        assert!(asked.contains("needs its new words"), "empty new words are asked again");
    }
}
