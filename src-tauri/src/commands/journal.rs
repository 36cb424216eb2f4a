//! The journal: list, read, write, delete and undo, search, tags, on this day, mood.

use chrono::{Days, Local, Utc};
use serde::Serialize;
use specta::Type;
use tauri::State;
use trellis_core::{Entry, EntryDraft, EntryId, Listed, MoodDay, SearchHit};

use crate::error::AppError;
use crate::state::AppState;

/// A tag and how many entries carry it.
#[derive(Clone, Debug, Serialize, Type)]
pub struct TagCount {
    pub tag: String,
    pub count: u32,
}

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

/// Saves a new entry (no id) or a change to an existing one.
#[tauri::command]
#[specta::specta]
pub fn save_entry(state: State<'_, AppState>, id: Option<EntryId>, draft: EntryDraft) -> Result<Entry, AppError> {
    state.with_vault(|v| {
        let mut journal = v.journal()?;
        Ok(match id {
            Some(id) => journal.edit(id, draft, Utc::now())?,
            None => journal.add(draft, Utc::now())?,
        })
    })
}

/// Deletes an entry and returns it, so the UI can offer undo.
#[tauri::command]
#[specta::specta]
pub fn delete_entry(state: State<'_, AppState>, id: EntryId) -> Result<Entry, AppError> {
    state.with_vault(|v| Ok(v.journal()?.delete(id)?))
}

/// Puts a deleted entry back (undo).
#[tauri::command]
#[specta::specta]
pub fn restore_entry(state: State<'_, AppState>, entry: Entry) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.journal()?.restore(&entry)?))
}

#[tauri::command]
#[specta::specta]
pub fn search_entries(state: State<'_, AppState>, query: String) -> Result<Vec<SearchHit>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.search(&query, 50)?))
}

#[tauri::command]
#[specta::specta]
pub fn tags(state: State<'_, AppState>) -> Result<Vec<TagCount>, AppError> {
    state.with_vault(|v| {
        let tags = v.journal()?.tags()?;
        Ok(tags.into_iter().map(|(tag, count)| TagCount { tag, count: count as u32 }).collect())
    })
}

#[tauri::command]
#[specta::specta]
pub fn on_this_day(state: State<'_, AppState>) -> Result<Vec<Entry>, AppError> {
    state.with_vault(|v| Ok(v.journal()?.on_this_day(Local::now())?))
}

/// Returns the average mood per day over the last `days` days, in local time.
#[tauri::command]
#[specta::specta]
pub fn mood_by_day(state: State<'_, AppState>, days: u32) -> Result<Vec<MoodDay>, AppError> {
    let today = Local::now().date_naive();
    let first = today.checked_sub_days(Days::new(u64::from(days.max(1)) - 1)).unwrap_or(today);
    state.with_vault(|v| Ok(v.journal()?.mood_by_day(first, today, &Local)?))
}
