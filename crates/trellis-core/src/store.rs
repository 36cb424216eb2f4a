//! The SQLite file behind a vault: opening it with the pragmas that keep data safe, and
//! bringing its schema up to date.
//!
//! Every connection runs with `journal_mode=WAL` and `synchronous=FULL` (a write that
//! returned survives a crash or a power cut), `foreign_keys=ON`, `secure_delete=ON` (deleted
//! ciphertext is overwritten), `temp_store=MEMORY` (sorts and temporary tables never spill
//! to a temp file) and a busy timeout. Migrations are the numbered files in `migrations/`,
//! applied in one transaction against `PRAGMA user_version`; a newer database is refused.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

/// The migrations, in order. Never edit one that has landed: add the next number.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_settings.sql"),
    include_str!("../migrations/0003_records.sql"),
    include_str!("../migrations/0004_boundaries_worksheets_agreements.sql"),
    include_str!("../migrations/0005_reminders.sql"),
    include_str!("../migrations/0006_drafts.sql"),
    include_str!("../migrations/0007_sync.sql"),
    include_str!("../migrations/0008_safety_checks.sql"),
    include_str!("../migrations/0009_sync_settle.sql"),
    include_str!("../migrations/0010_partner.sql"),
];

/// What can go wrong with the database file itself.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer Trellis.
    #[error("this vault was written by a newer version of Trellis (schema {found}, this build knows {known}); update Trellis to open it")]
    NewerSchema { found: i64, known: i64 },
    /// The file is not a database or is corrupt.
    #[error("the vault database at {path} is damaged or is not a Trellis vault; restore it from a backup")]
    Damaged { path: PathBuf },
    /// The disk is full.
    #[error("the disk is full; free some space and try again (nothing was lost)")]
    DiskFull,
    /// Another program holds the vault.
    #[error("the journal is open in another window or command; close that and try again")]
    Busy,
    /// Work on another thread stopped before it could answer.
    #[error("the search index stopped while it was being built; lock and unlock to build it again")]
    Interrupted,
    /// Any other SQLite failure.
    #[error("the vault database could not be used: {0}")]
    Sqlite(#[source] rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DiskFull) => StoreError::DiskFull,
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy,
            Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Damaged { path: PathBuf::new() },
            _ => StoreError::Sqlite(e),
        }
    }
}

/// Opens the vault database at `path`, creating it if `create` is set, and migrates it.
pub(crate) fn open(path: &Path, create: bool) -> Result<Connection, StoreError> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let with_path = |e: StoreError| match e {
        StoreError::Damaged { .. } => StoreError::Damaged { path: path.to_owned() },
        other => other,
    };
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| with_path(e.into()))?;
    configure(&conn).map_err(with_path)?;
    migrate(&mut conn).map_err(with_path)?;
    Ok(conn)
}

/// Opens the vault database at `path` for reading only (a background index build). The
/// schema must already be current: the writer's connection migrated it.
pub(crate) fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;")?;
    Ok(conn)
}

/// Returns a number that changes whenever another connection commits to the database
/// (SQLite's `data_version`): how one front end notices that the other wrote.
pub(crate) fn data_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // Entries are ~0.7 KiB sealed; 8 KiB pages pack them with less slack than 4 KiB ones.
    // Only takes effect on a new, empty file (before WAL is switched on).
    conn.execute_batch("PRAGMA page_size = 8192;")?;
    // journal_mode answers with a row, so it is read rather than executed.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Sqlite(rusqlite::Error::InvalidQuery));
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let known = MIGRATIONS.len() as i64;
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > known {
        return Err(StoreError::NewerSchema { found, known });
    }
    if found == known {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for sql in &MIGRATIONS[found as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", known)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragmas_are_set() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("t.db"), true).unwrap();
        let get = |p: &str| conn.query_row(&format!("PRAGMA {p}"), [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(get("synchronous"), 2, "FULL");
        assert_eq!(get("foreign_keys"), 1);
        assert_eq!(get("secure_delete"), 1);
        assert_eq!(get("temp_store"), 2, "MEMORY");
        assert_eq!(get("user_version"), MIGRATIONS.len() as i64);
    }

    #[test]
    fn fail_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        drop(open(&path, true).unwrap());
        Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
        let err = open(&path, false).unwrap_err();
        assert!(matches!(err, StoreError::NewerSchema { found: 99, .. }), "{err:?}");
        assert!(err.to_string().contains("newer version"));
    }

    #[test]
    fn fail_not_a_database_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        std::fs::write(&path, vec![0x5a; 8192]).unwrap();
        let err = open(&path, false).unwrap_err();
        assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    }

    #[test]
    fn reopening_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        drop(open(&path, true).unwrap());
        drop(open(&path, false).unwrap());
    }
}
