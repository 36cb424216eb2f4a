//! Where a save dialog opens and the name it suggests. Each kind of file opens where the
//! person last saved one of its kind (remembered in the vault's plaintext settings: a folder
//! path, never a file name or anything written), else in Documents, else at home: never in
//! whatever folder the program happened to start in. A suggested name says what the file is and
//! the day, and gets `-2`, `-3`, … when that name is taken, so a second save on the same day
//! never asks "Replace?".

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// What a dialog saves or opens, as far as its folder is remembered: each opens where the last
/// one of the same purpose went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// A printable document (PDF).
    Pdf,
    /// The portable backup file.
    Backup,
    /// A readable export (JSON file or Markdown folder), or a folder a snapshot is restored into.
    Export,
    /// A file to import.
    Import,
    /// The folder snapshots go to, or the folder shared for sync.
    Folder,
}

impl Saving {
    /// The key of its remembered folder in the settings table.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Saving::Pdf => "last_folder_pdf",
            Saving::Backup => "last_folder_backup",
            Saving::Export => "last_folder_export",
            Saving::Import => "last_folder_import",
            Saving::Folder => "last_folder_folder",
        }
    }
}

/// Returns the folder a dialog opens in: the first of `remembered`, `documents` and `home`
/// that is a folder now (a remembered USB stick that is gone falls through to Documents).
pub fn start_folder(remembered: Option<&Path>, documents: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    remembered.map(Path::to_path_buf).into_iter().chain(documents).chain(home).find(|p| p.is_dir())
}

/// Returns the folder a dialog opens in for `remembered` on this computer: see [`start_folder`].
pub fn start_folder_here(remembered: Option<&Path>) -> Option<PathBuf> {
    start_folder(remembered, dirs::document_dir(), dirs::home_dir())
}

/// Returns `<stem>-<day>.<ext>` (`worksheet-2026-12-05.pdf`), or the first of
/// `<stem>-<day>-2.<ext>`, `-3`, … that is not taken in `folder`.
pub fn free_name(folder: &Path, stem: &str, day: NaiveDate, ext: &str) -> String {
    let base = format!("{stem}-{}", day.format("%Y-%m-%d"));
    let named = |n: u32| if n < 2 { format!("{base}.{ext}") } else { format!("{base}-{n}.{ext}") };
    // A folder with ten thousand of them is not worth looking further: the dialog still asks.
    (1..10_000).map(named).find(|name| !folder.join(name).exists()).unwrap_or_else(|| named(10_000))
}

/// Returns the folder to remember after the person chose `chosen` (a file, or a folder for an
/// export, snapshots or sync): the folder it is in, where the next dialog of its kind opens.
pub fn folder_to_remember(chosen: &Path) -> Option<PathBuf> {
    chosen.parent().filter(|p| p.is_absolute()).map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
    }

    #[test]
    fn a_name_says_what_and_when_and_is_numbered_when_taken() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(free_name(dir.path(), "worksheet", day(), "pdf"), "worksheet-2026-12-05.pdf");
        std::fs::write(dir.path().join("worksheet-2026-12-05.pdf"), b"x").unwrap();
        assert_eq!(free_name(dir.path(), "worksheet", day(), "pdf"), "worksheet-2026-12-05-2.pdf");
        std::fs::write(dir.path().join("worksheet-2026-12-05-2.pdf"), b"x").unwrap();
        assert_eq!(free_name(dir.path(), "worksheet", day(), "pdf"), "worksheet-2026-12-05-3.pdf");
        // Another kind of document the same day is not numbered for it.
        assert_eq!(free_name(dir.path(), "journal", day(), "pdf"), "journal-2026-12-05.pdf");
        // A gap is filled: the first free name, as a person counting would.
        std::fs::remove_file(dir.path().join("worksheet-2026-12-05-2.pdf")).unwrap();
        assert_eq!(free_name(dir.path(), "worksheet", day(), "pdf"), "worksheet-2026-12-05-2.pdf");
    }

    #[test]
    fn a_dialog_opens_where_the_last_went_else_documents_else_home() {
        let root = tempfile::tempdir().unwrap();
        let (last, docs, home) = (root.path().join("usb"), root.path().join("Documents"), root.path().join("home"));
        for d in [&last, &docs, &home] {
            std::fs::create_dir(d).unwrap();
        }
        let start = |r: Option<&Path>, d: &Path, h: &Path| start_folder(r, Some(d.to_owned()), Some(h.to_owned()));
        assert_eq!(start(Some(&last), &docs, &home), Some(last.clone()));
        assert_eq!(start(None, &docs, &home), Some(docs.clone()));
        // The stick was taken out: Documents, not a dialog in a folder that is gone.
        std::fs::remove_dir(&last).unwrap();
        assert_eq!(start(Some(&last), &docs, &home), Some(docs.clone()));
        std::fs::remove_dir(&docs).unwrap();
        assert_eq!(start(Some(&last), &docs, &home), Some(home.clone()));
        assert_eq!(start_folder(None, None, None), None);
    }

    #[test]
    fn the_folder_remembered_is_the_one_the_file_went_into() {
        // An absolute path on this system (a drive letter on Windows, `/` elsewhere).
        let root = tempfile::tempdir().unwrap();
        let docs = root.path().join("Documents");
        assert_eq!(folder_to_remember(&docs.join("worksheet-2026-12-05.pdf")), Some(docs.clone()));
        let usb = root.path().join("usb");
        assert_eq!(folder_to_remember(&usb.join("export")), Some(usb));
        assert_eq!(folder_to_remember(Path::new("x.pdf")), None, "a relative path says nothing");
    }
}
