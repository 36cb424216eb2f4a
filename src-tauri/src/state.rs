//! What the shell holds between commands: the vault (locked or not), the library, and the
//! auto-lock clock.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::Utc;
use trellis_core::autolock::AutoLock;
use trellis_core::settings::DEFAULT_AUTO_LOCK_MINUTES;
use trellis_core::{KdfWorkFactor, Library, Vault};

use crate::error::{AppError, ErrorCode};

/// Settings the shell reads from its environment at start.
#[derive(Clone, Debug)]
pub struct Config {
    /// The vault folder: `--vault DIR`, else `$TRELLIS_VAULT`, else the OS data folder
    /// (the same one the `trellis` command uses).
    pub dir: PathBuf,
    /// The scrypt work factor for new passphrases: 18, unless an end-to-end test lowers it
    /// with `TRELLIS_INSECURE_KDF_FOR_TESTS` (debug builds only).
    pub work: KdfWorkFactor,
    /// An auto-lock time in seconds that overrides the setting; only for end-to-end tests
    /// (`TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS`, debug builds only).
    pub auto_lock_override: Option<Duration>,
}

/// Reads a test-only setting from the environment. A release build never does, so nobody can
/// weaken the app a person uses by setting a variable.
pub(crate) fn test_only_var(name: &str) -> Option<String> {
    test_var_if(cfg!(debug_assertions), name)
}

fn test_var_if(debug_build: bool, name: &str) -> Option<String> {
    debug_build.then(|| std::env::var(name).ok()).flatten()
}

impl Config {
    /// Reads the configuration from the command line and the environment.
    pub fn from_env() -> Config {
        let mut args = std::env::args_os().skip(1);
        let mut flag = None;
        while let Some(a) = args.next() {
            if a == "--vault" {
                flag = args.next().map(PathBuf::from);
            }
        }
        let dir = flag
            .or_else(|| std::env::var_os("TRELLIS_VAULT").map(PathBuf::from))
            .or_else(trellis_core::default_vault_dir)
            .unwrap_or_else(|| PathBuf::from("trellis"));
        let work = test_only_var("TRELLIS_INSECURE_KDF_FOR_TESTS")
            .and_then(|v| v.parse().ok())
            .and_then(KdfWorkFactor::insecure_for_tests)
            .unwrap_or_default();
        let auto_lock_override =
            test_only_var("TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS").and_then(|v| v.parse().ok()).map(Duration::from_secs);
        Config { dir, work, auto_lock_override }
    }
}

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
            autolock: Mutex::new(AutoLock::new(timeout, Utc::now())),
            locks: AtomicU64::new(0),
            copied: Default::default(),
        })
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
        let vault = guard
            .as_mut()
            .ok_or_else(|| AppError::new(ErrorCode::NoVault, "there is no vault yet; create one first"))?;
        f(vault)
    }

    /// Runs `f` with the library.
    pub fn with_library<T>(&self, f: impl FnOnce(&Library) -> T) -> T {
        f(&lock(&self.library))
    }

    /// Sets the auto-lock time from the vault's setting, unless a test overrides it.
    pub fn apply_auto_lock(&self, minutes: u32) {
        let timeout = self.config.auto_lock_override.unwrap_or(Duration::from_secs(u64::from(minutes) * 60));
        lock(&self.autolock).set_timeout(timeout);
    }

    /// Starts a fresh idle period: called by unlock while it still holds the vault, so the
    /// auto-lock clock can never lock a vault the person has just opened.
    pub fn restart_idle(&self) {
        lock(&self.autolock).restart(Utc::now());
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
        lock(&self.autolock).touch(Utc::now());
    }
}

/// Locks a mutex, recovering the data if a panicking thread poisoned it: every value
/// behind these locks stays consistent between statements.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_ignores_the_test_variables() {
        // Set for the whole test process; harmless, nothing else here reads it.
        std::env::set_var("TRELLIS_INSECURE_KDF_FOR_TESTS", "4");
        assert_eq!(test_var_if(true, "TRELLIS_INSECURE_KDF_FOR_TESTS").as_deref(), Some("4"));
        assert_eq!(test_var_if(false, "TRELLIS_INSECURE_KDF_FOR_TESTS"), None, "release builds never read it");
    }
}
