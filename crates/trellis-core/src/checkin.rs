//! The weekly check-in: a short guided agenda the couple walks through together, about twenty
//! minutes, in this order (the library's check-in articles describe the same one):
//!
//! 1. how last week's "thing to try" went (the previous check-in's last answer opens this one);
//! 2. one thing that went well, for each of us;
//! 3. the boundaries honoured or crossed since last time, from each boundary's moment log (the
//!    saved check-in keeps what was said, never a count);
//! 4. the agreements due for a revisit: kept, changed or retired, right there;
//! 5. one thing on my mind, if there is one, taken in turns (optional);
//! 6. one appreciation each;
//! 7. one thing to try next week.
//!
//! The screen opens with a question that is never stored: is it safe to talk together right
//! now? "No" leads to the Safety first article and writes nothing.
//!
//! A check-in is saved as a journal entry of kind "check-in" (sealed like every entry): its
//! answers in the entry's `check_in`, a readable title and Markdown body written from them (so
//! the journal list, search and exports show it like any entry), and `about` links to every
//! boundary and agreement it touched. Decisions on agreements go through the agreements ledger,
//! so they keep their history and note like any other edit there.
//!
//! While a check-in is being filled in, its answers are kept sealed as a draft
//! ([`UnsavedCheckIn`], `unsaved.rs`), so a quit or a crash halfway loses nothing.

use chrono::{DateTime, Days, NaiveDate, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::collection::{whole_ms, Collection};
use crate::ids::{AgreementId, BoundaryId, EntryId};
use crate::journal::{check_in_record, About, Entry, EntryDraft, Journal, JournalError};
pub use crate::journal::{AgreementReviewed, BoundaryTalked, CheckIn, Decision};
use crate::say::Message;
use crate::tools::agreements::{Agreement, AgreementDraft, AgreementStatus, Agreements};
use crate::tools::boundaries::{Boundaries, Boundary, Moment};
use crate::tools::ToolError;
use crate::unlocked::Unlocked;

mod render;
mod unsaved;

pub(crate) use unsaved::DraftKind;
pub use unsaved::{UnsavedCheckIn, UnsavedReview};

/// How far back the first check-in looks for boundary moments (there is no "last time" yet).
const FIRST_LOOK_BACK_DAYS: u64 = 7;
/// When an agreement kept or changed at a check-in is looked at again, unless a date is chosen.
const NEXT_REVISIT_DAYS: u64 = 28;

/// What can go wrong with a check-in.
#[derive(Debug, thiserror::Error)]
pub enum CheckInError {
    #[error("entry {0} is not a check-in; list the check-ins to see their ids")]
    NotACheckIn(EntryId),
    #[error("{0}")]
    Invalid(Message),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Tool(#[from] ToolError),
}

/// A boundary talked about: the boundary and what was said.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BoundaryTalk {
    pub boundary: BoundaryId,
    pub note: String,
}

/// An agreement looked at again, and what was decided.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementReview {
    pub agreement: AgreementId,
    pub decision: Decision,
    /// The new wording, when it is changed (otherwise ignored).
    pub text: String,
    /// When to look at it again (kept or changed); four weeks from the check-in when none.
    pub revisit_on: Option<NaiveDate>,
    pub note: String,
}

/// What the couple answers: the check-in as it is being filled in.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckInDraft {
    /// How last week's thing to try went.
    #[serde(default)]
    pub last_try_note: String,
    #[serde(default)]
    pub well_me: String,
    #[serde(default)]
    pub well_partner: String,
    /// One thing on my mind, and one on my partner's (both optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_me: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mind_partner: String,
    #[serde(default)]
    pub boundaries: Vec<BoundaryTalk>,
    #[serde(default)]
    pub agreements: Vec<AgreementReview>,
    #[serde(default)]
    pub thanks_me: String,
    #[serde(default)]
    pub thanks_partner: String,
    #[serde(default)]
    pub try_next: String,
}

impl std::fmt::Debug for CheckInDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CheckInDraft({} boundaries, {} agreements, <private>)", self.boundaries.len(), self.agreements.len())
    }
}

/// The check-in before this one, as the next one opens with it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Previous {
    pub id: EntryId,
    pub on: NaiveDate,
    pub try_next: String,
}

impl std::fmt::Debug for Previous {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Previous({}, {}, <private>)", self.id, self.on)
    }
}

/// A boundary with the moments logged since the last check-in.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BoundarySince {
    pub boundary: BoundaryId,
    pub text: String,
    /// Whose it is: a couple together at one computer sees only shared ones ("ours").
    pub whose: crate::Whose,
    /// Oldest first.
    pub moments: Vec<Moment>,
}

impl std::fmt::Debug for BoundarySince {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BoundarySince({}, {} moments, <private>)", self.boundary, self.moments.len())
    }
}

/// What a check-in starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Agenda {
    pub previous: Option<Previous>,
    /// Moments logged on or after this day count as "since last time": the day of the check-in
    /// before, or a week back for the first one.
    pub since: NaiveDate,
    pub boundaries: Vec<BoundarySince>,
    /// Agreements due for a revisit, earliest first.
    pub agreements: Vec<Agreement>,
}

/// The check-ins of an unlocked vault.
pub struct CheckIns<'v> {
    conn: &'v Connection,
    open: &'v mut Unlocked,
}

impl<'v> CheckIns<'v> {
    pub(crate) fn new(conn: &'v Connection, open: &'v mut Unlocked) -> Self {
        CheckIns { conn, open }
    }

    fn journal(&mut self) -> Journal<'_> {
        Journal::new(self.conn, self.open)
    }

    fn boundaries(&mut self) -> Boundaries<'_> {
        Boundaries::new(Collection::new(self.conn, self.open))
    }

    fn agreements(&mut self) -> Agreements<'_> {
        Agreements::new(Collection::new(self.conn, self.open))
    }

    /// Returns what a check-in held on `today` starts from: the previous check-in's thing to
    /// try, the boundaries' moments since it, and the agreements due.
    pub fn agenda(&mut self, today: NaiveDate) -> Result<Agenda, CheckInError> {
        let previous = self.previous()?;
        let since = since(previous.as_ref(), today);
        let boundaries = self
            .boundaries()
            .all()?
            .into_iter()
            .filter_map(|b| {
                let moments: Vec<Moment> = b.moments.into_iter().filter(|m| m.on >= since && m.on <= today).collect();
                (!moments.is_empty()).then_some(BoundarySince { boundary: b.id, text: b.text, whose: b.whose, moments })
            })
            .collect();
        let agreements = self
            .agreements()
            .list(today)?
            .into_iter()
            .filter_map(|l| match l {
                crate::ListedAgreement::Agreement { agreement, due: true } => Some(agreement),
                _ => None,
            })
            .collect();
        Ok(Agenda { previous, since, boundaries, agreements })
    }

    /// Returns the latest check-in's thing to try, if there was a check-in.
    pub fn previous(&mut self) -> Result<Option<Previous>, CheckInError> {
        let ids = self.journal().check_in_ids()?;
        for (_, id) in ids {
            // A damaged check-in is skipped: the one before it still opens this one.
            match self.journal().get(id) {
                Ok(Entry { id, check_in: Some(c), .. }) => {
                    return Ok(Some(Previous { id, on: c.on, try_next: c.try_next }))
                }
                Ok(_) | Err(JournalError::Damaged(_) | JournalError::NotFound(_)) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(None)
    }

    /// Saves a check-in held on `today`, its entry written in English (see [`CheckIns::save_in`]).
    pub fn save(&mut self, draft: CheckInDraft, today: NaiveDate, now: DateTime<Utc>) -> Result<Entry, CheckInError> {
        self.save_in(draft, today, now, "en")
    }

    /// Saves a check-in held on `today`: applies the decisions on agreements through the
    /// ledger (each keeps its earlier version, with the note), then saves the check-in as a
    /// journal entry linked to every boundary and agreement it touched. The entry's title and
    /// headings, and the ledger's note, are written in `lang`, once: they are the person's
    /// entry from then on, like any other.
    pub fn save_in(
        &mut self,
        draft: CheckInDraft,
        today: NaiveDate,
        now: DateTime<Utc>,
        lang: &str,
    ) -> Result<Entry, CheckInError> {
        let now = whole_ms(now);
        let draft = tidy(draft);
        if is_empty(&draft) {
            return Err(CheckInError::Invalid(Message::new("error-check-in-empty")));
        }
        let previous = self.previous()?;
        let boundaries = self.talked(&draft.boundaries)?;
        // Check every review before changing anything, so a mistake changes nothing.
        for r in &draft.agreements {
            self.agreements().get(r.agreement)?;
            if r.decision == Decision::Changed && r.text.is_empty() {
                return Err(CheckInError::Invalid(Message::new("error-changed-agreement-needs-words")));
            }
        }
        let mut agreements = Vec::with_capacity(draft.agreements.len());
        for r in draft.agreements {
            let a = self.decide(&r, today, now, lang)?;
            agreements.push(AgreementReviewed { agreement: a.id, text: a.text, decision: r.decision, note: r.note });
        }
        let check_in = CheckIn {
            on: today,
            last_try: previous.map(|p| p.try_next).unwrap_or_default(),
            last_try_note: draft.last_try_note,
            well_me: draft.well_me,
            well_partner: draft.well_partner,
            mind_me: draft.mind_me,
            mind_partner: draft.mind_partner,
            boundaries,
            agreements,
            thanks_me: draft.thanks_me,
            thanks_partner: draft.thanks_partner,
            try_next: draft.try_next,
        };
        let about = check_in
            .boundaries
            .iter()
            .map(|b| About::Boundary(b.boundary))
            .chain(check_in.agreements.iter().map(|a| About::Agreement(a.agreement)))
            .collect();
        let entry = EntryDraft {
            title: render::title(lang, today),
            body: render::body(lang, &check_in),
            tags: vec!["check-in".into()],
            about,
            ..EntryDraft::default()
        };
        let rec = check_in_record(EntryId::new(now), now, entry, check_in);
        self.journal().add_record(&rec)?;
        // The check-in is saved: its draft has served. Failing to remove it must not report
        // the save as failed (it would be saved twice); the screen keeps blank answers next,
        // which removes it then.
        let _ = self.forget_unsaved();
        Ok(rec.into())
    }

    /// Keeps the answers given so far, sealed, in place of the ones kept before (blank answers
    /// remove them): the screen calls this as they are written, and before a quit.
    pub fn keep_unsaved(&mut self, unsaved: UnsavedCheckIn, now: DateTime<Utc>) -> Result<(), CheckInError> {
        unsaved::keep(Collection::new(self.conn, self.open), unsaved, now)
    }

    /// Returns the answers of a check-in not saved yet, if some were kept.
    pub fn unsaved(&mut self) -> Result<Option<UnsavedCheckIn>, CheckInError> {
        let Some((kept_at, answers)) = unsaved::kept(Collection::new(self.conn, self.open))? else {
            return Ok(None);
        };
        // Answers last kept before the newest check-in was saved are that check-in's own: the
        // process ended between saving it and removing them. They are not offered again.
        let newest = self.journal().check_in_ids()?.first().map(|(at, _)| *at);
        Ok(newest.is_none_or(|saved_at| kept_at > saved_at).then_some(answers))
    }

    /// Throws away the answers of a check-in not saved yet.
    pub fn forget_unsaved(&mut self) -> Result<(), CheckInError> {
        unsaved::forget(Collection::new(self.conn, self.open))
    }

    /// Lists every check-in, newest first (damaged ones left out: the journal lists them).
    pub fn list(&mut self) -> Result<Vec<Entry>, CheckInError> {
        let ids = self.journal().check_in_ids()?;
        let mut out = Vec::with_capacity(ids.len());
        for (_, id) in ids {
            match self.journal().get(id) {
                Ok(e) => out.push(e),
                Err(JournalError::Damaged(_)) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(out)
    }

    /// Reads one check-in.
    pub fn get(&mut self, id: EntryId) -> Result<Entry, CheckInError> {
        let e = self.journal().get(id)?;
        if !e.is_check_in() {
            return Err(CheckInError::NotACheckIn(id));
        }
        Ok(e)
    }

    /// The boundaries talked about, as the check-in keeps them: the boundary's words and the
    /// note, never a count of its moments (the agenda shows those; the saved check-in is no
    /// score).
    fn talked(&mut self, talks: &[BoundaryTalk]) -> Result<Vec<BoundaryTalked>, CheckInError> {
        let mut out: Vec<BoundaryTalked> = Vec::with_capacity(talks.len());
        for t in talks {
            if out.iter().any(|b| b.boundary == t.boundary) {
                continue;
            }
            let b: Boundary = self.boundaries().get(t.boundary)?;
            out.push(BoundaryTalked { boundary: b.id, text: b.text, note: t.note.clone() });
        }
        Ok(out)
    }

    /// Applies one decision through the agreements ledger (none for `Talked`).
    fn decide(
        &mut self,
        r: &AgreementReview,
        today: NaiveDate,
        now: DateTime<Utc>,
        lang: &str,
    ) -> Result<Agreement, ToolError> {
        let a = self.agreements().get(r.agreement)?;
        let next = || r.revisit_on.or_else(|| today.checked_add_days(Days::new(NEXT_REVISIT_DAYS)));
        let draft = match r.decision {
            Decision::Kept => AgreementDraft { text: a.text, status: AgreementStatus::Kept, revisit_on: next() },
            Decision::Changed => {
                AgreementDraft { text: r.text.clone(), status: AgreementStatus::Renegotiated, revisit_on: next() }
            }
            Decision::Retired => {
                AgreementDraft { text: a.text, status: AgreementStatus::Retired, revisit_on: a.revisit_on }
            }
            // Nothing changes in the ledger; the note stays in the check-in.
            Decision::Talked => return Ok(a),
        };
        let note = if r.note.is_empty() { crate::say::say(lang, "check-in-ledger-note", &[]) } else { r.note.clone() };
        self.agreements().edit(r.agreement, draft, note, None, now)
    }
}

/// The first day that counts as "since last time": the day of the check-in before (its
/// moments may have been logged after it, that evening), or a week back for the first one.
fn since(previous: Option<&Previous>, today: NaiveDate) -> NaiveDate {
    match previous {
        Some(p) => p.on.min(today),
        None => today.checked_sub_days(Days::new(FIRST_LOOK_BACK_DAYS)).unwrap_or(today),
    }
}

/// Trims every answer.
fn tidy(mut d: CheckInDraft) -> CheckInDraft {
    for s in [
        &mut d.last_try_note,
        &mut d.well_me,
        &mut d.well_partner,
        &mut d.mind_me,
        &mut d.mind_partner,
        &mut d.thanks_me,
        &mut d.thanks_partner,
        &mut d.try_next,
    ] {
        *s = s.trim().to_owned();
    }
    for b in &mut d.boundaries {
        b.note = b.note.trim().to_owned();
    }
    for a in &mut d.agreements {
        a.text = a.text.trim().to_owned();
        a.note = a.note.trim().to_owned();
    }
    // Talked about with nothing decided and nothing noted: there is nothing to keep.
    d.agreements.retain(|a| !(a.decision == Decision::Talked && a.note.is_empty()));
    d
}

fn is_empty(d: &CheckInDraft) -> bool {
    [
        &d.last_try_note,
        &d.well_me,
        &d.well_partner,
        &d.mind_me,
        &d.mind_partner,
        &d.thanks_me,
        &d.thanks_partner,
        &d.try_next,
    ]
    .iter()
    .all(|s| s.is_empty())
        && d.boundaries.iter().all(|b| b.note.is_empty())
        && d.agreements.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_check_in_is_empty_even_with_spaces() {
        let d = tidy(CheckInDraft { well_me: "  \n ".into(), ..CheckInDraft::default() });
        assert!(is_empty(&d));
        let d = tidy(CheckInDraft { try_next: " walk ".into(), ..CheckInDraft::default() });
        assert!(!is_empty(&d));
        assert_eq!(d.try_next, "walk");
    }

    #[test]
    fn debug_never_shows_answers() {
        let d = CheckInDraft { well_me: "secret".into(), ..CheckInDraft::default() };
        let c = CheckIn {
            on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            last_try: "secret".into(),
            last_try_note: String::new(),
            well_me: "secret".into(),
            well_partner: String::new(),
            mind_me: "secret".into(),
            mind_partner: String::new(),
            boundaries: Vec::new(),
            agreements: Vec::new(),
            thanks_me: String::new(),
            thanks_partner: String::new(),
            try_next: "secret".into(),
        };
        for shown in [format!("{d:?}"), format!("{c:?}")] {
            assert!(!shown.contains("secret"), "{shown}");
        }
    }
}
