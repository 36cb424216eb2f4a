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
    /// Where it stands between the two partners, once it was shared with or from the partner.
    pub between: Option<BothSides>,
}

impl std::fmt::Debug for Agreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Agreement({}, {:?}, <private>)", self.id, self.status)
    }
}

/// An agreement as the ledger lists it.
// Nearly every row is the large variant (a damaged one is rare), so boxing it would only add
// an allocation per row.
#[allow(clippy::large_enum_variant)]
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
    pub(crate) text: String,
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    source: Option<AgreementSource>,
    #[serde(rename = "s")]
    status: AgreementStatus,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    revisit_on: Option<NaiveDate>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(rename = "g", default, skip_serializing_if = "Option::is_none")]
    pub(crate) between: Option<Between>,
}

/// An agreement held in both partners' Trellises: the same id on both sides, a version number
/// both count (one more each time the words change between shares), and which version each of
/// them agreed to, when. Kept in the agreement's payload, so it is sealed and syncs with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Between {
    /// Random, made when the agreement is first shared (hex).
    #[serde(rename = "i")]
    pub id: String,
    /// The version number of the words last shared or taken from the partner.
    #[serde(rename = "v")]
    pub version: u32,
    /// A fingerprint of those words, to tell when they changed since.
    #[serde(rename = "w")]
    pub words: String,
    /// This person agreed to a version, on a day.
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub mine: Option<AgreedVersion>,
    /// The partner said they agreed to a version, on a day (their day).
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<AgreedVersion>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreedVersion {
    #[serde(rename = "v")]
    pub version: u32,
    #[serde(rename = "o")]
    pub on: NaiveDate,
    /// The fingerprint of the words agreed to.
    #[serde(rename = "w")]
    pub words: String,
}

/// A fingerprint of an agreement's words (so a version's words are recognised on both sides
/// without keeping them twice). Only ever stored sealed.
pub(crate) fn fingerprint(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(text.trim().as_bytes());
    crate::ids::hex(&hash[..16])
}

impl Between {
    fn fresh(text: &str) -> Between {
        Between { id: crate::ids::random_hex_id(), version: 1, words: fingerprint(text), mine: None, theirs: None }
    }

    /// What the agreement `p` holds between the partners once shared now: made the first time,
    /// its version brought up to the words, and this person's agreement to them noted on
    /// `today` when `agree` (an earlier day stays when they agreed to these words before).
    pub(crate) fn shared_now(p: &AgreementPayload, agree: bool, today: NaiveDate) -> Between {
        let mut b = p.between.clone().unwrap_or_else(|| Between::fresh(&p.text));
        b.settle(&p.text);
        if agree && b.mine.as_ref().is_none_or(|m| m.words != b.words) {
            b.mine = Some(AgreedVersion { version: b.version, on: today, words: b.words.clone() });
        }
        b
    }

    /// The day this person agreed to the words as they are, if they did.
    pub(crate) fn agreed_now(&self) -> Option<NaiveDate> {
        self.mine.as_ref().filter(|m| m.words == self.words).map(|m| m.on)
    }

    /// Takes what the partner's share says of these words, `text`, now the words here too:
    /// the version they call it (or this side's, if later), and the day they agreed, if they
    /// did.
    pub(crate) fn told(&mut self, text: &str, version: u32, agreed_on: Option<NaiveDate>) {
        let words = fingerprint(text);
        self.version = self.version_of(text).max(version);
        self.words = words.clone();
        if let Some(on) = agreed_on {
            self.theirs = Some(AgreedVersion { version: self.version, on, words: words.clone() });
        }
        if let Some(m) = self.mine.as_mut().filter(|m| m.words == words) {
            m.version = self.version;
        }
    }

    /// A side for words first seen in the partner's share: their id and version.
    pub(crate) fn from_partner(id: String, text: &str, version: u32, agreed_on: Option<NaiveDate>) -> Between {
        let mut b = Between { id, version, words: fingerprint(text), mine: None, theirs: None };
        b.told(text, version, agreed_on);
        b
    }
    /// The version the words `text` are: the one last shared, or the next when they changed.
    pub(crate) fn version_of(&self, text: &str) -> u32 {
        if self.words == fingerprint(text) {
            self.version
        } else {
            self.version + 1
        }
    }

    /// Brings the version up to the words `text` (one more when they changed).
    pub(crate) fn settle(&mut self, text: &str) {
        let words = fingerprint(text);
        if self.words != words {
            self.version += 1;
            self.words = words;
        }
    }

    fn view(&self, text: &str) -> BothSides {
        let words = fingerprint(text);
        let now = |a: &Option<AgreedVersion>| a.as_ref().filter(|a| a.words == words).map(|a| a.on);
        let both = match (&self.mine, &self.theirs) {
            (Some(m), Some(t)) if m.words == t.words => {
                Some(BothAgreed { version: m.version.max(t.version), on: m.on.max(t.on) })
            }
            _ => None,
        };
        BothSides {
            id: self.id.clone(),
            version: self.version_of(text),
            i_agreed: now(&self.mine),
            they_agreed: now(&self.theirs),
            both,
            kept: self.clone(),
        }
    }
}

/// Where a shared agreement stands between the two partners, as the ledger shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BothSides {
    /// The agreement's id on both sides.
    pub id: String,
    /// The version the words are now.
    pub version: u32,
    /// When this person agreed to the words as they are now.
    pub i_agreed: Option<NaiveDate>,
    /// When the partner said they agreed to the words as they are now.
    pub they_agreed: Option<NaiveDate>,
    /// The latest version both agreed to, and the later of the two days (maybe not the words
    /// as they are now).
    pub both: Option<BothAgreed>,
    /// As kept in the record (a backup carries this).
    pub kept: Between,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BothAgreed {
    pub version: u32,
    pub on: NaiveDate,
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
        p.text.clone()
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
            between: Some(Between {
                id: "00".repeat(16),
                version: 2,
                words: fingerprint(words),
                mine: Some(AgreedVersion { version: 2, on: NaiveDate::MIN, words: fingerprint(words) }),
                theirs: None,
            }),
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
        let between = p.between.as_ref().map(|b| b.view(&p.text));
        Agreement {
            between,
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
            between: self.between.map(|b| b.kept),
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
            payload: payload(draft, old.payload.source, old.payload.between, note)?,
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

fn payload(
    d: AgreementDraft,
    source: Option<AgreementSource>,
    between: Option<Between>,
    note: String,
) -> Result<AgreementPayload, ToolError> {
    Ok(AgreementPayload {
        between,
        text: required(d.text, "error-empty-agreement")?,
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
    insert(c, draft, source, None, note, now)
}

fn insert(
    c: &mut Collection<'_>,
    draft: AgreementDraft,
    source: Option<AgreementSource>,
    between: Option<Between>,
    note: String,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    let now = whole_ms(now);
    let rec = Record {
        id: AgreementId::new(now),
        created_at: now,
        updated_at: now,
        payload: payload(draft, source, between, note)?,
    };
    c.add(&rec)?;
    Ok(rec.into())
}

/// Finds the agreement held with the partner as `between` (its id on both sides), if any.
pub(crate) fn held_as(c: &Collection<'_>, between: &str) -> Result<Option<Record<AgreementKind>>, ToolError> {
    Ok(c.all::<AgreementKind>()?.into_iter().find_map(|row| match row {
        Row::Ok(rec) if rec.payload.between.as_ref().is_some_and(|b| b.id == between) => Some(rec),
        _ => None,
    }))
}

/// Writes what stands between the partners on an agreement (not a change of its words: no
/// version is kept in its history).
pub(crate) fn set_between(
    c: &mut Collection<'_>,
    mut rec: Record<AgreementKind>,
    between: Between,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    if rec.payload.between.as_ref() == Some(&between) {
        return Ok(rec.into());
    }
    rec.payload.between = Some(between);
    rec.updated_at = whole_ms(now);
    c.replace(&mut rec, false, None)?;
    Ok(rec.into())
}

/// Takes the partner's words `text` for an agreement held with them (the version it replaces
/// is kept in its history, with `note`).
pub(crate) fn take_words(
    c: &mut Collection<'_>,
    mut rec: Record<AgreementKind>,
    text: String,
    between: Between,
    note: String,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    let draft = AgreementDraft { text, status: rec.payload.status, revisit_on: rec.payload.revisit_on };
    rec.payload = payload(draft, rec.payload.source, Some(between), note)?;
    rec.updated_at = whole_ms(now);
    c.replace(&mut rec, true, None)?;
    Ok(rec.into())
}

/// Adds an agreement first seen in the partner's share.
pub(crate) fn add_between(
    c: &mut Collection<'_>,
    text: String,
    between: Between,
    note: String,
    now: DateTime<Utc>,
) -> Result<Agreement, ToolError> {
    let draft = AgreementDraft { text, status: AgreementStatus::New, revisit_on: None };
    insert(c, draft, None, Some(between), note, now)
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
        payload: payload(draft, old.payload.source, old.payload.between, note)?,
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
            let p = AgreementPayload { text, source: source.clone(), status, revisit_on, note, between: None };
            let bytes = serde_json::to_vec(&p).unwrap();
            let back: AgreementPayload = serde_json::from_slice(&bytes).unwrap();
            prop_assert_eq!(&back.source, &source);
            prop_assert_eq!(back.fields(), p.fields());
            prop_assert_eq!(back.note, p.note);
        }
    }
}
