//! `trellis reminder …`: reminders from the terminal. Adding, editing, listing and removing
//! read or write a reminder's words, so they ask for the passphrase; firing, snoozing,
//! skipping, pausing and the calendar export use the plaintext schedule only and do not.
//! Instants are RFC 3339 (`2026-11-29T19:00:00+01:00`); shown times are in each reminder's zone.
//! A reminder's title and note come in through `words.rs` (standard input, `--from-file` or a
//! prompt), never as arguments.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand};
use trellis_core::reminders::{self, Day, Purpose, Repeat, Rule, Schedule, Snooze};
use trellis_core::say::short_day;
use trellis_core::{Reminder, ReminderDraft, ReminderId, Vault};

use crate::say::{count, said, say, say_with, text};
use crate::words::{self, Field, Form};
use crate::Usage;

const REMINDER_FIELDS: &[Field] = &[Field::new("Title", "ask-reminder-title"), Field::new("Note", "ask-reminder-note")];
/// A reminder's words: a `Note:` line, then its title.
const REMINDER: Form = Form { fields: REMINDER_FIELDS, main: Some(0), body: false };

const PURPOSES: [&str; 5] = ["checkin", "journal", "boundary-review", "agreement-revisit", "custom"];
const EVERY: [&str; 4] = ["once", "daily", "weekly", "monthly"];

#[derive(Subcommand)]
pub(crate) enum ReminderCommand {
    /// List reminders with their words, soonest first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a reminder; prints its id. Its words (a reminder of your own needs them) are read
    /// from standard input: a `Note:` line, then the title; or asked for on a terminal
    Add {
        /// What it is for
        #[arg(value_parser = PURPOSES)]
        purpose: String,
        #[command(flatten)]
        fields: Fields,
    },
    /// Change a reminder: only the options given change. New words are read as for `add`
    /// (a field left out stays as it is)
    Edit {
        id: String,
        #[command(flatten)]
        fields: Fields,
    },
    /// Remove a reminder
    Remove { id: String },
    /// Snooze one reminder, or all that would ask before the snooze ends (no passphrase)
    Snooze {
        /// The reminder (or --all)
        #[arg(required_unless_present = "all")]
        id: Option<String>,
        #[arg(long, conflicts_with = "id")]
        all: bool,
        /// 10m, 1h or tomorrow (09:00)
        #[arg(long = "for", value_name = "HOW", default_value = "1h", value_parser = ["10m", "1h", "tomorrow"])]
        how: String,
    },
    /// Skip what comes next: a pending snooze, else its next time (no passphrase)
    Skip { id: String },
    /// Pause a reminder until resumed (no passphrase)
    Pause { id: String },
    /// Resume a paused reminder from now on; what it would have fired meanwhile is not fired
    Resume { id: String },
    /// What would fire at INSTANT, without recording anything (no passphrase)
    Due {
        /// An RFC 3339 instant [default: now]
        #[arg(long, value_name = "INSTANT")]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write the reminders as an iCalendar file with neutral titles (no passphrase)
    ExportIcs {
        /// Where to write; an existing file is never written over
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Args, Default)]
pub(crate) struct Fields {
    #[command(flatten)]
    words: words::Source,
    /// How often
    #[arg(long, value_parser = EVERY)]
    every: Option<String>,
    /// For --every once: the day
    #[arg(long, value_name = "YYYY-MM-DD")]
    on: Option<NaiveDate>,
    /// For --every weekly: the days, like sun or mon,thu
    #[arg(long, value_name = "DAYS", value_delimiter = ',')]
    days: Vec<String>,
    /// For --every monthly: the day of the month (the last day when the month is shorter)
    #[arg(long, value_name = "N")]
    day: Option<u8>,
    /// The local time, 24-hour HH:MM
    #[arg(long, value_name = "HH:MM")]
    at: Option<String>,
    /// An IANA zone like Europe/Berlin [default: this machine's]
    #[arg(long)]
    zone: Option<String>,
    /// Let notifications show its words while Trellis is unlocked: yes or no
    #[arg(long, value_parser = ["yes", "no"])]
    show_words: Option<String>,
}

/// Runs a command that needs no passphrase; hands back the ones that do.
pub(crate) fn without_key(cmd: ReminderCommand, vault: &Vault) -> Result<Option<ReminderCommand>> {
    let mut out = std::io::stdout().lock();
    let now = Utc::now();
    match cmd {
        ReminderCommand::Snooze { id, all, how } => {
            let how = Snooze::parse(&how).expect("clap checked it");
            if all {
                let n = vault.snooze_all_reminders(how, now)?;
                writeln!(out, "{}", count("reminder-snoozed-all", n, &[]))?;
            } else {
                let s = vault.snooze_reminder(parse(&id.unwrap_or_default())?, how, now)?;
                writeln!(out, "{}", say_with("reminder-snoozed-until", &[("when", text(when(&s, s.snoozed_until)))]))?;
            }
        }
        ReminderCommand::Skip { id } => {
            let s = vault.skip_reminder(parse(&id)?)?;
            writeln!(out, "{}", say_with("reminder-skipped", &[("when", text(when(&s, s.due_at())))]))?;
        }
        ReminderCommand::Pause { id } => {
            vault.pause_reminder(parse(&id)?, true, now)?;
            writeln!(out, "{}", say("reminder-paused"))?;
        }
        ReminderCommand::Resume { id } => {
            let s = vault.pause_reminder(parse(&id)?, false, now)?;
            writeln!(out, "{}", say_with("reminder-resumed", &[("when", text(when(&s, s.due_at())))]))?;
        }
        ReminderCommand::Due { at, json: as_json } => {
            let at = match at {
                Some(t) => DateTime::parse_from_rfc3339(t.trim())
                    .map_err(|_| Usage(say_with("reminder-not-an-instant", &[("text", text(&t))])))?
                    .with_timezone(&Utc),
                None => now,
            };
            let due = vault.due_reminders(at)?;
            if as_json {
                serde_json::to_writer_pretty(&mut out, &due)?;
                writeln!(out)?;
            } else if due.is_empty() {
                writeln!(out, "{}", say("reminder-nothing-due"))?;
            } else {
                for (f, how) in due.on_time.iter().map(|f| (f, "due")).chain(due.missed.iter().map(|f| (f, "missed"))) {
                    writeln!(out, "{}  {how}  {}  {}", f.id, f.purpose.name(), f.due_at.to_rfc3339())?;
                }
            }
        }
        ReminderCommand::ExportIcs { out: path } => {
            let ics = vault.reminders_ics(now)?;
            write_new(&path, ics.as_bytes())?;
            writeln!(out, "{}", say_with("reminder-wrote-ics", &[("file", text(path.display()))]))?;
        }
        other => return Ok(Some(other)),
    }
    Ok(None)
}

/// Runs a command that reads or writes a reminder's words (the vault is unlocked).
pub(crate) fn with_key(cmd: ReminderCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let now = Utc::now();
    // `--json` says each rule in English in every language, as scripts read it.
    let lang = if matches!(cmd, ReminderCommand::List { json: true }) { "en" } else { crate::say::lang() };
    let mut reminders = vault.reminders()?.in_language(lang);
    reminders.follow_all(now)?;
    match cmd {
        ReminderCommand::List { json } => {
            let list = reminders.list()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else if list.is_empty() {
                writeln!(out, "{}", say("reminder-none"))?;
            } else {
                for r in &list {
                    show(&mut out, r)?;
                }
            }
        }
        ReminderCommand::Add { purpose, fields } => {
            let purpose = Purpose::parse(&purpose).expect("clap checked it");
            let zone_given = fields.zone.is_some();
            let draft = fields.draft(purpose, None, false)?;
            let r = reminders.add(draft, now)?;
            writeln!(out, "{}", r.schedule.id)?;
            if !zone_given && reminders::find_system_zone().1 == reminders::ZoneFound::Nowhere {
                eprintln!("{}", say_with("reminder-no-zone", &[("id", text(r.schedule.id))]));
            }
        }
        ReminderCommand::Edit { id, fields } => {
            let id: ReminderId = parse(&id)?;
            let old = reminders.get(id)?;
            let draft = fields.draft(old.schedule.purpose, Some(&old), true)?;
            let r = reminders.edit(id, draft, now)?;
            show(&mut out, &r)?;
        }
        ReminderCommand::Remove { id } => {
            reminders.remove(parse(&id)?)?;
            writeln!(out, "{}", say("reminder-removed"))?;
        }
        _ => unreachable!("run without the key first"),
    }
    Ok(())
}

impl Fields {
    /// Builds the reminder; its words are read once the rest is known to be right.
    fn draft(self, purpose: Purpose, old: Option<&Reminder>, editing: bool) -> Result<ReminderDraft> {
        let old_rule = old.map(|o| &o.schedule.rule);
        let at = match &self.at {
            Some(t) => reminders::parse_time(t).map_err(|e| Usage(said(&e)))?,
            None => old_rule.map(|r| r.at).ok_or_else(|| Usage(say("reminder-say-when")))?,
        };
        let repeat = match self.every.as_deref() {
            Some("once") => Repeat::Once { on: self.on.ok_or_else(|| Usage(say("reminder-once-needs-on")))? },
            Some("daily") => Repeat::Daily,
            Some("weekly") => Repeat::Weekly { days: days(&self.days)? },
            Some("monthly") => {
                Repeat::Monthly { day: self.day.ok_or_else(|| Usage(say("reminder-monthly-needs-day")))? }
            }
            _ => match old_rule {
                Some(r) => r.repeat.clone(),
                None => return Err(Usage(say("reminder-say-how-often")).into()),
            },
        };
        let rule = Rule::new(repeat, at).map_err(|e| Usage(said(&e)))?;
        let mut w = REMINDER.read(&self.words, editing)?;
        Ok(ReminderDraft {
            purpose,
            title: w.take("Title").or_else(|| old.map(|o| o.title.clone())).unwrap_or_default(),
            note: w.take("Note").or_else(|| old.map(|o| o.note.clone())).unwrap_or_default(),
            rule,
            zone: self.zone.or_else(|| old.map(|o| o.schedule.zone.clone())).unwrap_or_default(),
            show_words: self.show_words.map_or(old.is_some_and(|o| o.schedule.show_words), |s| s == "yes"),
        })
    }
}

fn days(given: &[String]) -> Result<Vec<Day>> {
    if given.is_empty() {
        return Err(Usage(say("reminder-weekly-needs-days")).into());
    }
    given
        .iter()
        .map(|d| Day::parse(d).ok_or_else(|| Usage(say_with("reminder-not-a-day", &[("text", text(d))])).into()))
        .collect()
}

fn show(out: &mut impl Write, r: &Reminder) -> Result<()> {
    let s = &r.schedule;
    let state = if s.paused {
        say("reminder-state-paused")
    } else {
        match s.due_at() {
            Some(_) => say_with("reminder-state-next", &[("when", text(when(s, s.due_at())))]),
            None => say("reminder-state-done"),
        }
    };
    let title = if r.damaged { say("reminder-damaged") } else { r.title.clone() };
    writeln!(out, "{}  {}  {title}", s.id, s.purpose.name())?;
    writeln!(
        out,
        "    {} ({}), {state}{}",
        r.says,
        s.zone,
        if s.show_words { say("reminder-words-shown") } else { String::new() }
    )?;
    Ok(())
}

/// An instant in the reminder's own zone: "Sun 29 Nov 2026 19:00 CET", the day in the locale's
/// language.
fn when(s: &Schedule, t: Option<DateTime<Utc>>) -> String {
    let zone = reminders::parse_zone(&s.zone).unwrap_or(reminders::Tz::UTC);
    match t.map(|t| trellis_core::dates::in_zone(t, &zone)) {
        None => say("reminder-when-none"),
        Some(Some(t)) => format!("{} {}", short_day(crate::say::lang(), t.date_naive()), t.format("%H:%M %Z")),
        Some(None) => say("reminder-when-never"),
    }
}

fn parse(text: &str) -> Result<ReminderId> {
    text.parse::<ReminderId>().map_err(|e| Usage(said(&e)).into())
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    trellis_core::files::write_new(path, |w| {
        w.write_all(bytes).map_err(|source| trellis_core::FileError::Io { path: path.to_owned(), source })
    })?;
    Ok(())
}
