//! The whole Trellis domain, with no window and no webview.
//!
//! Trellis keeps the most private things a person writes. This crate exists so that every
//! promise about that writing — nothing readable on disk, nothing lost, quick answers — is
//! kept in one place and tested without a UI. The desktop shell and the `trellis` command
//! are two thin doors into it.
//!
//! The shape: a [`Vault`] is a directory holding one SQLite database. It is created with a
//! passphrase, opened locked, and unlocked with the passphrase or the recovery code. While
//! unlocked, [`Vault::journal`] gives the journal: entries are sealed with a key derived
//! from the vault key before they reach SQLite, and searched through an in-memory index that
//! never touches the disk.

#![forbid(unsafe_code)]

pub mod autolock;
pub mod backup;
mod cache;
pub mod checkin;
mod code;
mod collection;
pub mod dates;
pub mod files;
mod ids;
pub mod journal;
mod keyslot;
mod kinds;
pub mod library;
pub mod partner;
mod record;
mod registry;
pub mod reminders;
mod said;
pub mod save_place;
pub mod say;
mod scan;
mod search;
mod secret;
pub mod settings;
mod store;
mod sync;
mod text;
mod timeline;
pub mod tools;
mod unlocked;
pub mod vault;

pub use checkin::{
    Agenda, AgreementReview, AgreementReviewed, BoundarySince, BoundaryTalk, BoundaryTalked, CheckIn, CheckInDraft,
    CheckInError, CheckIns, Decision, Previous, UnsavedCheckIn, UnsavedReview,
};
pub use code::{code_of, Code};
pub use files::FileError;
pub use ids::{AgreementId, BoundaryId, EntryId, ParseIdError, RecordId, ReminderId, ShareId, WorksheetId};
pub use journal::{
    About, Entry, EntryDraft, Journal, JournalError, Listed, Mood, MoodDay, Saved, SearchHit, TagCount, ThoughtRecord,
};
pub use library::{Library, LibraryError, TrellisLink};
pub use partner::shared::{Share, SharedArea, SharedBoundary, SharedItem, SharedVersion};
pub use partner::{Partner, PartnerConnected, PartnerError, QrCode, ShareChoice, ShareOpened};
pub use record::{DamagedRecord, RecordError, RecordKind};
pub use reminders::{Reminder, ReminderDraft, ReminderError, Reminders};
pub use search::{Found, SnippetPart};
pub use secret::{KdfWorkFactor, MistypedCode, Passphrase, RecoveryCode, RECOVERY_PREFIX};
pub use settings::Settings;
pub use store::StoreError;
pub use timeline::{FieldChange, TimelineStep};
pub use tools::agreements::{
    AgreedVersion, Agreement, AgreementDraft, AgreementSource, AgreementStatus, Agreements, Between, BothAgreed,
    BothSides, ListedAgreement,
};
pub use tools::boundaries::{
    Boundaries, Boundary, BoundaryDraft, BoundaryFilter, BoundaryStatus, ListedBoundary, Moment, MomentKind, Tally,
    Whose,
};
pub use tools::safety_check::{NextSteps, SafetyCheck, SafetyChecks, Sign};
pub use tools::worksheets::{
    Agreed, AreaAnswer, AreaChange, AreaComparison, Comparison, ListedWorksheet, RealismCheck, TheirSide, Worksheet,
    Worksheets,
};
pub use tools::ToolError;
pub use vault::{
    CatchUp, Computer, ComputerState, SyncError, SyncReport, SyncStatus, TwoComputers, TwoEdits, UnlockMode,
    UnlockReport, Vault, VaultError, Waiting,
};

/// Returns the vault folder used when none is given: `trellis` inside the platform's data
/// folder (`~/.local/share/trellis` on Linux). The app and the `trellis` command share it.
pub fn default_vault_dir() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|d| d.join("trellis"))
}

/// The file name of the database inside a vault directory.
pub const DB_FILE: &str = "trellis.db";

#[cfg(test)]
mod tests {
    /// The vault's default folder, where the app and the command look: on Windows the roaming
    /// application data folder, whose access list keeps it to the user (the vault's privacy
    /// there, as 0700 is on Unix).
    #[test]
    fn the_default_vault_is_trellis_in_the_platforms_data_folder() {
        let dir = super::default_vault_dir().expect("every desktop has a data folder");
        assert!(dir.is_absolute(), "{}", dir.display());
        assert_eq!(dir.file_name(), Some("trellis".as_ref()));
        #[cfg(windows)]
        {
            let appdata = std::env::var_os("APPDATA").expect("Windows sets APPDATA");
            assert_eq!(dir, std::path::Path::new(&appdata).join("trellis"));
            let text = dir.to_str().unwrap();
            assert!(text.ends_with(r"\AppData\Roaming\trellis") && !text.contains('/'), "{text}");
        }
        #[cfg(target_os = "macos")]
        assert!(dir.ends_with("Library/Application Support/trellis"), "{}", dir.display());
        #[cfg(target_os = "linux")]
        {
            use std::path::{Path, PathBuf};
            let data = std::env::var_os("XDG_DATA_HOME")
                .filter(|d| Path::new(d).is_absolute())
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(&std::env::var_os("HOME").unwrap()).join(".local/share"));
            assert_eq!(dir, data.join("trellis"));
        }
    }
}
