//! Searching without the index, for one-shot commands: decrypt each entry and keep those
//! that could match, then rank only those through a small in-memory FTS5 index.
//!
//! The first pass must never drop an entry the index would find. It looks for each query
//! word, ASCII-lowercased, inside the entry's decrypted bytes, also lowercased; an entry with
//! any non-ASCII letter is kept regardless (its accents and case are folded by FTS5 in ways a
//! byte match cannot see). So the result set is exactly the index's. Queries with non-ASCII
//! letters, quotes or backslashes go to the full index instead. Ranking (bm25) is computed
//! among the kept entries, so the order of equally good hits may differ from the app's.

use std::cell::RefCell;

use memchr::memmem::Finder;

use crate::record::{Kind, Records};
use crate::search::{doc_of, query_words, Hit, SearchIndex};
use crate::store::StoreError;

/// Tells whether `query` can be answered by a scan.
pub(crate) fn can_scan(query: &str) -> bool {
    query.chars().all(|c| c.is_ascii() && c != '"' && c != '\\')
}

/// Finds records of kind `K` (journal entries) matching `query`, as the index would, without
/// building it.
pub(crate) fn search_records<K: Kind>(
    records: &Records<'_>,
    query: &str,
    limit: usize,
) -> Result<Vec<Hit>, StoreError> {
    let words: Vec<Finder<'static>> =
        query_words(query).iter().map(|w| Finder::new(w.to_ascii_lowercase().as_bytes()).into_owned()).collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let kept = records.filter::<K>(&|plain: &[u8]| may_match(plain, &words))?;
    let mut index = SearchIndex::empty()?;
    index.fill(kept.into_iter().filter_map(|row| doc_of(row).ok()))?;
    index.search(query, None, limit)
}

thread_local! {
    /// The lower-cased copy of the entry being checked, reused from entry to entry.
    static LOWER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Tells whether an entry's decrypted bytes could hold every word.
fn may_match(plain: &[u8], words: &[Finder<'_>]) -> bool {
    if !plain.is_ascii() && non_ascii_letter(plain) {
        return true;
    }
    LOWER.with_borrow_mut(|lower| {
        lower.clear();
        lower.extend(plain.iter().map(u8::to_ascii_lowercase));
        words.iter().all(|w| w.find(lower).is_some())
    })
}

fn non_ascii_letter(plain: &[u8]) -> bool {
    String::from_utf8_lossy(plain).chars().any(|c| !c.is_ascii() && c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &str) -> Vec<Finder<'static>> {
        query_words(q).iter().map(|w| Finder::new(w.to_ascii_lowercase().as_bytes()).into_owned()).collect()
    }

    #[test]
    fn keeps_every_possible_match() {
        assert!(may_match(b"{\"t\":\"Sunday\",\"b\":\"We TALKED\"}", &words("talk sun")));
        assert!(!may_match(b"{\"t\":\"Sunday\",\"b\":\"quiet\"}", &words("talk")));
        // Accents are folded by the index: "cafe" finds "Café", so such entries are kept.
        assert!(may_match("{\"b\":\"Café\"}".as_bytes(), &words("cafe")));
        // Curly quotes are not letters: no reason to keep.
        assert!(!may_match("{\"b\":\"it’s fine\"}".as_bytes(), &words("talk")));
    }

    #[test]
    fn only_plain_queries_scan() {
        assert!(can_scan("talk dinn"));
        assert!(!can_scan("café"));
        assert!(!can_scan("\"quoted\""));
    }
}
