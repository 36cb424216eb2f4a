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
use sha2::{Digest, Sha256};

use crate::collection::Collection;
use crate::journal::Journal;
use crate::keyslot::{self, SlotError};
use crate::kinds::KINDS;
use crate::record::{DamagedRecord, RecordKey, RecordKind, VaultKey};
use crate::save_place::{self, Saving};
use crate::search::Found;
use crate::secret::{KdfWorkFactor, MistypedCode, Passphrase, RecoveryCode};
use crate::settings::{self, Settings};
use crate::store::{self, StoreError};
use crate::tools::agreements::Agreements;
use crate::tools::boundaries::Boundaries;
use crate::tools::worksheets::Worksheets;
use crate::unlocked::{IndexState, Unlocked};
use crate::DB_FILE;

mod catch_up;
mod devices;
mod partner;
mod rekey;
mod reminders;

pub use catch_up::CatchUp;
pub use devices::{Computer, ComputerState, SyncError, SyncReport, SyncStatus, TwoComputers, TwoEdits, Waiting};

/// What can go wrong with the vault as a whole.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("there is no vault in {0}; create one first (`trellis init`)")]
    NotFound(PathBuf),
    #[error("a vault already exists in {0}; unlock it, or choose another folder")]
    AlreadyExists(PathBuf),
    #[error("that passphrase does not open this journal; check it and try again, or recover with your recovery code")]
    WrongPassphrase,
    #[error("that recovery code does not open this journal; check each character and try again")]
    WrongRecoveryCode,
    #[error(transparent)]
    MistypedRecoveryCode(MistypedCode),
    #[error("the passphrase is empty; choose a passphrase of several words")]
    EmptyPassphrase,
    #[error("the journal is locked; unlock it first")]
    Locked,
    #[error("the vault's key slot asks for scrypt work 2^{0}, above the allowed 2^22; it may be damaged or hostile")]
    SlotTooCostly(u8),
    #[error("the keys that open this journal are damaged; restore it from a backup")]
    SlotDamaged,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not prepare the vault folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Library(#[from] crate::library::LibraryError),
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        VaultError::Store(e.into())
    }
}

/// How much to prepare at unlock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum UnlockMode {
    /// Decrypt every entry into the in-memory search index now (the desktop app).
    #[default]
    Full,
    /// Build the index only when tags or on-this-day first need it; search scans (one-shot
    /// commands).
    Lazy,
    /// Build the index on another thread, behind the list (the desktop app): the list reads
    /// at once, and whatever needs the index waits for it.
    Background,
}

/// What unlocking found.
#[derive(Debug, Default)]
pub struct UnlockReport {
    /// Records decrypted into the index (0 unless [`UnlockMode::Full`]).
    pub entries: usize,
    /// Records that failed to open (known at unlock in [`UnlockMode::Full`]); every other
    /// record is still readable.
    pub damaged: Vec<DamagedRecord>,
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
    /// `data_version` when this vault last looked: a change means another front end wrote.
    seen_version: i64,
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
                    "INSERT INTO key_slots (kind, wrapped, updated_at, digest) VALUES (?1, ?2, ?3, ?4)",
                    params![kind, wrapped, ms, digest(wrapped)],
                )?;
            }
            settings::set(&tx, settings::RECORDS_FORMAT, "2")?;
            tx.execute("UPDATE vault SET key_id = ?1", [&RecordKey::derive(&vault_key).key_id()[..]])?;
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
        let mut open = Unlocked::new(vault_key, KINDS);
        open.index = IndexState::Ready(crate::search::SearchIndex::empty()?);
        let seen_version = store::data_version(&conn)?;
        let vault = Vault { dir: dir.to_owned(), conn, open: Some(open), seen_version };
        Ok((vault, code))
    }

    /// Opens the vault in `dir`, locked.
    pub fn open(dir: &Path) -> Result<Vault, VaultError> {
        let path = dir.join(DB_FILE);
        if !path.is_file() {
            return Err(VaultError::NotFound(dir.to_owned()));
        }
        let conn = store::open(&path, false)?;
        let seen_version = store::data_version(&conn)?;
        Ok(Vault { dir: dir.to_owned(), conn, open: None, seen_version })
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
        let vault_key = self.open_passphrase_slot(passphrase)?;
        let kdf = started.elapsed();
        self.finish_unlock(vault_key, mode, kdf, progress)
    }

    fn open_passphrase_slot(&self, passphrase: &Passphrase) -> Result<VaultKey, VaultError> {
        let (wrapped, stored) = self.slot("passphrase")?;
        keyslot::unwrap_with_passphrase(&wrapped, passphrase).map_err(|e| match e {
            // age cannot tell a damaged slot from a wrong passphrase; the slot's digest can.
            SlotError::WrongSecret if stored.is_some_and(|d| d != digest(&wrapped)) => VaultError::SlotDamaged,
            SlotError::WrongSecret => VaultError::WrongPassphrase,
            other => slot_error(other),
        })
    }

    /// Unlocks with the recovery code and sets a new passphrase in the same step.
    /// The new passphrase slot uses `work` (the default, 18, unless a test asks otherwise).
    pub fn recover(
        &mut self,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        work: KdfWorkFactor,
        mode: UnlockMode,
        now: DateTime<Utc>,
    ) -> Result<UnlockReport, VaultError> {
        if new_passphrase.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let started = Instant::now();
        let (wrapped, stored) = self.slot("recovery")?;
        let vault_key = keyslot::unwrap_with_recovery(&wrapped, code).map_err(|e| match e {
            SlotError::WrongSecret if stored.is_some_and(|d| d != digest(&wrapped)) => VaultError::SlotDamaged,
            SlotError::WrongSecret => VaultError::WrongRecoveryCode,
            other => slot_error(other),
        })?;
        let slot = keyslot::wrap_with_passphrase(&vault_key, new_passphrase, work);
        self.write_slot("passphrase", &slot, Some(work), now)?;
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
        self.fill_slot_digests()?;
        let mut open = Unlocked::new(vault_key, KINDS);
        open.journal_history = Settings::load(&self.conn)?.journal_history;
        // The slot that just opened is the authority on which key is the vault's.
        self.conn.execute("UPDATE vault SET key_id = ?1 WHERE key_id IS NOT ?1", [&open.key.key_id()[..]])?;
        self.upgrade_records(&open)?;
        self.seen_version = store::data_version(&self.conn)?;
        match mode {
            UnlockMode::Full => open.build_index(&self.conn, progress)?,
            UnlockMode::Background => open.start_index(self.dir.join(DB_FILE)),
            UnlockMode::Lazy => {}
        }
        let report = UnlockReport {
            entries: match &open.index {
                IndexState::Ready(index) => index.len(),
                _ => 0,
            },
            damaged: open.damaged.clone(),
            kdf,
            load: started.elapsed(),
        };
        self.open = Some(open);
        Ok(report)
    }

    /// Reseals records written before dates were bound to them, once, in one transaction.
    fn upgrade_records(&self, open: &Unlocked) -> Result<(), VaultError> {
        if settings::get(&self.conn, settings::RECORDS_FORMAT)?.as_deref() == Some("2") {
            return Ok(());
        }
        let tx = self.conn.unchecked_transaction()?;
        open.kinds.upgrade_format(&open.records(&self.conn))?;
        settings::set(&tx, settings::RECORDS_FORMAT, "2")?;
        tx.commit()?;
        Ok(())
    }

    /// Records the digest of slots written before digests existed.
    fn fill_slot_digests(&self) -> Result<(), VaultError> {
        use rusqlite::types::Value;
        let missing: Vec<(Value, Value)> = self
            .conn
            .prepare("SELECT kind, wrapped FROM key_slots WHERE digest IS NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (kind, wrapped) in missing {
            // A slot of the wrong type is reported damaged when it is used, not here.
            if let (Value::Text(kind), Value::Blob(wrapped)) = (kind, wrapped) {
                let sql = "UPDATE key_slots SET digest = ?2 WHERE kind = ?1";
                self.conn.execute(sql, params![kind, digest(&wrapped)])?;
            }
        }
        Ok(())
    }

    /// Locks: forgets the keys and every decrypted thing.
    pub fn lock(&mut self) {
        self.open = None;
    }

    /// Tells whether the search index is built (it may still be building behind the list).
    pub fn index_ready(&mut self) -> bool {
        self.open.as_mut().is_some_and(|o| o.poll().is_ok() && o.index_ready())
    }

    /// Waits until the search index is built (nothing to wait for when locked).
    pub fn wait_for_index(&mut self) -> Result<(), VaultError> {
        if let Some(open) = self.open.as_mut() {
            open.index(&self.conn)?;
        }
        Ok(())
    }

    /// Replaces the passphrase. Rewrites the one passphrase slot in one transaction. The new
    /// slot uses `work`, or the default (18): never the plaintext factor on disk, which a
    /// tampered file could have lowered.
    pub fn change_passphrase(
        &mut self,
        new: &Passphrase,
        work: Option<KdfWorkFactor>,
        now: DateTime<Utc>,
    ) -> Result<(), VaultError> {
        if new.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let open = self.open.as_ref().ok_or(VaultError::Locked)?;
        let work = work.unwrap_or_default();
        let wrapped = keyslot::wrap_with_passphrase(&open.vault_key, new, work);
        self.write_slot("passphrase", &wrapped, Some(work), now)
    }

    /// Makes a new recovery code after checking the current passphrase (so nobody at an
    /// unlocked window can mint a code and cancel the owner's); the old code stops working.
    /// Returns the code to show once.
    pub fn replace_recovery_code(
        &mut self,
        current: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<RecoveryCode, VaultError> {
        if self.open.is_none() {
            return Err(VaultError::Locked);
        }
        self.check_passphrase(current)?;
        let open = self.open.as_ref().ok_or(VaultError::Locked)?;
        let (wrapped, code) = keyslot::wrap_for_recovery(&open.vault_key);
        self.write_slot("recovery", &wrapped, None, now)?;
        Ok(code)
    }

    /// Checks a passphrase against the passphrase slot without changing anything (for
    /// confirming the current passphrase before changing it).
    pub fn check_passphrase(&self, passphrase: &Passphrase) -> Result<(), VaultError> {
        self.open_passphrase_slot(passphrase).map(drop)
    }

    /// Returns the vault's preferences.
    pub fn settings(&self) -> Result<Settings, VaultError> {
        Ok(Settings::load(&self.conn)?)
    }

    /// Returns the folder a dialog for `saving` opens in: where the last of its kind went, else
    /// Documents, else home (see [`crate::save_place`]). Works while locked too.
    pub fn dialog_folder(&self, saving: Saving) -> Option<PathBuf> {
        let remembered = settings::last_folder(&self.conn, saving).ok().flatten();
        save_place::start_folder_here(remembered.as_deref())
    }

    /// Remembers the folder of `chosen`, the path a dialog for `saving` just gave, for the next
    /// dialog of its kind.
    pub fn remember_dialog_folder(&self, saving: Saving, chosen: &Path) -> Result<(), VaultError> {
        if let Some(folder) = save_place::folder_to_remember(chosen) {
            settings::remember_folder(&self.conn, saving, &folder)?;
        }
        Ok(())
    }

    /// Says whether this is the first time the window closed to the tray (then never again).
    pub fn first_time_in_tray(&self) -> bool {
        Settings::first_time_in_tray(&self.conn).unwrap_or(false)
    }

    /// Returns the idle time after which the app locks itself, in minutes (default 5).
    pub fn auto_lock_minutes(&self) -> Result<u32, VaultError> {
        Ok(self.settings()?.auto_lock_minutes)
    }

    /// Sets the auto-lock time, from 1 minute to 24 hours.
    pub fn set_auto_lock_minutes(&self, minutes: u32) -> Result<(), VaultError> {
        Ok(Settings::set_auto_lock_minutes(&self.conn, minutes)?)
    }

    /// Sets whether editing a journal entry keeps its earlier version.
    pub fn set_journal_history(&mut self, on: bool) -> Result<(), VaultError> {
        Settings::set_journal_history(&self.conn, on)?;
        if let Some(open) = self.open.as_mut() {
            open.journal_history = on;
        }
        Ok(())
    }

    /// Sets the language the person chose for the app, or none to follow the system's. Works
    /// while locked too: the setting is plaintext (the unlock screen is in it).
    pub fn set_language(&self, lang: Option<&str>) -> Result<(), VaultError> {
        if let Some(lang) = lang.filter(|l| !crate::library::languages().iter().any(|k| k.code == *l)) {
            return Err(crate::library::LibraryError::Language(lang.to_owned()).into());
        }
        Ok(Settings::set_language(&self.conn, lang)?)
    }

    /// Sets whether the app shows its name as "Notes" (see [`Settings::display_name`]). Works
    /// while locked too: the setting is plaintext.
    pub fn set_name_as_notes(&self, on: bool) -> Result<(), VaultError> {
        Ok(Settings::set_name_as_notes(&self.conn, on)?)
    }

    /// Returns the journal, or [`VaultError::Locked`].
    pub fn journal(&mut self) -> Result<Journal<'_>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        open.poll()?;
        Ok(Journal::new(&self.conn, open))
    }

    /// Returns the weekly check-ins, or [`VaultError::Locked`].
    pub fn checkins(&mut self) -> Result<crate::checkin::CheckIns<'_>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        open.poll()?;
        Ok(crate::checkin::CheckIns::new(&self.conn, open))
    }

    /// Returns the boundaries, or [`VaultError::Locked`].
    pub fn boundaries(&mut self) -> Result<Boundaries<'_>, VaultError> {
        Ok(Boundaries::new(self.collection()?))
    }

    /// Returns the expectations worksheets, or [`VaultError::Locked`].
    pub fn worksheets(&mut self) -> Result<Worksheets<'_>, VaultError> {
        Ok(Worksheets::new(self.collection()?))
    }

    /// Returns the agreements ledger, or [`VaultError::Locked`].
    pub fn agreements(&mut self) -> Result<Agreements<'_>, VaultError> {
        Ok(Agreements::new(self.collection()?))
    }

    /// Returns the "Is this safe?" self-check, or [`VaultError::Locked`].
    pub fn safety_check(&mut self) -> Result<crate::tools::safety_check::SafetyChecks<'_>, VaultError> {
        Ok(crate::tools::safety_check::SafetyChecks::new(self.collection()?))
    }

    /// Returns the reminders' words and the automatic ones, or [`VaultError::Locked`].
    /// (Schedules need no key: `Vault::due_reminders` and the rest work while locked.)
    pub fn reminders(&mut self) -> Result<crate::Reminders<'_>, VaultError> {
        Ok(crate::Reminders::new(self.collection()?, crate::kinds::DATED))
    }

    /// Saves one record of every kind in the registry, with `words` in every field a person
    /// writes, and returns the kinds written. For the guards' tests (the canary scan, the
    /// crash test, the hostile database, re-key), which must reach every kind: a kind missing
    /// from the registry is missing here, and their check that every kind came back fails.
    #[doc(hidden)]
    pub fn add_sample_of_every_kind(&mut self, words: &str, now: DateTime<Utc>) -> Result<Vec<RecordKind>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        open.poll()?;
        let tx = self.conn.unchecked_transaction().map_err(StoreError::from)?;
        let mut kinds = Vec::new();
        for entry in open.kinds.iter() {
            let doc = entry.add_sample(&open.records(&self.conn), words, now)?;
            open.changed(crate::search::Change::Upsert(doc))?;
            kinds.push(entry.kind());
        }
        tx.commit().map_err(StoreError::from)?;
        open.decoded.clear();
        Ok(kinds)
    }

    /// Every readable record of every kind, sorted, as `kind id created updated payload` lines:
    /// what tests compare to tell that two vaults hold the same records.
    #[doc(hidden)]
    pub fn every_record(&mut self) -> Result<Vec<String>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        let mut out = Vec::new();
        for kind in open.kinds.iter() {
            for (id, created, updated, json) in kind.dump(&open.records(&self.conn))? {
                let id = uuid::Uuid::from_bytes(id);
                out.push(format!("{} {id} {created} {updated} {json}", kind.kind().name()));
            }
        }
        out.sort();
        Ok(out)
    }

    /// The database connection (for a snapshot, which needs no key).
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The connection and what exists while unlocked, for the backup module.
    pub(crate) fn unlocked_parts(&mut self) -> Result<(&Connection, &mut Unlocked), VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        open.poll()?;
        Ok((&self.conn, open))
    }

    fn collection(&mut self) -> Result<Collection<'_>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        open.poll()?;
        Ok(Collection::new(&self.conn, open))
    }

    /// Searches every kind of record (entries, boundaries, worksheets, agreements), best
    /// first; each hit names its kind. Waits for the search index.
    pub fn search_all(&mut self, query: &str, limit: usize) -> Result<Vec<Found>, VaultError> {
        let open = self.open.as_mut().ok_or(VaultError::Locked)?;
        let hits = open.index(&self.conn)?.search(query, None, limit)?;
        Ok(hits
            .into_iter()
            .map(|h| Found {
                kind: h.kind,
                id: uuid::Uuid::from_bytes(h.id).hyphenated().to_string(),
                created_at: h.created,
                title: h.title,
                snippet: h.snippet,
            })
            .collect())
    }

    /// Returns the records found damaged so far (all of them once the index is built).
    pub fn damaged(&mut self) -> Vec<DamagedRecord> {
        let Some(open) = self.open.as_mut() else { return Vec::new() };
        let _ = open.poll();
        open.damaged.clone()
    }

    /// Reads a key slot and its stored digest.
    fn slot(&self, kind: &str) -> Result<(Vec<u8>, Option<Vec<u8>>), VaultError> {
        let row: Option<(rusqlite::types::Value, rusqlite::types::Value)> = self
            .conn
            .query_row("SELECT wrapped, digest FROM key_slots WHERE kind = ?1", [kind], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        use rusqlite::types::Value;
        match row {
            Some((Value::Blob(wrapped), Value::Blob(d))) => Ok((wrapped, Some(d))),
            Some((Value::Blob(wrapped), Value::Null)) => Ok((wrapped, None)),
            // A slot of the wrong type, or a digest of the wrong type: damaged either way.
            _ => Err(VaultError::SlotDamaged),
        }
    }

    fn write_slot(
        &self,
        kind: &str,
        wrapped: &[u8],
        work: Option<KdfWorkFactor>,
        now: DateTime<Utc>,
    ) -> Result<(), VaultError> {
        let tx = self.conn.unchecked_transaction()?;
        put_slot(&tx, kind, wrapped, now)?;
        if let Some(work) = work {
            tx.execute("UPDATE vault SET kdf_work_factor = ?1", [work.get()])?;
        }
        tx.commit()?;
        self.checkpoint()
    }

    /// Leaves no copy of an old key slot in the write-ahead log: moves the log into the
    /// database file (where secure_delete has overwritten the old slot) and empties it.
    fn checkpoint(&self) -> Result<(), VaultError> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// Rewrites one key slot and its digest, in the caller's transaction.
pub(super) fn put_slot(conn: &Connection, kind: &str, wrapped: &[u8], now: DateTime<Utc>) -> Result<(), VaultError> {
    let n = conn.execute(
        "UPDATE key_slots SET wrapped = ?2, updated_at = ?3, digest = ?4 WHERE kind = ?1",
        params![kind, wrapped, now.timestamp_millis(), digest(wrapped)],
    )?;
    if n != 1 {
        return Err(VaultError::SlotDamaged);
    }
    Ok(())
}

/// The digest stored beside a key slot.
fn digest(wrapped: &[u8]) -> Vec<u8> {
    Sha256::digest(wrapped).to_vec()
}

fn slot_error(e: SlotError) -> VaultError {
    match e {
        SlotError::Mistyped(m) => VaultError::MistypedRecoveryCode(m),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Place;
    use crate::EntryDraft;

    /// A vault from before dates were bound (format 1) is resealed once at its first unlock,
    /// and every entry still reads.
    #[test]
    fn a_format_1_vault_is_resealed_at_its_first_unlock() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let pass = Passphrase::new("p".into());
        let weak = KdfWorkFactor::insecure_for_tests(2).unwrap();
        let now = DateTime::from_timestamp_millis(1_770_000_000_000).unwrap();
        let (mut vault, _) = Vault::create(&dir, &pass, weak, now).unwrap();
        let draft = EntryDraft { title: "old".into(), body: "from before".into(), ..Default::default() };
        let e = vault.journal().unwrap().add(draft, now).unwrap();
        // Rewrite it as the older build did: bare JSON, sealed with table and id only.
        let open = vault.open.as_ref().unwrap();
        let id = *crate::ids::RecordId::as_bytes(&e.id);
        let place = Place { table: "entries", id: &id, revision: 0, created_ms: 0, updated_ms: 0 };
        let old = open.key.seal_format_1(&place, br#"{"t":"old","b":"from before"}"#);
        vault.conn.execute("UPDATE entries SET data = ?1", [old.as_bytes()]).unwrap();
        vault.conn.execute("DELETE FROM settings WHERE key = 'records_format'", []).unwrap();
        vault.lock();

        vault.unlock(&pass, UnlockMode::Full).unwrap();
        assert_eq!(vault.journal().unwrap().get(e.id).unwrap().body, "from before");
        let first: u8 =
            vault.conn.query_row("SELECT substr(data, 1, 1) FROM entries", [], |r| r.get::<_, Vec<u8>>(0)).unwrap()[0];
        assert_eq!(first, 2, "resealed in format 2");
        assert_eq!(settings::get(&vault.conn, settings::RECORDS_FORMAT).unwrap().as_deref(), Some("2"));
        // Now bound to its dates: moving one marks it damaged.
        vault.conn.execute("UPDATE entries SET created_at = created_at + 1", []).unwrap();
        assert!(vault.journal().unwrap().get(e.id).is_err());
    }
}
