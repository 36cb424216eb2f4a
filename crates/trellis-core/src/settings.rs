//! Preferences kept in the vault's plaintext `settings` table: things needed while locked
//! (the auto-lock time) or that say nothing about what a person wrote. Never put anything a
//! person wrote here. Each preference's default is decided here, once.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use std::path::{Path, PathBuf};

use crate::save_place::Saving;
use crate::store::StoreError;

/// The auto-lock time of a new vault, in minutes.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
/// The shortest and longest auto-lock times, in minutes.
pub const AUTO_LOCK_RANGE: (u32, u32) = (1, 24 * 60);

const AUTO_LOCK: &str = "auto_lock_minutes";
const JOURNAL_HISTORY: &str = "journal_history";
const SNAPSHOT_FOLDER: &str = "snapshot_folder";
const SNAPSHOT_KEEP: &str = "snapshot_keep";
/// What the last automatic snapshot said when it failed (a file-system message, never
/// anything written in the vault); cleared when one succeeds.
pub(crate) const SNAPSHOT_PROBLEM: &str = "snapshot_problem";
/// A random id in this vault's snapshot names, so vaults sharing a folder keep apart (it says
/// nothing about the vault); made at the first snapshot, and anew in a restored copy.
pub(crate) const SNAPSHOT_TAG: &str = "snapshot_tag";
/// "1" in a vault restored from a snapshot: snapshots named before tags are not its own.
pub(crate) const SNAPSHOT_RESTORED: &str = "snapshot_restored";

/// How many snapshots are kept by default.
pub const DEFAULT_SNAPSHOT_KEEP: u32 = 10;
/// The fewest and most snapshots kept.
pub const SNAPSHOT_KEEP_RANGE: (u32, u32) = (1, 365);
const NAME_AS_NOTES: &str = "name_as_notes";
const LANGUAGE: &str = "language";
const TOLD_TRAY: &str = "told_tray";

/// The app's own name, shown outside the unlocked window unless the person chose otherwise.
pub const APP_NAME: &str = "Trellis";
/// The plain name a person can show instead, so a glance at the screen, the taskbar or a
/// notification does not say what the app is for.
pub const NEUTRAL_NAME: &str = "Notes";
/// The record format every record has been resealed in (see `crate::record`).
pub(crate) const RECORDS_FORMAT: &str = "records_format";

/// The vault's preferences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Settings {
    /// Idle minutes before the app locks itself.
    pub auto_lock_minutes: u32,
    /// Whether editing a journal entry keeps its earlier version.
    pub journal_history: bool,
    /// The folder snapshots go to, when one was chosen (else `snapshots` in the vault folder).
    pub snapshot_folder: Option<String>,
    /// How many snapshots are kept.
    pub snapshot_keep: u32,
    /// Why the last automatic snapshot failed, if it did.
    pub snapshot_problem: Option<String>,
    /// Whether the app calls itself "Notes" instead of "Trellis" wherever its name shows
    /// outside the unlocked window. Plaintext on purpose: it must be known before unlock.
    pub name_as_notes: bool,
    /// The language the person chose for the app (a code of `library::languages`), or none to
    /// follow the system's. Plaintext on purpose: the unlock screen is in it.
    pub language: Option<String>,
}

impl Settings {
    pub(crate) fn load(conn: &Connection) -> Result<Settings, StoreError> {
        Ok(Settings {
            auto_lock_minutes: get(conn, AUTO_LOCK)?
                .and_then(|v| v.parse().ok())
                .map_or(DEFAULT_AUTO_LOCK_MINUTES, clamp_auto_lock),
            journal_history: get(conn, JOURNAL_HISTORY)?.as_deref() == Some("1"),
            snapshot_folder: get(conn, SNAPSHOT_FOLDER)?.filter(|f| !f.is_empty()),
            snapshot_keep: get(conn, SNAPSHOT_KEEP)?
                .and_then(|v| v.parse().ok())
                .map_or(DEFAULT_SNAPSHOT_KEEP, |n: u32| n.clamp(SNAPSHOT_KEEP_RANGE.0, SNAPSHOT_KEEP_RANGE.1)),
            snapshot_problem: get(conn, SNAPSHOT_PROBLEM)?.filter(|p| !p.is_empty()),
            name_as_notes: get(conn, NAME_AS_NOTES)?.as_deref() == Some("1"),
            language: get(conn, LANGUAGE)?.filter(|l| crate::library::languages().iter().any(|k| &k.code == l)),
        })
    }

    pub(crate) fn set_snapshots(conn: &Connection, folder: Option<&str>, keep: u32) -> Result<(), StoreError> {
        set(conn, SNAPSHOT_FOLDER, folder.unwrap_or(""))?;
        set(conn, SNAPSHOT_KEEP, &keep.clamp(SNAPSHOT_KEEP_RANGE.0, SNAPSHOT_KEEP_RANGE.1).to_string())
    }

    /// Returns the name to show wherever someone other than the person might see it: the
    /// window title (locked and unlocked), the unlock screen, and (when they exist) the tray
    /// tooltip and the notifications of reminders. "Trellis", or "Notes" if the person asked.
    /// Every one of those places asks here, so the choice holds everywhere at once.
    pub fn display_name(&self) -> &'static str {
        if self.name_as_notes {
            NEUTRAL_NAME
        } else {
            APP_NAME
        }
    }

    /// Returns `display_name` in `lang`: the neutral name is a plain word of each language
    /// (`app-neutral-name` in the core's catalogue).
    pub fn display_name_in(&self, lang: &str) -> String {
        match self.name_as_notes {
            true => crate::say::say(lang, "app-neutral-name", &[]),
            false => APP_NAME.to_owned(),
        }
    }

    pub(crate) fn set_language(conn: &Connection, lang: Option<&str>) -> Result<(), StoreError> {
        set(conn, LANGUAGE, lang.unwrap_or(""))
    }

    pub(crate) fn set_name_as_notes(conn: &Connection, on: bool) -> Result<(), StoreError> {
        set(conn, NAME_AS_NOTES, if on { "1" } else { "0" })
    }

    /// Says whether this is the first time the window closed to the tray, and notes that the
    /// person was told (so it is said once).
    pub(crate) fn first_time_in_tray(conn: &Connection) -> Result<bool, StoreError> {
        if get(conn, TOLD_TRAY)?.as_deref() == Some("1") {
            return Ok(false);
        }
        set(conn, TOLD_TRAY, "1")?;
        Ok(true)
    }

    pub(crate) fn set_auto_lock_minutes(conn: &Connection, minutes: u32) -> Result<(), StoreError> {
        set(conn, AUTO_LOCK, &clamp_auto_lock(minutes).to_string())
    }

    pub(crate) fn set_journal_history(conn: &Connection, on: bool) -> Result<(), StoreError> {
        set(conn, JOURNAL_HISTORY, if on { "1" } else { "0" })
    }
}

fn clamp_auto_lock(minutes: u32) -> u32 {
    minutes.clamp(AUTO_LOCK_RANGE.0, AUTO_LOCK_RANGE.1)
}

/// Returns the folder a dialog for `saving` last saved into, if one was remembered.
pub(crate) fn last_folder(conn: &Connection, saving: Saving) -> Result<Option<PathBuf>, StoreError> {
    Ok(get(conn, saving.key())?.filter(|f| !f.is_empty()).map(PathBuf::from))
}

/// Remembers the folder a dialog for `saving` saved into (a path, nothing written in it).
pub(crate) fn remember_folder(conn: &Connection, saving: Saving, folder: &Path) -> Result<(), StoreError> {
    set(conn, saving.key(), &folder.to_string_lossy())
}

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    // A value of the wrong type (a damaged or hostile file) reads as unset: the default.
    let value: Option<rusqlite::types::Value> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    Ok(match value {
        Some(rusqlite::types::Value::Text(t)) => Some(t),
        _ => None,
    })
}

pub(crate) fn set(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_clamping_and_hostile_values() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db"), true).unwrap();
        let defaults = Settings {
            auto_lock_minutes: 5,
            journal_history: false,
            snapshot_folder: None,
            snapshot_keep: 10,
            snapshot_problem: None,
            name_as_notes: false,
            language: None,
        };
        assert_eq!(Settings::load(&conn).unwrap(), defaults);
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'klingon')", []).unwrap();
        assert_eq!(
            Settings::load(&conn).unwrap().language,
            None,
            "a language the app is not written in reads as unset"
        );
        Settings::set_auto_lock_minutes(&conn, 0).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().auto_lock_minutes, 1);
        conn.execute("UPDATE settings SET value = '99999999' WHERE key = 'auto_lock_minutes'", []).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().auto_lock_minutes, 24 * 60, "clamped to a day");
        conn.execute("UPDATE settings SET value = x'00ff' WHERE key = 'auto_lock_minutes'", []).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().auto_lock_minutes, 5, "a value of the wrong type reads as unset");
        Settings::set_journal_history(&conn, true).unwrap();
        assert!(Settings::load(&conn).unwrap().journal_history);
        assert!(Settings::first_time_in_tray(&conn).unwrap());
        assert!(!Settings::first_time_in_tray(&conn).unwrap(), "said once");
    }

    #[test]
    fn the_name_shown_is_trellis_unless_the_person_chose_notes() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db"), true).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().display_name(), "Trellis");
        Settings::set_name_as_notes(&conn, true).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().display_name(), "Notes");
        Settings::set_name_as_notes(&conn, false).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().display_name(), "Trellis");
        // A damaged or hostile value never shows anything but one of the two names.
        conn.execute("UPDATE settings SET value = x'00ff' WHERE key = 'name_as_notes'", []).unwrap();
        assert_eq!(Settings::load(&conn).unwrap().display_name(), "Trellis");
    }

    #[test]
    fn each_kind_of_dialog_remembers_its_own_folder() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db"), true).unwrap();
        assert_eq!(last_folder(&conn, Saving::Pdf).unwrap(), None);
        remember_folder(&conn, Saving::Pdf, Path::new("/home/a/Printed")).unwrap();
        assert_eq!(last_folder(&conn, Saving::Pdf).unwrap(), Some(PathBuf::from("/home/a/Printed")));
        assert_eq!(last_folder(&conn, Saving::Backup).unwrap(), None, "a backup does not open where PDFs went");
        remember_folder(&conn, Saving::Pdf, Path::new("/media/usb")).unwrap();
        assert_eq!(last_folder(&conn, Saving::Pdf).unwrap(), Some(PathBuf::from("/media/usb")), "the last one counts");
    }
}
