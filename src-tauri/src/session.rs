//! The session: locking the vault (and telling the UI why), whether it is unlocked, and the
//! name the app shows outside the unlocked window. Above the state, below the platform pieces,
//! the background jobs and the commands, which all lock and name through here.

use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;
use trellis_core::settings::APP_NAME;
use trellis_core::{Passphrase, RecoveryCode, Settings, UnlockMode, UnlockReport, Vault};

use crate::clock;
use crate::commands::Locked;
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;

/// Creates the vault and starts its session; returns the recovery code to show once.
pub fn create(state: &AppState, passphrase: &Passphrase) -> Result<RecoveryCode, AppError> {
    let mut guard = state.vault()?;
    if guard.is_some() {
        return Err(AppError::new(ErrorCode::VaultExists, crate::words::say("error-journal-exists")));
    }
    let lang = state.language();
    let (vault, code) = Vault::create(&state.config.dir, passphrase, state.config.work, clock::now())
        .map_err(|e| AppError::said(&e, lang))?;
    started(state, &vault)?;
    *guard = Some(vault);
    Ok(code)
}

/// Unlocks with the passphrase. Answers as soon as the key is derived: the list reads at
/// once and the search index is built behind it.
pub fn unlock(state: &AppState, passphrase: &Passphrase) -> Result<UnlockReport, AppError> {
    // Asked before the vault is held: the library's lock is never taken inside the vault's.
    let lang = state.language();
    state.with_vault(|v| {
        let report = v.unlock(passphrase, UnlockMode::Background).map_err(|e| AppError::said(&e, lang))?;
        started(state, v)?;
        Ok(report)
    })
}

/// Unlocks with the recovery code and sets a new passphrase.
pub fn recover(state: &AppState, code: &RecoveryCode, new: &Passphrase) -> Result<UnlockReport, AppError> {
    let lang = state.language();
    state.with_vault(|v| {
        let report = v
            .recover(code, new, state.config.work, UnlockMode::Background, clock::now())
            .map_err(|e| AppError::said(&e, lang))?;
        started(state, v)?;
        Ok(report)
    })
}

/// Sets the auto-lock time and starts a fresh idle period, while the caller still holds the
/// vault it has just unlocked (see `lifecycle::tick`).
fn started(state: &AppState, vault: &Vault) -> Result<(), AppError> {
    state.apply_auto_lock(vault.auto_lock_minutes()?);
    state.restart_idle();
    Ok(())
}

/// Locks when the person asks (the Lock button): forgets keys and every decrypted thing, and
/// tells the UI.
pub fn lock<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let state = app.state::<AppState>();
    state.with_vault(|v| {
        state.lock_vault(v);
        Ok(())
    })?;
    let _ = Locked { reason: LockReason::User.as_str().into() }.emit(app);
    Ok(())
}

/// Sets the auto-lock time, in the vault's settings and on the running clock.
pub fn set_auto_lock_minutes(state: &AppState, minutes: u32) -> Result<Settings, AppError> {
    let settings = state.with_vault(|v| {
        v.set_auto_lock_minutes(minutes)?;
        Ok(v.settings()?)
    })?;
    state.apply_auto_lock(settings.auto_lock_minutes);
    Ok(settings)
}

/// Locks the vault now if it is unlocked, and tells the UI why (screen lock, sleep, quick
/// hide). Says whether it was unlocked.
pub fn lock_now<R: Runtime>(app: &AppHandle<R>, reason: LockReason) -> bool {
    let state = app.state::<AppState>();
    let Ok(mut guard) = state.vault() else { return false };
    let Some(vault) = guard.as_mut().filter(|v| v.is_unlocked()) else { return false };
    state.lock_vault(vault);
    drop(guard);
    let _ = Locked { reason: reason.as_str().into() }.emit(app);
    true
}

/// Tells whether the vault is open and unlocked.
pub fn unlocked(state: &AppState) -> bool {
    state.vault().map(|g| g.as_ref().is_some_and(|v| v.is_unlocked())).unwrap_or(false)
}

/// Returns the name to show outside the unlocked window (see
/// `trellis_core::Settings::display_name_in`), in the language shown: "Trellis" while there is
/// no vault, or if its settings cannot be read.
pub fn display_name(state: &AppState) -> String {
    let lang = state.language();
    let Ok(guard) = state.vault() else { return APP_NAME.to_owned() };
    guard.as_ref().and_then(|v| v.settings().ok()).map_or_else(|| APP_NAME.to_owned(), |s| s.display_name_in(lang))
}
