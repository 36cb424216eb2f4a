//! The weekly check-in: what it starts from, saving it, and the list of earlier ones.
//! "Today" is the person's local date.

use tauri::State;
use trellis_core::{Agenda, CheckInDraft, Entry, UnsavedCheckIn};

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;

/// What a check-in held today starts from: the previous one's thing to try, the boundaries'
/// moments since then, and the agreements due.
#[tauri::command]
#[specta::specta]
pub fn checkin_agenda(state: State<'_, AppState>) -> Result<Agenda, AppError> {
    state.with_vault(|v| Ok(v.checkins()?.agenda(clock::today())?))
}

/// Saves today's check-in (applying its decisions on agreements) as a journal entry.
#[tauri::command]
#[specta::specta]
pub fn save_checkin(state: State<'_, AppState>, draft: CheckInDraft) -> Result<Entry, AppError> {
    // Written in the language the screens are shown in.
    let lang = state.language();
    state.with_vault(|v| Ok(v.checkins()?.save_in(draft, clock::today(), clock::now(), lang)?))
}

/// Every check-in, newest first.
#[tauri::command]
#[specta::specta]
pub fn list_checkins(state: State<'_, AppState>) -> Result<Vec<Entry>, AppError> {
    state.with_vault(|v| Ok(v.checkins()?.list()?))
}

/// The answers of a check-in not saved yet, if some were kept.
#[tauri::command]
#[specta::specta]
pub fn unsaved_checkin(state: State<'_, AppState>) -> Result<Option<UnsavedCheckIn>, AppError> {
    state.with_vault(|v| Ok(v.checkins()?.unsaved()?))
}

/// Keeps the answers given so far, sealed, in place of the ones kept before.
#[tauri::command]
#[specta::specta]
pub fn keep_unsaved_checkin(state: State<'_, AppState>, unsaved: UnsavedCheckIn) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.checkins()?.keep_unsaved(unsaved, clock::now())?))
}

/// Throws away the answers of a check-in not saved yet.
#[tauri::command]
#[specta::specta]
pub fn forget_unsaved_checkin(state: State<'_, AppState>) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.checkins()?.forget_unsaved()?))
}
