//! The journal: entries with a title, a Markdown body, an optional mood, tags and the
//! prompt they started from.
//!
//! Everything a person wrote is sealed into one record per entry; only the id and the
//! created/updated times stay readable on disk. Every write is one SQLite transaction that
//! is on disk (fsynced) when the call returns, and then reaches the in-memory index.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::ids::EntryId;
use crate::record::RecordKey;
use crate::search::SearchIndex;
use crate::store::StoreError;
use crate::vault::Unlocked;

const TABLE: &str = "entries";

/// The largest entry accepted, counted as its encoded size (title, body and tags).
pub const MAX_ENTRY_BYTES: usize = 8 * 1024 * 1024;

/// What can go wrong in the journal.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum JournalError {
    #[error("no entry with id {0}; list entries to see their ids")]
    NotFound(EntryId),
    #[error("entry {0} is damaged and cannot be read; the other entries are unaffected")]
    Damaged(EntryId),
    #[error("the entry is too large ({size_mb:.1} MB); entries can hold up to 8 MB of text")]
    TooLarge { size_mb: f64 },
    #[error("mood must be a whole number from 1 to 5")]
    BadMood,
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

/// A mood from 1 (low) to 5 (good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Mood(u8);

impl Mood {
    /// Returns the mood `n`, if it is from 1 to 5.
    pub fn new(n: u8) -> Option<Self> {
        (1..=5).contains(&n).then_some(Self(n))
    }

    /// Returns the number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Mood {
    type Error = JournalError;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Mood::new(n).ok_or(JournalError::BadMood)
    }
}

impl From<Mood> for u8 {
    fn from(m: Mood) -> u8 {
        m.0
    }
}

/// What a person writes: the editable part of an entry.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryDraft {
    pub title: String,
    pub body: String,
    pub mood: Option<Mood>,
    pub tags: Vec<String>,
    pub prompt_id: Option<String>,
}

/// The sealed encoding of a draft: short keys, empty fields left out.
#[derive(Deserialize)]
struct StoredDraft {
    #[serde(rename = "t", default)]
    title: String,
    #[serde(rename = "b", default)]
    body: String,
    #[serde(rename = "m", default)]
    mood: Option<Mood>,
    #[serde(rename = "g", default)]
    tags: Vec<String>,
    #[serde(rename = "p", default)]
    prompt_id: Option<String>,
}

impl From<StoredDraft> for EntryDraft {
    fn from(s: StoredDraft) -> Self {
        EntryDraft { title: s.title, body: s.body, mood: s.mood, tags: s.tags, prompt_id: s.prompt_id }
    }
}

impl std::fmt::Debug for EntryDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EntryDraft(<private>)")
    }
}

/// A saved journal entry.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Entry {
    pub id: EntryId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub title: String,
    pub body: String,
    pub mood: Option<Mood>,
    pub tags: Vec<String>,
    pub prompt_id: Option<String>,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Entry({}, <private>)", self.id)
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

/// A piece of a search snippet; `hit` marks the words that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One search result.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchHit {
    pub id: EntryId,
    pub created_at: DateTime<Utc>,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
}

/// The average mood of one day.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct MoodDay {
    pub day: NaiveDate,
    pub average: f32,
    pub entries: u32,
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

    /// Saves a new entry written at `now`.
    pub fn add(&mut self, draft: EntryDraft, now: DateTime<Utc>) -> Result<Entry, JournalError> {
        let entry = Entry::new(EntryId::new(now), now, now, normalize(draft));
        let sealed = self.seal(&entry)?;
        self.conn
            .prepare_cached("INSERT INTO entries (id, created_at, updated_at, data) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![
                &entry.id.as_bytes()[..],
                entry.created_at.timestamp_millis(),
                entry.updated_at.timestamp_millis(),
                sealed.as_bytes()
            ])?;
        self.index_upsert(&entry)?;
        Ok(entry)
    }

    /// Saves many entries, each with its own creation time, in one transaction.
    pub fn add_many(&mut self, items: Vec<(EntryDraft, DateTime<Utc>)>) -> Result<Vec<EntryId>, JournalError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut entries = Vec::with_capacity(items.len());
        {
            let mut stmt =
                tx.prepare_cached("INSERT INTO entries (id, created_at, updated_at, data) VALUES (?1, ?2, ?3, ?4)")?;
            for (draft, at) in items {
                let entry = Entry::new(EntryId::new(at), at, at, normalize(draft));
                let sealed = self.seal(&entry)?;
                stmt.execute(params![
                    &entry.id.as_bytes()[..],
                    at.timestamp_millis(),
                    at.timestamp_millis(),
                    sealed.as_bytes()
                ])?;
                entries.push(entry);
            }
        }
        tx.commit()?;
        for entry in &entries {
            self.index_upsert(entry)?;
        }
        Ok(entries.into_iter().map(|e| e.id).collect())
    }

    /// Replaces the written part of an entry; its creation time stays.
    pub fn edit(&mut self, id: EntryId, draft: EntryDraft, now: DateTime<Utc>) -> Result<Entry, JournalError> {
        let created: i64 = self
            .conn
            .query_row("SELECT created_at FROM entries WHERE id = ?1", [&id.as_bytes()[..]], |r| r.get(0))
            .optional()?
            .ok_or(JournalError::NotFound(id))?;
        let entry = Entry::new(id, millis(created), now, normalize(draft));
        let sealed = self.seal(&entry)?;
        self.conn.execute(
            "UPDATE entries SET updated_at = ?2, data = ?3 WHERE id = ?1",
            params![&id.as_bytes()[..], now.timestamp_millis(), sealed.as_bytes()],
        )?;
        self.open.damaged.retain(|d| *d != id);
        self.index_upsert(&entry)?;
        Ok(entry)
    }

    /// Deletes an entry and returns it, so the caller can offer undo through [`Self::restore`].
    pub fn delete(&mut self, id: EntryId) -> Result<Entry, JournalError> {
        let entry = self.get(id)?;
        self.conn.execute("DELETE FROM entries WHERE id = ?1", [&id.as_bytes()[..]])?;
        if let Some(index) = self.open.index.as_mut() {
            index.remove(&id)?;
        }
        Ok(entry)
    }

    /// Puts a deleted entry back exactly as it was (undo of [`Self::delete`]).
    pub fn restore(&mut self, entry: &Entry) -> Result<(), JournalError> {
        let sealed = self.seal(entry)?;
        self.conn.execute(
            "INSERT OR REPLACE INTO entries (id, created_at, updated_at, data) VALUES (?1, ?2, ?3, ?4)",
            params![
                &entry.id.as_bytes()[..],
                entry.created_at.timestamp_millis(),
                entry.updated_at.timestamp_millis(),
                sealed.as_bytes()
            ],
        )?;
        self.index_upsert(entry)
    }

    /// Reads one entry.
    pub fn get(&self, id: EntryId) -> Result<Entry, JournalError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT id, created_at, updated_at, data FROM entries WHERE id = ?1")?;
        let mut rows = stmt.query([&id.as_bytes()[..]])?;
        let row = rows.next()?.ok_or(JournalError::NotFound(id))?;
        decode_row(row, &self.open.key)?.map_err(JournalError::Damaged)
    }

    /// Lists entries newest first, `limit` of them after skipping `offset`.
    pub fn list(&self, offset: usize, limit: usize) -> Result<Vec<Listed>, JournalError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, created_at, updated_at, data FROM entries
             ORDER BY created_at DESC, id DESC LIMIT ?1 OFFSET ?2",
        )?;
        let mut rows = stmt.query(params![limit as i64, offset as i64])?;
        let mut out = Vec::with_capacity(limit.min(256));
        while let Some(row) = rows.next()? {
            out.push(match decode_row(row, &self.open.key)? {
                Ok(entry) => Listed::Entry(entry),
                Err(id) => Listed::Damaged { id, created_at: millis(row.get(1)?) },
            });
        }
        Ok(out)
    }

    /// Counts entries.
    pub fn count(&self) -> Result<usize, JournalError> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM entries", [], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Searches titles, bodies and tags; the last word matches as a prefix.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<SearchHit>, JournalError> {
        let hits = self.index()?.search(query, limit)?;
        Ok(hits
            .into_iter()
            .map(|h| SearchHit { id: h.id, created_at: h.created, title: h.title, snippet: h.snippet })
            .collect())
    }

    /// Returns every tag with how many entries carry it, most used first.
    pub fn tags(&mut self) -> Result<Vec<(String, usize)>, JournalError> {
        Ok(self.index()?.tags())
    }

    /// Returns entries written on this calendar day (in `now`'s time zone) in earlier
    /// years, newest first. On 28 February of a common year, 29 February entries count too.
    pub fn on_this_day<Tz: TimeZone>(&mut self, now: DateTime<Tz>) -> Result<Vec<Entry>, JournalError> {
        let tz = now.timezone();
        let today = now.date_naive();
        let leap_day_too = today.month() == 2 && today.day() == 28 && today.with_day(29).is_none();
        let mut ids: Vec<(DateTime<Utc>, EntryId)> = self
            .index()?
            .briefs()
            .filter(|b| {
                let day = b.created.with_timezone(&tz).date_naive();
                day.year() < today.year()
                    && day.month() == today.month()
                    && (day.day() == today.day() || (leap_day_too && day.day() == 29))
            })
            .map(|b| (b.created, b.id))
            .collect();
        ids.sort_by(|a, b| b.cmp(a));
        ids.into_iter().map(|(_, id)| self.get(id)).collect()
    }

    /// Lists entries carrying `tag`, newest first, `limit` of them after skipping `offset`.
    pub fn list_tagged(&mut self, tag: &str, offset: usize, limit: usize) -> Result<Vec<Entry>, JournalError> {
        let tag = tag.trim().to_lowercase();
        let mut ids: Vec<(DateTime<Utc>, EntryId)> =
            self.index()?.briefs().filter(|b| b.tags.contains(&tag)).map(|b| (b.created, b.id)).collect();
        ids.sort_by(|a, b| b.cmp(a));
        ids.into_iter().skip(offset).take(limit).map(|(_, id)| self.get(id)).collect()
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
        for b in self.index()?.briefs() {
            let Some(mood) = b.mood else { continue };
            let day = b.created.with_timezone(tz).date_naive();
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
        let mut stmt =
            self.conn.prepare("SELECT id, created_at, updated_at, data FROM entries ORDER BY created_at, id")?;
        let mut rows = stmt.query([])?;
        let (mut written, mut damaged) = (0, Vec::new());
        let io = JournalError::Io;
        out.write_all(b"[").map_err(io)?;
        while let Some(row) = rows.next()? {
            match decode_row(row, &self.open.key)? {
                Ok(entry) => {
                    if written > 0 {
                        out.write_all(b",\n").map_err(io)?;
                    }
                    serde_json::to_writer(&mut *out, &entry).map_err(|e| io(e.into()))?;
                    written += 1;
                }
                Err(id) => damaged.push(id),
            }
        }
        out.write_all(b"]\n").map_err(io)?;
        Ok((written, damaged))
    }

    fn index(&mut self) -> Result<&mut SearchIndex, JournalError> {
        if self.open.index.is_none() {
            self.open.build_index(self.conn, &mut |_, _| {})?;
        }
        Ok(self.open.index.as_mut().expect("built above"))
    }

    fn index_upsert(&mut self, entry: &Entry) -> Result<(), JournalError> {
        if let Some(index) = self.open.index.as_mut() {
            index.upsert(entry)?;
        }
        Ok(())
    }

    fn seal(&self, entry: &Entry) -> Result<crate::record::Sealed, JournalError> {
        let plain = Zeroizing::new(serde_json::to_vec(&entry.draft_ref()).expect("entries always encode"));
        if plain.len() > MAX_ENTRY_BYTES {
            return Err(JournalError::TooLarge { size_mb: plain.len() as f64 / 1e6 });
        }
        Ok(self.open.key.seal(TABLE, entry.id.as_bytes(), &plain))
    }
}

impl Entry {
    /// Makes an entry. Times are kept to the millisecond, as the database stores them, so
    /// what `add` returns equals what `get` reads back.
    fn new(id: EntryId, created_at: DateTime<Utc>, updated_at: DateTime<Utc>, d: EntryDraft) -> Self {
        Entry {
            id,
            created_at: millis(created_at.timestamp_millis()),
            updated_at: millis(updated_at.timestamp_millis()),
            title: d.title,
            body: d.body,
            mood: d.mood,
            tags: d.tags,
            prompt_id: d.prompt_id,
        }
    }

    fn draft_ref(&self) -> DraftRef<'_> {
        DraftRef { title: &self.title, body: &self.body, mood: self.mood, tags: &self.tags, prompt_id: &self.prompt_id }
    }
}

/// [`EntryDraft`]'s encoding, borrowed, so sealing copies no text.
#[derive(Serialize)]
struct DraftRef<'a> {
    #[serde(rename = "t")]
    title: &'a str,
    #[serde(rename = "b")]
    body: &'a str,
    #[serde(rename = "m", skip_serializing_if = "Option::is_none")]
    mood: Option<Mood>,
    #[serde(rename = "g", skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    #[serde(rename = "p", skip_serializing_if = "Option::is_none")]
    prompt_id: &'a Option<String>,
}

/// Opens one `(id, created_at, updated_at, data)` row. The inner `Err` is a damaged entry.
pub(crate) fn decode_row(row: &Row<'_>, key: &RecordKey) -> Result<Result<Entry, EntryId>, StoreError> {
    let raw_id: Vec<u8> = row.get(0)?;
    let Some(id) = EntryId::from_bytes(&raw_id) else {
        return Err(StoreError::Damaged { path: Default::default() });
    };
    let created: i64 = row.get(1)?;
    let updated: i64 = row.get(2)?;
    let data = row.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?;
    let Ok(plain) = key.open(TABLE, id.as_bytes(), data) else {
        return Ok(Err(id));
    };
    match serde_json::from_slice::<StoredDraft>(&plain) {
        Ok(draft) => Ok(Ok(Entry::new(id, millis(created), millis(updated), draft.into()))),
        Err(_) => Ok(Err(id)),
    }
}

fn millis(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or(DateTime::UNIX_EPOCH)
}

/// Tidies a draft: tags trimmed, lower-cased, inner spaces folded, empty and repeated ones
/// dropped; a blank prompt id is none.
fn normalize(mut d: EntryDraft) -> EntryDraft {
    let mut tags: Vec<String> = Vec::with_capacity(d.tags.len());
    for tag in d.tags.drain(..) {
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    d.tags = tags;
    d.prompt_id = d.prompt_id.filter(|p| !p.trim().is_empty());
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_draft() -> impl Strategy<Value = EntryDraft> {
        (
            "\\PC{0,40}",
            "(?s).{0,400}",
            proptest::option::of(1u8..=5),
            proptest::collection::vec("\\PC{0,12}", 0..5),
            proptest::option::of("[a-z]{1,10}-[0-9]"),
        )
            .prop_map(|(title, body, mood, tags, prompt_id)| EntryDraft {
                title,
                body,
                mood: mood.and_then(Mood::new),
                tags,
                prompt_id,
            })
    }

    proptest! {
        #[test]
        fn draft_encoding_round_trips(d in any_draft()) {
            let e = Entry::new(EntryId::new(Utc::now()), Utc::now(), Utc::now(), d.clone());
            let bytes = serde_json::to_vec(&e.draft_ref()).unwrap();
            let back: EntryDraft = serde_json::from_slice::<StoredDraft>(&bytes).unwrap().into();
            prop_assert!(back == d);
        }

        #[test]
        fn normalize_is_idempotent(d in any_draft()) {
            let once = normalize(d);
            prop_assert!(normalize(once.clone()) == once);
        }
    }

    #[test]
    fn tags_are_tidied() {
        let d = normalize(EntryDraft {
            tags: vec![" Work  Stress ".into(), "work stress".into(), " ".into()],
            ..Default::default()
        });
        assert_eq!(d.tags, vec!["work stress"]);
    }

    #[test]
    fn fail_mood_out_of_range() {
        assert!(Mood::new(0).is_none() && Mood::new(6).is_none());
        assert!(serde_json::from_str::<StoredDraft>(r#"{"m":9}"#).is_err());
    }
}
