//! One code per failure, declared once for the whole core. Every error type of the core says
//! its code ([`Code`] through `code()`); the desktop shell turns a code into its IPC code and
//! the `trellis` command into its exit code, each with one exhaustive `match`, so a new
//! failure reaches both front ends the day it is added, and nobody maps a feature's errors by
//! hand again.

/// What kind of failure, as every front end tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// No vault in the folder.
    NoVault,
    /// A vault is there already.
    VaultExists,
    WrongPassphrase,
    WrongRecoveryCode,
    EmptyPassphrase,
    /// The vault is locked (or was re-keyed elsewhere and locked itself).
    Locked,
    /// No record with that id.
    NotFound,
    /// A name typed names nothing (an article's): not found, and a mistake in what was asked.
    UnknownName,
    /// A record, file or key slot could not be read.
    Damaged,
    /// The record was changed elsewhere since it was opened.
    Changed,
    /// The record is larger than its kind allows.
    TooLarge,
    /// The vault was re-keyed by another front end; nothing was written.
    KeyChanged,
    /// What was asked for does not make sense as given (an empty text, an unknown name).
    Invalid,
    /// A file given to read is not what it should be (an import that does not parse);
    /// nothing was changed.
    BadFile,
    /// A file is in the way (Trellis never overwrites one).
    FileExists,
    DiskFull,
    /// Another window or command holds the vault.
    Busy,
    /// Written by a newer Trellis.
    NewerVault,
    /// Anything else: a bug, or a failure of the system below.
    Internal,
}

use crate::backup::BackupError;
use crate::files::FileError;
use crate::ids::RecordId;
use crate::library::LibraryError;
use crate::record::RecordError;
use crate::reminders::ReminderError;
use crate::store::StoreError;
use crate::tools::ToolError;
use crate::{CheckInError, JournalError, VaultError};

impl crate::PartnerError {
    pub fn code(&self) -> Code {
        use crate::PartnerError;
        match self {
            PartnerError::NotConnected | PartnerError::Connected(_) | PartnerError::Invalid(_) => Code::Invalid,
            PartnerError::Refused(_) => Code::BadFile,
            PartnerError::Locked => Code::Locked,
            PartnerError::Tool(e) => e.code(),
            PartnerError::File(e) => e.code(),
        }
    }
}

impl StoreError {
    pub fn code(&self) -> Code {
        match self {
            StoreError::NewerSchema { .. } => Code::NewerVault,
            StoreError::Damaged { .. } => Code::Damaged,
            StoreError::DiskFull => Code::DiskFull,
            StoreError::Busy => Code::Busy,
            StoreError::Interrupted | StoreError::Sqlite(_) => Code::Internal,
        }
    }
}

impl FileError {
    pub fn code(&self) -> Code {
        match self {
            FileError::Exists(_) => Code::FileExists,
            FileError::Io { .. } => Code::Internal,
        }
    }
}

impl<I: RecordId> RecordError<I> {
    pub fn code(&self) -> Code {
        match self {
            RecordError::NotFound(_) => Code::NotFound,
            RecordError::Damaged(_) => Code::Damaged,
            RecordError::Changed(_) => Code::Changed,
            RecordError::TooLarge { .. } => Code::TooLarge,
            RecordError::KeyChanged => Code::KeyChanged,
            RecordError::Store(s) => s.code(),
        }
    }
}

impl VaultError {
    pub fn code(&self) -> Code {
        match self {
            VaultError::NotFound(_) => Code::NoVault,
            VaultError::AlreadyExists(_) => Code::VaultExists,
            VaultError::WrongPassphrase => Code::WrongPassphrase,
            // A mistyped code is a wrong one too; its message says where the mistake is.
            VaultError::WrongRecoveryCode | VaultError::MistypedRecoveryCode(_) => Code::WrongRecoveryCode,
            VaultError::EmptyPassphrase => Code::EmptyPassphrase,
            VaultError::Locked => Code::Locked,
            VaultError::SlotDamaged | VaultError::SlotTooCostly(_) => Code::Damaged,
            VaultError::Store(s) => s.code(),
            VaultError::Io { .. } => Code::Internal,
            VaultError::Library(e) => e.code(),
        }
    }
}

impl JournalError {
    pub fn code(&self) -> Code {
        match self {
            JournalError::NotFound(_) => Code::NotFound,
            JournalError::Damaged(_) => Code::Damaged,
            JournalError::Changed(_) => Code::Changed,
            JournalError::TooLarge { .. } => Code::TooLarge,
            JournalError::KeyChanged => Code::KeyChanged,
            JournalError::BadMood | JournalError::Invalid(_) | JournalError::OutOfRange { .. } => Code::Invalid,
            JournalError::Io(_) => Code::Internal,
            JournalError::Store(s) => s.code(),
        }
    }
}

impl ToolError {
    pub fn code(&self) -> Code {
        match self {
            ToolError::NotFound { .. } => Code::NotFound,
            ToolError::Damaged { .. } => Code::Damaged,
            ToolError::Changed { .. } => Code::Changed,
            ToolError::TooLarge { .. } => Code::TooLarge,
            ToolError::KeyChanged => Code::KeyChanged,
            ToolError::Invalid(_) => Code::Invalid,
            ToolError::Store(s) => s.code(),
        }
    }
}

impl ReminderError {
    pub fn code(&self) -> Code {
        match self {
            ReminderError::Invalid(_) => Code::Invalid,
            ReminderError::Record(r) => r.code(),
        }
    }
}

impl CheckInError {
    pub fn code(&self) -> Code {
        match self {
            CheckInError::NotACheckIn(_) => Code::NotFound,
            CheckInError::Invalid(_) => Code::Invalid,
            CheckInError::Journal(j) => j.code(),
            CheckInError::Tool(t) => t.code(),
        }
    }
}

impl BackupError {
    pub fn code(&self) -> Code {
        match self {
            BackupError::Invalid(_) => Code::BadFile,
            BackupError::Damaged(_) => Code::Damaged,
            BackupError::WrongPassphrase => Code::WrongPassphrase,
            BackupError::NotEmpty(_) => Code::FileExists,
            BackupError::Read { .. } => Code::Internal,
            BackupError::File(f) => f.code(),
            BackupError::Vault(v) => v.code(),
            BackupError::Store(s) => s.code(),
        }
    }
}

impl LibraryError {
    pub fn code(&self) -> Code {
        match self {
            LibraryError::NotFound(_) | LibraryError::Language(_) => Code::UnknownName,
            LibraryError::Content { .. } | LibraryError::Index(_) => Code::Internal,
        }
    }
}

impl crate::SyncError {
    pub fn code(&self) -> Code {
        use crate::SyncError as E;
        match self {
            E::Locked => Code::Locked,
            E::NotSetUp | E::AlreadySetUp(_) | E::FolderInUse(_) | E::WordsDiffer | E::NoName | E::Removed => {
                Code::Invalid
            }
            E::NotASyncFolder(_) | E::OtherVault | E::NotOurs => Code::BadFile,
            E::NoSuchComputer(_) => Code::NotFound,
            E::Mistyped(_) | E::RecoveryCodeOpensNothing => Code::WrongRecoveryCode,
            E::File(e) => e.code(),
            E::Store(e) => e.code(),
        }
    }
}

/// The first core error in a chain of causes, by its code (what the `trellis` command's
/// `anyhow` errors carry).
pub fn code_of(e: &(dyn std::error::Error + 'static)) -> Option<Code> {
    let mut cause = Some(e);
    while let Some(c) = cause {
        macro_rules! try_as {
            ($($t:ty),*) => {$(
                if let Some(e) = c.downcast_ref::<$t>() {
                    return Some(e.code());
                }
            )*};
        }
        try_as!(
            VaultError,
            JournalError,
            CheckInError,
            BackupError,
            ToolError,
            ReminderError,
            LibraryError,
            crate::SyncError,
            crate::PartnerError,
            StoreError,
            FileError
        );
        cause = c.source();
    }
    None
}
