//! `trellis agreement …`: list, show with its history, edit.

use std::io::Write;

use anyhow::Result;
use chrono::{NaiveDate, Utc};
use clap::Subcommand;
use trellis_core::{AgreementDraft, ListedAgreement, Vault};

use super::{choice, choice_label, json, local, parse, print_timeline, today};
use crate::say::{say, say_with, text};
use crate::words::{self, Field, Form};

const AGREEMENT_FIELDS: &[Field] = &[Field::new("Text", "ask-agreement-text"), Field::new("Note", "ask-change-note")];
/// An agreement's words: a `Note:` line, then its text.
const AGREEMENT: Form = Form { fields: AGREEMENT_FIELDS, main: Some(0), body: false };
const AGREEMENT_STATUS: [&str; 4] = ["kept", "needs_revisiting", "renegotiated", "retired"];

#[derive(Subcommand)]
pub(crate) enum AgreementCommand {
    /// List agreements: due ones first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show an agreement and its history
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change an agreement: only the fields given change; the old version is kept. New words
    /// are read from standard input: a `Note:` line, then the new text (or asked for)
    Edit {
        id: String,
        #[arg(long, value_parser = AGREEMENT_STATUS)]
        status: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        revisit_on: Option<NaiveDate>,
        /// Remove the revisit date
        #[arg(long, conflicts_with = "revisit_on")]
        no_revisit: bool,
        #[command(flatten)]
        words: words::Source,
    },
}

pub(crate) fn agreement(cmd: AgreementCommand, vault: &mut Vault) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let mut ag = vault.agreements()?;
    match cmd {
        AgreementCommand::List { json: as_json } => {
            let rows = ag.list(today())?;
            if as_json {
                return json(&mut out, &rows);
            }
            for row in &rows {
                match row {
                    ListedAgreement::Agreement { agreement: a, due } => {
                        let revisit = a
                            .revisit_on
                            .map(|d| format!("  {}", say_with("agreement-revisit", &[("on", text(d))])))
                            .unwrap_or_default();
                        let due = if *due { format!("  {}", say("agreement-due")) } else { String::new() };
                        writeln!(
                            out,
                            "{}  {}  [{}]{revisit}{due}",
                            a.id,
                            a.text.lines().next().unwrap_or(""),
                            choice_label(&a.status)
                        )?;
                    }
                    ListedAgreement::Damaged { id, created_at } => {
                        writeln!(out, "{id}  {}  {}", local(created_at), say("agreement-damaged-row"))?
                    }
                }
            }
            if rows.is_empty() {
                eprintln!("{}", say("agreement-none"));
            }
        }
        AgreementCommand::Show { id, json: as_json } => {
            let id = parse(&id)?;
            let a = ag.get(id)?;
            let history = ag.history(id)?;
            if as_json {
                return json(&mut out, &serde_json::json!({ "agreement": a, "history": history }));
            }
            writeln!(out, "{}", a.text)?;
            let revisit = a
                .revisit_on
                .map(|d| format!(" · {}", say_with("agreement-revisit-on", &[("on", text(d))])))
                .unwrap_or_default();
            writeln!(out, "{}{revisit}\nid: {}", choice_label(&a.status), a.id)?;
            if let Some(b) = &a.between {
                let partner = vault.partner()?.connected()?.map(|c| c.name);
                writeln!(out, "{}", crate::share_cmd::standing(b, &partner.unwrap_or_else(|| say("your-partner"))))?;
            }
            writeln!(out, "\n{}:", say("history"))?;
            print_timeline(&mut out, &history)?;
        }
        AgreementCommand::Edit { id, status, revisit_on, no_revisit, words } => {
            let id = parse(&id)?;
            let old = ag.get(id)?;
            let mut w = AGREEMENT.read(&words, true)?;
            let note = w.take("Note").unwrap_or_default();
            let draft = AgreementDraft {
                text: w.take("Text").unwrap_or(old.text),
                status: status.as_deref().map(choice).transpose()?.unwrap_or(old.status),
                revisit_on: if no_revisit { None } else { revisit_on.or(old.revisit_on) },
            };
            ag.edit(id, draft, note, Some(old.updated_at), Utc::now())?;
            eprintln!("{}", say_with("agreement-saved", &[("id", text(id))]));
        }
    }
    Ok(())
}
