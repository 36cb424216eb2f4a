//! Which snapshot files belong to which vault, and what each holds, read without a key.
//!
//! A snapshot is named `trellis-<tag>-<UTC time>[-n].snapshot`. The tag is a random id kept in
//! the vault's plaintext settings (made at its first snapshot, and made anew for a restored
//! copy), so vaults that share a folder never list, prune or skip for each other's snapshots.
//! It is random on purpose: it says nothing about the vault or what is in it.
//!
//! Snapshots from before tags (`trellis-<UTC time>[-n].snapshot`) are counted as a vault's
//! only when their plaintext `vault.created_at` is the vault's own (the millisecond the vault
//! was made): a vault restored from a snapshot claims none of them, since it shares that time
//! with the vault it came from.
//!
//! Peeking into a snapshot reads only plaintext: the vault table and how many rows each
//! record table has. Nothing sealed is opened.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::record::RecordKind;
use crate::settings;

pub(super) const PREFIX: &str = "trellis-";
pub(super) const SUFFIX: &str = ".snapshot";
pub(super) const STAMP: &str = "%Y%m%d-%H%M%S";
const TAG_LEN: usize = 12;

/// How many records of each kind a snapshot holds: counts only, never what they say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Holds {
    /// Journal entries, check-ins included.
    pub entries: u32,
    pub boundaries: u32,
    pub worksheets: u32,
    pub agreements: u32,
    pub reminders: u32,
    /// A check-in not saved yet (0 or 1).
    pub drafts: u32,
}

impl Holds {
    /// Counts the records in a vault database (rows of each record table; a table an older
    /// file does not have counts 0).
    pub(crate) fn count(conn: &Connection) -> Holds {
        let n = |kind: RecordKind| -> u32 {
            conn.query_row(&format!("SELECT count(*) FROM {}", kind.table()), [], |r| r.get::<_, i64>(0))
                .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        Holds {
            entries: n(RecordKind::Entry),
            boundaries: n(RecordKind::Boundary),
            worksheets: n(RecordKind::Worksheet),
            agreements: n(RecordKind::Agreement),
            reminders: n(RecordKind::Reminder),
            drafts: n(RecordKind::Draft),
        }
    }

    /// Tells whether a vault database holds any record at all (one row read, not a count).
    pub(crate) fn any(conn: &Connection) -> bool {
        RecordKind::ALL.iter().any(|kind| {
            conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {})", kind.table()), [], |r| r.get::<_, bool>(0))
                .unwrap_or(false)
        })
    }

    /// Returns the number of records of every kind.
    pub fn total(&self) -> u32 {
        [self.entries, self.boundaries, self.worksheets, self.agreements, self.reminders, self.drafts]
            .iter()
            .fold(0u32, |a, b| a.saturating_add(*b))
    }
}

/// What a snapshot's file name says.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Name {
    /// The vault's tag; `None` for a name from before tags.
    pub tag: Option<String>,
    pub made_at: DateTime<Utc>,
    /// 1 for the first snapshot of that second, then 2, 3…
    pub seq: u32,
}

impl Name {
    /// Reads a snapshot's file name (`None` if it is not one).
    pub fn parse(file_name: &str) -> Option<Name> {
        let rest = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
        let (tag, rest) = match rest.get(..TAG_LEN + 1) {
            Some(head) if head.ends_with('-') && is_tag(&head[..TAG_LEN]) => {
                (Some(head[..TAG_LEN].to_owned()), &rest[TAG_LEN + 1..])
            }
            _ => (None, rest),
        };
        let stamp = rest.get(..15)?;
        let made_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
        let seq = match &rest[15..] {
            "" => 1,
            more => more.strip_prefix('-')?.parse::<u32>().ok().filter(|n| *n >= 2)?,
        };
        Some(Name { tag, made_at, seq })
    }

    /// Returns the file name.
    pub fn file_name(&self) -> String {
        let tag = self.tag.as_deref().map(|t| format!("{t}-")).unwrap_or_default();
        let stamp = self.made_at.format(STAMP);
        match self.seq {
            1 => format!("{PREFIX}{tag}{stamp}{SUFFIX}"),
            n => format!("{PREFIX}{tag}{stamp}-{n}{SUFFIX}"),
        }
    }
}

fn is_tag(s: &str) -> bool {
    s.len() == TAG_LEN && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whose snapshots a vault lists and prunes.
pub(super) struct Owner {
    /// The vault's tag, if it has one yet.
    pub tag: Option<String>,
    /// `vault.created_at` of the vault, when snapshots from before tags count as its own.
    pub legacy_created_at: Option<i64>,
}

impl Owner {
    /// Reads who the vault is, without writing anything.
    pub fn of(conn: &Connection) -> Result<Owner, crate::store::StoreError> {
        let tag = settings::get(conn, settings::SNAPSHOT_TAG)?.filter(|t| is_tag(t));
        let claims_legacy = settings::get(conn, settings::SNAPSHOT_RESTORED)?.as_deref() != Some("1");
        let created_at = if claims_legacy {
            conn.query_row("SELECT created_at FROM vault", [], |r| r.get::<_, i64>(0)).optional()?
        } else {
            None
        };
        Ok(Owner { tag, legacy_created_at: created_at })
    }

    /// Returns the vault's tag, making it (once, even with two front ends at once) if needed.
    pub fn tag(conn: &Connection) -> Result<String, crate::store::StoreError> {
        if let Some(tag) = settings::get(conn, settings::SNAPSHOT_TAG)?.filter(|t| is_tag(t)) {
            return Ok(tag);
        }
        let fresh = new_tag();
        // A value that is not a tag (a damaged or hostile file) is replaced; a tag another front
        // end made a moment ago is kept.
        let tag_glob = "[0-9a-f]".repeat(TAG_LEN);
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value \
             WHERE typeof(settings.value) != 'text' OR settings.value NOT GLOB ?3",
            rusqlite::params![settings::SNAPSHOT_TAG, fresh, tag_glob],
        )?;
        Ok(settings::get(conn, settings::SNAPSHOT_TAG)?.filter(|t| is_tag(t)).unwrap_or(fresh))
    }

    /// Tells whether the snapshot named `name` at `path` is this vault's.
    pub fn owns(&self, name: &Name, path: &Path) -> bool {
        match (&name.tag, &self.tag) {
            (Some(theirs), Some(ours)) => theirs == ours,
            (Some(_), None) => false,
            (None, _) => self.legacy_created_at.is_some_and(|c| peek(path).and_then(|p| p.created_at) == Some(c)),
        }
    }
}

/// Gives a vault restored from a snapshot its own tag, and has it claim no snapshot from
/// before tags (those are the vault's it came from).
pub(super) fn mark_restored(conn: &Connection) -> Result<(), crate::store::StoreError> {
    settings::set(conn, settings::SNAPSHOT_TAG, &new_tag())?;
    settings::set(conn, settings::SNAPSHOT_RESTORED, "1")
}

fn new_tag() -> String {
    format!("{:016x}", rand::random::<u64>())[..TAG_LEN].to_owned()
}

/// What a snapshot's plaintext says.
#[derive(Debug, Default)]
pub(super) struct Peek {
    pub created_at: Option<i64>,
    /// The fingerprint of the vault key it is sealed under.
    pub key_id: Option<Vec<u8>>,
}

/// Reads a snapshot's vault row (a few pages); `None` if it is not a database Trellis can read.
pub(super) fn peek(path: &Path) -> Option<Peek> {
    let conn = open_read_only(path)?;
    let row: (Option<i64>, Option<Vec<u8>>) = conn
        .query_row("SELECT created_at, key_id FROM vault", [], |r| Ok((r.get(0).ok(), r.get(1).ok())))
        .or_else(|_| conn.query_row("SELECT created_at FROM vault", [], |r| Ok((r.get(0).ok(), None))))
        .ok()?;
    Some(Peek { created_at: row.0, key_id: row.1 })
}

/// Counts what a snapshot holds (reads each record table's smallest index: done only where a
/// person looks, never by the daily check).
pub(super) fn holds(path: &Path) -> Option<Holds> {
    Some(Holds::count(&open_read_only(path)?))
}

/// Opens a snapshot read-only, without making `-wal` or `-shm` files beside it.
fn open_read_only(path: &Path) -> Option<Connection> {
    let text = path.to_str()?;
    let mut uri = String::from("file:");
    for c in text.chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(uri, flags).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn fail_a_value_that_is_not_a_tag_is_replaced_once() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db"), true).unwrap();
        settings::set(&conn, settings::SNAPSHOT_TAG, "../../etc/xx").unwrap();
        let tag = Owner::tag(&conn).unwrap();
        assert!(is_tag(&tag), "{tag}");
        assert_eq!(Owner::tag(&conn).unwrap(), tag, "kept from then on");
        settings::set(&conn, settings::SNAPSHOT_TAG, "0123456789xy").unwrap();
        assert_ne!(Owner::tag(&conn).unwrap(), "0123456789xy");
        assert_eq!(Owner::of(&conn).unwrap().tag, Some(Owner::tag(&conn).unwrap()));
    }

    #[test]
    fn names_read_back_and_sort_by_time_then_number() {
        let at = Utc.with_ymd_and_hms(2026, 12, 4, 10, 10, 10).unwrap();
        for (tag, seq) in
            [(None, 1), (None, 2), (Some("0123456789ab".to_owned()), 1), (Some("0123456789ab".to_owned()), 12)]
        {
            let name = Name { tag, made_at: at, seq };
            assert_eq!(Name::parse(&name.file_name()), Some(name));
        }
        assert_eq!(Name::parse("trellis-20261204-101010.snapshot").unwrap().seq, 1);
        assert_eq!(Name::parse("trellis-20261204-101010-2.snapshot").unwrap().seq, 2);
        for not_one in [
            "trellis-20261204-101010-1.snapshot",
            "trellis-20261204-101010-x.snapshot",
            "trellis-0123456789AB-20261204-101010.snapshot",
            "trellis-20261304-101010.snapshot",
            ".trellis-20261204-101010.abc.partial",
            "other.snapshot",
        ] {
            assert_eq!(Name::parse(not_one), None, "{not_one}");
        }
    }
}
