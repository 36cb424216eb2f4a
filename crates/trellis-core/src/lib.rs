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
mod ids;
pub mod journal;
mod keyslot;
pub mod library;
mod record;
mod search;
mod secret;
mod store;
pub mod vault;

pub use ids::{EntryId, ParseIdError};
pub use journal::{Entry, EntryDraft, Journal, JournalError, Listed, Mood, MoodDay, SearchHit, SnippetPart};
pub use library::{Library, LibraryError, TrellisLink};
pub use secret::{KdfWorkFactor, Passphrase, RecoveryCode};
pub use store::StoreError;
pub use vault::{UnlockMode, UnlockReport, Vault, VaultError};

/// The file name of the database inside a vault directory.
pub const DB_FILE: &str = "trellis.db";
