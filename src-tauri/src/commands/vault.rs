//! Creating, unlocking, locking and the vault's settings.

use chrono::Utc;
use serde::Serialize;
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_specta::Event;
use trellis_core::{EntryId, Passphrase, RecoveryCode, UnlockMode, UnlockReport, Vault};

use super::Locked;
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;

/// Whether a vault exists and whether it is unlocked.
#[derive(Clone, Debug, Serialize, Type)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
}

/// What unlocking found.
#[derive(Clone, Debug, Serialize, Type)]
pub struct UnlockSummary {
    pub entries: u32,
    pub damaged: Vec<EntryId>,
}

/// Progress of decrypting entries at unlock.
#[derive(Clone, Debug, Serialize, Type)]
pub struct LoadProgress {
    pub done: u32,
    pub total: u32,
}

/// Preferences kept in the vault.
#[derive(Clone, Debug, Serialize, Type)]
pub struct Settings {
    pub auto_lock_minutes: u32,
}

fn summary(r: UnlockReport) -> UnlockSummary {
    UnlockSummary { entries: r.entries as u32, damaged: r.damaged }
}

#[tauri::command]
#[specta::specta]
pub fn vault_status(state: State<'_, AppState>) -> Result<VaultStatus, AppError> {
    let guard = state.vault()?;
    Ok(VaultStatus { exists: guard.is_some(), unlocked: guard.as_ref().is_some_and(Vault::is_unlocked) })
}

/// Creates the vault; returns the recovery code to show once.
#[tauri::command]
#[specta::specta]
pub async fn create_vault<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<String, AppError> {
    blocking(app, move |state| {
        let mut guard = state.vault()?;
        if guard.is_some() {
            return Err(AppError::new(ErrorCode::VaultExists, "a vault already exists; unlock it instead"));
        }
        let (vault, code) =
            Vault::create(&state.config.dir, &Passphrase::new(passphrase), state.config.work, Utc::now())?;
        *guard = Some(vault);
        state.touch();
        Ok(code.expose().to_owned())
    })
    .await
}

/// Unlocks with the passphrase, reporting progress while entries load.
#[tauri::command]
#[specta::specta]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
    on_progress: Channel<LoadProgress>,
) -> Result<UnlockSummary, AppError> {
    blocking(app, move |state| {
        let report = state.with_vault(|v| {
            let mut progress = |done: usize, total: usize| {
                let _ = on_progress.send(LoadProgress { done: done as u32, total: total as u32 });
            };
            Ok(v.unlock_with_progress(&Passphrase::new(passphrase), UnlockMode::Full, &mut progress)?)
        })?;
        after_unlock(&state)?;
        Ok(summary(report))
    })
    .await
}

/// Unlocks with the recovery code and sets a new passphrase.
#[tauri::command]
#[specta::specta]
pub async fn recover<R: Runtime>(
    app: AppHandle<R>,
    recovery_code: String,
    new_passphrase: String,
) -> Result<UnlockSummary, AppError> {
    blocking(app, move |state| {
        let code = RecoveryCode::parse(&recovery_code);
        let report =
            state.with_vault(|v| Ok(v.recover(&code, &Passphrase::new(new_passphrase), UnlockMode::Full)?))?;
        after_unlock(&state)?;
        Ok(summary(report))
    })
    .await
}

fn after_unlock(state: &AppState) -> Result<(), AppError> {
    let minutes = state.with_vault(|v| Ok(v.auto_lock_minutes()?))?;
    state.apply_auto_lock(minutes);
    state.touch();
    Ok(())
}

/// Locks now: forgets keys and every decrypted thing.
#[tauri::command]
#[specta::specta]
pub fn lock<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<(), AppError> {
    state.with_vault(|v| {
        v.lock();
        Ok(())
    })?;
    let _ = Locked { reason: "user".into() }.emit(&app);
    Ok(())
}

/// Notes that the person is active (keys, clicks), for auto-lock.
#[tauri::command]
#[specta::specta]
pub fn touch(state: State<'_, AppState>) {
    state.touch();
}

#[tauri::command]
#[specta::specta]
pub fn settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.with_vault(|v| Ok(Settings { auto_lock_minutes: v.auto_lock_minutes()? }))
}

#[tauri::command]
#[specta::specta]
pub fn set_auto_lock_minutes(state: State<'_, AppState>, minutes: u32) -> Result<Settings, AppError> {
    let minutes = state.with_vault(|v| {
        v.set_auto_lock_minutes(minutes)?;
        Ok(v.auto_lock_minutes()?)
    })?;
    state.apply_auto_lock(minutes);
    Ok(Settings { auto_lock_minutes: minutes })
}

/// Changes the passphrase after checking the current one.
#[tauri::command]
#[specta::specta]
pub async fn change_passphrase<R: Runtime>(
    app: AppHandle<R>,
    current: String,
    new_passphrase: String,
) -> Result<(), AppError> {
    blocking(app, move |state| {
        state.with_vault(|v| {
            v.check_passphrase(&Passphrase::new(current))?;
            Ok(v.change_passphrase(&Passphrase::new(new_passphrase), None)?)
        })
    })
    .await
}

/// Makes a new recovery code (the old one stops working) and returns it to show once.
#[tauri::command]
#[specta::specta]
pub fn new_recovery_code(state: State<'_, AppState>) -> Result<String, AppError> {
    state.with_vault(|v| Ok(v.replace_recovery_code()?.expose().to_owned()))
}

/// Closes the app after the UI saved (the answer to `FlushRequested`).
#[tauri::command]
#[specta::specta]
pub fn close_now<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}

/// Runs slow work (scrypt, loading entries) off the async runtime's threads.
async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    f: impl FnOnce(State<'_, AppState>) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(move || f(app.state::<AppState>()))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("the work stopped unexpectedly: {e}")))?
}
