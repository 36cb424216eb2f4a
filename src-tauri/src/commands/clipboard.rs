//! Copying the recovery code, and taking it off the clipboard again. The shell does both: the
//! webview cannot mark a copy as private, and WebKitGTK refuses to read or empty the clipboard
//! from a timer a minute later.

use tauri::{AppHandle, Manager, Runtime};

use crate::clipboard::{clear_if, failed};
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;

/// Puts `text` (the recovery code on screen) on the clipboard, left out of clipboard history
/// where the desktop allows. It is taken off again after its minute, on lock, hide and quit.
#[tauri::command]
#[specta::specta]
pub async fn copy_secret<R: Runtime>(app: AppHandle<R>, text: String) -> Result<(), AppError> {
    tauri::async_runtime::spawn_blocking(move || app.state::<AppState>().copied.copy(text).map_err(failed))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-work-stopped", e)))?
}

/// Empties the system clipboard if it still holds `text` (the recovery code copied a minute
/// ago); anything else the person copied since is left alone. Says whether it emptied it.
///
/// Async, and off the main thread on purpose: whoever copied the code owns the clipboard and
/// may answer the request to read it on the main thread, which must not be the one waiting.
#[tauri::command]
#[specta::specta]
pub async fn clear_clipboard_if<R: Runtime>(app: AppHandle<R>, text: String) -> Result<bool, AppError> {
    tauri::async_runtime::spawn_blocking(move || match app.state::<AppState>().copied.take_back_if(&text) {
        Some(cleared) => Ok(cleared),
        None => clear_if(&text),
    })
    .await
    .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-work-stopped", e)))?
}
