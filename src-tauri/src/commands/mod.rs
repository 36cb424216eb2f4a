//! The typed commands the UI calls. Each unwraps its arguments, calls one core function and
//! maps the error; nothing here decides anything about the domain.

pub mod journal;
pub mod library;
pub mod vault;

use serde::{Deserialize, Serialize};
use specta::Type;
use tauri_specta::Event;

/// The vault locked itself; the UI must drop everything it shows.
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct Locked {
    /// `idle`, `slept` or `user`.
    pub reason: String,
}

/// The window is closing: the UI saves what is unsaved, then calls `close_now`.
#[derive(Clone, Debug, Serialize, Deserialize, Type, Event)]
pub struct FlushRequested;
