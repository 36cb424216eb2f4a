//! Settings → Your computers: the folder they share, joining, approving, removing, and a pass
//! of sync now. The clock thread also runs a pass every few seconds while unlocked
//! (`crate::lifecycle`).

use std::path::Path;

use serde::Serialize;
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime};
use trellis_core::{RecoveryCode, SyncReport, SyncStatus};

use super::vault::blocking;
use crate::clock;
use crate::error::AppError;
use crate::lifecycle::SYNC_PASS_BUDGET;
use crate::state::AppState;

/// Where this computer stands, and what the last pass said (none while it does not sync).
#[derive(Clone, Debug, Serialize, Type)]
pub struct SyncView {
    pub status: SyncStatus,
    pub last: Option<SyncReport>,
    /// Why the last pass failed, if it did.
    pub problem: Option<String>,
}

fn view(state: &AppState, v: &mut trellis_core::Vault) -> Result<Option<SyncView>, AppError> {
    let Some(status) = v.sync_status()? else { return Ok(None) };
    let (last, problem) = state.last_sync();
    Ok(Some(SyncView { status, last, problem }))
}

#[tauri::command]
#[specta::specta]
pub fn sync_status(state: tauri::State<'_, AppState>) -> Result<Option<SyncView>, AppError> {
    state.with_vault(|v| view(&state, v))
}

/// Starts syncing through `folder` as the first computer.
#[tauri::command]
#[specta::specta]
pub fn sync_start(
    state: tauri::State<'_, AppState>,
    folder: String,
    name: String,
) -> Result<Option<SyncView>, AppError> {
    state.with_vault(|v| {
        v.sync_start(Path::new(&folder), &name)?;
        // A large vault's first files are written by the clock's next passes, a bit at a time.
        let report = v.sync_for(clock::now(), SYNC_PASS_BUDGET, &mut |_| {});
        state.note_sync(&report);
        view(&state, v)
    })
}

/// Asks to join the computers that share `folder`; returns the six words to compare.
#[tauri::command]
#[specta::specta]
pub fn sync_join(state: tauri::State<'_, AppState>, folder: String, name: String) -> Result<String, AppError> {
    state.with_vault(|v| Ok(v.sync_join(Path::new(&folder), &name)?))
}

/// Joins the computers that share `folder` with the recovery code of one of them, for when
/// none is at hand to let this one in (it was lost, or broke); in step at once.
#[tauri::command]
#[specta::specta]
pub fn sync_join_with_recovery(
    state: tauri::State<'_, AppState>,
    folder: String,
    name: String,
    recovery_code: String,
) -> Result<Option<SyncView>, AppError> {
    let code = RecoveryCode::parse(&recovery_code);
    state.with_vault(|v| {
        v.sync_join_with_recovery(Path::new(&folder), &name, &code)?;
        let report = v.sync_for(clock::now(), SYNC_PASS_BUDGET, &mut |_| {});
        state.note_sync(&report);
        view(&state, v)
    })
}

/// One pass now, telling `progress` how many changes were read (a first join of a large vault).
#[tauri::command]
#[specta::specta]
pub async fn sync_now<R: Runtime>(app: AppHandle<R>, progress: Channel<u32>) -> Result<SyncReport, AppError> {
    blocking(app, move |state| {
        // Short passes, each taking the vault and letting it go, so the rest of the window
        // keeps answering during a first join of a large vault.
        let mut read = 0;
        loop {
            let report = state.with_vault(|v| {
                let report = v.sync_for(clock::now(), SYNC_PASS_BUDGET, &mut |n| {
                    let _ = progress.send(read + n);
                });
                state.note_sync(&report);
                Ok(report?)
            })?;
            read += report.received;
            if !report.more {
                return Ok(SyncReport { received: read, ..report });
            }
            std::thread::yield_now();
        }
    })
    .await
}

/// Lets a computer that asks to join in, once the words on both screens were compared.
#[tauri::command]
#[specta::specta]
pub fn sync_approve(
    state: tauri::State<'_, AppState>,
    id: String,
    words: String,
) -> Result<Option<SyncView>, AppError> {
    state.with_vault(|v| {
        v.sync_approve(&id, &words)?;
        view(&state, v)
    })
}

/// Removes a computer: it reads nothing written from now on.
#[tauri::command]
#[specta::specta]
pub fn sync_remove(state: tauri::State<'_, AppState>, id: String) -> Result<Option<SyncView>, AppError> {
    state.with_vault(|v| {
        v.sync_remove(&id)?;
        let report = v.sync_for(clock::now(), SYNC_PASS_BUDGET, &mut |_| {});
        state.note_sync(&report);
        view(&state, v)
    })
}

/// Stops syncing on this computer; the records stay.
#[tauri::command]
#[specta::specta]
pub fn sync_leave(state: tauri::State<'_, AppState>) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.sync_leave()?))
}
