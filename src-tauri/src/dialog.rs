//! The system's file dialog, which chooses where a backup, an export, a PDF or snapshots go
//! and what to import. A platform piece; the `choose_path` command calls it off the async
//! runtime's threads.

use std::path::PathBuf;

use serde::Deserialize;
use specta::Type;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::clock;

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
}

/// Asks the person where, with the system's file dialog; `None` if they cancel. Waits for the
/// answer: call it off the async runtime's threads.
pub fn ask<R: Runtime>(app: &AppHandle<R>, purpose: Choose) -> Option<String> {
    if let Some(answer) = path_for_tests() {
        return answer;
    }
    let dialog = app.dialog().file();
    let today = clock::today().format("%Y-%m-%d");
    let picked = match purpose {
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
        Choose::SyncFolder => dialog.set_title("Choose the folder your computers share").blocking_pick_folder(),
        Choose::PdfFile => dialog
            .set_title("Save as PDF")
            .set_file_name(format!("trellis-{today}.pdf"))
            .add_filter("PDF", &["pdf"])
            .blocking_save_file(),
        Choose::ImportFile => dialog
            .set_title("Choose a file to import")
            .add_filter("Exports", &["json", "zip", "age"])
            .blocking_pick_file(),
    };
    picked.and_then(|p| p.into_path().ok()).map(|p: PathBuf| p.display().to_string())
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
