//! The journal: entries with a title, a Markdown body, an optional mood, tags and the
//! prompt they started from.
//!
//! Entries are one kind of record ([`EntryKind`]): the record layer seals each into one
//! record, so only the id and the created/updated times stay readable on disk, and every
//! write is one SQLite transaction that is on disk (fsynced) when the call returns and then
//! reaches the in-memory index. This module holds the journal's rules and nothing about bytes.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::collection::{Collection, Conflict, SaveOutcome};
use crate::ids::EntryId;
use crate::record::{Record, RecordError, RecordKind, Records, Row};
use crate::search::SnippetPart;
use crate::store::StoreError;
use crate::unlocked::Unlocked;

mod check_in;
mod entry;
mod thought_record;

pub use check_in::{AgreementReviewed, BoundaryTalked, CheckIn, Decision};

pub(crate) use entry::check_in_record;
use entry::record;
pub(crate) use entry::tidy;
pub(crate) use entry::EntryKind;
pub use entry::{About, Entry, EntryDraft, Mood};
pub use thought_record::ThoughtRecord;

/// The largest entry accepted, counted as its encoded size (title, body and tags).
pub const MAX_ENTRY_BYTES: usize = 8 * 1024 * 1024;

/// What can go wrong in the journal.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("no entry with id {0}; list entries to see their ids")]
    NotFound(EntryId),
    #[error("entry {0} is damaged and cannot be read; the other entries are unaffected")]
    Damaged(EntryId),
    #[error("entry {0} was changed or deleted elsewhere since it was opened")]
    Changed(EntryId),
    #[error("the entry is too large ({size_mb:.1} MB); entries can hold up to 8 MB of text")]
    TooLarge { size_mb: f64 },
    #[error("the journal was given a new key in another window or command; unlock it again (nothing was written)")]
    KeyChanged,
    #[error("mood must be a whole number from 1 to 5")]
    BadMood,
    #[error("{0}")]
    Invalid(crate::say::Message),
    #[error("entry {id}: `{field}` must be {range}; nothing was saved", range = crate::dates::RANGE)]
    OutOfRange { id: EntryId, field: &'static str },
    #[error("could not write the export: {0}")]
    Io(#[source] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for JournalError {
    fn from(e: rusqlite::Error) -> Self {
        JournalError::Store(e.into())
    }
}

impl From<RecordError<EntryId>> for JournalError {
    fn from(e: RecordError<EntryId>) -> Self {
        match e {
            RecordError::NotFound(id) => JournalError::NotFound(id),
            RecordError::Damaged(id) => JournalError::Damaged(id),
            RecordError::Changed(id) => JournalError::Changed(id),
            RecordError::TooLarge { size_mb, .. } => JournalError::TooLarge { size_mb },
            RecordError::KeyChanged => JournalError::KeyChanged,
            RecordError::Store(s) => JournalError::Store(s),
        }
    }
}

/// Refuses a date outside the ones Trellis keeps (1970 to 9999): past them, turning it into a
/// local day overflows.
fn in_range(id: EntryId, field: &'static str, t: DateTime<Utc>) -> Result<DateTime<Utc>, JournalError> {
    if crate::dates::in_range(t) {
        Ok(t)
    } else {
        Err(JournalError::OutOfRange { id, field })
    }
}

/// One row of a listing: an entry, or an entry whose ciphertext failed to open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Listed {
    Entry(Entry),
    Damaged { id: EntryId, created_at: DateTime<Utc> },
}

/// One search result.
#[derive(Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchHit {
    pub id: EntryId,
    pub created_at: DateTime<Utc>,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
}

impl std::fmt::Debug for SearchHit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchHit({}, <private>)", self.id)
    }
}

/// A tag and how many entries carry it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TagCount {
    pub tag: String,
    pub count: u32,
}

impl std::fmt::Debug for TagCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TagCount(<private>, {})", self.count)
    }
}

/// The average mood of one day.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct MoodDay {
    pub day: NaiveDate,
    pub average: f32,
    pub entries: u32,
}

/// What a save did.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Saved {
    pub entry: Entry,
    /// The entry had been changed or deleted elsewhere since it was opened, so this text was
    /// saved as a new entry beside it rather than over it.
    pub kept_apart: bool,
}

/// The journal of an unlocked vault.
pub struct Journal<'v> {
    conn: &'v Connection,
    open: &'v mut Unlocked,
}

impl<'v> Journal<'v> {
    pub(crate) fn new(conn: &'v Connection, open: &'v mut Unlocked) -> Self {
        Journal { conn, open }
    }

    fn records(&self) -> Records<'_> {
        self.open.records(self.conn)
    }

    /// Saves a new entry written at `now`.
    pub fn add(&mut self, draft: EntryDraft, now: DateTime<Utc>) -> Result<Entry, JournalError> {
        self.add_at(draft, now, now)
    }

    /// Saves a thought record written on `today` (the person's local day) as a new entry: its
    /// title and body written from the answers, tagged as a thought record.
    pub fn add_thought_record(
        &mut self,
        record: &ThoughtRecord,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Entry, JournalError> {
        self.add(record.entry(today)?, now)
    }

    /// Saves a new entry dated `written` (a person writing about yesterday), saved at `now`.
    pub fn add_at(
        &mut self,
        draft: EntryDraft,
        written: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Entry, JournalError> {
        let rec = record(EntryId::new(now), written, now, draft);
        in_range(rec.id, "written", written)?;
        self.collection().add(&rec)?;
        Ok(rec.into())
    }

    /// Saves many entries, each with its own creation time, in one transaction.
    pub fn add_many(&mut self, items: Vec<(EntryDraft, DateTime<Utc>)>) -> Result<Vec<EntryId>, JournalError> {
        let recs: Vec<_> = items.into_iter().map(|(d, at)| record(EntryId::new(at), at, at, d)).collect();
        for rec in &recs {
            in_range(rec.id, "created_at", rec.created_at)?;
        }
        self.collection().add_many(&recs)?;
        Ok(recs.iter().map(|r| r.id).collect())
    }

    /// Replaces the written part of an entry; its creation time stays.
    pub fn edit(&mut self, id: EntryId, draft: EntryDraft, now: DateTime<Utc>) -> Result<Entry, JournalError> {
        let created = self.records().created_at::<EntryKind>(&id)?.ok_or(JournalError::NotFound(id))?;
        let (entry, _) = self.write(id, draft, None, created, now, Conflict::Refuse)?;
        Ok(entry)
    }

    /// Replaces an entry on the one write path, as `on_conflict` says when it is no longer the
    /// version last updated at `opened` (when given).
    fn write(
        &mut self,
        id: EntryId,
        draft: EntryDraft,
        opened: Option<DateTime<Utc>>,
        created: DateTime<Utc>,
        now: DateTime<Utc>,
        on_conflict: Conflict,
    ) -> Result<(Entry, SaveOutcome), JournalError> {
        let mut rec = record(id, created, now, draft);
        // An edit in the journal changes what was written, not what the entry is: a check-in
        // stays a check-in, with the answers it was saved with.
        rec.payload.set_check_in(self.records().get::<EntryKind>(id).ok().and_then(|old| old.payload.take_check_in()));
        let history = self.open.journal_history;
        let outcome = self.collection().save(&mut rec, history, opened, on_conflict)?;
        Ok((rec.into(), outcome))
    }

    /// Saves what the editor holds: a new entry (`id` none), or a change to the entry last
    /// read with update time `opened`. If that entry was changed or deleted elsewhere since
    /// (the other front end), nothing is overwritten and nothing is lost: this text is saved
    /// as a new entry and the answer says so. `written` sets the entry's date.
    pub fn save(
        &mut self,
        id: Option<EntryId>,
        opened: Option<DateTime<Utc>>,
        draft: EntryDraft,
        written: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Saved, JournalError> {
        let Some(id) = id else {
            let entry = self.add_at(draft, written.unwrap_or(now), now)?;
            return Ok(Saved { entry, kept_apart: false });
        };
        let created = match written {
            Some(w) => in_range(id, "written", w)?,
            // Deleted elsewhere: the words are kept as an entry written now.
            None => self.records().created_at::<EntryKind>(&id)?.unwrap_or(now),
        };
        let (entry, outcome) = self.write(id, draft, opened, created, now, Conflict::KeepBoth)?;
        Ok(Saved { entry, kept_apart: outcome == SaveOutcome::KeptApart })
    }

    /// Returns the earlier versions of an entry, oldest first (kept while the vault's
    /// "keep earlier versions" setting is on).
    pub fn history(&self, id: EntryId) -> Result<Vec<Entry>, JournalError> {
        let (versions, _damaged) = self.records().history::<EntryKind>(id)?;
        Ok(versions.into_iter().map(Entry::from).collect())
    }

    /// Deletes an entry with its earlier versions. [`Self::undo_delete`] puts them back while
    /// the vault stays unlocked; returns whether it can (not for a damaged entry, which is
    /// deleted too with nothing to give back).
    pub fn delete(&mut self, id: EntryId) -> Result<bool, JournalError> {
        let mut c = self.collection();
        c.delete::<EntryKind>(id)?;
        Ok(c.undoable::<EntryKind>(id))
    }

    /// Puts back an entry deleted since the unlock, with every earlier version (undo of
    /// [`Self::delete`]). Nothing comes from the caller but the id, and an entry with that id
    /// that is there again is never overwritten ([`JournalError::Changed`]).
    pub fn undo_delete(&mut self, id: EntryId) -> Result<Entry, JournalError> {
        Ok(self.collection().undo_delete::<EntryKind>(id)?.into())
    }

    /// Reads one entry.
    pub fn get(&self, id: EntryId) -> Result<Entry, JournalError> {
        Ok(self.records().get::<EntryKind>(id)?.into())
    }

    /// Lists entries newest first, `limit` of them after skipping `offset`.
    pub fn list(&self, offset: usize, limit: usize) -> Result<Vec<Listed>, JournalError> {
        Ok(self.records().page::<EntryKind>(offset, limit)?.into_iter().map(listed).collect())
    }

    /// Counts entries.
    pub fn count(&self) -> Result<usize, JournalError> {
        Ok(self.records().count::<EntryKind>()?)
    }

    /// Searches titles, bodies and tags; the last word matches as a prefix. Without an index
    /// (a one-shot command), scans instead: see `crate::scan`.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<SearchHit>, JournalError> {
        // A one-shot command (no index, none being built) scans; the app waits for its index.
        let hits = if self.open.index_absent() && crate::scan::can_scan(query) {
            crate::scan::search_records::<EntryKind>(&self.records(), query, limit)?
        } else {
            self.open.index(self.conn)?.search(query, Some(RecordKind::Entry), limit)?
        };
        Ok(hits
            .into_iter()
            .filter(|h| h.kind == RecordKind::Entry)
            .filter_map(|h| {
                let id = <EntryId as crate::ids::RecordId>::from_bytes(&h.id)?;
                Some(SearchHit { id, created_at: h.created, title: h.title, snippet: h.snippet })
            })
            .collect())
    }

    /// Returns every tag with how many entries carry it, most used first.
    pub fn tags(&mut self) -> Result<Vec<TagCount>, JournalError> {
        let tags = self.open.index(self.conn)?.tags();
        Ok(tags.into_iter().map(|(tag, n)| TagCount { tag, count: n as u32 }).collect())
    }

    /// Returns entries written on this calendar day (in `now`'s time zone) in earlier
    /// years, newest first. On 28 February of a common year, 29 February entries count too.
    pub fn on_this_day<Tz: TimeZone>(&mut self, now: DateTime<Tz>) -> Result<Vec<Entry>, JournalError> {
        let tz = now.timezone();
        let today = now.date_naive();
        let leap_day_too = today.month() == 2 && today.day() == 28 && today.with_day(29).is_none();
        let mut ids = self.brief_ids(|b| {
            // An entry dated outside 1970 to 9999 (imported before they were refused) has no
            // day here; counting it would overflow.
            let Some(day) = crate::dates::local_day(b.created, &tz) else { return false };
            day.year() < today.year()
                && day.month() == today.month()
                && (day.day() == today.day() || (leap_day_too && day.day() == 29))
        })?;
        ids.sort_by(|a, b| b.cmp(a));
        ids.into_iter().map(|(_, id)| self.get(id)).collect()
    }

    /// Lists entries carrying `tag`, newest first, `limit` of them after skipping `offset`.
    pub fn list_tagged(&mut self, tag: &str, offset: usize, limit: usize) -> Result<Vec<Entry>, JournalError> {
        let tag = tag.trim().to_lowercase();
        let mut ids = self.brief_ids(|b| b.tags.contains(&tag))?;
        ids.sort_by(|a, b| b.cmp(a));
        ids.into_iter().skip(offset).take(limit).map(|(_, id)| self.get(id)).collect()
    }

    fn brief_ids(
        &mut self,
        keep: impl Fn(&crate::search::Brief<'_>) -> bool,
    ) -> Result<Vec<(DateTime<Utc>, EntryId)>, JournalError> {
        use crate::ids::RecordId;
        Ok(self
            .open
            .index(self.conn)?
            .briefs(RecordKind::Entry)
            .filter(|b| keep(b))
            .filter_map(|b| Some((b.created, EntryId::from_bytes(&b.id)?)))
            .collect())
    }

    /// Returns the average mood of each day of the last `days` days up to `now`'s day
    /// (inclusive, in `now`'s time zone) that has at least one entry with a mood, oldest first.
    pub fn mood_over<Tz: TimeZone>(&mut self, days: u32, now: DateTime<Tz>) -> Result<Vec<MoodDay>, JournalError> {
        let today = now.date_naive();
        let first = today.checked_sub_days(Days::new(u64::from(days.max(1)) - 1)).unwrap_or(today);
        self.mood_by_day(first, today, &now.timezone())
    }

    /// Returns the average mood of each day from `first` to `last` (inclusive, in `tz`) that
    /// has at least one entry with a mood, oldest first.
    pub fn mood_by_day<Tz: TimeZone>(
        &mut self,
        first: NaiveDate,
        last: NaiveDate,
        tz: &Tz,
    ) -> Result<Vec<MoodDay>, JournalError> {
        let mut days: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
        for b in self.open.index(self.conn)?.briefs(RecordKind::Entry) {
            let Some(mood) = b.mood else { continue };
            let Some(day) = crate::dates::local_day(b.created, tz) else { continue };
            if (first..=last).contains(&day) {
                let slot = days.entry(day).or_default();
                slot.0 += u32::from(mood);
                slot.1 += 1;
            }
        }
        Ok(days
            .into_iter()
            .map(|(day, (sum, count))| MoodDay { day, average: sum as f32 / count as f32, entries: count })
            .collect())
    }

    /// Writes every readable entry, oldest first, as a JSON array. This is plaintext on
    /// purpose: only call it for an export the person asked for. Returns how many were
    /// written and the ids of damaged entries that were skipped.
    pub fn export_json(&self, out: &mut dyn Write) -> Result<(usize, Vec<EntryId>), JournalError> {
        let (mut written, mut damaged) = (0, Vec::new());
        let mut failed = None;
        out.write_all(b"[").map_err(JournalError::Io)?;
        self.records().for_each::<EntryKind>(|row| {
            if failed.is_some() {
                return;
            }
            match row {
                Row::Ok(rec) => {
                    let sep = if written > 0 { &b",\n"[..] } else { &b""[..] };
                    let r = out.write_all(sep).and_then(|()| {
                        serde_json::to_writer(&mut *out, &Entry::from(rec)).map_err(std::io::Error::from)
                    });
                    match r {
                        Ok(()) => written += 1,
                        Err(e) => failed = Some(e),
                    }
                }
                Row::Damaged { id, .. } => damaged.push(id),
            }
        })?;
        if let Some(e) = failed {
            return Err(JournalError::Io(e));
        }
        out.write_all(b"]\n").map_err(JournalError::Io)?;
        Ok((written, damaged))
    }

    /// Saves a finished check-in as a new entry (see `crate::checkin`).
    pub(crate) fn add_record(&mut self, rec: &Record<EntryKind>) -> Result<(), JournalError> {
        Ok(self.collection().add(rec)?)
    }

    /// The ids and dates of every check-in, newest first (from the search index, which it
    /// waits for: no record is opened).
    pub(crate) fn check_in_ids(&mut self) -> Result<Vec<(DateTime<Utc>, EntryId)>, JournalError> {
        let mut ids = self.brief_ids(|b| b.check_in)?;
        ids.sort_by(|a, b| b.cmp(a));
        Ok(ids)
    }

    /// The one write path (see `crate::collection`).
    fn collection(&mut self) -> Collection<'_> {
        Collection::new(self.conn, &mut *self.open)
    }
}

fn listed(row: Row<EntryKind>) -> Listed {
    match row {
        Row::Ok(rec) => Listed::Entry(rec.into()),
        Row::Damaged { id, created_at } => Listed::Damaged { id, created_at },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An unlocked vault in a folder of its own.
    fn vault() -> (tempfile::TempDir, crate::Vault) {
        let dir = tempfile::tempdir().unwrap();
        let pass = crate::Passphrase::new("journal unit test".into());
        let work = crate::KdfWorkFactor::insecure_for_tests(2).unwrap();
        let (v, _) = crate::Vault::create(&dir.path().join("v"), &pass, work, Utc::now()).unwrap();
        (dir, v)
    }

    #[test]
    fn fail_an_entry_dated_at_chronos_end_stops_neither_on_this_day_nor_the_mood_chart() {
        // What an import let in before such dates were refused (none can be made now): an
        // entry on the last day chrono holds, with a mood. East of UTC, its local day does not
        // exist; "on this day" (asked at every unlock of the app) used to panic on it.
        let (_d, mut v) = vault();
        let far: DateTime<Utc> = "+262142-12-31T23:59:59Z".parse().unwrap();
        let (conn, open) = v.unlocked_parts().unwrap();
        let mut j = Journal::new(conn, open);
        let draft = EntryDraft { title: "far".into(), mood: Mood::new(3), ..Default::default() };
        let rec = record(EntryId::new(Utc::now()), far, far, draft);
        j.collection().add(&rec).unwrap();
        let east = chrono::FixedOffset::east_opt(14 * 3600).unwrap();
        let now = "2026-12-31T20:00:00Z".parse::<DateTime<Utc>>().unwrap().with_timezone(&east);
        assert!(j.on_this_day(now).unwrap().is_empty());
        assert!(j.mood_over(30, now).unwrap().is_empty());
        assert!(j.mood_by_day(NaiveDate::MIN, NaiveDate::MAX, &east).unwrap().is_empty(), "it has no day");
        assert_eq!(j.list(0, 10).unwrap().len(), 1, "it is still there, nothing lost");
    }

    #[test]
    fn fail_dates_outside_1970_to_9999_are_refused_by_save_naming_the_field() {
        let (_d, mut v) = vault();
        let mut j = v.journal().unwrap();
        let now = Utc::now();
        let kept = j.add(EntryDraft { title: "kept".into(), ..Default::default() }, now).unwrap();
        let far: DateTime<Utc> = "+262142-12-31T23:59:59Z".parse().unwrap();
        let before: DateTime<Utc> = "1969-12-31T23:59:59Z".parse().unwrap();
        let draft = EntryDraft { title: "x".into(), ..Default::default() };
        for written in [far, before] {
            assert!(matches!(j.add_at(draft.clone(), written, now), Err(JournalError::OutOfRange { .. })));
            let moved = j.save(Some(kept.id), Some(kept.updated_at), draft.clone(), Some(written), now);
            let err = moved.unwrap_err();
            assert!(matches!(err, JournalError::OutOfRange { .. }), "{err}");
            assert!(err.to_string().contains("1970 and 9999") && !err.to_string().contains("kept"), "{err}");
        }
        let many = vec![(draft.clone(), now), (draft.clone(), far)];
        assert!(matches!(j.add_many(many), Err(JournalError::OutOfRange { .. })), "all or nothing");
        assert_eq!(j.count().unwrap(), 1, "nothing was saved");
        let last: DateTime<Utc> = "9999-12-31T23:59:59.999Z".parse().unwrap();
        assert_eq!(j.add_at(draft, last, now).unwrap().created_at, last, "the range's own end is kept");
    }

    #[test]
    fn debug_never_shows_what_was_written() {
        let hit = SearchHit {
            id: EntryId::new(Utc::now()),
            created_at: Utc::now(),
            title: "secret title".into(),
            snippet: vec![SnippetPart { text: "secret words".into(), hit: true }],
        };
        let tag = TagCount { tag: "secret tag".into(), count: 2 };
        for shown in [format!("{hit:?}"), format!("{tag:?}"), format!("{:?}", hit.snippet)] {
            assert!(!shown.contains("secret"), "{shown}");
        }
    }
}
