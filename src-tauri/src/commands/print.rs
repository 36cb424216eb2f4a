//! Printable PDFs: a preview of each document's pages, and saving it where the person chose
//! with the native dialog (`backup::choose_path`). The work is `crate::printing`'s, off the
//! async runtime's threads.

use tauri::{AppHandle, Runtime};
use trellis_print::{Paper, Preview, Request};

use super::vault::blocking;
use crate::dialog::{self, Choose};
use crate::error::{AppError, ErrorCode};
use crate::printing;

/// Lays out a document and returns its first pages as images to show. A preview that
/// finishes after the vault locked (the layout takes a while, and the lock does not wait for
/// it) is dropped, and its layout forgotten, instead of reaching a locked window.
#[tauri::command]
#[specta::specta]
pub async fn print_preview<R: Runtime>(app: AppHandle<R>, request: Request, paper: Paper) -> Result<Preview, AppError> {
    blocking(app, move |state| printing::preview_unless_locked(&state, &request, paper)).await
}

/// Asks where to save `request` as a PDF, with the system's dialog: it opens where the last PDF
/// went and offers a free name that says what the document is. `None` if the person cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_pdf_path<R: Runtime>(app: AppHandle<R>, request: Request) -> Result<Option<String>, AppError> {
    tauri::async_runtime::spawn_blocking(move || dialog::ask(&app, Choose::PdfFile, Some(&request)))
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("the dialog stopped unexpectedly: {e}")))
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
