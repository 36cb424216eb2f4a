//! Expectations worksheets: for each area (from `content/en/areas.toml` (the same in every language), plus areas the person
//! adds), my expectation, my partner's (as I understand it or as they told me), a realism check
//! of five yes/no questions, the middle ground we agreed and a revisit date. A worksheet is
//! dated; "start a new worksheet from this one" copies the answers forward, and two worksheets
//! compare area by area. A middle ground marked agreed becomes an agreement in the ledger.
//!
//! Worksheets keep no earlier versions: a new worksheet started from an old one is how they
//! keep their past, and it is what the comparison reads.
//!
//! What a person sees of a worksheet is here with what they do to one; how one is sealed is in
//! `record`, and comparing two in `compare`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::agreements::{self, Agreement, AgreementDraft, AgreementSource, AgreementStatus};
use super::{required, tidy, ToolError};
use crate::collection::{whole_ms, Collection};
use crate::ids::{AgreementId, WorksheetId};
use crate::record::{Record, Row};
use crate::say::Message;

mod compare;
mod record;

pub(crate) use compare::compare;
pub use compare::{AreaChange, AreaComparison, Comparison};
pub(crate) use record::WorksheetKind;
use record::{is_content_area, pack, worksheet, AnswerPayload, WorksheetPayload};

/// The most areas a person can add to one worksheet.
const MAX_OWN_AREAS: usize = 50;

/// Where "my partner's expectation" comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TheirSide {
    /// As I understand it.
    #[default]
    Understood,
    /// As they told me.
    Told,
}

/// The realism check: five yes/no questions, each unanswered until answered. The fifth ("does it
/// leave each of us free: friends, privacy, money, saying no?") came later; worksheets saved
/// before it read with it unanswered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RealismCheck {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specific: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_control: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_myself: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_to_flex: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves_free: Option<bool>,
}

impl RealismCheck {
    /// The five answers, each with its name as the backup's JSON and the messages name it.
    pub fn named(&self) -> [(&'static str, Option<bool>); 5] {
        [
            ("specific", self.specific),
            ("in_control", self.in_control),
            ("hold_myself", self.hold_myself),
            ("room_to_flex", self.room_to_flex),
            ("leaves_free", self.leaves_free),
        ]
    }

    fn answers(&self) -> [Option<bool>; 5] {
        self.named().map(|(_, v)| v)
    }
}

/// One area of a worksheet with its answers (all empty until filled in).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaAnswer {
    /// The area's id: one from `content/en/areas.toml` (the same in every language), or `own-N` for an area the person added.
    pub area: String,
    /// The name of an area the person added (empty for the areas from content).
    pub name: String,
    pub mine: String,
    pub theirs: String,
    pub theirs_from: TheirSide,
    pub check: RealismCheck,
    pub middle: String,
    pub revisit_on: Option<NaiveDate>,
    /// The agreement this middle ground became, once marked agreed.
    pub agreement: Option<AgreementId>,
}

impl std::fmt::Debug for AreaAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AreaAnswer({}, <private>)", self.area)
    }
}

impl AreaAnswer {
    /// Tells whether anything is written or answered in it.
    pub fn is_filled(&self) -> bool {
        !(self.mine.is_empty() && self.theirs.is_empty() && self.middle.is_empty())
            || self.check.answers().iter().any(Option::is_some)
            || self.revisit_on.is_some()
    }

    /// The answers compared between worksheets, named.
    fn fields(&self) -> [(&'static str, String); 10] {
        let yes_no = |v: Option<bool>| v.map_or(String::new(), |b| if b { "yes" } else { "no" }.into());
        let [a, b, c, d, e] = self.check.named().map(|(name, v)| (name, yes_no(v)));
        [
            ("mine", self.mine.clone()),
            ("theirs", self.theirs.clone()),
            ("theirs_from", super::boundaries::serde_name(&self.theirs_from)),
            a,
            b,
            c,
            d,
            e,
            ("middle", self.middle.clone()),
            ("revisit_on", super::day_text(self.revisit_on)),
        ]
    }

    fn tidied(mut self) -> Self {
        self.area = tidy(self.area);
        self.name = tidy(self.name);
        self.mine = tidy(self.mine);
        self.theirs = tidy(self.theirs);
        self.middle = tidy(self.middle);
        self
    }
}

/// A worksheet with every area: the ones from content first, in their order, then the
/// person's own.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Worksheet {
    pub id: WorksheetId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub title: String,
    pub on: NaiveDate,
    /// The worksheet this one was started from.
    pub from: Option<WorksheetId>,
    pub areas: Vec<AreaAnswer>,
    /// How many areas have something in them.
    pub filled: u32,
}

impl std::fmt::Debug for Worksheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Worksheet({}, {}, <private>)", self.id, self.on)
    }
}

/// A worksheet as a list shows it.
#[derive(Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ListedWorksheet {
    Worksheet {
        id: WorksheetId,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        title: String,
        on: NaiveDate,
        filled: u32,
        total: u32,
    },
    Damaged {
        id: WorksheetId,
        created_at: DateTime<Utc>,
    },
}

impl std::fmt::Debug for ListedWorksheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ListedWorksheet(<private>)")
    }
}
/// What marking a middle ground agreed did: the worksheet, linked to its agreement.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Agreed {
    pub worksheet: Worksheet,
    pub agreement: Agreement,
}

/// The worksheets of an unlocked vault.
pub struct Worksheets<'v> {
    c: Collection<'v>,
}

impl<'v> Worksheets<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        Worksheets { c }
    }

    /// Starts an empty worksheet.
    pub fn new_sheet(&mut self, title: String, on: NaiveDate, now: DateTime<Utc>) -> Result<Worksheet, ToolError> {
        self.insert(title, on, None, Vec::new(), now)
    }

    /// Starts a new worksheet from `from`, with its answers copied forward.
    pub fn new_from(
        &mut self,
        from: WorksheetId,
        title: String,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Worksheet, ToolError> {
        let old = self.c.get::<WorksheetKind>(from)?;
        self.insert(title, on, Some(from), old.payload.answers, now)
    }

    fn insert(
        &mut self,
        title: String,
        on: NaiveDate,
        from: Option<WorksheetId>,
        answers: Vec<AnswerPayload>,
        now: DateTime<Utc>,
    ) -> Result<Worksheet, ToolError> {
        let now = whole_ms(now);
        let payload = WorksheetPayload { title: required(title, "error-empty-worksheet-title")?, on, from, answers };
        let rec = Record { id: WorksheetId::new(now), created_at: now, updated_at: now, payload };
        self.c.add(&rec)?;
        Ok(worksheet(rec))
    }

    /// Reads one worksheet, with every area.
    pub fn get(&self, id: WorksheetId) -> Result<Worksheet, ToolError> {
        Ok(worksheet(self.c.get::<WorksheetKind>(id)?))
    }

    /// Renames or re-dates a worksheet.
    pub fn retitle(
        &mut self,
        id: WorksheetId,
        title: String,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Worksheet, ToolError> {
        let title = required(title, "error-empty-worksheet-title")?;
        self.change(id, None, now, |p| {
            p.title = title;
            p.on = on;
            Ok(())
        })
    }

    /// Saves the answers of one area. An area from content or one the person added must be
    /// named by its id; its agreement link is kept, and if the middle ground of an agreed area
    /// changes, the agreement's text follows (its history keeps the old text). With `opened`,
    /// fails if the worksheet was changed elsewhere since it was read at that time.
    pub fn fill(
        &mut self,
        id: WorksheetId,
        answer: AreaAnswer,
        opened: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Worksheet, ToolError> {
        let answer = answer.tidied();
        let mut retext = None;
        let sheet = self.change(id, opened, now, |p| {
            let slot = area_slot(p, &answer.area)?;
            let old = std::mem::replace(slot, AnswerPayload::from(answer.clone()));
            slot.name = old.name;
            slot.agreement = old.agreement;
            if let Some(agreement) = old.agreement.filter(|_| old.middle != slot.middle && !slot.middle.is_empty()) {
                retext = Some((agreement, slot.middle.clone(), p.title.clone()));
            }
            Ok(())
        })?;
        if let Some((agreement, text, title)) = retext {
            let note = format!("Changed in the worksheet “{title}”");
            match agreements::retext(&mut self.c, agreement, text, note, now) {
                Ok(_) | Err(ToolError::NotFound { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(sheet)
    }

    /// Adds an area of the person's own, with its name; returns the worksheet.
    pub fn add_area(&mut self, id: WorksheetId, name: String, now: DateTime<Utc>) -> Result<Worksheet, ToolError> {
        let name = required(name, "error-empty-area-name")?;
        self.change(id, None, now, |p| {
            let own = p.answers.iter().filter(|a| !a.name.is_empty()).count();
            if own >= MAX_OWN_AREAS {
                return Err(ToolError::Invalid(Message::new("error-too-many-areas").with("count", MAX_OWN_AREAS)));
            }
            let n = (1..).find(|n| !p.answers.iter().any(|a| a.area == format!("own-{n}"))).expect("a free number");
            p.answers.push(AnswerPayload::from(AreaAnswer { area: format!("own-{n}"), name, ..AreaAnswer::default() }));
            Ok(())
        })
    }

    /// Removes an area the person added (the areas from content stay; clear them instead).
    pub fn remove_area(&mut self, id: WorksheetId, area: &str, now: DateTime<Utc>) -> Result<Worksheet, ToolError> {
        self.change(id, None, now, |p| {
            let before = p.answers.len();
            p.answers.retain(|a| a.area != area || a.name.is_empty());
            if p.answers.len() == before {
                return Err(ToolError::Invalid(Message::new("error-area-not-own")));
            }
            Ok(())
        })
    }

    /// Marks the middle ground of an area agreed: it becomes an agreement in the ledger (or, if
    /// it already is one, the agreement takes its current text). Returns both.
    pub fn agree(&mut self, id: WorksheetId, area: &str, now: DateTime<Utc>) -> Result<Agreed, ToolError> {
        let sheet = self.get(id)?;
        let answer = sheet.areas.iter().find(|a| a.area == area).ok_or_else(|| unknown_area(area))?;
        if answer.middle.is_empty() {
            return Err(ToolError::Invalid(Message::new("error-middle-ground-first")));
        }
        if let Some(existing) = answer.agreement {
            match agreements::retext(&mut self.c, existing, answer.middle.clone(), String::new(), now) {
                Ok(agreement) => return Ok(Agreed { worksheet: sheet, agreement }),
                Err(ToolError::NotFound { .. }) => {} // deleted from the ledger: agree afresh
                Err(e) => return Err(e),
            }
        }
        let draft =
            AgreementDraft { text: answer.middle.clone(), status: AgreementStatus::New, revisit_on: answer.revisit_on };
        let source = AgreementSource::Area { worksheet: id, area: area.to_owned() };
        // The agreement is written before the link to it (two transactions): if the process
        // died between them, the agreement made then is found by its source and linked now,
        // instead of a second one.
        let agreement = match agreements::made_from(&self.c, &source)? {
            Some(orphan) => agreements::retext(&mut self.c, orphan, answer.middle.clone(), String::new(), now)?,
            None => agreements::add(&mut self.c, draft, Some(source), String::new(), now)?,
        };
        let sheet = self.change(id, None, now, |p| {
            area_slot(p, area)?.agreement = Some(agreement.id);
            Ok(())
        })?;
        Ok(Agreed { worksheet: sheet, agreement })
    }

    fn change(
        &mut self,
        id: WorksheetId,
        opened: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        edit: impl FnOnce(&mut WorksheetPayload) -> Result<(), ToolError>,
    ) -> Result<Worksheet, ToolError> {
        let mut rec = self.c.get::<WorksheetKind>(id)?;
        edit(&mut rec.payload)?;
        let full = worksheet(Record { payload: rec.payload.clone(), ..rec.clone() });
        rec.payload.answers = pack(full.areas);
        rec.updated_at = whole_ms(now);
        self.c.replace(&mut rec, false, opened)?;
        Ok(worksheet(rec))
    }

    /// Lists worksheets, the most recent date first.
    pub fn list(&self) -> Result<Vec<ListedWorksheet>, ToolError> {
        let mut out: Vec<(NaiveDate, DateTime<Utc>, ListedWorksheet)> = self
            .c
            .all::<WorksheetKind>()?
            .into_iter()
            .map(|row| match row {
                Row::Ok(rec) => {
                    let w = worksheet(rec);
                    let listed = ListedWorksheet::Worksheet {
                        id: w.id,
                        created_at: w.created_at,
                        updated_at: w.updated_at,
                        title: w.title,
                        on: w.on,
                        filled: w.filled,
                        total: w.areas.len() as u32,
                    };
                    (w.on, w.created_at, listed)
                }
                Row::Damaged { id, created_at } => {
                    (created_at.date_naive(), created_at, ListedWorksheet::Damaged { id, created_at })
                }
            })
            .collect();
        out.sort_by_key(|(on, created, _)| std::cmp::Reverse((*on, *created)));
        Ok(out.into_iter().map(|(_, _, l)| l).collect())
    }

    /// Compares two worksheets area by area (`before`'s answers against `after`'s).
    pub fn compare(&self, before: WorksheetId, after: WorksheetId) -> Result<Comparison, ToolError> {
        let (before, after) = (self.get(before)?, self.get(after)?);
        Ok(compare(before, after))
    }

    /// Deletes a worksheet; [`Self::undo_delete`] puts it back. Agreements made from it stay.
    pub fn delete(&mut self, id: WorksheetId) -> Result<(), ToolError> {
        Ok(self.c.delete::<WorksheetKind>(id)?)
    }

    /// Puts back a worksheet deleted while the vault was unlocked.
    pub fn undo_delete(&mut self, id: WorksheetId) -> Result<Worksheet, ToolError> {
        Ok(worksheet(self.c.undo_delete::<WorksheetKind>(id)?))
    }
}

fn unknown_area(area: &str) -> ToolError {
    ToolError::Invalid(Message::new("error-no-such-area").with("area", area.chars().take(40).collect::<String>()))
}

/// Finds (or makes room for) the stored answer of `area`; it must be a content area or one
/// the person added.
fn area_slot<'p>(p: &'p mut WorksheetPayload, area: &str) -> Result<&'p mut AnswerPayload, ToolError> {
    if let Some(at) = p.answers.iter().position(|a| a.area == area) {
        return Ok(&mut p.answers[at]);
    }
    if !is_content_area(area) {
        return Err(unknown_area(area));
    }
    p.answers.push(AnswerPayload::from(AreaAnswer { area: area.to_owned(), ..AreaAnswer::default() }));
    Ok(p.answers.last_mut().expect("just pushed"))
}
