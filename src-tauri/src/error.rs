//! Errors as they cross IPC: `{ code, message }`, where `code` is a closed set the UI
//! switches on and `message` says what to do next. Core errors never carry secrets, so
//! their messages pass through as they are.

use serde::Serialize;
use specta::Type;
use trellis_core::backup::BackupError;
use trellis_core::{CheckInError, FileError, JournalError, LibraryError, StoreError, ToolError, VaultError};

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
    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError { code, message: message.into() }
    }
}

// Every match below names every variant: a new core error cannot reach the UI as `internal`
// without the compiler asking which code it gets.

fn store_code(e: &StoreError) -> ErrorCode {
    match e {
        StoreError::NewerSchema { .. } => ErrorCode::NewerVault,
        StoreError::Damaged { .. } => ErrorCode::Damaged,
        StoreError::DiskFull => ErrorCode::DiskFull,
        StoreError::Busy => ErrorCode::Busy,
        StoreError::Interrupted | StoreError::Sqlite(_) => ErrorCode::Internal,
    }
}

impl From<VaultError> for AppError {
    fn from(e: VaultError) -> Self {
        AppError::new(vault_code(&e), e.to_string())
    }
}

fn vault_code(e: &VaultError) -> ErrorCode {
    {
        match e {
            VaultError::NotFound(_) => ErrorCode::NoVault,
            VaultError::AlreadyExists(_) => ErrorCode::VaultExists,
            VaultError::WrongPassphrase => ErrorCode::WrongPassphrase,
            VaultError::WrongRecoveryCode => ErrorCode::WrongRecoveryCode,
            VaultError::EmptyPassphrase => ErrorCode::EmptyPassphrase,
            VaultError::Locked => ErrorCode::Locked,
            VaultError::SlotDamaged | VaultError::SlotTooCostly(_) => ErrorCode::Damaged,
            VaultError::Store(s) => store_code(s),
            VaultError::Io { .. } => ErrorCode::Internal,
        }
    }
}

impl From<JournalError> for AppError {
    fn from(e: JournalError) -> Self {
        let code = match &e {
            JournalError::NotFound(_) => ErrorCode::NotFound,
            JournalError::Damaged(_) => ErrorCode::Damaged,
            JournalError::Changed(_) => ErrorCode::Changed,
            // The screen goes to the lock screen, keeping what was being written.
            JournalError::KeyChanged => ErrorCode::Locked,
            JournalError::TooLarge { .. } => ErrorCode::TooLarge,
            JournalError::BadMood => ErrorCode::Internal,
            JournalError::OutOfRange { .. } => ErrorCode::Invalid,
            JournalError::Io(_) => ErrorCode::Internal,
            JournalError::Store(s) => store_code(s),
        };
        AppError::new(code, e.to_string())
    }
}

impl From<ToolError> for AppError {
    fn from(e: ToolError) -> Self {
        let code = match &e {
            ToolError::NotFound { .. } => ErrorCode::NotFound,
            ToolError::Damaged { .. } => ErrorCode::Damaged,
            ToolError::Changed { .. } => ErrorCode::Changed,
            ToolError::TooLarge { .. } => ErrorCode::TooLarge,
            ToolError::KeyChanged => ErrorCode::Locked,
            ToolError::Invalid(_) => ErrorCode::Invalid,
            ToolError::Store(s) => store_code(s),
        };
        AppError::new(code, e.to_string())
    }
}

impl From<CheckInError> for AppError {
    fn from(e: CheckInError) -> Self {
        match e {
            CheckInError::NotACheckIn(_) => AppError::new(ErrorCode::NotFound, e.to_string()),
            CheckInError::Invalid(_) => AppError::new(ErrorCode::Invalid, e.to_string()),
            CheckInError::Journal(j) => j.into(),
            CheckInError::Tool(t) => t.into(),
        }
    }
}

impl From<BackupError> for AppError {
    fn from(e: BackupError) -> Self {
        let code = match &e {
            BackupError::Invalid(_) => ErrorCode::Invalid,
            BackupError::Damaged(_) => ErrorCode::Damaged,
            BackupError::WrongPassphrase => ErrorCode::WrongPassphrase,
            BackupError::NotEmpty(_) => ErrorCode::FileExists,
            BackupError::Read { .. } => ErrorCode::Internal,
            BackupError::File(f) => file_code(f),
            BackupError::Vault(v) => vault_code(v),
            BackupError::Store(s) => store_code(s),
        };
        AppError::new(code, e.to_string())
    }
}

impl From<LibraryError> for AppError {
    fn from(e: LibraryError) -> Self {
        let code = match &e {
            LibraryError::NotFound(_) => ErrorCode::NotFound,
            LibraryError::Content { .. } | LibraryError::Index(_) => ErrorCode::Internal,
        };
        AppError::new(code, e.to_string())
    }
}

impl From<trellis_print::PrintError> for AppError {
    fn from(e: trellis_print::PrintError) -> Self {
        use trellis_print::PrintError;
        match e {
            PrintError::Layout { .. } => AppError::new(ErrorCode::Internal, e.to_string()),
            PrintError::File(f) => f.into(),
            PrintError::Journal(j) => j.into(),
            PrintError::Tool(t) => t.into(),
            PrintError::Vault(v) => v.into(),
        }
    }
}

impl From<FileError> for AppError {
    fn from(e: FileError) -> Self {
        AppError::new(file_code(&e), e.to_string())
    }
}

fn file_code(e: &FileError) -> ErrorCode {
    match e {
        FileError::Exists(_) => ErrorCode::FileExists,
        FileError::Io { .. } => ErrorCode::Internal,
    }
}

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
