//! The in-memory search index: every record of every kind decrypted into an SQLite FTS5 table
//! that lives in memory only, built at unlock, kept current on every write and dropped on lock.
//! A word index is never written to disk (the connection is `:memory:` with
//! `temp_store=MEMORY`, so not even a sort spills to a temp file). Each hit names its kind.
//!
//! The index can be built behind the list: [`Building`] runs the build on its own read-only
//! connection and thread, notes every change made meanwhile, and replays them when the index
//! is taken, so nothing written during the build is missing from it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{mpsc, Arc};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use serde::Serialize;

pub(crate) use crate::record::{doc_of, Doc};
use crate::record::{DamagedRecord, RecordKey, RecordKind, Records};
use crate::registry::Registry;
use crate::store::{self, StoreError};

/// Marks the start and end of a hit in FTS5 snippets. Private-use characters, removed from
/// indexed text, so they cannot be confused with anything a person wrote.
pub(crate) const HIT_START: char = '\u{E000}';
pub(crate) const HIT_END: char = '\u{E001}';

/// A piece of a search snippet; `hit` marks the words that matched.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

impl std::fmt::Debug for SnippetPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SnippetPart(<private>, hit: {})", self.hit)
    }
}

/// One hit of a search across every kind of record.
#[derive(Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Found {
    pub kind: RecordKind,
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Found({:?}, {}, <private>)", self.kind, self.id)
    }
}

/// How many records the reading thread hands the filling thread at a time.
const BATCH: usize = 256;

/// A record's place in the index: its kind and id bytes.
pub(crate) type Key = (RecordKind, [u8; 16]);

/// What the index knows of one record without asking the database.
struct Meta {
    rowid: i64,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    mood: Option<u8>,
    tags: Vec<String>,
    check_in: bool,
}

/// What the index knows of a record without decrypting it again.
pub(crate) struct Brief<'a> {
    pub id: [u8; 16],
    pub created: DateTime<Utc>,
    pub mood: Option<u8>,
    pub tags: &'a [String],
    /// A journal entry of kind "check-in".
    pub check_in: bool,
}

pub(crate) struct SearchIndex {
    mem: Connection,
    meta: HashMap<Key, Meta>,
    tags: HashMap<String, usize>,
    next_rowid: i64,
}

/// One search result.
pub(crate) struct Hit {
    pub kind: RecordKind,
    pub id: [u8; 16],
    pub title: String,
    pub created: DateTime<Utc>,
    pub snippet: Vec<SnippetPart>,
}

/// A change to replay on an index that was still being built when it happened.
pub(crate) enum Change {
    Upsert(Doc),
    Remove(Key),
}

impl SearchIndex {
    pub(crate) fn empty() -> Result<Self, StoreError> {
        let mem = Connection::open_in_memory()?;
        mem.execute_batch(
            "PRAGMA temp_store = MEMORY;
             CREATE VIRTUAL TABLE fts USING fts5(
                 kind UNINDEXED, id UNINDEXED, title, body, tags,
                 tokenize = 'unicode61 remove_diacritics 2'
             );
             INSERT INTO fts (fts, rank) VALUES ('pgsz', 4040);",
        )?;
        Ok(Self { mem, meta: HashMap::new(), tags: HashMap::new(), next_rowid: 1 })
    }

    /// Decrypts every record of every kind in `conn` into a new index. Returns the records
    /// that failed to open.
    ///
    /// Two stages on two threads: this one reads and decrypts, a helper fills the FTS table
    /// (the two costs are about equal, so a build takes about half as long on two cores).
    pub(crate) fn build(
        conn: &Connection,
        key: &RecordKey,
        kinds: Registry,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(Self, Vec<DamagedRecord>), StoreError> {
        let records = Records::new(conn, key);
        let total = kinds.count(&records)?;
        // Records go across in batches: one hand-over per record woke the filler 100,000
        // times at 100,000 entries.
        let (send, receive) = mpsc::sync_channel::<Vec<Doc>>(8);
        std::thread::scope(|scope| {
            let filler = scope.spawn(move || -> Result<SearchIndex, StoreError> {
                let mut index = Self::empty()?;
                index.fill(receive.into_iter().flatten())?;
                Ok(index)
            });
            let read = (|| {
                let mut damaged = Vec::new();
                let mut done = 0;
                let mut batch = Vec::with_capacity(BATCH);
                let mut sink = |doc: Result<Doc, DamagedRecord>| {
                    match doc {
                        Ok(doc) => batch.push(doc),
                        Err(d) => damaged.push(d),
                    }
                    if batch.len() == BATCH {
                        // A closed channel means the filler failed; its error is returned below.
                        drop(send.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))));
                    }
                    done += 1;
                    if done % 1024 == 0 {
                        progress(done, total);
                    }
                };
                kinds.feed(&records, &mut sink)?;
                drop(send.send(batch));
                progress(done, total);
                Ok::<_, StoreError>(damaged)
            })();
            drop(send);
            let index = filler.join().expect("the index filler does not panic")?;
            Ok((index, read?))
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.meta.len()
    }

    /// Tells whether the record `d` names is indexed (it was readable, or saved since).
    pub(crate) fn contains(&self, d: &DamagedRecord) -> bool {
        uuid::Uuid::parse_str(&d.id).is_ok_and(|u| self.meta.contains_key(&(d.kind, *u.as_bytes())))
    }

    /// Fills a new index with `docs` (each record once) in one transaction; an error drops the
    /// in-memory index. Each insert on its own would be a transaction of its own, and FTS5
    /// writes a segment per transaction: thousands of them made a one-shot search for a common
    /// word take half a second.
    pub(crate) fn fill(&mut self, docs: impl IntoIterator<Item = Doc>) -> Result<(), StoreError> {
        // While filling, FTS5 keeps up to 64 MiB of words in memory before writing a segment
        // (1 MiB by default) and merges segments 16 at a time (4): fewer, larger segments
        // written and merged. At 100,000 entries that took a quarter to a third off the build
        // (docs/performance.md). Single writes afterwards go back to the defaults.
        self.mem.execute_batch(
            "INSERT INTO fts (fts, rank) VALUES ('hashsize', 67108864);
             INSERT INTO fts (fts, rank) VALUES ('automerge', 16);",
        )?;
        self.mem.execute_batch("BEGIN")?;
        for doc in docs {
            self.insert_unchecked(doc)?;
        }
        self.mem.execute_batch(
            "COMMIT;
             INSERT INTO fts (fts, rank) VALUES ('hashsize', 1048576);
             INSERT INTO fts (fts, rank) VALUES ('automerge', 4);",
        )?;
        Ok(())
    }

    /// Adds or replaces a record.
    pub(crate) fn upsert(&mut self, doc: Doc) -> Result<(), StoreError> {
        self.remove(&(doc.kind, doc.id))?;
        self.insert_unchecked(doc)
    }

    fn insert_unchecked(&mut self, d: Doc) -> Result<(), StoreError> {
        let rowid = self.next_rowid;
        self.next_rowid += 1;
        let tags = d.doc.tags.join(" ");
        self.mem
            .prepare_cached("INSERT INTO fts (rowid, kind, id, title, body, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
            .execute(params![rowid, d.kind.name(), &d.id[..], clean(&d.doc.title), clean(&d.doc.body), clean(&tags)])?;
        if d.kind == RecordKind::Entry {
            for tag in &d.doc.tags {
                *self.tags.entry(tag.clone()).or_default() += 1;
            }
        }
        let meta = Meta {
            rowid,
            created: d.created,
            updated: d.updated,
            mood: d.doc.mood,
            tags: d.doc.tags,
            check_in: d.doc.check_in,
        };
        self.meta.insert((d.kind, d.id), meta);
        Ok(())
    }

    /// Removes a record if it is indexed.
    pub(crate) fn remove(&mut self, key: &Key) -> Result<(), StoreError> {
        let Some(meta) = self.meta.remove(key) else {
            return Ok(());
        };
        self.mem.prepare_cached("DELETE FROM fts WHERE rowid = ?1")?.execute([meta.rowid])?;
        if key.0 == RecordKind::Entry {
            for tag in &meta.tags {
                if let Some(n) = self.tags.get_mut(tag) {
                    *n -= 1;
                    if *n == 0 {
                        self.tags.remove(tag);
                    }
                }
            }
        }
        Ok(())
    }

    pub(crate) fn apply(&mut self, change: Change) -> Result<(), StoreError> {
        match change {
            Change::Upsert(doc) => self.upsert(doc),
            Change::Remove(key) => self.remove(&key),
        }
    }

    /// Finds records matching every word of `query` (the last word as a prefix, for search
    /// as you type), best first; only of `kind` if given.
    pub(crate) fn search(&self, query: &str, kind: Option<RecordKind>, limit: usize) -> Result<Vec<Hit>, StoreError> {
        let Some(fts_query) = to_fts_query(query) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT kind, id, title, snippet(fts, -1, '{HIT_START}', '{HIT_END}', '…', 16)
             FROM fts WHERE fts MATCH ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY rank LIMIT ?3"
        );
        let mut stmt = self.mem.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![fts_query, kind.map(RecordKind::name), limit as i64], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (kind_name, id, title, snippet) = row?;
            let Some(kind) = RecordKind::ALL.iter().copied().find(|k| k.name() == kind_name) else { continue };
            let Ok(id) = <[u8; 16]>::try_from(id.as_slice()) else { continue };
            let created = self.meta.get(&(kind, id)).map_or(DateTime::UNIX_EPOCH, |m| m.created);
            hits.push(Hit { kind, id, title, created, snippet: split_snippet(&snippet) });
        }
        Ok(hits)
    }

    /// Returns every journal tag with the number of entries that carry it, most used first.
    pub(crate) fn tags(&self) -> Vec<(String, usize)> {
        let mut tags: Vec<_> = self.tags.iter().map(|(t, n)| (t.clone(), *n)).collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        tags
    }

    /// Returns what the index knows of every record of `kind`, in no particular order.
    pub(crate) fn briefs(&self, kind: RecordKind) -> impl Iterator<Item = Brief<'_>> + '_ {
        self.meta.iter().filter(move |((k, _), _)| *k == kind).map(|((_, id), m)| Brief {
            id: *id,
            created: m.created,
            mood: m.mood,
            tags: &m.tags,
            check_in: m.check_in,
        })
    }

    /// Returns the updated time of every indexed record of `kind`.
    pub(crate) fn stamps(&self, kind: RecordKind) -> HashMap<[u8; 16], i64> {
        self.meta
            .iter()
            .filter(|((k, _), _)| *k == kind)
            .map(|((_, id), m)| (*id, m.updated.timestamp_millis()))
            .collect()
    }
}

/// An index being built on another thread, and the changes made since it started.
pub(crate) struct Building {
    done: mpsc::Receiver<Result<(SearchIndex, Vec<DamagedRecord>), StoreError>>,
    pending: Vec<Change>,
}

impl Building {
    /// Starts building an index of the vault database at `db` on a thread of its own, over its
    /// own read-only connection (WAL lets it read while the vault writes).
    pub(crate) fn start(db: PathBuf, key: Arc<RecordKey>, kinds: Registry) -> Self {
        let (send, done) = mpsc::channel();
        std::thread::spawn(move || {
            let result =
                store::open_reader(&db).and_then(|conn| SearchIndex::build(&conn, &key, kinds, &mut |_, _| {}));
            let _ = send.send(result);
        });
        Building { done, pending: Vec::new() }
    }

    /// Notes a change to replay once the index is ready.
    pub(crate) fn note(&mut self, change: Change) {
        self.pending.push(change);
    }

    /// Returns the index if it is ready (`wait`: waits for it), with every noted change applied.
    pub(crate) fn finish(&mut self, wait: bool) -> Option<Result<(SearchIndex, Vec<DamagedRecord>), StoreError>> {
        let result = if wait {
            self.done.recv().unwrap_or_else(|_| Err(StoreError::Interrupted))
        } else {
            match self.done.try_recv() {
                Ok(r) => r,
                Err(mpsc::TryRecvError::Empty) => return None,
                Err(mpsc::TryRecvError::Disconnected) => Err(StoreError::Interrupted),
            }
        };
        Some(result.and_then(|(mut index, damaged)| {
            for change in self.pending.drain(..) {
                index.apply(change)?;
            }
            Ok((index, damaged))
        }))
    }
}

/// Keeps the hit markers out of indexed text.
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    // Both marks start with the byte 0xEE in UTF-8; most text has none, and a byte search is
    // a memchr where a search for two chars decodes every one (a twentieth of a build).
    if text.as_bytes().contains(&0xEE) && text.contains([HIT_START, HIT_END]) {
        text.replace([HIT_START, HIT_END], " ").into()
    } else {
        text.into()
    }
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word
/// becomes a quoted phrase, and the last one a prefix unless the text ends in a space.
pub(crate) fn to_fts_query(input: &str) -> Option<String> {
    let words = query_words(input);
    let last = words.len().checked_sub(1)?;
    let prefix = !input.ends_with(char::is_whitespace);
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let star = if i == last && prefix { "*" } else { "" };
            format!("\"{}\"{star}", w.replace('"', "\"\""))
        })
        .collect();
    Some(parts.join(" "))
}

/// The words of a query that can match anything.
pub(crate) fn query_words(input: &str) -> Vec<&str> {
    input.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

pub(crate) fn split_snippet(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut hit = false;
    let mut text = String::new();
    for c in snippet.chars() {
        if c == HIT_START || c == HIT_END {
            if !text.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut text), hit });
            }
            hit = c == HIT_START;
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        parts.push(SnippetPart { text, hit });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::SearchDoc;
    use proptest::prelude::*;

    fn doc(title: &str, body: &str, tags: &[&str]) -> Doc {
        Doc {
            kind: RecordKind::Entry,
            id: *uuid::Uuid::now_v7().as_bytes(),
            created: Utc::now(),
            updated: Utc::now(),
            doc: SearchDoc {
                title: title.into(),
                body: body.into(),
                tags: tags.iter().map(|t| t.to_string()).collect(),
                ..SearchDoc::default()
            },
        }
    }

    fn search(index: &SearchIndex, q: &str) -> usize {
        index.search(q, None, 10).unwrap().len()
    }

    #[test]
    fn a_fill_writes_in_large_segments_and_then_goes_back_to_the_defaults() {
        let mut index = SearchIndex::empty().unwrap();
        let marked = format!("a {HIT_START}marked{HIT_END} word");
        index.fill((0..3000).map(|i| doc(&format!("title {i}"), &marked, &["tag"]))).unwrap();
        let config = |k: &str| -> i64 {
            index.mem.query_row("SELECT v FROM fts_config WHERE k = ?1", [k], |r| r.get(0)).unwrap()
        };
        assert_eq!((config("hashsize"), config("automerge")), (1_048_576, 4));
        assert_eq!(search(&index, "marked"), 10);
        assert_eq!(search(&index, "title 2999"), 1);
        // The marks were taken out of the text: only the snippet's own marks come back.
        let hit = &index.search("marked", None, 1).unwrap()[0];
        assert_eq!(hit.snippet.iter().filter(|p| p.hit).count(), 1);
        assert!(hit.snippet.iter().all(|p| !p.text.contains([HIT_START, HIT_END])));
    }

    #[test]
    fn finds_words_prefixes_and_diacritics() {
        let mut index = SearchIndex::empty().unwrap();
        index.upsert(doc("Café evening", "We talked about the weekend.", &["calm"])).unwrap();
        index.upsert(doc("Other", "Nothing here.", &[])).unwrap();
        assert_eq!(search(&index, "cafe"), 1, "diacritics are folded");
        assert_eq!(search(&index, "weeke"), 1, "last word is a prefix");
        assert_eq!(search(&index, "weeke "), 0, "a trailing space ends the word");
        assert_eq!(search(&index, "calm"), 1, "tags are searched");
        let hit = &index.search("talked", None, 10).unwrap()[0];
        assert_eq!(hit.kind, RecordKind::Entry, "a hit names its kind");
        assert!(hit.snippet.iter().any(|p| p.hit && p.text.eq_ignore_ascii_case("talked")));
    }

    #[test]
    fn remove_and_tag_counts() {
        let mut index = SearchIndex::empty().unwrap();
        let a = doc("a", "apple", &["x", "y"]);
        let a_key = (a.kind, a.id);
        index.upsert(a).unwrap();
        index.upsert(doc("b", "banana", &["x"])).unwrap();
        assert_eq!(index.tags(), vec![("x".to_string(), 2), ("y".to_string(), 1)]);
        index.remove(&a_key).unwrap();
        assert_eq!(index.tags(), vec![("x".to_string(), 1)]);
        assert_eq!(search(&index, "apple"), 0);
    }

    #[test]
    fn splits_snippets() {
        let parts = split_snippet("a \u{E000}b\u{E001} c");
        assert_eq!(parts.len(), 3);
        assert!(parts[1].hit && parts[1].text == "b");
    }

    proptest! {
        #[test]
        fn any_typed_text_is_a_valid_query(q in "\\PC{0,30}") {
            let mut index = SearchIndex::empty().unwrap();
            index.upsert(doc("t", "some text", &[])).unwrap();
            prop_assert!(index.search(&q, None, 10).is_ok());
        }
    }
}
