//! Taking a copied secret off the clipboard again. The webview can put text on the clipboard
//! when a person clicks Copy, but WebKitGTK refuses to read or empty it from a timer a minute
//! later; the shell can.

use crate::error::{AppError, ErrorCode};

/// Empties the system clipboard if it still holds `text` (the recovery code copied a minute
/// ago); anything else the person copied since is left alone. Says whether it emptied it.
///
/// Async, and off the main thread on purpose: the webview that copied the code owns the
/// clipboard, and answers the request to read it on the main thread, which must not be the
/// one waiting for the answer.
#[tauri::command]
#[specta::specta]
pub async fn clear_clipboard_if(text: String) -> Result<bool, AppError> {
    tauri::async_runtime::spawn_blocking(move || clear_if(&text))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("the work stopped unexpectedly: {e}")))?
}

pub(crate) fn clear_if(text: &str) -> Result<bool, AppError> {
    let fail = |e: arboard::Error| AppError::new(ErrorCode::Clipboard, format!("the clipboard could not be used: {e}"));
    let mut clipboard = arboard::Clipboard::new().map_err(fail)?;
    match clipboard.get_text() {
        Ok(current) if current == text => {
            clipboard.clear().map_err(fail)?;
            Ok(true)
        }
        Ok(_) | Err(arboard::Error::ContentNotAvailable) => Ok(false),
        Err(e) => Err(fail(e)),
    }
}
