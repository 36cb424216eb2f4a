//! The journal: list, read, write, delete and undo, history, search, tags, on this day, mood.

use chrono::{DateTime, Utc};
use tauri::State;
use trellis_core::{Entry, EntryDraft, EntryId, Listed, MoodDay, Saved, SearchHit, TagCount, ThoughtRecord};

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_entries(state: State<'_, AppState>, offset: u32, limit: u32) -> Result<Vec<Listed>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.list(offset as usize, limit as usize)?))
}

#[tauri::command]
#[specta::specta]
pub fn list_tagged(state: State<'_, AppState>, tag: String, offset: u32, limit: u32) -> Result<Vec<Entry>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.list_tagged(&tag, offset as usize, limit as usize)?))
}

#[tauri::command]
#[specta::specta]
pub fn get_entry(state: State<'_, AppState>, id: EntryId) -> Result<Entry, AppError> {
    state.with_vault(|v| Ok(v.journal()?.get(id)?))
}

/// Saves a new entry (no id) or a change to the entry last read with update time `opened`;
/// `written` sets its date. If the entry changed elsewhere since, the text is kept as a new
/// entry and the answer says so.
#[tauri::command]
#[specta::specta]
pub fn save_entry(
    state: State<'_, AppState>,
    id: Option<EntryId>,
    opened: Option<DateTime<Utc>>,
    draft: EntryDraft,
    written: Option<DateTime<Utc>>,
) -> Result<Saved, AppError> {
    state.with_vault(|v| Ok(v.journal()?.save(id, opened, draft, written, clock::now())?))
}

/// Saves a thought record ("When the worry spikes") as a new journal entry written today.
#[tauri::command]
#[specta::specta]
pub fn save_thought_record(state: State<'_, AppState>, record: ThoughtRecord) -> Result<Entry, AppError> {
    state.with_vault(|v| Ok(v.journal()?.add_thought_record(&record, clock::today(), clock::now())?))
}

/// Deletes an entry with its earlier versions; true when undo can put them back (not for a
/// damaged entry). Nothing of the entry comes back over IPC.
#[tauri::command]
#[specta::specta]
pub fn delete_entry(state: State<'_, AppState>, id: EntryId) -> Result<bool, AppError> {
    state.with_vault(|v| Ok(v.journal()?.delete(id)?))
}

/// Puts back an entry deleted since the unlock, with its earlier versions (undo), by id: the
/// core kept what was deleted, so no entry travels back from the window to be written.
#[tauri::command]
#[specta::specta]
pub fn undo_delete_entry(state: State<'_, AppState>, id: EntryId) -> Result<Entry, AppError> {
    state.with_vault(|v| Ok(v.journal()?.undo_delete(id)?))
}

/// Returns an entry's earlier versions, oldest first.
#[tauri::command]
#[specta::specta]
pub fn entry_history(state: State<'_, AppState>, id: EntryId) -> Result<Vec<Entry>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.history(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn search_entries(state: State<'_, AppState>, query: String) -> Result<Vec<SearchHit>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.search(&query, 50)?))
}

// Off the main thread (`async`): right after an unlock it waits for the search index, and a
// command waiting on the main thread stops the window from painting.
#[tauri::command(async)]
#[specta::specta]
pub fn tags(state: State<'_, AppState>) -> Result<Vec<TagCount>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.tags()?))
}

// Off the main thread, as `tags`.
#[tauri::command(async)]
#[specta::specta]
pub fn on_this_day(state: State<'_, AppState>) -> Result<Vec<Entry>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.on_this_day(clock::local_now())?))
}

/// Returns the average mood per day over the last `days` days, in local time.
#[tauri::command]
#[specta::specta]
pub fn mood_by_day(state: State<'_, AppState>, days: u32) -> Result<Vec<MoodDay>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.mood_over(days, clock::local_now())?))
}
