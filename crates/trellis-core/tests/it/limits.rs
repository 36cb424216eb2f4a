//! What people really type round-trips: large bodies, emoji, right-to-left text, combining
//! marks and NUL bytes; past the documented limit, a clear error and nothing written.

use chrono::Utc;
use trellis_core::{journal::MAX_ENTRY_BYTES, JournalError, UnlockMode, Vault};

use crate::support::*;

#[test]
fn unusual_text_round_trips_through_disk_and_index() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let samples = [
        ("emoji 🌱💬🫶🏽 family 👨‍👩‍👧", "tags 🌧️"),
        ("שלום، مرحبا بك — right to left", "עברית"),
        ("combining: e\u{301} a\u{308} n\u{303} Z\u{351}\u{35b}", "cafe\u{301}"),
        ("nul\0inside\0twice", "t\0g"),
        ("", ""),
    ];
    let mut ids = Vec::new();
    {
        let mut j = vault.journal().unwrap();
        for (text, tag) in samples {
            let e = j.add(draft(text, &format!("{text}\n\nbody {text}"), &[tag]), Utc::now()).unwrap();
            ids.push((e.id, text, tag));
        }
        let big = "0123456789abcdé\n".repeat(5 * 1024 * 1024 / 17);
        assert!(big.len() >= 5_000_000);
        let e = j.add(draft("big", &big, &[]), Utc::now()).unwrap();
        assert_eq!(j.get(e.id).unwrap().body, big);
    }
    drop(vault);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    let mut j = vault.journal().unwrap();
    for (id, text, tag) in &ids {
        let e = j.get(*id).unwrap();
        assert_eq!(e.title, *text);
        assert_eq!(e.body, format!("{text}\n\nbody {text}"));
        if !tag.is_empty() {
            assert_eq!(e.tags, vec![tag.to_lowercase()]);
        }
    }
    assert_eq!(j.search("مرحبا", 5).unwrap().len(), 1, "right-to-left words are searchable");
    assert_eq!(j.search("cafe", 5).unwrap().len(), 1, "combining marks fold for search");
}

#[test]
fn fail_too_large_entry_is_refused_and_nothing_written() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut j = vault.journal().unwrap();
    let huge = "x".repeat(MAX_ENTRY_BYTES + 1);
    let err = j.add(draft("huge", &huge, &[]), Utc::now()).unwrap_err();
    assert!(matches!(err, JournalError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("8 MB"), "the message names the limit: {err}");
    assert_eq!(j.count().unwrap(), 0);
}
