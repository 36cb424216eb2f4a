//! One message per failure, declared once for the whole core, as their codes are (`code.rs`):
//! every error type of the core is [`Said`], so the desktop shell says it in the language the
//! screens are shown in. Each variant names a message of `locales/<lang>/core.ftl` with its
//! values; a wrapped error says itself; the system's own words (an I/O or SQLite failure)
//! pass as a value, as the system says them. In English every message is the error's
//! `Display` text, word for word (the tests below hold each variant to it).

use crate::backup::BackupError;
use crate::files::FileError;
use crate::ids::{ParseIdError, RecordId};
use crate::library::LibraryError;
use crate::record::RecordError;
use crate::reminders::{ReminderError, RuleError};
use crate::say::{Arg, Message, Said};
use crate::secret::{MistypedCode, CODE_LEN};
use crate::store::StoreError;
use crate::tools::ToolError;
use crate::{CheckInError, JournalError, PartnerError, SyncError, VaultError};

/// A path, as the messages show it.
fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// A size in megabytes, as the messages show it (one decimal).
fn megabytes(size: f64) -> Arg {
    Arg::Tenths(size)
}

impl Said for MistypedCode {
    fn message(&self) -> Message {
        match self {
            MistypedCode::Empty => Message::new("error-code-empty"),
            MistypedCode::Character { at, group } => {
                Message::new("error-code-character").with("at", *at).with("group", *group)
            }
            MistypedCode::Length { found } => {
                Message::new("error-code-length").with("found", *found).with("expected", CODE_LEN)
            }
            MistypedCode::Checksum => Message::new("error-code-checksum"),
        }
    }
}

impl Said for VaultError {
    fn message(&self) -> Message {
        match self {
            VaultError::NotFound(p) => Message::new("error-no-vault").with("path", path(p)),
            VaultError::AlreadyExists(p) => Message::new("error-vault-exists").with("path", path(p)),
            VaultError::WrongPassphrase => Message::new("error-wrong-passphrase"),
            VaultError::WrongRecoveryCode => Message::new("error-wrong-recovery-code"),
            VaultError::MistypedRecoveryCode(m) => m.message(),
            VaultError::EmptyPassphrase => Message::new("error-empty-passphrase"),
            VaultError::Locked => Message::new("error-locked"),
            VaultError::SlotTooCostly(work) => Message::new("error-slot-too-costly").with("work", *work),
            VaultError::SlotDamaged => Message::new("error-slot-damaged"),
            VaultError::Store(e) => e.message(),
            VaultError::Io { path: p, source } => {
                Message::new("error-vault-folder").with("path", path(p)).with("reason", source.to_string())
            }
            VaultError::Library(e) => e.message(),
        }
    }
}

impl Said for StoreError {
    fn message(&self) -> Message {
        match self {
            StoreError::NewerSchema { found, known } => {
                Message::new("error-newer-vault").with("found", *found).with("known", *known)
            }
            StoreError::Damaged { path: p } => Message::new("error-vault-damaged").with("path", path(p)),
            StoreError::DiskFull => Message::new("error-disk-full"),
            StoreError::Busy => Message::new("error-busy"),
            StoreError::Interrupted => Message::new("error-index-stopped"),
            StoreError::Sqlite(e) => Message::new("error-database").with("reason", e.to_string()),
        }
    }
}

impl Said for FileError {
    fn message(&self) -> Message {
        match self {
            FileError::Exists(p) => Message::new("error-file-exists").with("path", path(p)),
            FileError::Io { path: p, source } => {
                Message::new("error-file-write").with("path", path(p)).with("reason", source.to_string())
            }
        }
    }
}

impl<I: RecordId> Said for RecordError<I> {
    fn message(&self) -> Message {
        match self {
            RecordError::NotFound(id) => {
                Message::new("error-record-not-found").with("kind", I::KIND).with("id", id.to_string())
            }
            RecordError::Damaged(id) => {
                Message::new("error-record-damaged").with("kind", I::KIND).with("id", id.to_string())
            }
            RecordError::Changed(id) => {
                Message::new("error-record-changed").with("kind", I::KIND).with("id", id.to_string())
            }
            RecordError::TooLarge { size_mb, max_mb } => {
                Message::new("error-record-too-large").with("size", megabytes(*size_mb)).with("max", *max_mb)
            }
            RecordError::KeyChanged => Message::new("error-key-changed"),
            RecordError::Store(e) => e.message(),
        }
    }
}

impl Said for JournalError {
    fn message(&self) -> Message {
        match self {
            JournalError::NotFound(id) => Message::new("error-entry-not-found").with("id", id.to_string()),
            JournalError::Damaged(id) => Message::new("error-entry-damaged").with("id", id.to_string()),
            JournalError::Changed(id) => Message::new("error-entry-changed").with("id", id.to_string()),
            JournalError::TooLarge { size_mb } => {
                Message::new("error-entry-too-large").with("size", megabytes(*size_mb))
            }
            JournalError::KeyChanged => Message::new("error-key-changed"),
            JournalError::BadMood => Message::new("error-bad-mood"),
            JournalError::Invalid(m) => m.clone(),
            JournalError::OutOfRange { id, field } => {
                Message::new("error-entry-date").with("id", id.to_string()).with("field", *field)
            }
            JournalError::Io(source) => Message::new("error-export-write").with("reason", source.to_string()),
            JournalError::Store(e) => e.message(),
        }
    }
}

impl Said for ToolError {
    fn message(&self) -> Message {
        match self {
            ToolError::NotFound { kind, id } => {
                Message::new("error-record-not-found").with("kind", *kind).with("id", id.as_str())
            }
            ToolError::Damaged { kind, id } => {
                Message::new("error-record-damaged").with("kind", *kind).with("id", id.as_str())
            }
            ToolError::Changed { kind, id } => {
                Message::new("error-tool-changed").with("kind", *kind).with("id", id.as_str())
            }
            ToolError::TooLarge { size_mb, max_mb } => {
                Message::new("error-tool-too-large").with("size", megabytes(*size_mb)).with("max", *max_mb)
            }
            ToolError::KeyChanged => Message::new("error-key-changed"),
            ToolError::Invalid(m) => m.clone(),
            ToolError::Store(e) => e.message(),
        }
    }
}

impl Said for RuleError {
    fn message(&self) -> Message {
        match self {
            RuleError::NoDays => Message::new("error-rule-no-days"),
            RuleError::BadDay => Message::new("error-rule-day"),
            RuleError::BadZone(zone) => Message::new("error-rule-zone").with("zone", zone.as_str()),
            RuleError::BadTime(time) => Message::new("error-rule-time").with("time", time.as_str()),
            RuleError::OutOfRange => Message::new("error-rule-date"),
        }
    }
}

impl Said for ReminderError {
    fn message(&self) -> Message {
        match self {
            ReminderError::Invalid(m) => m.clone(),
            ReminderError::Record(e) => e.message(),
        }
    }
}

impl Said for CheckInError {
    fn message(&self) -> Message {
        match self {
            CheckInError::NotACheckIn(id) => Message::new("error-not-a-check-in").with("id", id.to_string()),
            CheckInError::Invalid(m) => m.clone(),
            CheckInError::Journal(e) => e.message(),
            CheckInError::Tool(e) => e.message(),
        }
    }
}

impl Said for BackupError {
    fn message(&self) -> Message {
        match self {
            BackupError::Invalid(why) => Message::new("error-import-refused").with("why", why.clone()),
            BackupError::Damaged(why) => Message::new("error-backup-damaged").with("why", why.clone()),
            BackupError::WrongPassphrase => Message::new("error-backup-passphrase"),
            BackupError::NotEmpty(p) => Message::new("error-restore-not-empty").with("path", path(p)),
            BackupError::Read { path: p, source } => {
                Message::new("error-file-read").with("path", path(p)).with("reason", source.to_string())
            }
            BackupError::File(e) => e.message(),
            BackupError::Vault(e) => e.message(),
            BackupError::Store(e) => e.message(),
        }
    }
}

impl Said for LibraryError {
    fn message(&self) -> Message {
        match self {
            LibraryError::Content { file, message } => {
                Message::new("error-library-content").with("file", file.as_str()).with("problem", message.as_str())
            }
            LibraryError::NotFound(name) => Message::new("error-no-article").with("name", name.as_str()),
            LibraryError::Language(lang) => Message::new("error-library-language")
                .with("lang", lang.as_str())
                .with("list", crate::library::language_list()),
            LibraryError::Index(e) => Message::new("error-library-index").with("reason", e.to_string()),
        }
    }
}

impl Said for SyncError {
    fn message(&self) -> Message {
        match self {
            SyncError::Locked => Message::new("error-locked"),
            SyncError::NotSetUp => Message::new("error-sync-not-set-up"),
            SyncError::AlreadySetUp(folder) => Message::new("error-sync-set-up").with("folder", folder.as_str()),
            SyncError::FolderInUse(p) => Message::new("error-sync-folder-in-use").with("folder", path(p)),
            SyncError::NotASyncFolder(p) => Message::new("error-sync-not-a-folder").with("folder", path(p)),
            SyncError::OtherVault => Message::new("error-sync-other-vault"),
            SyncError::NotOurs => Message::new("error-sync-not-ours"),
            SyncError::Removed => Message::new("error-sync-removed"),
            SyncError::NoSuchComputer(name) => Message::new("error-sync-no-computer").with("name", name.as_str()),
            SyncError::WordsDiffer => Message::new("error-sync-words-differ"),
            SyncError::NoName => Message::new("error-sync-no-name"),
            SyncError::Mistyped(m) => m.message(),
            SyncError::RecoveryCodeOpensNothing => Message::new("error-sync-code-opens-nothing"),
            SyncError::File(e) => e.message(),
            SyncError::Store(e) => e.message(),
        }
    }
}

impl Said for PartnerError {
    fn message(&self) -> Message {
        match self {
            PartnerError::NotConnected => Message::new("error-partner-not-connected"),
            PartnerError::Connected(name) => Message::new("error-partner-connected").with("name", name.as_str()),
            PartnerError::Invalid(m) => m.clone(),
            PartnerError::Refused(why) => Message::new("error-share-refused").with("why", why.clone()),
            PartnerError::Tool(e) => e.message(),
            PartnerError::Locked => Message::new("error-partner-locked"),
            PartnerError::File(e) => e.message(),
        }
    }
}

impl Said for ParseIdError {
    fn message(&self) -> Message {
        Message::new("error-not-an-id")
            .with("text", self.text.as_str())
            .with("kind", self.kind)
            .with("article", self.article)
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use chrono::Utc;

    use super::*;
    use crate::ids::{BoundaryId, EntryId, ReminderId};

    /// Holds each error to its promise: in English exactly its `Display` text, in Spanish
    /// something else (nothing left in English).
    fn said_in_english_and_spanish<E: Said + std::fmt::Display + std::fmt::Debug>(all: &[E]) {
        for e in all {
            assert_eq!(e.say_in("en"), e.to_string(), "{e:?}");
            assert_ne!(e.say_in("es"), e.to_string(), "{e:?} is said in Spanish");
        }
    }

    fn io() -> std::io::Error {
        std::io::Error::from(std::io::ErrorKind::PermissionDenied)
    }

    fn sqlite() -> rusqlite::Error {
        rusqlite::Error::QueryReturnedNoRows
    }

    fn entry() -> EntryId {
        EntryId::new(Utc::now())
    }

    fn invalid() -> Message {
        Message::new("error-no-removed-moment")
    }

    #[test]
    fn a_mistyped_recovery_code() {
        said_in_english_and_spanish(&[
            MistypedCode::Empty,
            MistypedCode::Character { at: 12, group: 2 },
            MistypedCode::Length { found: 57 },
            MistypedCode::Checksum,
        ]);
        assert!(MistypedCode::Length { found: 57 }.say_in("es").contains("57"));
    }

    #[test]
    fn vault_errors() {
        said_in_english_and_spanish(&[
            VaultError::NotFound(PathBuf::from("/home/a/Trellis")),
            VaultError::AlreadyExists(PathBuf::from("/home/a/Trellis")),
            VaultError::WrongPassphrase,
            VaultError::WrongRecoveryCode,
            VaultError::MistypedRecoveryCode(MistypedCode::Checksum),
            VaultError::EmptyPassphrase,
            VaultError::Locked,
            VaultError::SlotTooCostly(30),
            VaultError::SlotDamaged,
            VaultError::Store(StoreError::Busy),
            VaultError::Io { path: PathBuf::from("/home/a/Trellis"), source: io() },
            VaultError::Library(LibraryError::NotFound("nope".into())),
        ]);
        let io_said = VaultError::Io { path: PathBuf::from("/v"), source: io() }.say_in("es");
        assert!(io_said.ends_with(&io().to_string()), "the system's words stay its own: {io_said}");
    }

    #[test]
    fn store_errors() {
        said_in_english_and_spanish(&[
            StoreError::NewerSchema { found: 9, known: 7 },
            StoreError::Damaged { path: PathBuf::from("/v/trellis.db") },
            StoreError::DiskFull,
            StoreError::Busy,
            StoreError::Interrupted,
            StoreError::Sqlite(sqlite()),
        ]);
    }

    #[test]
    fn file_errors() {
        said_in_english_and_spanish(&[
            FileError::Exists(PathBuf::from("/tmp/x.pdf")),
            FileError::Io { path: PathBuf::from("/tmp/x.pdf"), source: io() },
        ]);
    }

    #[test]
    fn record_errors_name_their_kind_in_each_language() {
        let boundary = BoundaryId::new(Utc::now());
        said_in_english_and_spanish(&[
            RecordError::NotFound(boundary),
            RecordError::Damaged(boundary),
            RecordError::Changed(boundary),
            RecordError::TooLarge { size_mb: 1.25, max_mb: 1 },
            RecordError::KeyChanged,
            RecordError::Store(StoreError::DiskFull),
        ]);
        let said = RecordError::NotFound(boundary).say_in("es");
        assert!(said.starts_with("no hay ningún límite con el id "), "{said}");
        let said = RecordError::<ReminderId>::Damaged(ReminderId::new(Utc::now())).say_in("es");
        assert!(said.starts_with("el recordatorio "), "{said}");
        // A size keeps the language's decimal mark.
        let too_large = RecordError::<BoundaryId>::TooLarge { size_mb: 1.25, max_mb: 1 };
        assert!(too_large.say_in("es").contains("(1,2 MB)"), "{}", too_large.say_in("es"));
        assert!(too_large.say_in("en").contains("(1.2 MB)"));
        assert!(too_large.say_in("fr").contains("(1.2 MB)"), "a language without words falls back to English");
    }

    #[test]
    fn journal_errors() {
        said_in_english_and_spanish(&[
            JournalError::NotFound(entry()),
            JournalError::Damaged(entry()),
            JournalError::Changed(entry()),
            JournalError::TooLarge { size_mb: 8.5 },
            JournalError::KeyChanged,
            JournalError::BadMood,
            JournalError::Invalid(Message::new("error-worry-range").with("max", 10u8)),
            JournalError::OutOfRange { id: entry(), field: "created_at" },
            JournalError::Io(io()),
            JournalError::Store(StoreError::Busy),
        ]);
    }

    #[test]
    fn tool_errors() {
        let id = || "0192f3a4-5b6c-7d8e-9f00-112233445566".to_owned();
        said_in_english_and_spanish(&[
            ToolError::NotFound { kind: "worksheet", id: id() },
            ToolError::Damaged { kind: "agreement", id: id() },
            ToolError::Changed { kind: "boundary", id: id() },
            ToolError::TooLarge { size_mb: 2.0, max_mb: 1 },
            ToolError::KeyChanged,
            ToolError::Invalid(invalid()),
            ToolError::Store(StoreError::DiskFull),
        ]);
    }

    #[test]
    fn reminder_errors() {
        said_in_english_and_spanish(&[
            RuleError::NoDays,
            RuleError::BadDay,
            RuleError::BadZone("Mars/Olympus".into()),
            RuleError::BadTime("25:00".into()),
            RuleError::OutOfRange,
        ]);
        said_in_english_and_spanish(&[
            ReminderError::Invalid(RuleError::NoDays.message()),
            ReminderError::Record(RecordError::NotFound(ReminderId::new(Utc::now()))),
        ]);
    }

    #[test]
    fn check_in_errors() {
        said_in_english_and_spanish(&[
            CheckInError::NotACheckIn(entry()),
            CheckInError::Invalid(Message::new("error-check-in-empty")),
            CheckInError::Journal(JournalError::BadMood),
            CheckInError::Tool(ToolError::KeyChanged),
        ]);
    }

    #[test]
    fn backup_errors() {
        said_in_english_and_spanish(&[
            BackupError::Invalid(Message::new("error-backup-no-version")),
            BackupError::Damaged(Message::new("error-backup-too-costly")),
            BackupError::Damaged(Message::as_is("Header is invalid")),
            BackupError::WrongPassphrase,
            BackupError::NotEmpty(PathBuf::from("/tmp/restored")),
            BackupError::Read { path: PathBuf::from("/tmp/export.json"), source: io() },
            BackupError::File(FileError::Exists(PathBuf::from("/tmp/x.age"))),
            BackupError::Vault(Box::new(VaultError::Locked)),
            BackupError::Store(StoreError::DiskFull),
        ]);
    }

    #[test]
    fn library_errors() {
        said_in_english_and_spanish(&[
            LibraryError::Content { file: "en/guides.toml".into(), message: "missing field `title`".into() },
            LibraryError::NotFound("nope".into()),
            LibraryError::Language("xx".into()),
            LibraryError::Index(sqlite()),
        ]);
    }

    #[test]
    fn sync_errors() {
        said_in_english_and_spanish(&[
            SyncError::Locked,
            SyncError::NotSetUp,
            SyncError::AlreadySetUp("/sync/trellis".into()),
            SyncError::FolderInUse(PathBuf::from("/sync/trellis")),
            SyncError::NotASyncFolder(PathBuf::from("/sync/other")),
            SyncError::OtherVault,
            SyncError::NotOurs,
            SyncError::Removed,
            SyncError::NoSuchComputer("Laptop".into()),
            SyncError::WordsDiffer,
            SyncError::NoName,
            SyncError::Mistyped(MistypedCode::Empty),
            SyncError::RecoveryCodeOpensNothing,
            SyncError::File(FileError::Exists(PathBuf::from("/sync/trellis/x"))),
            SyncError::Store(StoreError::Busy),
        ]);
    }

    #[test]
    fn partner_errors() {
        said_in_english_and_spanish(&[
            PartnerError::NotConnected,
            PartnerError::Connected("Sam".into()),
            PartnerError::Invalid(Message::new("error-own-card")),
            PartnerError::Refused(Message::new("error-refused-not-from-partner").with("name", "Sam")),
            PartnerError::Tool(ToolError::KeyChanged),
            PartnerError::Locked,
            PartnerError::File(FileError::Exists(PathBuf::from("/tmp/share.trellis"))),
        ]);
    }

    #[test]
    fn an_id_that_is_not_one() {
        let e = "not an id".parse::<EntryId>().unwrap_err();
        said_in_english_and_spanish(&[e, "x".parse::<crate::AgreementId>().unwrap_err()]);
        let e = "x".parse::<BoundaryId>().unwrap_err();
        assert!(e.say_in("es").starts_with("`x` no es un id de límite;"), "{}", e.say_in("es"));
    }
}
