//! The agreements ledger: a middle ground the couple agreed on (from a worksheet area) or a
//! boundary they both accepted becomes an agreement, with its own status, revisit date and
//! history. It is what the weekly check-in walks through.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::boundaries::serde_name;
use super::{day_text, required, tidy, ToolError, MAX_TOOL_BYTES};
use crate::collection::{whole_ms, Collection};
use crate::ids::{AgreementId, BoundaryId, WorksheetId};
use crate::record::{History, Kind, Merge, Record, RecordKind, Row, SearchDoc};
use crate::reminders::{FollowsDate, Purpose};
use crate::timeline::{timeline, TimelineStep, Versioned};

/// Where an agreement stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum AgreementStatus {
    /// Just made: nobody has said yet whether it holds. Every new agreement starts here, so
    /// one made a minute ago never reads as kept.
    New,
    Kept,
    NeedsRevisiting,
    Renegotiated,
    Retired,
}

/// What an agreement grew out of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum AgreementSource {
    /// The middle ground of an area of a worksheet; `area` is the area's id.
    Area {
        worksheet: WorksheetId,
        area: String,
    },
    Boundary {
        boundary: BoundaryId,
    },
}

/// The editable part of an agreement.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementDraft {
    pub text: String,
    pub status: AgreementStatus,
    pub revisit_on: Option<NaiveDate>,
}

impl std::fmt::Debug for AgreementDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgreementDraft({:?}, {:?}, <private>)", self.status, self.revisit_on)
    }
}

/// A saved agreement.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Agreement {
    pub id: AgreementId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub text: String,
    pub source: Option<AgreementSource>,
    pub status: AgreementStatus,
    pub revisit_on: Option<NaiveDate>,
    /// The note written with the latest change.
    pub note: String,
}

impl std::fmt::Debug for Agreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Agreement({}, {:?}, <private>)", self.id, self.status)
    }
}

/// An agreement as the ledger lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ListedAgreement {
    Agreement {
        agreement: Agreement,
        /// Its revisit date has come, or it is marked "needs revisiting" (and not retired).
        due: bool,
    },
    Damaged {
        id: AgreementId,
        created_at: DateTime<Utc>,
    },
}

/// The sealed encoding (payload version 1).
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AgreementPayload {
    #[serde(rename = "t")]
    text: String,
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    source: Option<AgreementSource>,
    #[serde(rename = "s")]
    status: AgreementStatus,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    revisit_on: Option<NaiveDate>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// Agreements, as a kind of record.
pub(crate) struct AgreementKind;

/// An agreement's revisit date has its own reminder.
impl FollowsDate for AgreementKind {
    const PURPOSE: Purpose = Purpose::AgreementRevisit;

    fn date(p: &AgreementPayload) -> Option<NaiveDate> {
        p.revisit_on.filter(|_| p.status != AgreementStatus::Retired)
    }

    fn about(p: &AgreementPayload) -> String {
        format!("Revisit an agreement: {}", p.text)
    }
}

impl Kind for AgreementKind {
    const KIND: RecordKind = RecordKind::Agreement;
    const HISTORY: History = History::PerUpdate;
    const SYNC: Merge = Merge::History;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = MAX_TOOL_BYTES;
    type Id = AgreementId;
    type Payload = AgreementPayload;

    fn sample(words: &str) -> AgreementPayload {
        AgreementPayload {
            text: words.to_owned(),
            source: None,
            status: AgreementStatus::Kept,
            revisit_on: NaiveDate::from_ymd_opt(2026, 1, 1),
            note: words.to_owned(),
        }
    }

    fn into_search_doc(p: AgreementPayload) -> SearchDoc {
        SearchDoc { title: p.text, body: p.note, ..SearchDoc::default() }
    }
}

impl Versioned for AgreementPayload {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("text", self.text.clone()),
            ("status", serde_name(&self.status)),
            ("revisit_on", day_text(self.revisit_on)),
        ]
    }
    fn note(&self) -> &str {
        &self.note
    }
}

impl From<Record<AgreementKind>> for Agreement {
    fn from(r: Record<AgreementKind>) -> Self {
        let p = r.payload;
        Agreement {
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            text: p.text,
            source: p.source,
            status: p.status,
            revisit_on: p.revisit_on,
            note: p.note,
        }
    }
}

impl Agreement {
    /// The record this agreement was read from (for an import of a backup).
    pub(crate) fn into_record(self) -> Record<AgreementKind> {
        let payload = AgreementPayload {
            text: self.text,
            source: self.source,
            status: self.status,
            revisit_on: self.revisit_on,
            note: self.note,
        };
        Record { id: self.id, created_at: whole_ms(self.created_at), updated_at: whole_ms(self.updated_at), payload }
    }

    /// Tells whether it is due for another look on `today`.
    pub fn due(&self, today: NaiveDate) -> bool {
        match self.status {
            AgreementStatus::Retired => false,
            AgreementStatus::NeedsRevisiting => true,
            _ => self.revisit_on.is_some_and(|d| d <= today),
        }
    }
}

/// The agreements of an unlocked vault.
pub struct Agreements<'v> {
    c: Collection<'v>,
}

impl<'v> Agreements<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        Agreements { c }
    }

    /// Saves a new agreement.
    pub fn add(
        &mut self,
        draft: AgreementDraft,
        source: Option<AgreementSource>,
        note: String,
        now: DateTime<Utc>,
    ) -> Result<Agreement, ToolError> {
        add(&mut self.c, draft, source, note, now)
    }

    /// Makes an agreement of a boundary both partners accepted (its text, linked back to it).
    pub fn add_from_boundary(&mut self, boundary: BoundaryId, now: DateTime<Utc>) -> Result<Agreement, ToolError> {
        let b = self.c.get::<super::boundaries::BoundaryKind>(boundary)?;
        let b = super::boundaries::Boundary::from(b);
        let draft = AgreementDraft { text: b.text, status: AgreementStatus::New, revisit_on: b.review_on };
        add(&mut self.c, draft, Some(AgreementSource::Boundary { boundary }), String::new(), now)
    }

    /// Changes an agreement, keeping the version it replaces with its own note.
    pub fn edit(
        &mut self,
        id: AgreementId,
        draft: AgreementDraft,
        note: String,
        opened: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Agreement, ToolError> {
        let old = self.c.get::<AgreementKind>(id)?;
        let mut rec = Record {
            id,
            created_at: old.created_at,
            updated_at: whole_ms(now),
            payload: payload(draft, old.payload.source, note)?,
        };
        self.c.replace(&mut rec, true, opened)?;
        Ok(rec.into())
    }

    /// Reads one agreement.
    pub fn get(&self, id: AgreementId) -> Result<Agreement, ToolError> {
        Ok(self.c.get::<AgreementKind>(id)?.into())
    }

    /// Lists every agreement: due ones first (earliest revisit date first), then those with a
    /// revisit date to come, then the rest; retired ones last.
    pub fn list(&self, today: NaiveDate) -> Result<Vec<ListedAgreement>, ToolError> {
        let mut out: Vec<ListedAgreement> = self
            .c
            .all::<AgreementKind>()?
            .into_iter()
            .map(|row| match row {
                Row::Ok(rec) => {
                    let agreement = Agreement::from(rec);
                    let due = agreement.due(today);
                    ListedAgreement::Agreement { agreement, due }
                }
                Row::Damaged { id, created_at } => ListedAgreement::Damaged { id, created_at },
            })
            .collect();
        out.sort_by_key(|l| match l {
            ListedAgreement::Agreement { agreement: a, due } => (
                a.status == AgreementStatus::Retired,
                !due,
                a.revisit_on.is_none(),
                a.revisit_on,
                std::cmp::Reverse(a.updated_at),
            ),
            ListedAgreement::Damaged { created_at, .. } => (true, true, true, None, std::cmp::Reverse(*created_at)),
        });
        Ok(out)
    }

    /// Returns the agreement's timeline, newest first.
    pub fn history(&self, id: AgreementId) -> Result<Vec<TimelineStep>, ToolError> {
        let versions = self.c.versions::<AgreementKind>(id)?;
        let steps: Vec<_> = versions.iter().map(|r| (r.updated_at, &r.payload)).collect();
        Ok(timeline(&steps))
    }

    /// Deletes an agreement and its history; [`Self::undo_delete`] puts them back.
    pub fn delete(&mut self, id: AgreementId) -> Result<(), ToolError> {
        Ok(self.c.delete::<AgreementKind>(id)?)
    }

    /// Puts back an agreement deleted while the vault was unlocked.
    pub fn undo_delete(&mut self, id: AgreementId) -> Result<Agreement, ToolError> {
        Ok(self.c.undo_delete::<AgreementKind>(id)?.into())
    }
}

fn payload(d: AgreementDraft, source: Option<AgreementSource>, note: String) -> Result<AgreementPayload, ToolError> {
    Ok(AgreementPayload {
        text: required(d.text, "an agreement's text")?,
        source,
        status: d.status,
        revisit_on: d.revisit_on,
        note: tidy(note),
    })
}

/// Saves a new agreement through `c` (the worksheets use this when a middle ground is agreed).
pub(crate) fn add(
    c: &mut Collection<'_>,
    draft: AgreementDraft,
    source: Option<AgreementSource>,
    note: String,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    let now = whole_ms(now);
    let rec =
        Record { id: AgreementId::new(now), created_at: now, updated_at: now, payload: payload(draft, source, note)? };
    c.add(&rec)?;
    Ok(rec.into())
}

/// Finds the agreement made from `source`, if there is one.
pub(crate) fn made_from(c: &Collection<'_>, source: &AgreementSource) -> Result<Option<AgreementId>, ToolError> {
    Ok(c.all::<AgreementKind>()?.into_iter().find_map(|row| match row {
        Row::Ok(rec) if rec.payload.source.as_ref() == Some(source) => Some(rec.id),
        _ => None,
    }))
}

/// Replaces an agreement's text (the worksheets use this when an agreed middle ground changes).
pub(crate) fn retext(
    c: &mut Collection<'_>,
    id: AgreementId,
    text: String,
    note: String,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    let old = c.get::<AgreementKind>(id)?;
    if old.payload.text == text.trim() {
        return Ok(old.into());
    }
    let draft = AgreementDraft { text, status: old.payload.status, revisit_on: old.payload.revisit_on };
    let mut rec = Record {
        id,
        created_at: old.created_at,
        updated_at: whole_ms(now),
        payload: payload(draft, old.payload.source, note)?,
    };
    c.replace(&mut rec, true, None)?;
    Ok(rec.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn payload_encoding_round_trips(
            text in "\\PC{1,60}", note in "\\PC{0,40}", s in 0usize..5, r in proptest::option::of(0i32..40_000),
            from_area in any::<bool>(), area in "[a-z-]{1,20}",
        ) {
            let status = [AgreementStatus::New, AgreementStatus::Kept, AgreementStatus::NeedsRevisiting, AgreementStatus::Renegotiated, AgreementStatus::Retired][s];
            let source = Some(if from_area {
                AgreementSource::Area { worksheet: WorksheetId::new(Utc::now()), area }
            } else {
                AgreementSource::Boundary { boundary: BoundaryId::new(Utc::now()) }
            });
            let revisit_on = r.map(|n| NaiveDate::from_num_days_from_ce_opt(700_000 + n).unwrap());
            let p = AgreementPayload { text, source: source.clone(), status, revisit_on, note };
            let bytes = serde_json::to_vec(&p).unwrap();
            let back: AgreementPayload = serde_json::from_slice(&bytes).unwrap();
            prop_assert_eq!(&back.source, &source);
            prop_assert_eq!(back.fields(), p.fields());
            prop_assert_eq!(back.note, p.note);
        }
    }
}
