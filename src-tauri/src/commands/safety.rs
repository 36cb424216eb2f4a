//! Quick hide, the name the app shows outside the unlocked window, and the private
//! "Is this safe?" self-check (kept sealed in the vault).

use tauri::{AppHandle, Runtime, State};
use trellis_core::{SafetyCheck, Settings, Sign};

use crate::clock;
use crate::error::{AppError, ErrorCode};
use crate::safety::{self, Hidden};
use crate::session;
use crate::state::AppState;

/// Locks at once, empties the clipboard if it still holds `copied` (what Trellis last put
/// there), and hides the window. The UI saves the open entry first.
///
/// Async and off the main thread, like `clear_clipboard_if`: the webview that copied owns the
/// clipboard and answers on the main thread.
#[tauri::command]
#[specta::specta]
pub async fn quick_hide<R: Runtime>(app: AppHandle<R>, copied: Option<String>) -> Result<Hidden, AppError> {
    tauri::async_runtime::spawn_blocking(move || safety::quick_hide(&app, copied.as_deref()))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-work-stopped", e)))
}

/// Returns the name to show outside the unlocked window: "Trellis" or "Notes". Readable
/// before unlock.
#[tauri::command]
#[specta::specta]
pub fn display_name(state: State<'_, AppState>) -> String {
    session::display_name(&state)
}

/// Sets whether the app shows its name as "Notes", and renames the window at once.
#[tauri::command]
#[specta::specta]
pub fn set_name_as_notes<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    on: bool,
) -> Result<Settings, AppError> {
    let settings = state.with_vault(|v| {
        v.set_name_as_notes(on)?;
        Ok(v.settings()?)
    })?;
    crate::window::apply_name(&app);
    Ok(settings)
}

/// Returns the folder the vault is kept in (the platform's data folder unless `--vault` or
/// `$TRELLIS_VAULT` chose another), for Safety & help to say where it is and how to remove it.
#[tauri::command]
#[specta::specta]
pub fn vault_folder(state: State<'_, AppState>) -> String {
    state.config.dir.display().to_string()
}

/// The "Is this safe?" self-check as last saved, if there is one.
#[tauri::command]
#[specta::specta]
pub fn safety_check(state: State<'_, AppState>) -> Result<Option<SafetyCheck>, AppError> {
    state.with_vault(|v| Ok(v.safety_check()?.get()?))
}

/// Saves the signs ticked as the self-check, in place of the one before; returns it with its
/// next steps.
#[tauri::command]
#[specta::specta]
pub fn save_safety_check(state: State<'_, AppState>, ticked: Vec<Sign>) -> Result<SafetyCheck, AppError> {
    state.with_vault(|v| Ok(v.safety_check()?.save(&ticked, clock::now())?))
}

/// Clears the self-check.
#[tauri::command]
#[specta::specta]
pub fn clear_safety_check(state: State<'_, AppState>) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.safety_check()?.clear()?))
}
