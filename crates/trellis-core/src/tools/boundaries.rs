//! Boundaries: what a person (or the couple) needs, why it matters and what they will do if it
//! is crossed, with a status, an optional review date, every earlier version (each with the note
//! written with the change) and a quick log of moments it was honoured or crossed.
//!
//! Logging a moment is bookkeeping, not an edit: it keeps no earlier version. Retiring is an
//! edit (the status becomes "retired") and keeps the history; deleting removes the boundary and
//! its history and can be undone while the vault stays unlocked.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{day_text, required, tidy, ToolError, MAX_TOOL_BYTES};
use crate::collection::{whole_ms, Collection};
use crate::ids::BoundaryId;
use crate::record::{History, Kind, Merge, Record, RecordKind, Row, SearchDoc};
use crate::reminders::{FollowsDate, Purpose};
use crate::say::Message;
use crate::timeline::{timeline, TimelineStep, Versioned};

/// Whose boundary it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Whose {
    Mine,
    Partners,
    Ours,
}

/// Where a boundary stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum BoundaryStatus {
    Draft,
    Discussed,
    Agreed,
    NeedsRevisiting,
    Retired,
}

/// Whether a logged moment honoured the boundary or crossed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum MomentKind {
    Honoured,
    Crossed,
}

/// What a person writes about a boundary: its editable part.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BoundaryDraft {
    pub text: String,
    pub whose: Whose,
    /// A category id from `content/en/boundary-categories.toml` (the same in every language).
    pub category: String,
    pub why: String,
    pub if_crossed: String,
    pub status: BoundaryStatus,
    pub review_on: Option<NaiveDate>,
}

impl std::fmt::Debug for BoundaryDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BoundaryDraft({:?}, {}, {:?}, <private>)", self.whose, self.category, self.status)
    }
}

/// One logged moment.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Moment {
    pub on: NaiveDate,
    pub kind: MomentKind,
    pub note: String,
}

impl std::fmt::Debug for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Moment({}, {:?}, <private>)", self.on, self.kind)
    }
}

/// A saved boundary.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Boundary {
    pub id: BoundaryId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub text: String,
    pub whose: Whose,
    pub category: String,
    pub why: String,
    pub if_crossed: String,
    pub status: BoundaryStatus,
    pub review_on: Option<NaiveDate>,
    /// The note written with the latest change.
    pub note: String,
    /// Logged moments, oldest first.
    pub moments: Vec<Moment>,
}

impl std::fmt::Debug for Boundary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Boundary({}, {:?}, <private>)", self.id, self.status)
    }
}

/// How often a boundary was honoured and crossed lately.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Tally {
    pub honoured_30: u32,
    pub crossed_30: u32,
    pub honoured_90: u32,
    pub crossed_90: u32,
}

/// A boundary as a list shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ListedBoundary {
    Boundary {
        boundary: Boundary,
        tally: Tally,
        /// Its review date has come and it is not retired.
        review_due: bool,
    },
    Damaged {
        id: BoundaryId,
        created_at: DateTime<Utc>,
    },
}

/// Which boundaries a list shows.
#[derive(Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BoundaryFilter {
    pub whose: Option<Whose>,
    pub category: Option<String>,
    pub status: Option<BoundaryStatus>,
    /// Words that must all appear (any case) in the text, why, what I will do or the note.
    pub text: String,
}

impl std::fmt::Debug for BoundaryFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BoundaryFilter({:?}, {:?}, {:?}, <private>)", self.whose, self.category, self.status)
    }
}

/// The sealed encoding (payload version 1): short keys, empty fields left out.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct BoundaryPayload {
    #[serde(rename = "t")]
    text: String,
    #[serde(rename = "w")]
    whose: Whose,
    #[serde(rename = "c")]
    category: String,
    #[serde(rename = "y", default, skip_serializing_if = "String::is_empty")]
    why: String,
    #[serde(rename = "x", default, skip_serializing_if = "String::is_empty")]
    if_crossed: String,
    #[serde(rename = "s")]
    status: BoundaryStatus,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    review_on: Option<NaiveDate>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    moments: Vec<MomentPayload>,
}

#[derive(Clone, Serialize, Deserialize)]
struct MomentPayload {
    #[serde(rename = "d")]
    on: NaiveDate,
    #[serde(rename = "k")]
    kind: MomentKind,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// Boundaries, as a kind of record.
pub(crate) struct BoundaryKind;

/// A boundary's review date has its own reminder.
impl FollowsDate for BoundaryKind {
    const PURPOSE: Purpose = Purpose::BoundaryReview;

    fn date(p: &BoundaryPayload) -> Option<NaiveDate> {
        p.review_on.filter(|_| p.status != BoundaryStatus::Retired)
    }

    fn about(p: &BoundaryPayload) -> String {
        p.text.clone()
    }
}

impl Kind for BoundaryKind {
    const KIND: RecordKind = RecordKind::Boundary;
    const HISTORY: History = History::PerUpdate;
    const SYNC: Merge = Merge::History;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = MAX_TOOL_BYTES;
    type Id = BoundaryId;
    type Payload = BoundaryPayload;

    fn sample(words: &str) -> BoundaryPayload {
        let w = || words.to_owned();
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
        BoundaryPayload {
            text: w(),
            whose: Whose::Mine,
            category: w(),
            why: w(),
            if_crossed: w(),
            status: BoundaryStatus::Agreed,
            review_on: Some(day),
            note: w(),
            moments: vec![MomentPayload { on: day, kind: MomentKind::Crossed, note: w() }],
        }
    }

    fn into_search_doc(p: BoundaryPayload) -> SearchDoc {
        let mut body = [p.why, p.if_crossed, p.note].join("\n");
        for m in p.moments.into_iter().filter(|m| !m.note.is_empty()) {
            body.push('\n');
            body.push_str(&m.note);
        }
        SearchDoc { title: p.text, body, ..SearchDoc::default() }
    }
}

impl Versioned for BoundaryPayload {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("text", self.text.clone()),
            ("whose", serde_name(&self.whose)),
            ("category", self.category.clone()),
            ("why", self.why.clone()),
            ("if_crossed", self.if_crossed.clone()),
            ("status", serde_name(&self.status)),
            ("review_on", day_text(self.review_on)),
        ]
    }
    fn note(&self) -> &str {
        &self.note
    }
}

/// The snake_case name serde gives a unit variant (`needs_revisiting`).
pub(crate) fn serde_name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

impl From<Record<BoundaryKind>> for Boundary {
    fn from(r: Record<BoundaryKind>) -> Self {
        let p = r.payload;
        Boundary {
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            text: p.text,
            whose: p.whose,
            category: p.category,
            why: p.why,
            if_crossed: p.if_crossed,
            status: p.status,
            review_on: p.review_on,
            note: p.note,
            moments: p.moments.into_iter().map(|m| Moment { on: m.on, kind: m.kind, note: m.note }).collect(),
        }
    }
}

impl Boundary {
    /// The record this boundary was read from (for an import of a backup).
    pub(crate) fn into_record(self) -> Record<BoundaryKind> {
        let payload = BoundaryPayload {
            text: self.text,
            whose: self.whose,
            category: self.category,
            why: self.why,
            if_crossed: self.if_crossed,
            status: self.status,
            review_on: self.review_on,
            note: self.note,
            moments: self.moments.into_iter().map(|m| MomentPayload { on: m.on, kind: m.kind, note: m.note }).collect(),
        };
        Record { id: self.id, created_at: whole_ms(self.created_at), updated_at: whole_ms(self.updated_at), payload }
    }

    /// Counts the moments of the 30 and 90 days up to `today` (inclusive).
    pub fn tally(&self, today: NaiveDate) -> Tally {
        let since = |days: u64| today.checked_sub_days(Days::new(days - 1)).unwrap_or(NaiveDate::MIN);
        let (from_30, from_90) = (since(30), since(90));
        let mut t = Tally::default();
        for m in self.moments.iter().filter(|m| m.on <= today) {
            let (in_30, in_90) = (m.on >= from_30, m.on >= from_90);
            match m.kind {
                MomentKind::Honoured => {
                    t.honoured_30 += u32::from(in_30);
                    t.honoured_90 += u32::from(in_90);
                }
                MomentKind::Crossed => {
                    t.crossed_30 += u32::from(in_30);
                    t.crossed_90 += u32::from(in_90);
                }
            }
        }
        t
    }

    /// Tells whether its review date has come (and it is not retired).
    pub fn review_due(&self, today: NaiveDate) -> bool {
        self.status != BoundaryStatus::Retired && self.review_on.is_some_and(|d| d <= today)
    }

    fn matches(&self, f: &BoundaryFilter) -> bool {
        if f.whose.is_some_and(|w| w != self.whose)
            || f.category.as_ref().is_some_and(|c| *c != self.category)
            || f.status.is_some_and(|s| s != self.status)
        {
            return false;
        }
        let words: Vec<String> = f.text.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return true;
        }
        let hay = [&self.text, &self.why, &self.if_crossed, &self.note].map(|s| s.to_lowercase()).join("\n");
        words.iter().all(|w| hay.contains(w.as_str()))
    }
}

/// Checks and tidies a draft into a payload (keeping `moments`).
fn payload(d: BoundaryDraft, note: String, moments: Vec<MomentPayload>) -> Result<BoundaryPayload, ToolError> {
    let category = tidy(d.category);
    if !crate::library::boundary_categories().iter().any(|c| c.id == category) {
        let known: Vec<&str> = crate::library::boundary_categories().iter().map(|c| c.id.as_str()).collect();
        return Err(ToolError::Invalid(
            Message::new("error-not-a-category")
                .with("category", category.chars().take(40).collect::<String>())
                .with("known", known.join(", ")),
        ));
    }
    Ok(BoundaryPayload {
        text: required(d.text, "error-empty-boundary")?,
        whose: d.whose,
        category,
        why: tidy(d.why),
        if_crossed: tidy(d.if_crossed),
        status: d.status,
        review_on: d.review_on,
        note: tidy(note),
        moments,
    })
}

/// The boundaries of an unlocked vault.
pub struct Boundaries<'v> {
    c: Collection<'v>,
}

impl<'v> Boundaries<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        Boundaries { c }
    }

    /// Saves a new boundary; `note` is kept with its first version.
    pub fn add(&mut self, draft: BoundaryDraft, note: String, now: DateTime<Utc>) -> Result<Boundary, ToolError> {
        let now = whole_ms(now);
        let rec = Record {
            id: BoundaryId::new(now),
            created_at: now,
            updated_at: now,
            payload: payload(draft, note, Vec::new())?,
        };
        self.c.add(&rec)?;
        Ok(rec.into())
    }

    /// Changes a boundary, keeping the version it replaces with its own note; logged moments
    /// stay. With `opened`, fails if it was changed elsewhere since it was read at that time.
    pub fn edit(
        &mut self,
        id: BoundaryId,
        draft: BoundaryDraft,
        note: String,
        opened: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Boundary, ToolError> {
        let old = self.c.get::<BoundaryKind>(id)?;
        let mut rec = Record {
            id,
            created_at: old.created_at,
            updated_at: whole_ms(now),
            payload: payload(draft, note, old.payload.moments)?,
        };
        self.c.replace(&mut rec, true, opened)?;
        Ok(rec.into())
    }

    /// Retires a boundary: its status becomes "retired", with the note; its history stays.
    pub fn retire(&mut self, id: BoundaryId, note: String, now: DateTime<Utc>) -> Result<Boundary, ToolError> {
        let b = self.get(id)?;
        let draft = BoundaryDraft {
            text: b.text,
            whose: b.whose,
            category: b.category,
            why: b.why,
            if_crossed: b.if_crossed,
            status: BoundaryStatus::Retired,
            review_on: b.review_on,
        };
        self.edit(id, draft, note, None, now)
    }

    /// Logs a moment the boundary was honoured or crossed (no new version is kept).
    pub fn log(&mut self, id: BoundaryId, moment: Moment, now: DateTime<Utc>) -> Result<Boundary, ToolError> {
        self.change_moments(id, now, |moments| {
            let m = MomentPayload { on: moment.on, kind: moment.kind, note: tidy(moment.note) };
            let at = moments.partition_point(|x| x.on <= m.on);
            moments.insert(at, m);
            Ok(())
        })
    }

    /// Removes the logged moment at `index` (oldest first), for one logged by mistake. Unlike
    /// logging one, this keeps the version it replaces, with a note saying what was removed, so
    /// the history shows it and [`Self::undo_unlog`] can put it back.
    pub fn unlog(&mut self, id: BoundaryId, index: usize, now: DateTime<Utc>) -> Result<Boundary, ToolError> {
        let mut rec = self.c.get::<BoundaryKind>(id)?;
        if index >= rec.payload.moments.len() {
            return Err(ToolError::Invalid(Message::new("error-no-such-moment").with("number", index + 1)));
        }
        let m = rec.payload.moments.remove(index);
        let kind = match m.kind {
            MomentKind::Honoured => "honoured",
            MomentKind::Crossed => "crossed",
        };
        rec.payload.note = format!("Removed the moment of {} ({kind}).", m.on.format("%-d %B %Y"));
        rec.updated_at = whole_ms(now);
        self.c.replace(&mut rec, true, None)?;
        Ok(rec.into())
    }

    /// Puts back the moment [`Self::unlog`] removed: the boundary gets the moments of the
    /// version before, as a new version whose note says so. `removed` is the updated time of the
    /// boundary `unlog` returned; if it changed since (an edit, or the other front end), nothing
    /// is written ([`ToolError::Changed`]).
    pub fn undo_unlog(
        &mut self,
        id: BoundaryId,
        removed: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Boundary, ToolError> {
        let mut versions = self.c.versions::<BoundaryKind>(id)?;
        let (Some(mut rec), Some(before)) = (versions.pop(), versions.pop()) else {
            return Err(ToolError::Invalid(Message::new("error-no-removed-moment")));
        };
        if rec.payload.moments.len() + 1 != before.payload.moments.len() {
            return Err(ToolError::Invalid(Message::new("error-no-removed-moment")));
        }
        rec.payload.moments = before.payload.moments;
        rec.payload.note = "Put back a moment removed by mistake.".into();
        rec.updated_at = whole_ms(now);
        self.c.replace(&mut rec, true, Some(removed))?;
        Ok(rec.into())
    }

    fn change_moments(
        &mut self,
        id: BoundaryId,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Vec<MomentPayload>) -> Result<(), ToolError>,
    ) -> Result<Boundary, ToolError> {
        let mut rec = self.c.get::<BoundaryKind>(id)?;
        change(&mut rec.payload.moments)?;
        rec.updated_at = whole_ms(now);
        self.c.replace(&mut rec, false, None)?;
        Ok(rec.into())
    }

    /// Reads one boundary.
    pub fn get(&self, id: BoundaryId) -> Result<Boundary, ToolError> {
        Ok(self.c.get::<BoundaryKind>(id)?.into())
    }

    /// Lists the boundaries `filter` lets through: those due for review first, then the rest
    /// with retired ones last, most recently changed first within each.
    pub fn list(&self, filter: &BoundaryFilter, today: NaiveDate) -> Result<Vec<ListedBoundary>, ToolError> {
        let mut out: Vec<ListedBoundary> = Vec::new();
        for row in self.c.all::<BoundaryKind>()? {
            match row {
                Row::Ok(rec) => {
                    let b = Boundary::from(rec);
                    if b.matches(filter) {
                        let (tally, review_due) = (b.tally(today), b.review_due(today));
                        out.push(ListedBoundary::Boundary { boundary: b, tally, review_due });
                    }
                }
                Row::Damaged { id, created_at } => out.push(ListedBoundary::Damaged { id, created_at }),
            }
        }
        out.sort_by_key(|l| match l {
            ListedBoundary::Boundary { boundary, review_due, .. } => {
                (!review_due, boundary.status == BoundaryStatus::Retired, std::cmp::Reverse(boundary.updated_at))
            }
            ListedBoundary::Damaged { created_at, .. } => (true, true, std::cmp::Reverse(*created_at)),
        });
        Ok(out)
    }

    /// Returns the boundary's timeline, newest first: each version with its note and what changed.
    pub fn history(&self, id: BoundaryId) -> Result<Vec<TimelineStep>, ToolError> {
        let versions = self.c.versions::<BoundaryKind>(id)?;
        let steps: Vec<_> = versions.iter().map(|r| (r.updated_at, &r.payload)).collect();
        Ok(timeline(&steps))
    }

    /// Deletes a boundary and its history; [`Self::undo_delete`] puts them back.
    pub fn delete(&mut self, id: BoundaryId) -> Result<(), ToolError> {
        Ok(self.c.delete::<BoundaryKind>(id)?)
    }

    /// Puts back a boundary deleted while the vault was unlocked, with its history.
    pub fn undo_delete(&mut self, id: BoundaryId) -> Result<Boundary, ToolError> {
        Ok(self.c.undo_delete::<BoundaryKind>(id)?.into())
    }

    /// Every readable boundary, oldest first (for exports and the benchmark).
    pub fn all(&self) -> Result<Vec<Boundary>, ToolError> {
        Ok(self
            .c
            .all::<BoundaryKind>()?
            .into_iter()
            .filter_map(|r| match r {
                Row::Ok(rec) => Some(Boundary::from(rec)),
                Row::Damaged { .. } => None,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn whose() -> impl Strategy<Value = Whose> {
        prop_oneof![Just(Whose::Mine), Just(Whose::Partners), Just(Whose::Ours)]
    }

    fn status() -> impl Strategy<Value = BoundaryStatus> {
        prop_oneof![
            Just(BoundaryStatus::Draft),
            Just(BoundaryStatus::Discussed),
            Just(BoundaryStatus::Agreed),
            Just(BoundaryStatus::NeedsRevisiting),
            Just(BoundaryStatus::Retired)
        ]
    }

    fn day() -> impl Strategy<Value = NaiveDate> {
        (0i32..40_000).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(700_000 + n).unwrap())
    }

    proptest! {
        #[test]
        fn payload_encoding_round_trips(
            text in "\\PC{1,60}", why in "(?s).{0,100}", x in "(?s).{0,100}", note in "\\PC{0,40}",
            w in whose(), s in status(), r in proptest::option::of(day()),
            moments in proptest::collection::vec((day(), any::<bool>(), "\\PC{0,30}"), 0..6),
        ) {
            let p = BoundaryPayload {
                text, whose: w, category: "emotional".into(), why, if_crossed: x, status: s, review_on: r, note,
                moments: moments.into_iter().map(|(on, crossed, note)| MomentPayload {
                    on, kind: if crossed { MomentKind::Crossed } else { MomentKind::Honoured }, note,
                }).collect(),
            };
            let bytes = serde_json::to_vec(&p).unwrap();
            let back: BoundaryPayload = serde_json::from_slice(&bytes).unwrap();
            prop_assert_eq!(serde_json::to_vec(&back).unwrap(), bytes);
            prop_assert_eq!(back.fields(), p.fields());
        }
    }

    #[test]
    fn tally_counts_the_last_30_and_90_days() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let m = |on, kind| Moment { on: d(on), kind, note: String::new() };
        let b = Boundary {
            id: BoundaryId::new(Utc::now()),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            text: "t".into(),
            whose: Whose::Mine,
            category: "emotional".into(),
            why: String::new(),
            if_crossed: String::new(),
            status: BoundaryStatus::Agreed,
            review_on: Some(d("2026-11-23")),
            note: String::new(),
            moments: vec![
                m("2026-06-01", MomentKind::Crossed),
                m("2026-09-01", MomentKind::Crossed),
                m("2026-10-25", MomentKind::Honoured),
                m("2026-10-24", MomentKind::Honoured),
                m("2026-11-23", MomentKind::Crossed),
                m("2026-11-24", MomentKind::Crossed),
            ],
        };
        let t = b.tally(d("2026-11-23"));
        assert_eq!(t, Tally { honoured_30: 1, crossed_30: 1, honoured_90: 2, crossed_90: 2 });
        assert!(b.review_due(d("2026-11-23")) && !b.review_due(d("2026-11-22")));
    }

    #[test]
    fn status_names_are_snake_case() {
        assert_eq!(serde_name(&BoundaryStatus::NeedsRevisiting), "needs_revisiting");
    }
}
