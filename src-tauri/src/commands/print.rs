//! Printable PDFs: a preview of each document's pages, and saving it where the person chose
//! with the native dialog (`backup::choose_path`). The data is gathered while the vault is
//! held; the layout, the slow part, runs after it is let go, off the async runtime's threads.

use chrono::{Local, NaiveDate};
use tauri::{AppHandle, Runtime};
use trellis_print::{Document, Paper, Preview, Request};

use super::vault::blocking;
use crate::error::AppError;
use crate::state::AppState;

fn gather(state: &AppState, request: &Request, today: NaiveDate) -> Result<Document, AppError> {
    let zone = *Local::now().offset();
    state.with_vault(|v| Ok(trellis_print::document(v, request, zone, today)?))
}

/// Lays out a document and returns its first pages as images to show.
#[tauri::command]
#[specta::specta]
pub async fn print_preview<R: Runtime>(app: AppHandle<R>, request: Request, paper: Paper) -> Result<Preview, AppError> {
    blocking(app, move |state| {
        let today = Local::now().date_naive();
        let doc = gather(&state, &request, today)?;
        Ok(trellis_print::preview(&doc, paper, today)?)
    })
    .await
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
    blocking(app, move |state| {
        let today = Local::now().date_naive();
        let doc = gather(&state, &request, today)?;
        Ok(trellis_print::save(&doc, paper, today, std::path::Path::new(&path))? as u32)
    })
    .await
}
