//! Record ids: UUIDv7, one newtype per kind of record, so an entry id cannot be passed where a
//! boundary id belongs, ids sort by creation time, and every message about an id names its
//! kind ("no boundary with id …"). One implementation, stamped out per kind by `record_id!`.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::{NoContext, Timestamp, Uuid};

/// Writes bytes as hex digits (a 16-byte id as 32).
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random 16-byte id, as hex (a share's; an agreement's, the same on both partners' sides).
pub(crate) fn random_hex_id() -> String {
    use rand::RngCore;
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    hex(&id)
}

/// What every record id can do. Implemented by `record_id!` only.
pub trait RecordId: Copy + Eq + std::hash::Hash + Ord + fmt::Display + fmt::Debug + Send + Sync + 'static {
    /// The kind's name as people read it: "entry", "boundary".
    const KIND: &'static str;
    /// Returns the id's 16 bytes, as stored.
    fn as_bytes(&self) -> &[u8; 16];
    /// Reads an id from its stored bytes.
    fn from_bytes(bytes: &[u8]) -> Option<Self>;
    /// Makes a fresh id whose time part is `now` (what the record layer and the registry use
    /// without naming the kind).
    #[doc(hidden)]
    fn fresh(now: chrono::DateTime<chrono::Utc>) -> Self;
    /// Makes the id whose time part is `at` and whose other bits come from `seed` (a copy that
    /// every computer makes alike).
    #[doc(hidden)]
    fn derive(at: chrono::DateTime<chrono::Utc>, seed: &[u8]) -> Self;
}

/// The text given was not an id of the kind asked for.
#[derive(Debug, thiserror::Error)]
#[error("`{text}` is not {article} {kind} id; ids look like 0192f3a4-5b6c-7d8e-9f00-112233445566")]
pub struct ParseIdError {
    pub(crate) text: String,
    pub(crate) kind: &'static str,
    pub(crate) article: &'static str,
}

/// Makes a fresh UUIDv7 whose time part is `now`.
pub(crate) fn new_uuid(now: DateTime<Utc>) -> Uuid {
    let secs = now.timestamp().max(0) as u64;
    Uuid::new_v7(Timestamp::from_unix(NoContext, secs, now.timestamp_subsec_nanos()))
}

/// A UUIDv7 whose time part is `at` and whose other bits come from a hash of `seed`.
pub(crate) fn derived_uuid(at: DateTime<Utc>, seed: &[u8]) -> Uuid {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(seed);
    let mut rest = [0u8; 10];
    rest.copy_from_slice(&hash[..10]);
    uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis().max(0) as u64, &rest).into_uuid()
}

pub(crate) fn parse_uuid(s: &str, kind: &'static str) -> Result<Uuid, ParseIdError> {
    let text: String = s.chars().take(40).collect();
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    Uuid::parse_str(s.trim()).map_err(|_| ParseIdError { text, kind, article })
}

/// Declares the id type of one kind of record.
macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        pub struct $name(#[cfg_attr(feature = "specta", specta(type = String))] uuid::Uuid);

        impl $name {
            /// Makes a fresh id whose time part is `now`.
            pub(crate) fn new(now: chrono::DateTime<chrono::Utc>) -> Self {
                Self($crate::ids::new_uuid(now))
            }

            /// Makes the id of a record imported from elsewhere: its time part is `at` and the
            /// rest comes from `seed`, so importing the same thing twice gives the same id.
            #[allow(dead_code)] // only entries are imported from other apps today
            pub(crate) fn derived(at: chrono::DateTime<chrono::Utc>, seed: &[u8]) -> Self {
                Self($crate::ids::derived_uuid(at, seed))
            }
        }

        impl $crate::ids::RecordId for $name {
            const KIND: &'static str = $kind;
            fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
            fn from_bytes(bytes: &[u8]) -> Option<Self> {
                uuid::Uuid::from_slice(bytes).ok().map(Self)
            }
            fn fresh(now: chrono::DateTime<chrono::Utc>) -> Self {
                Self::new(now)
            }
            fn derive(at: chrono::DateTime<chrono::Utc>, seed: &[u8]) -> Self {
                Self($crate::ids::derived_uuid(at, seed))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0.hyphenated())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::ids::ParseIdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::ids::parse_uuid(s, $kind).map(Self)
            }
        }
    };
}

record_id!(
    /// Identifies one journal entry. Plaintext on disk by design (DESIGN.md).
    EntryId,
    "entry"
);

record_id!(
    /// Identifies one boundary.
    BoundaryId,
    "boundary"
);

record_id!(
    /// Identifies one expectations worksheet.
    WorksheetId,
    "worksheet"
);

record_id!(
    /// Identifies one agreement.
    AgreementId,
    "agreement"
);

record_id!(
    /// Identifies one reminder (its schedule and its sealed words share the id).
    ReminderId,
    "reminder"
);

record_id!(
    /// Identifies one draft (a check-in not saved yet).
    DraftId,
    "draft"
);

record_id!(
    /// Identifies the "Is this safe?" self-check (a vault keeps one).
    SafetyCheckId,
    "safety check"
);

record_id!(
    /// Identifies a share received from the partner, kept read-only.
    ShareId,
    "share"
);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn display_parse_round_trip(ms in 0i64..4_000_000_000_000) {
            let id = EntryId::new(DateTime::from_timestamp_millis(ms).unwrap());
            prop_assert_eq!(id.to_string().parse::<EntryId>().unwrap(), id);
            prop_assert_eq!(EntryId::from_bytes(id.as_bytes()).unwrap(), id);
        }
    }

    #[test]
    fn ids_sort_by_time() {
        let a = EntryId::new(DateTime::from_timestamp_millis(1_000).unwrap());
        let b = EntryId::new(DateTime::from_timestamp_millis(2_000).unwrap());
        assert!(a < b);
    }

    #[test]
    fn garbage_is_refused_naming_the_kind() {
        let e = "not-an-id".parse::<EntryId>().unwrap_err();
        assert!(e.to_string().contains("is not an entry id"), "{e}");
    }
}

/// Every kind of private record. Closed on purpose: the UI switches on it, and adding a kind
/// is a deliberate change the compiler walks through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum RecordKind {
    Entry,
    Boundary,
    Worksheet,
    Agreement,
    Reminder,
    Draft,
    SafetyCheck,
    Share,
}

impl RecordKind {
    /// Every kind, in the order they are indexed.
    pub const ALL: &'static [RecordKind] = &[
        RecordKind::Entry,
        RecordKind::Boundary,
        RecordKind::Worksheet,
        RecordKind::Agreement,
        RecordKind::Reminder,
        RecordKind::Draft,
        RecordKind::SafetyCheck,
        RecordKind::Share,
    ];

    /// Returns the kind's name as people read it.
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Entry => "entry",
            RecordKind::Boundary => "boundary",
            RecordKind::Worksheet => "worksheet",
            RecordKind::Agreement => "agreement",
            RecordKind::Reminder => "reminder",
            RecordKind::Draft => "draft",
            RecordKind::SafetyCheck => "safety check",
            RecordKind::Share => "share",
        }
    }

    /// Returns the table that holds the kind's current versions.
    pub(crate) fn table(self) -> &'static str {
        match self {
            RecordKind::Entry => "entries",
            RecordKind::Boundary => "boundaries",
            RecordKind::Worksheet => "worksheets",
            RecordKind::Agreement => "agreements",
            RecordKind::Reminder => "reminders",
            RecordKind::Draft => "drafts",
            RecordKind::SafetyCheck => "safety_checks",
            RecordKind::Share => "shares_received",
        }
    }
}
