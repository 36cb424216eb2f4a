//! The vault: a directory with one database, locked or unlocked.
//!
//! Creating a vault makes a random vault key and stores it only wrapped, in two key slots:
//! one for the passphrase, one for the recovery code that is shown once. Unlocking opens a
//! slot and derives the record key; locking drops every key and every decrypted cache.
//! A wrong passphrase writes nothing: the files are byte-identical afterwards.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::ids::EntryId;
use crate::journal::Journal;
use crate::keyslot::{self, SlotError};
use crate::record::{RecordKey, VaultKey};
use crate::search::SearchIndex;
use crate::secret::{KdfWorkFactor, Passphrase, RecoveryCode};
use crate::store::{self, StoreError};
use crate::DB_FILE;

/// What can go wrong with the vault as a whole.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    #[error("there is no vault in {0}; create one first (`trellis init`)")]
    NotFound(PathBuf),
    #[error("a vault already exists in {0}; unlock it, or choose another folder")]
    AlreadyExists(PathBuf),
    #[error("that passphrase does not open this vault; check it and try again, or recover with your recovery code")]
    WrongPassphrase,
    #[error("that recovery code does not open this vault; check each character and try again")]
    WrongRecoveryCode,
    #[error("the passphrase is empty; choose a passphrase of several words")]
    EmptyPassphrase,
    #[error("the vault is locked; unlock it first")]
    Locked,
    #[error("the vault's key slot asks for scrypt work 2^{0}, above the allowed 2^22; it may be damaged or hostile")]
    SlotTooCostly(u8),
    #[error("the vault's key slots are damaged; restore the vault from a backup")]
    SlotDamaged,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not prepare the vault folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        VaultError::Store(e.into())
    }
}

/// The auto-lock time of a new vault, in minutes.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;

/// How much to prepare at unlock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum UnlockMode {
    /// Decrypt every entry into the in-memory search index now (the desktop app).
    #[default]
    Full,
    /// Build the index only when search, tags or on-this-day first need it (one-shot commands).
    Lazy,
}

/// What unlocking found.
#[derive(Debug, Default)]
pub struct UnlockReport {
    /// Entries decrypted into the index (0 in [`UnlockMode::Lazy`]).
    pub entries: usize,
    /// Entries whose ciphertext failed to open; every other entry is still readable.
    pub damaged: Vec<EntryId>,
    /// Time spent in the key-derivation function.
    pub kdf: Duration,
    /// Time spent decrypting and indexing entries.
    pub load: Duration,
}

/// A Trellis vault: a directory holding one SQLite database.
pub struct Vault {
    dir: PathBuf,
    conn: Connection,
    open: Option<Unlocked>,
}

/// Everything that exists only while the vault is unlocked. Dropping it forgets the keys
/// (zeroized) and the decrypted index.
pub(crate) struct Unlocked {
    vault_key: VaultKey,
    pub(crate) key: RecordKey,
    pub(crate) index: Option<SearchIndex>,
    pub(crate) damaged: Vec<EntryId>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("dir", &self.dir).field("unlocked", &self.open.is_some()).finish()
    }
}

impl Vault {
    /// Creates a vault in `dir` and returns it unlocked, with the recovery code to show once.
    pub fn create(
        dir: &Path,
        passphrase: &Passphrase,
        work: KdfWorkFactor,
        now: DateTime<Utc>,
    ) -> Result<(Vault, RecoveryCode), VaultError> {
        if passphrase.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let path = dir.join(DB_FILE);
        if path.exists() {
            return Err(VaultError::AlreadyExists(dir.to_owned()));
        }
        create_private_dir(dir)?;
        let vault_key = VaultKey::generate();
        let pass_slot = keyslot::wrap_with_passphrase(&vault_key, passphrase, work);
        let (recovery_slot, code) = keyslot::wrap_for_recovery(&vault_key);

        let result = (|| -> Result<Connection, VaultError> {
            create_private_file(&path)?;
            let mut conn = store::open(&path, true)?;
            let tx = conn.transaction()?;
            let ms = now.timestamp_millis();
            tx.execute(
                "INSERT INTO vault (id, created_at, kdf_work_factor) VALUES (1, ?1, ?2)",
                params![ms, work.get()],
            )?;
            for (kind, wrapped) in [("passphrase", &pass_slot), ("recovery", &recovery_slot)] {
                tx.execute(
                    "INSERT INTO key_slots (kind, wrapped, updated_at) VALUES (?1, ?2, ?3)",
                    params![kind, wrapped, ms],
                )?;
            }
            tx.commit()?;
            Ok(conn)
        })();
        let conn = match result {
            Ok(conn) => conn,
            Err(e) => {
                // A half-made vault would later look damaged; nothing was saved in it yet.
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(dir.join(format!("{DB_FILE}{suffix}")));
                }
                return Err(e);
            }
        };
        let open = Unlocked::new(vault_key);
        let vault = Vault { dir: dir.to_owned(), conn, open: Some(open) };
        Ok((vault, code))
    }

    /// Opens the vault in `dir`, locked.
    pub fn open(dir: &Path) -> Result<Vault, VaultError> {
        let path = dir.join(DB_FILE);
        if !path.is_file() {
            return Err(VaultError::NotFound(dir.to_owned()));
        }
        let conn = store::open(&path, false)?;
        Ok(Vault { dir: dir.to_owned(), conn, open: None })
    }

    /// Returns the vault's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Tells whether the vault is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.open.is_some()
    }

    /// Unlocks with the passphrase.
    pub fn unlock(&mut self, passphrase: &Passphrase, mode: UnlockMode) -> Result<UnlockReport, VaultError> {
        self.unlock_with_progress(passphrase, mode, &mut |_, _| {})
    }

    /// Unlocks with the passphrase, calling `progress(done, total)` while entries load.
    pub fn unlock_with_progress(
        &mut self,
        passphrase: &Passphrase,
        mode: UnlockMode,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<UnlockReport, VaultError> {
        let started = Instant::now();
        let wrapped = self.slot("passphrase")?;
        let vault_key = keyslot::unwrap_with_passphrase(&wrapped, passphrase).map_err(|e| match e {
            SlotError::WrongSecret => VaultError::WrongPassphrase,
            other => slot_error(other),
        })?;
        let kdf = started.elapsed();
        self.finish_unlock(vault_key, mode, kdf, progress)
    }

    /// Unlocks with the recovery code and sets a new passphrase in the same step.
    pub fn recover(
        &mut self,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        mode: UnlockMode,
    ) -> Result<UnlockReport, VaultError> {
        if new_passphrase.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let started = Instant::now();
        let wrapped = self.slot("recovery")?;
        let vault_key = keyslot::unwrap_with_recovery(&wrapped, code).map_err(|e| match e {
            SlotError::WrongSecret => VaultError::WrongRecoveryCode,
            other => slot_error(other),
        })?;
        let work = self.work_factor()?;
        self.write_slot("passphrase", &keyslot::wrap_with_passphrase(&vault_key, new_passphrase, work), None)?;
        let kdf = started.elapsed();
        self.finish_unlock(vault_key, mode, kdf, &mut |_, _| {})
    }

    fn finish_unlock(
        &mut self,
        vault_key: VaultKey,
        mode: UnlockMode,
        kdf: Duration,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<UnlockReport, VaultError> {
        let started = Instant::now();
        let mut open = Unlocked::new(vault_key);
        if mode == UnlockMode::Full {
            open.build_index(&self.conn, progress)?;
        }
        let report = UnlockReport {
            entries: open.index.as_ref().map_or(0, SearchIndex::len),
            damaged: open.damaged.clone(),
            kdf,
            load: started.elapsed(),
        };
        self.open = Some(open);
        Ok(report)
    }

    /// Locks: forgets the keys and every decrypted thing.
    pub fn lock(&mut self) {
        self.open = None;
    }

    /// Replaces the passphrase. Rewrites the one passphrase slot in one transaction.
    pub fn change_passphrase(&mut self, new: &Passphrase, work: Option<KdfWorkFactor>) -> Result<(), VaultError> {
        if new.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let open = self.open.as_ref().ok_or(VaultError::Locked)?;
        let work = match work {
            Some(w) => w,
            None => self.work_factor()?,
        };
        let wrapped = keyslot::wrap_with_passphrase(&open.vault_key, new, work);
        self.write_slot("passphrase", &wrapped, Some(work))
    }

    /// Makes a new recovery code; the old one stops working. Returns the code to show once.
    pub fn replace_recovery_code(&mut self) -> Result<RecoveryCode, VaultError> {
        let open = self.open.as_ref().ok_or(VaultError::Locked)?;
        let (wrapped, code) = keyslot::wrap_for_recovery(&open.vault_key);
        self.write_slot("recovery", &wrapped, None)?;
        Ok(code)
    }

    /// Checks a passphrase against the passphrase slot without changing anything (for
    /// confirming the current passphrase before changing it).
    pub fn check_passphrase(&self, passphrase: &Passphrase) -> Result<(), VaultError> {
        let wrapped = self.slot("passphrase")?;
        keyslot::unwrap_with_passphrase(&wrapped, passphrase).map(drop).map_err(|e| match e {
            SlotError::WrongSecret => VaultError::WrongPassphrase,
            other => slot_error(other),
        })
    }

    /// Returns the idle time after which the app locks itself, in minutes (default 5).
    pub fn auto_lock_minutes(&self) -> Result<u32, VaultError> {
        let value: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = 'auto_lock_minutes'", [], |r| r.get(0))
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_AUTO_LOCK_MINUTES))
    }

    /// Sets the auto-lock time, from 1 minute to 24 hours.
    pub fn set_auto_lock_minutes(&self, minutes: u32) -> Result<(), VaultError> {
        let minutes = minutes.clamp(1, 24 * 60);
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [minutes.to_string()],
        )?;
        Ok(())
    }

    /// Returns the journal, or [`VaultError::Locked`].
    pub fn journal(&mut self) -> Result<Journal<'_>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        Ok(Journal::new(&self.conn, open))
    }

    /// Returns the ids of entries found damaged so far (all of them after a full unlock).
    pub fn damaged(&self) -> &[EntryId] {
        self.open.as_ref().map_or(&[], |o| &o.damaged)
    }

    fn slot(&self, kind: &str) -> Result<Vec<u8>, VaultError> {
        self.conn
            .query_row("SELECT wrapped FROM key_slots WHERE kind = ?1", [kind], |r| r.get(0))
            .optional()?
            .ok_or(VaultError::SlotDamaged)
    }

    fn work_factor(&self) -> Result<KdfWorkFactor, VaultError> {
        let n: u8 = self.conn.query_row("SELECT kdf_work_factor FROM vault", [], |r| r.get(0))?;
        KdfWorkFactor::insecure_for_tests(n).ok_or(VaultError::SlotDamaged)
    }

    fn write_slot(&self, kind: &str, wrapped: &[u8], work: Option<KdfWorkFactor>) -> Result<(), VaultError> {
        let tx = self.conn.unchecked_transaction()?;
        let now = Utc::now().timestamp_millis();
        let n = tx.execute(
            "UPDATE key_slots SET wrapped = ?2, updated_at = ?3 WHERE kind = ?1",
            params![kind, wrapped, now],
        )?;
        if n != 1 {
            return Err(VaultError::SlotDamaged);
        }
        if let Some(work) = work {
            tx.execute("UPDATE vault SET kdf_work_factor = ?1", [work.get()])?;
        }
        tx.commit()?;
        Ok(())
    }
}

impl Unlocked {
    fn new(vault_key: VaultKey) -> Self {
        let key = RecordKey::derive(&vault_key);
        Unlocked { vault_key, key, index: None, damaged: Vec::new() }
    }

    /// Decrypts every entry into a fresh in-memory index, noting the ones that fail.
    pub(crate) fn build_index(
        &mut self,
        conn: &Connection,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), StoreError> {
        let (index, damaged) = SearchIndex::build(conn, &self.key, progress)?;
        self.index = Some(index);
        self.damaged = damaged;
        Ok(())
    }
}

fn slot_error(e: SlotError) -> VaultError {
    match e {
        SlotError::TooCostly(n) => VaultError::SlotTooCostly(n),
        SlotError::WrongSecret | SlotError::Damaged => VaultError::SlotDamaged,
    }
}

/// Creates the empty database file readable by its owner only; SQLite gives its -wal and
/// -shm files the same permissions.
fn create_private_file(path: &Path) -> Result<(), VaultError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop).map_err(|source| VaultError::Io { path: path.to_owned(), source })
}

fn create_private_dir(dir: &Path) -> Result<(), VaultError> {
    let io = |source| VaultError::Io { path: dir.to_owned(), source };
    if dir.is_dir() {
        // A folder the person chose keeps its own permissions.
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    Ok(())
}
