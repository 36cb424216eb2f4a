//! Creating, unlocking, locking and the vault's settings.

use serde::Serialize;
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};
use trellis_core::{DamagedRecord, Passphrase, RecoveryCode, Settings, UnlockReport, Vault};

use crate::clock;
use crate::error::{AppError, ErrorCode};
use crate::session;
use crate::state::AppState;

/// Whether a vault exists and whether it is unlocked.
#[derive(Clone, Debug, Serialize, Type)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
}

/// What unlocking found. The search index is built behind the list; `IndexReady` names
/// the damaged records found by then.
#[derive(Clone, Debug, Serialize, Type)]
pub struct UnlockSummary {
    pub entries: u32,
    pub damaged: Vec<DamagedRecord>,
}

/// Progress of long work: `done` of `total`.
#[derive(Clone, Debug, Serialize, Type)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

fn summary(r: UnlockReport) -> UnlockSummary {
    UnlockSummary { entries: r.entries as u32, damaged: r.damaged }
}

#[tauri::command]
#[specta::specta]
pub fn vault_status(state: State<'_, AppState>) -> Result<VaultStatus, AppError> {
    // The UI's first question: its bundle is loaded and running, the first screen comes next.
    crate::startup::step("the page asked for the vault's state");
    let guard = state.vault()?;
    Ok(VaultStatus { exists: guard.is_some(), unlocked: guard.as_ref().is_some_and(Vault::is_unlocked) })
}

/// Creates the vault; returns the recovery code to show once.
#[tauri::command]
#[specta::specta]
pub async fn create_vault<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<String, AppError> {
    blocking(app, move |state| Ok(session::create(&state, &Passphrase::new(passphrase))?.shown())).await
}

/// Unlocks with the passphrase. Answers as soon as the key is derived: the list reads at
/// once and the search index is built behind it.
#[tauri::command]
#[specta::specta]
pub async fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<UnlockSummary, AppError> {
    blocking(app, move |state| Ok(summary(session::unlock(&state, &Passphrase::new(passphrase))?))).await
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
        let (code, new) = (RecoveryCode::parse(&recovery_code), Passphrase::new(new_passphrase));
        Ok(summary(session::recover(&state, &code, &new)?))
    })
    .await
}

/// Locks now: forgets keys and every decrypted thing.
#[tauri::command]
#[specta::specta]
pub fn lock<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    session::lock(&app)
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
    state.with_vault(|v| Ok(v.settings()?))
}

#[tauri::command]
#[specta::specta]
pub fn set_auto_lock_minutes(state: State<'_, AppState>, minutes: u32) -> Result<Settings, AppError> {
    session::set_auto_lock_minutes(&state, minutes)
}

/// Turns "keep earlier versions of entries" on or off.
#[tauri::command]
#[specta::specta]
pub fn set_journal_history(state: State<'_, AppState>, on: bool) -> Result<Settings, AppError> {
    state.with_vault(|v| {
        v.set_journal_history(on)?;
        Ok(v.settings()?)
    })
}

/// Checks the passphrase, changing nothing (ending "together at this computer").
#[tauri::command]
#[specta::specta]
pub async fn confirm_passphrase<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<(), AppError> {
    blocking(app, move |state| state.with_vault(|v| Ok(v.check_passphrase(&Passphrase::new(passphrase))?))).await
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
            Ok(v.change_passphrase(&Passphrase::new(new_passphrase), Some(state.config.work), clock::now())?)
        })
    })
    .await
}

/// What re-keying did: the new recovery code to show once, and what became of the snapshots
/// sealed under the old key.
/// (No `Debug`: it holds the recovery code.)
#[derive(Clone, Serialize, Type)]
pub struct Rekeyed {
    pub code: String,
    pub snapshots: trellis_core::backup::SnapshotsRekeyed,
}

/// Changes the passphrase after checking the current one, and replaces the vault key: every
/// record is resealed (progress on `on_progress`), so an old copy of the vault and the old
/// passphrase or recovery code open nothing written from now on; the snapshots under the old
/// key are replaced by a fresh one. Returns the new recovery code to show once.
#[tauri::command]
#[specta::specta]
pub async fn change_passphrase_and_rekey<R: Runtime>(
    app: AppHandle<R>,
    current: String,
    new_passphrase: String,
    on_progress: Channel<Progress>,
) -> Result<Rekeyed, AppError> {
    blocking(app, move |state| {
        state.with_vault(|v| {
            v.check_passphrase(&Passphrase::new(current))?;
            let mut progress = |done: usize, total: usize| {
                let _ = on_progress.send(Progress { done: done as u32, total: total as u32 });
            };
            let new = Passphrase::new(new_passphrase);
            let done = v.rekey(&new, state.config.work, clock::now(), &mut progress)?;
            Ok(Rekeyed { code: done.code.shown(), snapshots: done.snapshots })
        })
    })
    .await
}

/// Makes a new recovery code after checking the current passphrase (the old code stops
/// working) and returns it to show once.
#[tauri::command]
#[specta::specta]
pub async fn new_recovery_code<R: Runtime>(app: AppHandle<R>, current: String) -> Result<String, AppError> {
    blocking(app, move |state| {
        state.with_vault(|v| Ok(v.replace_recovery_code(&Passphrase::new(current), clock::now())?.shown()))
    })
    .await
}

/// Closes the app after the UI saved (the answer to `FlushRequested`).
#[tauri::command]
#[specta::specta]
pub fn close_now<R: Runtime>(app: AppHandle<R>) {
    crate::closing::close_now(&app);
}

/// Runs slow work (scrypt, loading entries) off the async runtime's threads.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    f: impl FnOnce(State<'_, AppState>) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(move || f(app.state::<AppState>()))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-work-stopped", e)))?
}
