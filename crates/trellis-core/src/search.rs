//! The in-memory search index: every entry decrypted into an SQLite FTS5 table that lives
//! in memory only, built at unlock, kept current on every write and dropped on lock.
//! A word index is never written to disk (the connection is `:memory:` with
//! `temp_store=MEMORY`, so not even a sort spills to a temp file).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::ids::EntryId;
use crate::journal::{decode_row, Entry, SnippetPart};
use crate::record::RecordKey;
use crate::store::StoreError;

/// Marks the start and end of a hit in FTS5 snippets. Private-use characters, removed from
/// indexed text, so they cannot be confused with anything a person wrote.
pub(crate) const HIT_START: char = '\u{E000}';
pub(crate) const HIT_END: char = '\u{E001}';

/// What the index knows of one entry without asking the database.
struct Meta {
    rowid: i64,
    created: DateTime<Utc>,
    mood: Option<u8>,
    tags: Vec<String>,
}

/// What the index knows of an entry without decrypting it again.
pub(crate) struct Brief<'a> {
    pub id: EntryId,
    pub created: DateTime<Utc>,
    pub mood: Option<u8>,
    pub tags: &'a [String],
}

pub(crate) struct SearchIndex {
    mem: Connection,
    meta: HashMap<EntryId, Meta>,
    tags: HashMap<String, usize>,
    next_rowid: i64,
}

/// One search result before the journal adds anything to it.
pub(crate) struct Hit {
    pub id: EntryId,
    pub title: String,
    pub created: DateTime<Utc>,
    pub snippet: Vec<SnippetPart>,
}

impl SearchIndex {
    fn empty() -> Result<Self, StoreError> {
        let mem = Connection::open_in_memory()?;
        mem.execute_batch(
            "PRAGMA temp_store = MEMORY;
             CREATE VIRTUAL TABLE fts USING fts5(
                 id UNINDEXED, title, body, tags,
                 tokenize = 'unicode61 remove_diacritics 2'
             );
             INSERT INTO fts (fts, rank) VALUES ('pgsz', 4040);",
        )?;
        Ok(Self { mem, meta: HashMap::new(), tags: HashMap::new(), next_rowid: 1 })
    }

    /// Decrypts every entry of `conn` into a new index. Returns the ids that failed to open.
    ///
    /// Two stages on two threads: this one reads and decrypts, a helper fills the FTS table
    /// (the two costs are about equal, so unlock takes about half as long on two cores).
    pub(crate) fn build(
        conn: &Connection,
        key: &RecordKey,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(Self, Vec<EntryId>), StoreError> {
        let total: i64 = conn.query_row("SELECT count(*) FROM entries", [], |r| r.get(0))?;
        let total = total as usize;
        let (send, receive) = std::sync::mpsc::sync_channel::<Entry>(512);
        std::thread::scope(|scope| {
            let filler = scope.spawn(move || -> Result<SearchIndex, StoreError> {
                let mut index = Self::empty()?;
                // One transaction for the whole build; an error drops the in-memory index.
                index.mem.execute_batch("BEGIN")?;
                for entry in receive {
                    index.insert_unchecked(&entry)?;
                }
                index.mem.execute_batch("COMMIT")?;
                Ok(index)
            });
            let read = (|| {
                let mut damaged = Vec::new();
                let mut stmt = conn.prepare("SELECT id, created_at, updated_at, data FROM entries")?;
                let mut rows = stmt.query([])?;
                let mut done = 0;
                while let Some(row) = rows.next()? {
                    match decode_row(row, key)? {
                        // A closed channel means the filler failed; its error is returned below.
                        Ok(entry) => {
                            if send.send(entry).is_err() {
                                break;
                            }
                        }
                        Err(id) => damaged.push(id),
                    }
                    done += 1;
                    if done % 1024 == 0 {
                        progress(done, total);
                    }
                }
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

    /// Adds or replaces an entry.
    pub(crate) fn upsert(&mut self, entry: &Entry) -> Result<(), StoreError> {
        self.remove(&entry.id)?;
        self.insert_unchecked(entry)
    }

    fn insert_unchecked(&mut self, entry: &Entry) -> Result<(), StoreError> {
        let rowid = self.next_rowid;
        self.next_rowid += 1;
        let tags = entry.tags.join(" ");
        self.mem
            .prepare_cached("INSERT INTO fts (rowid, id, title, body, tags) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![rowid, &entry.id.as_bytes()[..], clean(&entry.title), clean(&entry.body), clean(&tags)])?;
        for tag in &entry.tags {
            *self.tags.entry(tag.clone()).or_default() += 1;
        }
        self.meta.insert(
            entry.id,
            Meta { rowid, created: entry.created_at, mood: entry.mood.map(|m| m.get()), tags: entry.tags.clone() },
        );
        Ok(())
    }

    /// Removes an entry if it is indexed.
    pub(crate) fn remove(&mut self, id: &EntryId) -> Result<(), StoreError> {
        let Some(meta) = self.meta.remove(id) else {
            return Ok(());
        };
        self.mem.prepare_cached("DELETE FROM fts WHERE rowid = ?1")?.execute([meta.rowid])?;
        for tag in &meta.tags {
            if let Some(n) = self.tags.get_mut(tag) {
                *n -= 1;
                if *n == 0 {
                    self.tags.remove(tag);
                }
            }
        }
        Ok(())
    }

    /// Finds entries matching every word of `query` (the last word as a prefix, for search
    /// as you type), best first.
    pub(crate) fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>, StoreError> {
        let Some(fts_query) = to_fts_query(query) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT id, title, snippet(fts, -1, '{HIT_START}', '{HIT_END}', '…', 16)
             FROM fts WHERE fts MATCH ?1 ORDER BY rank LIMIT ?2"
        );
        let mut stmt = self.mem.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![fts_query, limit as i64], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (id, title, snippet) = row?;
            let Some(id) = EntryId::from_bytes(&id) else {
                continue;
            };
            let created = self.meta.get(&id).map_or(DateTime::UNIX_EPOCH, |m| m.created);
            hits.push(Hit { id, title, created, snippet: split_snippet(&snippet) });
        }
        Ok(hits)
    }

    /// Returns every tag with the number of entries that carry it, most used first.
    pub(crate) fn tags(&self) -> Vec<(String, usize)> {
        let mut tags: Vec<_> = self.tags.iter().map(|(t, n)| (t.clone(), *n)).collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        tags
    }

    /// Returns what the index knows of every entry, in no particular order.
    pub(crate) fn briefs(&self) -> impl Iterator<Item = Brief<'_>> + '_ {
        self.meta.iter().map(|(id, m)| Brief { id: *id, created: m.created, mood: m.mood, tags: &m.tags })
    }
}

/// Keeps the hit markers out of indexed text.
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([HIT_START, HIT_END]) {
        text.replace([HIT_START, HIT_END], " ").into()
    } else {
        text.into()
    }
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word
/// becomes a quoted phrase, and the last one a prefix unless the text ends in a space.
pub(crate) fn to_fts_query(input: &str) -> Option<String> {
    let words: Vec<&str> = input.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
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
    use proptest::prelude::*;

    fn entry(title: &str, body: &str, tags: &[&str]) -> Entry {
        Entry {
            id: EntryId::new(Utc::now()),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            title: title.into(),
            body: body.into(),
            mood: None,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            prompt_id: None,
        }
    }

    #[test]
    fn finds_words_prefixes_and_diacritics() {
        let mut index = SearchIndex::empty().unwrap();
        index.upsert(&entry("Café evening", "We talked about the weekend.", &["calm"])).unwrap();
        index.upsert(&entry("Other", "Nothing here.", &[])).unwrap();
        assert_eq!(index.search("cafe", 10).unwrap().len(), 1, "diacritics are folded");
        assert_eq!(index.search("weeke", 10).unwrap().len(), 1, "last word is a prefix");
        assert_eq!(index.search("weeke ", 10).unwrap().len(), 0, "a trailing space ends the word");
        assert_eq!(index.search("calm", 10).unwrap().len(), 1, "tags are searched");
        let hit = &index.search("talked", 10).unwrap()[0];
        assert!(hit.snippet.iter().any(|p| p.hit && p.text.eq_ignore_ascii_case("talked")));
    }

    #[test]
    fn remove_and_tag_counts() {
        let mut index = SearchIndex::empty().unwrap();
        let a = entry("a", "apple", &["x", "y"]);
        let b = entry("b", "banana", &["x"]);
        index.upsert(&a).unwrap();
        index.upsert(&b).unwrap();
        assert_eq!(index.tags(), vec![("x".to_string(), 2), ("y".to_string(), 1)]);
        index.remove(&a.id).unwrap();
        assert_eq!(index.tags(), vec![("x".to_string(), 1)]);
        assert!(index.search("apple", 10).unwrap().is_empty());
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
            index.upsert(&entry("t", "some text", &[])).unwrap();
            prop_assert!(index.search(&q, 10).is_ok());
        }
    }
}
