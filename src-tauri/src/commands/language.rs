//! The language of the app: the one the person chose (kept in the vault's plaintext settings,
//! so the unlock screen is in it), and the one shown now, which the library's articles, prompts
//! and worksheet areas follow.

use tauri::{AppHandle, Runtime, State};
use trellis_core::Settings;

use crate::error::AppError;
use crate::state::AppState;

/// The language the person chose, or null to follow the system's (also while there is no
/// vault yet). Readable before unlock. The app's `--language` flag comes first.
#[tauri::command]
#[specta::specta]
pub fn chosen_language(state: State<'_, AppState>) -> Option<String> {
    if let Some(lang) = &state.config.language {
        return Some(lang.clone());
    }
    let guard = state.vault().ok()?;
    guard.as_ref()?.settings().ok()?.language
}

/// Keeps the language chosen in Settings (null: follow the system's). Works while locked.
#[tauri::command]
#[specta::specta]
pub fn choose_language(state: State<'_, AppState>, lang: Option<String>) -> Result<Settings, AppError> {
    state.with_vault(|v| {
        v.set_language(lang.as_deref())?;
        Ok(v.settings()?)
    })
}

/// Shows the library in `lang` from now on, and the neutral name in it (the window's title
/// changes at once).
#[tauri::command]
#[specta::specta]
pub fn show_language<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, lang: String) -> Result<(), AppError> {
    state.use_language(&lang)?;
    crate::window::apply_name(&app);
    Ok(())
}
