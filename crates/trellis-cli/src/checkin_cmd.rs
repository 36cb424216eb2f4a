//! `trellis checkin …`: the weekly check-in from the terminal. `start` walks the agenda
//! question by question (questions on standard error, answers read line by line from
//! standard input, so a script can pipe them), keeping the answers sealed in the vault as they
//! are given (the core's check-in draft, the one the app keeps too), so Ctrl-C or a closed
//! terminal loses none: the next `start` offers to go on from them. With `--from-file` it takes
//! every answer as a form (`words.rs`) and asks nothing; answers are never arguments. Reads take
//! `--json`; "today" is the local date.

use std::io::{BufRead, Write};

use anyhow::{Context, Result};
use chrono::{DateTime, Local, NaiveDate, Utc};
use clap::{Args, Subcommand};
use trellis_core::{
    Agenda, AgreementId, AgreementReview, BoundaryId, BoundaryTalk, CheckInDraft, Decision, Entry, EntryId, MomentKind,
    UnsavedCheckIn, UnsavedReview, Vault,
};

use crate::say::{answer, said, say, say_with, text};
use crate::words::{self, Field, Form};
use crate::Usage;

const ANSWER_FIELDS: &[Field] = &[
    Field::new("Last try note", "ask-last-try-note"),
    Field::new("Well me", "ask-well-me"),
    Field::new("Well partner", "ask-well-partner"),
    Field::with_id("Boundary", "ask-boundary-note"),
    Field::with_id("Change", "ask-agreement-change"),
    Field::new("Mind me", "ask-mind-me"),
    Field::new("Mind partner", "ask-mind-partner"),
    Field::new("Thanks me", "ask-thanks-me"),
    Field::new("Thanks partner", "ask-thanks-partner"),
    Field::new("Try next", "ask-try-next"),
];
/// Every answer of a check-in as a form: `Well me: …` lines, `Boundary ID: note` for a note on
/// a boundary, `Change ID: new words` for an agreement kept in new words.
const ANSWERS: Form = Form { fields: ANSWER_FIELDS, main: None, body: false };

#[derive(Subcommand)]
pub(crate) enum CheckinCommand {
    /// Hold this week's check-in: asks each question in turn (one answer a line), keeps each
    /// answer as it is given and saves it; prints its id. When answers of one not saved are
    /// kept, it first asks whether to go on from them (y or n). With `--from-file` (or --kept
    /// or --retire) it asks nothing and saves what they say
    Start {
        #[command(flatten)]
        answers: Answers,
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
    /// An agreement due for a revisit that still works (repeat for more)
    #[arg(long, value_name = "ID")]
    kept: Vec<String>,
    /// An agreement to retire (repeat for more)
    #[arg(long, value_name = "ID")]
    retire: Vec<String>,
    /// Read every answer from FILE (`-`: standard input) as `Field: value` lines: Last try
    /// note, Well me, Well partner, Boundary ID (a note on it), Change ID (an agreement's new
    /// words), Mind me, Mind partner, Thanks me, Thanks partner, Try next; or as JSON with
    /// those fields
    #[arg(long, value_name = "FILE")]
    from_file: Option<std::path::PathBuf>,
}

impl Answers {
    fn given(&self) -> bool {
        self.from_file.is_some() || !self.kept.is_empty() || !self.retire.is_empty()
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
                let words = match &answers.from_file {
                    Some(f) => ANSWERS.read(&words::Source { from_file: Some(f.clone()) }, false)?,
                    None => words::Words::default(),
                };
                from_form(&answers, words, &agenda)?
            } else {
                let stdin = std::io::stdin();
                let mut input = stdin.lock();
                let mut ask = std::io::stderr().lock();
                let earlier = checkins.unsaved()?.filter(|u| !u.is_blank());
                let start = match earlier {
                    Some(u) if go_on(&mut input, &mut ask)? => u,
                    Some(_) => {
                        checkins.forget_unsaved()?;
                        UnsavedCheckIn::default()
                    }
                    None => UnsavedCheckIn::default(),
                };
                let mut keep = |u: &UnsavedCheckIn| -> Result<()> {
                    checkins.keep_unsaved(u.clone(), Utc::now())?;
                    Ok(())
                };
                let answered = guided(&agenda, start, &mut input, &mut ask, &mut keep)?;
                to_draft(&answered, &agenda)
            };
            let entry = checkins.save_in(draft, today, Utc::now(), crate::library_cmd::locale_language())?;
            writeln!(out, "{}", entry.id)?;
        }
        CheckinCommand::List { json } => {
            let list = checkins.list()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else {
                if list.is_empty() {
                    eprintln!("{}", say("checkin-none"));
                }
                for e in &list {
                    let next = e.check_in.as_ref().map(|c| c.try_next.as_str()).unwrap_or_default();
                    let mut line = format!("{}  {}  {}", e.id, local(&e.created_at), e.title);
                    if !next.is_empty() {
                        line.push_str(&format!(
                            "  {}",
                            say_with("checkin-to-try", &[("what", text(one_line(next, 60)))])
                        ));
                    }
                    writeln!(out, "{line}")?;
                }
            }
        }
        CheckinCommand::Show { id, json } => {
            let id: EntryId = id.parse().map_err(|e: trellis_core::ParseIdError| Usage(said(&e)))?;
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

/// Builds the check-in from a form and the flags; every boundary on the agenda is part of it.
fn from_form(a: &Answers, mut w: words::Words, agenda: &Agenda) -> Result<CheckInDraft> {
    let mut boundaries: Vec<BoundaryTalk> =
        agenda.boundaries.iter().map(|b| BoundaryTalk { boundary: b.boundary, note: String::new() }).collect();
    for (id, note) in w.take_with_id("Boundary") {
        let id = id.trim().parse::<BoundaryId>().map_err(|e| Usage(said(&e)))?;
        match boundaries.iter_mut().find(|b| b.boundary == id) {
            Some(b) => b.note = note,
            None => boundaries.push(BoundaryTalk { boundary: id, note }),
        }
    }
    let mut agreements = Vec::new();
    let mut review = |id: &str, decision: Decision, text: String| -> Result<()> {
        let id = id.trim().parse::<AgreementId>().map_err(|e| Usage(said(&e)))?;
        if decision == Decision::Changed && text.trim().is_empty() {
            return Err(Usage(say_with("checkin-change-needs-words", &[("id", crate::say::text(id))])).into());
        }
        agreements.push(AgreementReview { agreement: id, decision, text, revisit_on: None, note: String::new() });
        Ok(())
    };
    for id in &a.kept {
        review(id, Decision::Kept, String::new())?;
    }
    for (id, text) in w.take_with_id("Change") {
        review(&id, Decision::Changed, text)?;
    }
    for id in &a.retire {
        review(id, Decision::Retired, String::new())?;
    }
    let mut take = |name: &str| w.take(name).unwrap_or_default();
    Ok(CheckInDraft {
        last_try_note: take("Last try note"),
        well_me: take("Well me"),
        well_partner: take("Well partner"),
        mind_me: take("Mind me"),
        mind_partner: take("Mind partner"),
        boundaries,
        agreements,
        thanks_me: take("Thanks me"),
        thanks_partner: take("Thanks partner"),
        try_next: take("Try next"),
    })
}

/// What is saved from the answers: every boundary on the agenda (with its note), the
/// agreements on it decided on. As the app's screen does.
fn to_draft(u: &UnsavedCheckIn, agenda: &Agenda) -> CheckInDraft {
    let boundaries = agenda
        .boundaries
        .iter()
        .map(|b| BoundaryTalk {
            boundary: b.boundary,
            note: u.boundaries.iter().find(|t| t.boundary == b.boundary).map(|t| t.note.clone()).unwrap_or_default(),
        })
        .collect();
    let agreements = agenda
        .agreements
        .iter()
        .filter_map(|a| {
            let r = u.reviews.iter().find(|r| r.agreement == a.id)?;
            let decision = r.decision?;
            let text = if decision == Decision::Changed { r.text.clone() } else { String::new() };
            Some(AgreementReview { agreement: a.id, decision, text, revisit_on: None, note: r.note.clone() })
        })
        .collect();
    CheckInDraft {
        last_try_note: u.last_try_note.clone(),
        well_me: u.well_me.clone(),
        well_partner: u.well_partner.clone(),
        mind_me: u.mind_me.clone(),
        mind_partner: u.mind_partner.clone(),
        boundaries,
        agreements,
        thanks_me: u.thanks_me.clone(),
        thanks_partner: u.thanks_partner.clone(),
        try_next: u.try_next.clone(),
    }
}

/// Asks whether to go on from the answers kept from a check-in not saved; false starts over.
fn go_on(input: &mut impl BufRead, ask: &mut impl Write) -> Result<bool> {
    writeln!(ask, "{}", say("checkin-unsaved"))?;
    loop {
        write!(ask, "{}\n> ", say("checkin-go-on"))?;
        ask.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line).with_context(|| say("words-read-answer"))? == 0 {
            return Err(Usage(say("checkin-ended-before-start")).into());
        }
        if line.trim().is_empty() {
            return Ok(true);
        }
        match answer(&line, "answer-yes-no") {
            Some(yes_no) => return Ok(yes_no == 0),
            None => writeln!(ask, "{}", say("checkin-answer-y-n"))?,
        }
    }
}

/// Walks the agenda: each question on `ask`, each answer one line of `input` (an empty line
/// skips it). Starts from `u` (answers kept from before: those are shown, not asked again) and
/// hands the answers to `keep` after each one.
fn guided(
    agenda: &Agenda,
    mut u: UnsavedCheckIn,
    input: &mut impl BufRead,
    ask: &mut impl Write,
    keep: &mut dyn FnMut(&UnsavedCheckIn) -> Result<()>,
) -> Result<UnsavedCheckIn> {
    let mut q = Questions { input, ask, keep };
    writeln!(q.ask, "{}", say("checkin-intro"))?;
    writeln!(q.ask, "{}\n", say("checkin-intro-kept"))?;
    if let Some(p) = agenda.previous.as_ref().filter(|p| !p.try_next.is_empty()) {
        u.step = "last-time".into();
        let args = [("on", text(p.on)), ("try", text(&p.try_next))];
        writeln!(q.ask, "{}", say_with("checkin-last-time", &args))?;
        q.answer(&mut u, |u| &mut u.last_try_note, &say("checkin-how-did-it-go"))?;
    }
    u.step = "went-well".into();
    writeln!(q.ask, "\n1. {}", say("checkin-went-well"))?;
    q.answer(&mut u, |u| &mut u.well_me, &asked("ask-well-me"))?;
    q.answer(&mut u, |u| &mut u.well_partner, &asked("ask-well-partner"))?;
    u.step = "boundaries".into();
    writeln!(q.ask, "\n2. {}", say_with("checkin-boundaries-since", &[("since", text(agenda.since))]))?;
    if agenda.boundaries.is_empty() {
        writeln!(q.ask, "{}", say("checkin-no-moments"))?;
    }
    for b in &agenda.boundaries {
        writeln!(q.ask, "\n  {}", b.text)?;
        for m in &b.moments {
            let kind = say(if m.kind == MomentKind::Honoured { "checkin-honoured" } else { "checkin-crossed" });
            let note = if m.note.is_empty() { String::new() } else { format!(": {}", m.note) };
            writeln!(q.ask, "    {}  {kind}{note}", m.on)?;
        }
        let question = format!("  {}", say("checkin-anything-to-say"));
        match u.boundaries.iter().find(|t| t.boundary == b.boundary && !t.note.is_empty()) {
            Some(t) => writeln!(q.ask, "{question}\n  {}", kept_from_before(&t.note))?,
            None => {
                let note = q.read(&question)?;
                u.boundaries.retain(|t| t.boundary != b.boundary);
                u.boundaries.push(BoundaryTalk { boundary: b.boundary, note });
                (q.keep)(&u)?;
            }
        }
    }
    u.step = "agreements".into();
    writeln!(q.ask, "\n3. {}", say("checkin-agreements-due"))?;
    if agenda.agreements.is_empty() {
        writeln!(q.ask, "{}", say("checkin-none-due"))?;
    }
    for a in &agenda.agreements {
        writeln!(q.ask, "\n  {}", a.text)?;
        let at = match u.reviews.iter().position(|r| r.agreement == a.id) {
            Some(at) => at,
            None => {
                u.reviews.push(UnsavedReview {
                    agreement: a.id,
                    decision: None,
                    text: String::new(),
                    note: String::new(),
                });
                u.reviews.len() - 1
            }
        };
        let decision = match u.reviews[at].decision {
            Some(d) => {
                let said = say(match d {
                    Decision::Kept => "checkin-decision-keep",
                    Decision::Changed => "checkin-decision-change",
                    Decision::Retired => "checkin-decision-retire",
                    Decision::Talked => "checkin-decision-talked",
                });
                writeln!(q.ask, "  {}", kept_from_before(&said))?;
                d
            }
            None => {
                let decision = loop {
                    let reply = q.read(&format!("  {}", say("checkin-keep-change-retire")))?;
                    if reply.trim().is_empty() {
                        break None;
                    }
                    match answer(&reply, "answer-keep-change-retire") {
                        Some(0) => break Some(Decision::Kept),
                        Some(1) => break Some(Decision::Changed),
                        Some(_) => break Some(Decision::Retired),
                        None => writeln!(q.ask, "  {}", say("checkin-answer-k-c-r"))?,
                    }
                };
                let Some(decision) = decision else { continue };
                u.reviews[at].decision = Some(decision);
                // Words held before a decision are the agreement's own (the app starts a
                // change from them), not new ones: a change made now asks for its words.
                u.reviews[at].text.clear();
                (q.keep)(&u)?;
                decision
            }
        };
        if decision == Decision::Changed {
            if !u.reviews[at].text.trim().is_empty() {
                let words = say_with("checkin-the-new-words-were", &[("words", text(&u.reviews[at].text))]);
                writeln!(q.ask, "  {}", kept_from_before(&words))?;
                continue;
            }
            let text = loop {
                let t = q.read(&format!("  {}:", say("checkin-the-new-words")))?;
                if !t.is_empty() {
                    break t;
                }
                writeln!(q.ask, "  {}", say("checkin-needs-new-words"))?;
            };
            u.reviews[at].text = text;
            (q.keep)(&u)?;
        }
    }
    u.step = "on-my-mind".into();
    writeln!(q.ask, "\n4. {}", say("checkin-on-my-mind"))?;
    writeln!(q.ask, "{}\n{}", say("checkin-mind-turns"), say("checkin-mind-listen"))?;
    q.answer(&mut u, |u| &mut u.mind_me, &asked("ask-mind-me"))?;
    q.answer(&mut u, |u| &mut u.mind_partner, &asked("ask-mind-partner"))?;
    u.step = "appreciations".into();
    writeln!(q.ask, "\n5. {}", say("checkin-appreciations"))?;
    q.answer(&mut u, |u| &mut u.thanks_me, &asked("ask-thanks-me"))?;
    q.answer(&mut u, |u| &mut u.thanks_partner, &asked("ask-thanks-partner"))?;
    u.step = "next-week".into();
    writeln!(q.ask, "\n6. {}", say("checkin-next-week"))?;
    q.answer(&mut u, |u| &mut u.try_next, &asked("ask-try-next"))?;
    writeln!(q.ask)?;
    Ok(u)
}

/// A question of the guided check-in: the field's own question (`ask-well-me`), then `:`.
fn asked(id: &str) -> String {
    format!("{}:", say(id))
}

/// An answer given before, shown instead of asking again: "(kept from before) we cooked".
fn kept_from_before(answer: &str) -> String {
    say_with("checkin-kept-from-before", &[("answer", text(answer))])
}

/// The questions' two ends and where each new answer is kept.
struct Questions<'a, R, W> {
    input: &'a mut R,
    ask: &'a mut W,
    keep: &'a mut dyn FnMut(&UnsavedCheckIn) -> Result<()>,
}

impl<R: BufRead, W: Write> Questions<'_, R, W> {
    /// Asks a question and reads its answer, one line.
    fn read(&mut self, question: &str) -> Result<String> {
        write!(self.ask, "{question}\n> ")?;
        self.ask.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line).with_context(|| say("words-read-answer"))? == 0 {
            return Err(Usage(say("checkin-ended-before-end")).into());
        }
        Ok(line.trim().to_owned())
    }

    /// Asks a question unless it was answered before, and keeps the answers after a new one.
    fn answer(
        &mut self,
        u: &mut UnsavedCheckIn,
        field: fn(&mut UnsavedCheckIn) -> &mut String,
        question: &str,
    ) -> Result<()> {
        if !field(u).is_empty() {
            writeln!(self.ask, "{question}\n  {}", kept_from_before(field(u)))?;
            return Ok(());
        }
        *field(u) = self.read(question)?;
        (self.keep)(u)
    }
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
                between: None,
            }],
        };
        let input = "we cooked\n\nmaybe\nc\n\nwe share the dishes\nI feel tired about evenings and I need rest\n\nthanks\n\nwalk\n";
        let mut ask = Vec::new();
        let mut kept = Vec::new();
        let u = guided(&agenda, UnsavedCheckIn::default(), &mut input.as_bytes(), &mut ask, &mut |u| {
            kept.push(u.clone());
            Ok(())
        })
        .unwrap();
        assert_eq!(kept.len(), 9, "kept after each answer");
        assert_eq!(kept[0].well_me, "we cooked");
        assert_eq!(kept[0].step, "went-well", "the app's name for the step");
        let d = to_draft(&u, &agenda);
        assert_eq!((d.well_me.as_str(), d.well_partner.as_str()), ("we cooked", ""));
        assert_eq!(d.agreements.len(), 1);
        assert_eq!(
            (d.agreements[0].decision, d.agreements[0].text.as_str()),
            (Decision::Changed, "we share the dishes")
        );
        assert_eq!((d.mind_me.as_str(), d.mind_partner.as_str()), ("I feel tired about evenings and I need rest", ""));
        assert_eq!((d.thanks_me.as_str(), d.try_next.as_str()), ("thanks", "walk"));
        let asked = String::from_utf8(ask).unwrap();
        // In the locale's language.
        assert!(asked.contains(&say("checkin-answer-k-c-r")), "a wrong choice is asked again: {asked}");
        assert!(asked.contains(&say("checkin-needs-new-words")), "empty new words are asked again");
        assert!(asked.contains(&say("checkin-mind-turns")), "the mind step says how to start: {asked}");
    }
}
