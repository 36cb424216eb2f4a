//! Shared helpers: fast vaults for tests (weak KDF on purpose) and a file scanner.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use trellis_core::{
    AreaAnswer, BoundaryDraft, BoundaryStatus, EntryDraft, KdfWorkFactor, Moment, MomentKind, Passphrase, RecoveryCode,
    Vault, Whose,
};

pub const PASS: &str = "a long test passphrase";

pub fn pass() -> Passphrase {
    Passphrase::new(PASS.into())
}

/// A work factor low enough for tests; never for people.
pub fn weak() -> KdfWorkFactor {
    KdfWorkFactor::insecure_for_tests(4).unwrap()
}

pub fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub fn new_vault() -> (tempfile::TempDir, PathBuf, Vault, RecoveryCode) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let (vault, code) = Vault::create(&dir, &pass(), weak(), at(2026, 1, 1, 9)).unwrap();
    (tmp, dir, vault, code)
}

pub fn draft(title: &str, body: &str, tags: &[&str]) -> EntryDraft {
    EntryDraft {
        title: title.into(),
        body: body.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    }
}

pub fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A boundary of mine in the "communication" category.
pub fn boundary(text: &str) -> BoundaryDraft {
    BoundaryDraft {
        text: text.into(),
        whose: Whose::Mine,
        category: "communication".into(),
        why: String::new(),
        if_crossed: String::new(),
        status: BoundaryStatus::Draft,
        review_on: None,
    }
}

/// A crossed moment on [`day`].
pub fn moment() -> Moment {
    Moment { on: day(), kind: MomentKind::Crossed, note: String::new() }
}

/// A worksheet answer with only a middle ground.
pub fn answer(area: &str, middle: &str) -> AreaAnswer {
    AreaAnswer { area: area.into(), middle: middle.into(), ..AreaAnswer::default() }
}

/// Every regular file below `dir`, with its bytes.
pub fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

/// Tags with counts as plain pairs, for comparing.
pub fn tag_pairs(tags: Vec<trellis_core::TagCount>) -> Vec<(String, usize)> {
    tags.into_iter().map(|t| (t.tag, t.count as usize)).collect()
}

/// Counts occurrences of `needle` in `hay`.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}
