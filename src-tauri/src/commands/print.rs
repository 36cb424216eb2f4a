//! Printable PDFs: a preview of each document's pages, and saving it where the person chose
//! with the native dialog (`backup::choose_path`). The work is `crate::printing`'s, off the
//! async runtime's threads.

use tauri::{AppHandle, Runtime, Webview};
use trellis_print::{Paper, Preview, Request};

use super::vault::blocking;
use crate::dialog::{self, Choose};
use crate::error::{AppError, ErrorCode};
use crate::print_dialog::{self, PrintOutcome};
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
        .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-dialog-stopped", e)))
}

/// Lays out a document and returns every page as a vector image, to lay out in the window for
/// `print_window`. Dropped, like a preview, if the vault locked meanwhile.
#[tauri::command]
#[specta::specta]
pub async fn print_pages<R: Runtime>(
    app: AppHandle<R>,
    request: Request,
    paper: Paper,
) -> Result<Vec<String>, AppError> {
    blocking(app, move |state| printing::printable_unless_locked(&state, &request, paper)).await
}

/// Opens the system's print dialog for what the window shows and waits until the pages are
/// printed or the dialog is closed. `paper`, when the window shows typeset pages: the paper
/// to start from, without margins (the pages carry their own).
#[tauri::command]
#[specta::specta]
pub async fn print_window<R: Runtime>(webview: Webview<R>, paper: Option<Paper>) -> Result<PrintOutcome, AppError> {
    print_dialog::print(&webview, paper).await
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
