//! The session: locking the vault (and telling the UI why), whether it is unlocked, and the
//! name the app shows outside the unlocked window. Above the state, below the platform pieces,
//! the background jobs and the commands, which all lock and name through here.

use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;
use trellis_core::settings::APP_NAME;

use crate::commands::Locked;
use crate::state::AppState;

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
/// `trellis_core::Settings::display_name`): "Trellis" while there is no vault, or if its
/// settings cannot be read.
pub fn display_name(state: &AppState) -> &'static str {
    let Ok(guard) = state.vault() else { return APP_NAME };
    guard.as_ref().and_then(|v| v.settings().ok()).map_or(APP_NAME, |s| s.display_name())
}
