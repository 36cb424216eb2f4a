//! Keeping the app discreet: the name it shows outside the unlocked window, and quick hide.
//!
//! Some people write in Trellis next to a partner who checks their screen. Quick hide
//! (Ctrl+Shift+H, or Hide in the header) leaves nothing in sight: the vault locked, the
//! clipboard emptied of what Trellis put there, the window out of view. The window title
//! never says more than the name the person chose ("Trellis", or "Notes"): the name is the
//! session's (`session::display_name`), the title the window's (`window::apply_name`).
//!
//! Quick hide combines the session (the lock), the clipboard and the window; the command calls
//! it, nothing below does.

use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, Runtime};
use trellis_core::autolock::LockReason;

use crate::clipboard::clear_if;
use crate::session::lock_now;
use crate::state::AppState;
use crate::window::take_out_of_sight;

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
