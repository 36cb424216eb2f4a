//! Keeping the app discreet: the name it shows outside the unlocked window, and quick hide.
//!
//! Some people write in Trellis next to a partner who checks their screen. Quick hide
//! (Ctrl+Shift+H, or Hide in the header) leaves nothing in sight: the vault locked, the
//! clipboard emptied of what Trellis put there, the window out of view. The window title
//! never says more than the name the person chose ("Trellis", or "Notes").

use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use trellis_core::autolock::LockReason;
use trellis_core::settings::APP_NAME;

use crate::commands::clipboard::clear_if;
use crate::lifecycle::lock_now;
use crate::state::AppState;

/// What quick hide did.
#[derive(Clone, Debug, Serialize, Type)]
pub struct Hidden {
    /// The vault was unlocked and is locked now.
    pub locked: bool,
    /// The clipboard held what Trellis copied, and is empty now.
    pub clipboard_cleared: bool,
    /// The window was taken out of sight.
    pub window_hidden: bool,
}

/// Takes the window out of sight: hidden when the tray's Open can bring it back, else
/// minimised (the taskbar brings it back).
fn take_out_of_sight<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    if window.state::<crate::tray::Tray>().showing() {
        window.hide()
    } else {
        window.minimize()
    }
}

/// Locks the vault at once, empties the clipboard if it still holds `copied` (what Trellis
/// last put there; anything the person copied since is theirs and stays), and hides the
/// window. Each step runs even if one before it failed: the lock comes first because it
/// matters most. The UI saves the open entry before it asks for this.
pub fn quick_hide<R: Runtime>(app: &AppHandle<R>, copied: Option<&str>) -> Hidden {
    let taken_back = app.state::<AppState>().copied.take_back();
    let locked = lock_now(app, LockReason::Hidden);
    let clipboard_cleared = taken_back || copied.is_some_and(|text| clear_if(text).unwrap_or(false));
    let window_hidden = app.get_webview_window("main").is_some_and(|w| take_out_of_sight(&w).is_ok());
    Hidden { locked, clipboard_cleared, window_hidden }
}

/// Returns the name to show outside the unlocked window (see
/// `trellis_core::Settings::display_name`): "Trellis" while there is no vault, or if its
/// settings cannot be read.
pub fn display_name(state: &AppState) -> &'static str {
    let Ok(guard) = state.vault() else { return APP_NAME };
    guard.as_ref().and_then(|v| v.settings().ok()).map_or(APP_NAME, |s| s.display_name())
}

/// Opens the main window (`tauri.conf.json`, where it is not created by itself) titled with
/// the display name from the start, before anything is unlocked.
pub fn open_main_window<R: Runtime>(app: &AppHandle<R>, hidden: bool) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main").cloned() else {
        return Ok(());
    };
    let name = display_name(&app.state::<AppState>());
    tauri::WebviewWindowBuilder::from_config(app, &config)?.title(name).visible(!hidden).build()?;
    Ok(())
}

/// Sets the window title to the display name whenever the setting changes. Nothing else ever goes into the title (no entry titles, no
/// counts), locked or unlocked.
pub fn apply_name<R: Runtime>(app: &AppHandle<R>) {
    let name = display_name(&app.state::<AppState>());
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(name);
    }
    crate::tray::apply_name(app, name);
}
