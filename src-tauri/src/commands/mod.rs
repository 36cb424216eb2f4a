//! The typed commands the UI calls. Each unwraps its arguments, calls one core function and
//! maps the error; nothing here decides anything about the domain.

pub mod backup;
pub mod checkin;
pub mod clipboard;
pub mod journal;
pub mod language;
pub mod library;
pub mod partner;
pub mod print;
pub mod reminders;
pub mod safety;
pub mod sync;
pub mod tools;
pub mod vault;

use serde::{Deserialize, Serialize};
use specta::Type;
use tauri_specta::Event;

/// The vault locked itself; the UI must drop everything it shows.
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct Locked {
    /// `idle`, `slept`, `screen-locked`, `hidden` (quick hide), `user`, or `rekeyed` (another
    /// window or command replaced the key).
    pub reason: String,
}

/// Another front end (the `trellis` command, another window) changed the vault: the UI reloads
/// what shows the `kinds` whose records changed, keeping what is being written. Empty when
/// only something outside the records changed (a reminder's schedule, a setting).
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct VaultChanged {
    pub kinds: Vec<trellis_core::RecordKind>,
}

/// The search index, built behind the list after unlock, is ready; `damaged` names every
/// record that could not be read.
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct IndexReady {
    pub damaged: Vec<trellis_core::DamagedRecord>,
}

/// A reminder's notification was clicked: the UI opens this screen (after unlock, if locked).
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct OpenScreen {
    /// `checkin`, `journal`, `boundaries`, `agreements` or `reminders`.
    pub screen: String,
    /// The boundary or agreement, for a reminder about one.
    pub id: Option<String>,
}

/// A file was dropped on the window: the UI opens it as a share from the partner (after
/// unlock, if locked).
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct ShareDropped {
    pub path: String,
}

/// The window is closing: the UI saves what is unsaved, then calls `close_now`.
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct FlushRequested;
