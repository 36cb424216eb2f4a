//! Errors as they cross IPC: `{ code, message }`, where `code` is a closed set the UI
//! switches on and `message` says what to do next. Core errors never carry secrets, so
//! their messages pass through, said in the language the screens are shown in.

use std::sync::RwLock;

use serde::Serialize;
use specta::Type;
use trellis_core::backup::BackupError;
use trellis_core::say::Said;
use trellis_core::{
    CheckInError, Code, FileError, JournalError, LibraryError, ReminderError, StoreError, SyncError, ToolError,
    VaultError,
};

/// What kind of failure: the UI decides what to show from this alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NoVault,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryCode,
    EmptyPassphrase,
    Locked,
    NotFound,
    Damaged,
    Changed,
    FileExists,
    TooLarge,
    /// What was asked for does not make sense as given (an empty text, an unknown area).
    Invalid,
    DiskFull,
    Busy,
    NewerVault,
    LinkRefused,
    Clipboard,
    Internal,
}

/// An error for the UI.
#[derive(Debug, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
}

/// The language the screens are shown in, which every core error crossing IPC is said in:
/// English until `AppState::use_language` keeps another. One for the process, as the app holds
/// one state; kept here because `From` cannot be given the state.
static SHOWN: RwLock<&'static str> = RwLock::new("en");

/// Says the core's errors in `lang` from now on (a language of the library).
pub(crate) fn say_errors_in(lang: &'static str) {
    *SHOWN.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = lang;
}

/// The language the core's errors are said in now.
pub(crate) fn shown_language() -> &'static str {
    *SHOWN.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppError {
    /// A vault error said in `lang`: the words a person hears when a passphrase or recovery
    /// code does not work, in the language of the state that is unlocking.
    pub fn said(e: &trellis_core::VaultError, lang: &str) -> Self {
        AppError::new(ipc_code(e.code()), e.say_in(lang))
    }

    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError { code, message: message.into() }
    }
}

/// The IPC code of each failure the core names: one exhaustive match, so a new failure
/// cannot reach the UI as `internal` without the compiler asking which code it gets.
fn ipc_code(code: Code) -> ErrorCode {
    match code {
        Code::NoVault => ErrorCode::NoVault,
        Code::VaultExists => ErrorCode::VaultExists,
        Code::WrongPassphrase => ErrorCode::WrongPassphrase,
        Code::WrongRecoveryCode => ErrorCode::WrongRecoveryCode,
        Code::EmptyPassphrase => ErrorCode::EmptyPassphrase,
        // A re-key elsewhere: the screen goes to the lock screen, keeping what was being written.
        Code::Locked | Code::KeyChanged => ErrorCode::Locked,
        Code::NotFound | Code::UnknownName => ErrorCode::NotFound,
        Code::Damaged => ErrorCode::Damaged,
        Code::Changed => ErrorCode::Changed,
        Code::TooLarge => ErrorCode::TooLarge,
        Code::Invalid | Code::BadFile => ErrorCode::Invalid,
        Code::FileExists => ErrorCode::FileExists,
        Code::DiskFull => ErrorCode::DiskFull,
        Code::Busy => ErrorCode::Busy,
        Code::NewerVault => ErrorCode::NewerVault,
        Code::Internal => ErrorCode::Internal,
    }
}

/// Every core error crosses IPC with its code and its message, said in the language shown
/// (core messages carry no secret).
macro_rules! from_core {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for AppError {
            fn from(e: $t) -> Self {
                AppError::new(ipc_code(e.code()), e.say_in(shown_language()))
            }
        }
    )*};
}

from_core!(
    VaultError,
    trellis_core::PartnerError,
    JournalError,
    ToolError,
    ReminderError,
    SyncError,
    CheckInError,
    BackupError,
    LibraryError,
    StoreError,
    FileError,
    trellis_print::PrintError,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_message() {
        let e: AppError = VaultError::WrongPassphrase.into();
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "wrong_passphrase");
        assert!(json["message"].as_str().unwrap().contains("passphrase"));
    }
}
