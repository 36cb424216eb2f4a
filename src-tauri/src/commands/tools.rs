//! Boundaries, expectations worksheets, the agreements ledger, and search across every kind.
//! "Today" is the person's local date.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use specta::Type;
use tauri::State;
use trellis_core::library::{Area, BoundaryCategory};
use trellis_core::{
    Agreed, Agreement, AgreementDraft, AgreementId, AreaAnswer, Boundary, BoundaryDraft, BoundaryFilter, BoundaryId,
    Comparison, Found, ListedAgreement, ListedBoundary, ListedWorksheet, Moment, TimelineStep, Worksheet, WorksheetId,
};

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;

/// The worksheet areas and boundary categories, from content.
#[derive(Clone, Debug, Serialize, Type)]
pub struct Guides {
    pub areas: Vec<Area>,
    pub categories: Vec<BoundaryCategory>,
}

#[tauri::command]
#[specta::specta]
pub fn guides(state: State<'_, AppState>) -> Guides {
    state.with_library(|l| Guides { areas: l.areas().to_vec(), categories: l.boundary_categories().to_vec() })
}

/// Searches entries, boundaries, worksheets and agreements; each hit names its kind.
#[tauri::command]
#[specta::specta]
pub fn search_everything(state: State<'_, AppState>, query: String) -> Result<Vec<Found>, AppError> {
    state.with_vault(|v| Ok(v.search_all(&query, 50)?))
}

// Boundaries.

#[tauri::command]
#[specta::specta]
pub fn list_boundaries(state: State<'_, AppState>, filter: BoundaryFilter) -> Result<Vec<ListedBoundary>, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.list(&filter, clock::today())?))
}

#[tauri::command]
#[specta::specta]
pub fn get_boundary(state: State<'_, AppState>, id: BoundaryId) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.get(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn add_boundary(state: State<'_, AppState>, draft: BoundaryDraft, note: String) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.add(draft, note, clock::now())?))
}

/// Changes a boundary read at update time `opened`, keeping the old version with `note`.
#[tauri::command]
#[specta::specta]
pub fn edit_boundary(
    state: State<'_, AppState>,
    id: BoundaryId,
    draft: BoundaryDraft,
    note: String,
    opened: Option<DateTime<Utc>>,
) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.edit(id, draft, note, opened, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn retire_boundary(state: State<'_, AppState>, id: BoundaryId, note: String) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.retire(id, note, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn log_moment(state: State<'_, AppState>, id: BoundaryId, moment: Moment) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.log(id, moment, clock::now())?))
}

/// Removes the logged moment at `index` (oldest first).
#[tauri::command]
#[specta::specta]
pub fn unlog_moment(state: State<'_, AppState>, id: BoundaryId, index: u32) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.unlog(id, index as usize, clock::now())?))
}

/// Puts back the moment `unlog_moment` removed; `removed` is the updated time it returned.
#[tauri::command]
#[specta::specta]
pub fn undo_unlog_moment(
    state: State<'_, AppState>,
    id: BoundaryId,
    removed: DateTime<Utc>,
) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.undo_unlog(id, removed, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn boundary_history(state: State<'_, AppState>, id: BoundaryId) -> Result<Vec<TimelineStep>, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.history(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn delete_boundary(state: State<'_, AppState>, id: BoundaryId) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.delete(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn undo_delete_boundary(state: State<'_, AppState>, id: BoundaryId) -> Result<Boundary, AppError> {
    state.with_vault(|v| Ok(v.boundaries()?.undo_delete(id)?))
}

// Worksheets.

#[tauri::command]
#[specta::specta]
pub fn list_worksheets(state: State<'_, AppState>) -> Result<Vec<ListedWorksheet>, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.list()?))
}

#[tauri::command]
#[specta::specta]
pub fn get_worksheet(state: State<'_, AppState>, id: WorksheetId) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.get(id)?))
}

/// Starts a worksheet dated `on`: empty, or with the answers of `from` copied forward.
#[tauri::command]
#[specta::specta]
pub fn new_worksheet(
    state: State<'_, AppState>,
    title: String,
    on: NaiveDate,
    from: Option<WorksheetId>,
) -> Result<Worksheet, AppError> {
    state.with_vault(|v| {
        let mut w = v.worksheets()?;
        Ok(match from {
            Some(from) => w.new_from(from, title, on, clock::now())?,
            None => w.new_sheet(title, on, clock::now())?,
        })
    })
}

#[tauri::command]
#[specta::specta]
pub fn retitle_worksheet(
    state: State<'_, AppState>,
    id: WorksheetId,
    title: String,
    on: NaiveDate,
) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.retitle(id, title, on, clock::now())?))
}

/// Saves one area's answers of a worksheet read at update time `opened`.
#[tauri::command]
#[specta::specta]
pub fn fill_area(
    state: State<'_, AppState>,
    id: WorksheetId,
    answer: AreaAnswer,
    opened: Option<DateTime<Utc>>,
) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.fill(id, answer, opened, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn add_area(state: State<'_, AppState>, id: WorksheetId, name: String) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.add_area(id, name, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn remove_area(state: State<'_, AppState>, id: WorksheetId, area: String) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.remove_area(id, &area, clock::now())?))
}

/// Marks an area's middle ground agreed: it becomes (or updates) an agreement.
#[tauri::command]
#[specta::specta]
pub fn agree_area(state: State<'_, AppState>, id: WorksheetId, area: String) -> Result<Agreed, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.agree(id, &area, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn compare_worksheets(
    state: State<'_, AppState>,
    before: WorksheetId,
    after: WorksheetId,
) -> Result<Comparison, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.compare(before, after)?))
}

#[tauri::command]
#[specta::specta]
pub fn delete_worksheet(state: State<'_, AppState>, id: WorksheetId) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.delete(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn undo_delete_worksheet(state: State<'_, AppState>, id: WorksheetId) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.worksheets()?.undo_delete(id)?))
}

// Agreements.

#[tauri::command]
#[specta::specta]
pub fn list_agreements(state: State<'_, AppState>) -> Result<Vec<ListedAgreement>, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.list(clock::today())?))
}

#[tauri::command]
#[specta::specta]
pub fn get_agreement(state: State<'_, AppState>, id: AgreementId) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.get(id)?))
}

/// Writes a new agreement made in the ledger itself.
#[tauri::command]
#[specta::specta]
pub fn add_agreement(state: State<'_, AppState>, draft: AgreementDraft, note: String) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.add(draft, None, note, clock::now())?))
}

/// Makes an agreement of a boundary both partners accepted.
#[tauri::command]
#[specta::specta]
pub fn agreement_from_boundary(state: State<'_, AppState>, id: BoundaryId) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.add_from_boundary(id, clock::now())?))
}

/// Changes an agreement read at update time `opened`, keeping the old version with `note`.
#[tauri::command]
#[specta::specta]
pub fn edit_agreement(
    state: State<'_, AppState>,
    id: AgreementId,
    draft: AgreementDraft,
    note: String,
    opened: Option<DateTime<Utc>>,
) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.edit(id, draft, note, opened, clock::now())?))
}

#[tauri::command]
#[specta::specta]
pub fn agreement_history(state: State<'_, AppState>, id: AgreementId) -> Result<Vec<TimelineStep>, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.history(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn delete_agreement(state: State<'_, AppState>, id: AgreementId) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.agreements()?.delete(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn undo_delete_agreement(state: State<'_, AppState>, id: AgreementId) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.agreements()?.undo_delete(id)?))
}
