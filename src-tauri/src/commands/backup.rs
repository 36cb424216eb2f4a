//! Settings → Backup & export: snapshots, the portable backup, the readable export, import,
//! and the native dialogs that choose where. Slow work runs off the async runtime's threads.

use std::path::{Path, PathBuf};

use chrono::Local;
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use trellis_core::backup::{self, ExportReport, ImportReport, Opener, SnapshotInfo, Source, Verified};
use trellis_core::{Passphrase, Vault};

use super::vault::{blocking, Progress};
use crate::clock;
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
        state.with_vault(|v| {
            Ok(match format {
                ExportFormat::Json => v.export_json(Path::new(&path), clock::now())?,
                ExportFormat::Markdown => v.export_markdown(Path::new(&path), clock::now(), &mut |done, total| {
                    let _ = on_progress.send(Progress { done: done as u32, total: total as u32 });
                })?,
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

/// What a native file dialog is for.
#[derive(Clone, Copy, Debug, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Choose {
    /// A new `.age` file for the portable backup.
    BackupFile,
    /// A new `.json` file for the readable export.
    JsonFile,
    /// A new folder for the Markdown export, or for restoring a snapshot into.
    NewFolder,
    /// The folder snapshots go to.
    SnapshotFolder,
    /// A file (or a Day One folder's Journal.json) to import.
    ImportFile,
    /// A new `.pdf` file for a printable document.
    PdfFile,
}

/// Asks the person where, with the system's file dialog; `None` if they cancel.
#[tauri::command]
#[specta::specta]
pub async fn choose_path<R: Runtime>(app: AppHandle<R>, purpose: Choose) -> Result<Option<String>, AppError> {
    if let Some(answer) = path_for_tests() {
        return Ok(answer);
    }
    let dialog = app.dialog().file();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let today = clock::today().format("%Y-%m-%d");
        match purpose {
            Choose::BackupFile => dialog
                .set_title("Save the backup")
                .set_file_name(format!("trellis-backup-{today}.age"))
                .add_filter("age backup", &["age"])
                .blocking_save_file(),
            Choose::JsonFile => dialog
                .set_title("Export as JSON")
                .set_file_name(format!("trellis-export-{today}.json"))
                .add_filter("JSON", &["json"])
                .blocking_save_file(),
            Choose::NewFolder => dialog.set_title("Choose a new, empty folder").blocking_pick_folder(),
            Choose::SnapshotFolder => dialog.set_title("Where should snapshots go?").blocking_pick_folder(),
            Choose::PdfFile => dialog
                .set_title("Save as PDF")
                .set_file_name(format!("trellis-{today}.pdf"))
                .add_filter("PDF", &["pdf"])
                .blocking_save_file(),
            Choose::ImportFile => dialog
                .set_title("Choose a file to import")
                .add_filter("Exports", &["json", "zip", "age"])
                .blocking_pick_file(),
        }
    })
    .await
    .map_err(|e| AppError::new(crate::error::ErrorCode::Internal, format!("the dialog stopped unexpectedly: {e}")))?;
    Ok(picked.and_then(|p| p.into_path().ok()).map(|p: PathBuf| p.display().to_string()))
}

/// Answers `choose_path` for the end-to-end tests, which cannot drive the system's file
/// dialog. Only in a debug build (`test_only_var`), and only when `TRELLIS_CHOOSE_PATH_FOR_TESTS`
/// names a file: each request takes that file's first line out of it and answers with it, so a
/// test writes the paths (one a line) before it clicks. An empty line, an empty file or no file
/// answers as if the person cancelled; the dialog never opens while the variable is set.
fn path_for_tests() -> Option<Option<String>> {
    let file = crate::config::test_only_var("TRELLIS_CHOOSE_PATH_FOR_TESTS")?;
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let (answer, rest) = first_line(&text);
    let _ = std::fs::write(&file, rest);
    Some(answer)
}

/// Splits off the first line: the path on it (none if it is empty) and the lines after it.
fn first_line(text: &str) -> (Option<String>, &str) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.trim_end_matches('\r');
    ((!first.is_empty()).then(|| first.to_string()), rest)
}

#[cfg(test)]
mod tests {
    use super::first_line;

    #[test]
    fn test_paths_are_taken_one_line_at_a_time() {
        assert_eq!(first_line("/a b/x.age\n/c\n"), (Some("/a b/x.age".to_string()), "/c\n"));
        assert_eq!(first_line("/c\n"), (Some("/c".to_string()), ""));
        assert_eq!(first_line("/d"), (Some("/d".to_string()), ""), "the last line needs no line break");
        // An empty line is a cancelled dialog, and so is a file with nothing left in it.
        assert_eq!(first_line("\n/e\n"), (None, "/e\n"));
        assert_eq!(first_line(""), (None, ""));
    }
}
