//! Printing: the data of a document is gathered while the vault is held; the layout, the slow
//! part, runs after it is let go, and what a lock overtook is dropped instead of shown. Below
//! the `print_preview`, `print_pages` and `print_save` commands, beside the session (it reads the lock count).

use std::path::Path;

use chrono::NaiveDate;
use trellis_print::{Document, Paper, Preview, Request};

use crate::clock;
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;

fn gather(state: &AppState, request: &Request, today: NaiveDate) -> Result<Document, AppError> {
    let zone = *clock::local_now().offset();
    // In the language the screens are shown in (the library follows it).
    let lang = state.language();
    state.with_vault(|v| Ok(trellis_print::document(v, request, zone, today, lang)?))
}

/// Lays out a document and returns its first pages as images, unless the vault locked
/// meanwhile.
pub fn preview_unless_locked(state: &AppState, request: &Request, paper: Paper) -> Result<Preview, AppError> {
    let locks = state.locks();
    let today = clock::today();
    let doc = gather(state, request, today)?;
    unless_locked_since(state, locks, trellis_print::preview(&doc, paper, today)?)
}

/// Lays out a document and returns every page as a vector image to print, unless the vault
/// locked meanwhile.
pub fn printable_unless_locked(state: &AppState, request: &Request, paper: Paper) -> Result<Vec<String>, AppError> {
    let locks = state.locks();
    let today = clock::today();
    let doc = gather(state, request, today)?;
    unless_locked_since(state, locks, trellis_print::printable(&doc, paper, today)?)
}

/// Returns `made` if the vault has not locked since `locks` was read; otherwise drops it and
/// forgets the layouts made meanwhile.
fn unless_locked_since<T>(state: &AppState, locks: u64, made: T) -> Result<T, AppError> {
    if state.locks() == locks {
        return Ok(made);
    }
    drop(made);
    trellis_print::forget();
    Err(AppError::new(ErrorCode::Locked, crate::words::say("error-locked-while-laying-out")))
}

/// Writes the document as a new PDF at `path` (0600, never over a file); returns its pages.
pub fn save(state: &AppState, request: &Request, paper: Paper, path: &Path) -> Result<u32, AppError> {
    let today = clock::today();
    let doc = gather(state, request, today)?;
    Ok(trellis_print::save(&doc, paper, today, path)? as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Config;

    #[test]
    fn a_preview_made_across_a_lock_is_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let config = Config {
            dir: tmp.path().join("vault"),
            work: Default::default(),
            auto_lock_override: None,
            language: None,
        };
        let state = AppState::new(config).unwrap();
        let before = state.locks();
        let made = "zq a page of private words";
        assert_eq!(unless_locked_since(&state, before, made).unwrap(), made, "no lock: the preview is shown");
        state.forget_decrypted();
        let err = unless_locked_since(&state, before, made).unwrap_err();
        assert_eq!(err.code, ErrorCode::Locked, "a lock came between: the preview is dropped");
        assert!(!err.message.contains("zq"));
    }
}
