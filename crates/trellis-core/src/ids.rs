//! Record ids: UUIDv7 newtypes, so an entry id cannot be passed where another id belongs,
//! and ids sort by creation time.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::{NoContext, Timestamp, Uuid};

/// Identifies one journal entry. Plaintext on disk by design (DESIGN.md).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryId(#[cfg_attr(feature = "specta", specta(type = String))] Uuid);

/// The text given was not an entry id.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not an entry id; ids look like 0192f3a4-5b6c-7d8e-9f00-112233445566")]
pub struct ParseIdError(String);

impl EntryId {
    /// Makes a fresh id whose time part is `now`.
    pub(crate) fn new(now: DateTime<Utc>) -> Self {
        let secs = now.timestamp().max(0) as u64;
        let ts = Timestamp::from_unix(NoContext, secs, now.timestamp_subsec_nanos());
        Self(Uuid::new_v7(ts))
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Uuid::from_slice(bytes).ok().map(Self)
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EntryId({})", self.0.hyphenated())
    }
}

impl FromStr for EntryId {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shown: String = s.chars().take(40).collect();
        Uuid::parse_str(s.trim()).map(Self).map_err(|_| ParseIdError(shown))
    }
}

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
    fn garbage_is_refused() {
        assert!("not-an-id".parse::<EntryId>().is_err());
    }
}
