//! What the shell holds between commands: the vault (locked or not), the library, and the
//! auto-lock clock. The bottom of the session layer: everything above reads the vault here.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use trellis_core::autolock::AutoLock;
use trellis_core::say::{Message, Said};
use trellis_core::settings::DEFAULT_AUTO_LOCK_MINUTES;
use trellis_core::{Library, SyncError, SyncReport, Vault};

pub use crate::config::Config;
use crate::error::{AppError, ErrorCode};
use crate::mutex::lock;

/// The shell's state, shared by every command.
pub struct AppState {
    pub config: Config,
    vault: Mutex<Option<Vault>>,
    library: Mutex<Library>,
    pub autolock: Mutex<AutoLock>,
    /// How many times the vault was locked since the app started: work that read the vault
    /// and finishes after a lock (a print preview) sees the number changed and drops what it
    /// made.
    locks: AtomicU64,
    /// The recovery code, while Trellis has it on the clipboard.
    pub copied: crate::clipboard::Copied,
    /// What the last pass of sync did, or why it failed (said when it is shown).
    last_sync: Mutex<(Option<SyncReport>, Option<Message>)>,
}

impl AppState {
    /// Makes the state; the vault is opened on first use.
    pub fn new(config: Config) -> Result<AppState, AppError> {
        let library = Library::load()?;
        let minutes = u64::from(DEFAULT_AUTO_LOCK_MINUTES);
        let timeout = config.auto_lock_override.unwrap_or(Duration::from_secs(minutes * 60));
        Ok(AppState {
            config,
            vault: Mutex::new(None),
            library: Mutex::new(library),
            autolock: Mutex::new(AutoLock::new(timeout, crate::clock::wall())),
            locks: AtomicU64::new(0),
            copied: Default::default(),
            last_sync: Mutex::new((None, None)),
        })
    }

    /// Keeps what a pass of sync did, for Settings.
    pub fn note_sync(&self, result: &Result<SyncReport, SyncError>) {
        *lock(&self.last_sync) = match result {
            Ok(report) => (Some(report.clone()), None),
            Err(e) => (None, Some(e.message())),
        };
    }

    /// What the last pass of sync did, or why it failed, said in the language shown.
    pub fn last_sync(&self) -> (Option<SyncReport>, Option<String>) {
        let (report, problem) = lock(&self.last_sync).clone();
        (report, problem.map(|m| m.say_in(crate::error::shown_language())))
    }

    /// Returns the vault slot, opening the vault if it exists and is not open yet.
    pub fn vault(&self) -> Result<MutexGuard<'_, Option<Vault>>, AppError> {
        let mut guard = lock(&self.vault);
        if guard.is_none() && self.config.dir.join(trellis_core::DB_FILE).is_file() {
            *guard = Some(Vault::open(&self.config.dir)?);
        }
        Ok(guard)
    }

    /// Runs `f` with the open vault, or says there is none.
    pub fn with_vault<T>(&self, f: impl FnOnce(&mut Vault) -> Result<T, AppError>) -> Result<T, AppError> {
        let mut guard = self.vault()?;
        let vault =
            guard.as_mut().ok_or_else(|| AppError::new(ErrorCode::NoVault, crate::words::say("error-no-journal")))?;
        f(vault)
    }

    /// Runs `f` with the library.
    pub fn with_library<T>(&self, f: impl FnOnce(&Library) -> T) -> T {
        f(&lock(&self.library))
    }

    /// The language shown: the library's, which the core's words follow.
    pub fn language(&self) -> &'static str {
        self.with_library(|l| l.language())
    }

    /// Shows the library in `lang` from now on (nothing to do if it already is), and says the
    /// core's errors in it.
    pub fn use_language(&self, lang: &str) -> Result<(), AppError> {
        let mut library = lock(&self.library);
        if library.language() != lang {
            *library = Library::load_in(lang)?;
        }
        crate::error::say_errors_in(library.language());
        Ok(())
    }

    /// Sets the auto-lock time from the vault's setting, unless a test overrides it.
    pub fn apply_auto_lock(&self, minutes: u32) {
        let timeout = self.config.auto_lock_override.unwrap_or(Duration::from_secs(u64::from(minutes) * 60));
        lock(&self.autolock).set_timeout(timeout);
    }

    /// Starts a fresh idle period: called by unlock while it still holds the vault, so the
    /// auto-lock clock can never lock a vault the person has just opened.
    pub fn restart_idle(&self) {
        lock(&self.autolock).restart(crate::clock::wall());
    }

    /// Locks `vault` (forgetting its keys and everything decrypted) and forgets what was laid
    /// out for printing. Every lock in the shell goes through here.
    pub fn lock_vault(&self, vault: &mut Vault) {
        vault.lock();
        self.forget_decrypted();
    }

    /// Forgets what the shell itself holds outside the vault (the print layouts, the recovery
    /// code on the clipboard), and marks that a lock happened: for a lock the core made by
    /// itself (another front end re-keyed) as for `lock_vault`.
    pub fn forget_decrypted(&self) {
        self.locks.fetch_add(1, Ordering::SeqCst);
        trellis_print::forget();
        // Not waited for: a lock may come from the main thread (see `take_back_soon`).
        self.copied.take_back_soon(Duration::ZERO);
    }

    /// Returns how many times the vault was locked since the app started.
    pub fn locks(&self) -> u64 {
        self.locks.load(Ordering::SeqCst)
    }

    /// Notes activity now.
    pub fn touch(&self) {
        lock(&self.autolock).touch(crate::clock::wall());
    }
}
