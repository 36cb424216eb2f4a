//! Settings → Backup & export: snapshots, the portable backup, the readable export, import,
//! and the native dialogs that choose where. Slow work runs off the async runtime's threads.

use std::path::Path;

use chrono::Local;
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime};
use trellis_core::backup::{self, ExportReport, ImportReport, Opener, SnapshotInfo, Source, Verified};
use trellis_core::{Passphrase, Vault};

use super::vault::{blocking, Progress};
use crate::clock;
use crate::dialog::{self, Choose};
use crate::error::AppError;
use crate::state::AppState;

/// The snapshot settings and the snapshots there are.
#[derive(Clone, Debug, Serialize, Type)]
pub struct BackupStatus {
    pub folder: String,
    /// Whether the folder is the default one inside the vault folder.
    pub default_folder: bool,
    pub keep: u32,
    /// Why the last automatic snapshot failed, if it did.
    pub problem: Option<String>,
    /// Newest first.
    pub snapshots: Vec<SnapshotInfo>,
}

fn status(v: &Vault) -> Result<BackupStatus, AppError> {
    let settings = v.settings()?;
    let folder = v.snapshot_folder()?;
    Ok(BackupStatus {
        folder: folder.display().to_string(),
        default_folder: settings.snapshot_folder.is_none(),
        keep: settings.snapshot_keep,
        problem: settings.snapshot_problem,
        snapshots: v.snapshots(&folder)?,
    })
}

#[tauri::command]
#[specta::specta]
pub fn backup_status(state: tauri::State<'_, AppState>) -> Result<BackupStatus, AppError> {
    state.with_vault(|v| status(v))
}

/// Chooses the snapshot folder (none: the default) and how many to keep.
#[tauri::command]
#[specta::specta]
pub fn set_snapshots(
    state: tauri::State<'_, AppState>,
    folder: Option<String>,
    keep: u32,
) -> Result<BackupStatus, AppError> {
    state.with_vault(|v| {
        v.set_snapshots(folder.as_deref().map(Path::new), keep)?;
        status(v)
    })
}

/// Takes a snapshot now.
#[tauri::command]
#[specta::specta]
pub async fn snapshot_now<R: Runtime>(app: AppHandle<R>) -> Result<BackupStatus, AppError> {
    blocking(app, |state| {
        state.with_vault(|v| {
            let keep = v.settings()?.snapshot_keep as usize;
            v.snapshot(&v.snapshot_folder()?, keep, clock::now())?;
            status(v)
        })
    })
    .await
}

/// Checks that a snapshot opens with `passphrase` and every record in it reads.
#[tauri::command]
#[specta::specta]
pub async fn check_snapshot<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    passphrase: String,
) -> Result<Verified, AppError> {
    blocking(app, move |_| {
        Ok(backup::verify_snapshot(Path::new(&path), Opener::Passphrase(&Passphrase::new(passphrase)), clock::now())?)
    })
    .await
}

/// Restores a snapshot into `to`, a new or empty folder; returns the restored database's path.
#[tauri::command]
#[specta::specta]
pub async fn restore_snapshot<R: Runtime>(app: AppHandle<R>, path: String, to: String) -> Result<String, AppError> {
    blocking(app, move |_| Ok(backup::restore_snapshot(Path::new(&path), Path::new(&to))?.display().to_string())).await
}

/// Writes the portable backup (an age file) with a passphrase chosen for it.
#[tauri::command]
#[specta::specta]
pub async fn write_backup<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    passphrase: String,
) -> Result<ExportReport, AppError> {
    blocking(app, move |state| {
        let work = state.config.work;
        state.with_vault(|v| Ok(v.write_backup(Path::new(&path), &Passphrase::new(passphrase), work, clock::now())?))
    })
    .await
}

/// What the readable export writes.
#[derive(Clone, Copy, Debug, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// One JSON file.
    Json,
    /// A folder of Markdown files.
    Markdown,
}

/// Writes the readable export (plaintext, on purpose), with progress.
#[tauri::command]
#[specta::specta]
pub async fn export_readable<R: Runtime>(
    app: AppHandle<R>,
    format: ExportFormat,
    path: String,
    on_progress: Channel<Progress>,
) -> Result<ExportReport, AppError> {
    blocking(app, move |state| {
        let lang = state.language();
        state.with_vault(|v| {
            Ok(match format {
                ExportFormat::Json => v.export_json(Path::new(&path), clock::now())?,
                ExportFormat::Markdown => {
                    v.export_markdown(Path::new(&path), clock::now(), lang, &mut |done, total| {
                        let _ = on_progress.send(Progress { done: done as u32, total: total as u32 });
                    })?
                }
            })
        })
    })
    .await
}

/// Imports a file, all or nothing; a `.age` backup needs its passphrase.
#[tauri::command]
#[specta::specta]
pub async fn import_file<R: Runtime>(
    app: AppHandle<R>,
    source: Source,
    path: String,
    passphrase: Option<String>,
) -> Result<ImportReport, AppError> {
    blocking(app, move |state| {
        let passphrase = passphrase.map(Passphrase::new);
        state.with_vault(|v| Ok(v.import(source, Path::new(&path), passphrase.as_ref(), &Local)?))
    })
    .await
}

/// Asks the person where, with the system's file dialog; `None` if they cancel.
#[tauri::command]
#[specta::specta]
pub async fn choose_path<R: Runtime>(app: AppHandle<R>, purpose: Choose) -> Result<Option<String>, AppError> {
    tauri::async_runtime::spawn_blocking(move || dialog::ask(&app, purpose, None))
        .await
        .map_err(|e| AppError::new(crate::error::ErrorCode::Internal, crate::words::because("error-dialog-stopped", e)))
}
