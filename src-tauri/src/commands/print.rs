//! Printable PDFs: a preview of each document's pages, and saving it where the person chose
//! with the native dialog (`backup::choose_path`). The work is `crate::printing`'s, off the
//! async runtime's threads.

use tauri::{AppHandle, Runtime};
use trellis_print::{Paper, Preview, Request};

use super::vault::blocking;
use crate::error::AppError;
use crate::printing;

/// Lays out a document and returns its first pages as images to show. A preview that
/// finishes after the vault locked (the layout takes a while, and the lock does not wait for
/// it) is dropped, and its layout forgotten, instead of reaching a locked window.
#[tauri::command]
#[specta::specta]
pub async fn print_preview<R: Runtime>(app: AppHandle<R>, request: Request, paper: Paper) -> Result<Preview, AppError> {
    blocking(app, move |state| printing::preview_unless_locked(&state, &request, paper)).await
}

/// Writes the document as a new PDF at `path` (0600, never over a file); returns its pages.
#[tauri::command]
#[specta::specta]
pub async fn print_save<R: Runtime>(
    app: AppHandle<R>,
    request: Request,
    paper: Paper,
    path: String,
) -> Result<u32, AppError> {
    blocking(app, move |state| printing::save(&state, &request, paper, std::path::Path::new(&path))).await
}
