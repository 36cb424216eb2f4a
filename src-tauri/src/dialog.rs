//! The system's file dialog, which chooses where a backup, an export, a PDF or snapshots go
//! and what to import, starting where the core says (`trellis_core::save_place`). A platform
//! piece; the `choose_path` and `choose_pdf_path` commands call it off the async runtime's
//! threads.

use std::path::Path;

use serde::Deserialize;
use specta::Type;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;
use trellis_core::save_place::{self, Saving};
use trellis_print::Request;

use crate::clock;
use crate::state::AppState;

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
    /// The folder a sync engine keeps in step between this person's computers.
    SyncFolder,
    /// A new `.trellis-share` file for the partner.
    ShareFile,
    /// A share from the partner to open.
    OpenShare,
}

impl Choose {
    /// Which dialogs share a remembered folder.
    fn saving(self) -> Saving {
        match self {
            Choose::BackupFile => Saving::Backup,
            Choose::JsonFile | Choose::NewFolder | Choose::ShareFile => Saving::Export,
            Choose::SnapshotFolder | Choose::SyncFolder => Saving::Folder,
            Choose::ImportFile | Choose::OpenShare => Saving::Import,
            Choose::PdfFile => Saving::Pdf,
        }
    }
}

/// Asks the person where, with the system's file dialog; `None` if they cancel. The dialog
/// opens where the last one for the same purpose went (else Documents, else home), and a file
/// to save is offered a free name that says what it is (`document` names a PDF). Waits for
/// the answer: call it off the async runtime's threads.
pub fn ask<R: Runtime>(app: &AppHandle<R>, purpose: Choose, document: Option<&Request>) -> Option<String> {
    if let Some(answer) = path_for_tests() {
        return answer;
    }
    let state = app.state::<AppState>();
    let saving = purpose.saving();
    // Read before the dialog opens and written after it closes: the vault is never held while
    // the person chooses.
    let (folder, neutral) = state
        .with_vault(|v| Ok((v.dialog_folder(saving), v.settings()?.name_as_notes)))
        .unwrap_or_else(|_| (save_place::start_folder_here(None), false));
    let today = clock::today();
    let name =
        |stem: &str, ext: &str| save_place::free_name(folder.as_deref().unwrap_or(Path::new("")), stem, today, ext);
    let mut dialog = app.dialog().file();
    if let Some(folder) = &folder {
        dialog = dialog.set_directory(folder);
    }
    let say = crate::words::say;
    let share = crate::words::say_with("filter-share", &[("name", trellis_core::settings::APP_NAME.into())]);
    let picked = match purpose {
        Choose::BackupFile => dialog
            .set_title(say("dialog-backup"))
            .set_file_name(name("trellis-backup", "age"))
            .add_filter(say("filter-backup"), &["age"])
            .blocking_save_file(),
        Choose::JsonFile => dialog
            .set_title(say("dialog-json"))
            .set_file_name(name("trellis-export", "json"))
            .add_filter("JSON", &["json"])
            .blocking_save_file(),
        Choose::NewFolder => dialog.set_title(say("dialog-new-folder")).blocking_pick_folder(),
        Choose::SnapshotFolder => dialog.set_title(say("dialog-snapshot-folder")).blocking_pick_folder(),
        Choose::SyncFolder => dialog.set_title(say("dialog-sync-folder")).blocking_pick_folder(),
        Choose::PdfFile => dialog
            .set_title(say("dialog-pdf"))
            .set_file_name(name(document.map_or("document", |d| d.file_stem(neutral)), "pdf"))
            .add_filter("PDF", &["pdf"])
            .blocking_save_file(),
        Choose::ShareFile => dialog
            .set_title(say("dialog-share"))
            .set_file_name(name("for-my-partner", "trellis-share"))
            .add_filter(&share, &["trellis-share"])
            .blocking_save_file(),
        Choose::OpenShare => {
            dialog.set_title(say("dialog-open-share")).add_filter(&share, &["trellis-share"]).blocking_pick_file()
        }
        Choose::ImportFile => dialog
            .set_title(say("dialog-import"))
            .add_filter(say("filter-exports"), &["json", "zip", "age"])
            .blocking_pick_file(),
    };
    let picked = picked.and_then(|p| p.into_path().ok())?;
    // Forgetting the folder only costs the next dialog its starting place.
    let _ = state.with_vault(|v| Ok(v.remember_dialog_folder(saving, &picked)?));
    Some(picked.display().to_string())
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
