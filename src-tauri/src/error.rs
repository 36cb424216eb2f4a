//! Errors as they cross IPC: `{ code, message }`, where `code` is a closed set the UI
//! switches on and `message` says what to do next. Core errors never carry secrets, so
//! their messages pass through as they are.

use serde::Serialize;
use specta::Type;
use trellis_core::backup::BackupError;
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

impl AppError {
    /// A vault error said in `lang`: the words a person hears when a passphrase or recovery
    /// code does not work (see `trellis_core::VaultError::say_in`).
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

/// Every core error crosses IPC with its code and its message (core messages carry no secret).
macro_rules! from_core {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for AppError {
            fn from(e: $t) -> Self {
                AppError::new(ipc_code(e.code()), e.to_string())
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
