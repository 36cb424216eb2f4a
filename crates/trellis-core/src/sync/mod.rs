//! Keeping a person's computers in step through a folder that something else keeps in step
//! (Syncthing, Nextcloud, Dropbox, a USB stick). Trellis never talks to a network, and never
//! puts its database in that folder.
//!
//! Every write of every kind that syncs records, in the same transaction, a *version*: the
//! record, a hybrid logical clock reading and this computer's id, and the version it replaced
//! (`sync_versions`, no content), and queues a sealed *change* (`sync_out`). Each computer writes
//! its queued changes, in batches, into write-once sealed files of its own subfolder, and
//! replays every other computer's files into its own vault ([`merge`]). The folder's layout and
//! file format are in [`folder`] and `docs/sync-format.md`.
//!
//! This module sits just above the record layer: it knows no feature and no registry. The write
//! path (`crate::collection`) calls [`log`]; the registry reaches [`merge`] for each kind; the
//! vault (`crate::vault::devices`) runs a pass.

pub(crate) mod clock;
pub(crate) mod folder;
pub(crate) mod log;
pub(crate) mod merge;
pub(crate) mod tree;
pub(crate) mod words;

use serde::{Deserialize, Serialize};

use crate::record::RecordKind;

/// A computer's id: 16 random bytes, made when sync is set up on it.
pub(crate) type DeviceId = [u8; 16];

/// One version of a record: when (a hybrid logical clock reading) and on which computer it
/// was made. Ordered by clock, then computer: the order every computer settles a tie by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) struct Version {
    #[serde(rename = "h")]
    pub hlc: u64,
    #[serde(rename = "d", with = "hex16")]
    pub device: DeviceId,
}

/// One change of one record, as it travels between computers (inside a sealed file).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Change {
    #[serde(rename = "k")]
    pub kind: RecordKind,
    #[serde(rename = "i", with = "hex16")]
    pub id: [u8; 16],
    #[serde(rename = "v")]
    pub version: Version,
    /// The version this one replaced; none for a new record.
    #[serde(rename = "p", default)]
    pub parent: Option<Version>,
    #[serde(rename = "b")]
    pub body: Body,
    /// For kinds that merge fields: the ends of losing branches this computer had settled into
    /// the record when it made the change (their fields are not merged again after it).
    #[serde(rename = "s", default, skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<Version>,
}

/// What a change does.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Body {
    /// The record as it is after the change.
    #[serde(rename = "put")]
    Put(Put),
    /// The record was deleted (with its history).
    #[serde(rename = "del")]
    Delete,
}

/// A record's content after a change.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Put {
    #[serde(flatten)]
    pub now: Content,
    /// The computer that made the change kept the version it replaced as an earlier version.
    #[serde(rename = "h", default)]
    pub keep_history: bool,
    /// Earlier versions, oldest first: sent with a record a computer may not have (the first
    /// time it is sent, an undone delete), never with an edit.
    #[serde(rename = "e", default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Content>,
}

/// One version's times and payload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Content {
    #[serde(rename = "c")]
    pub created_ms: i64,
    #[serde(rename = "u")]
    pub updated_ms: i64,
    /// The payload's encoding version (the kind's `PAYLOAD_VERSION` when written).
    #[serde(rename = "pv")]
    pub payload_version: u8,
    #[serde(rename = "d")]
    pub payload: serde_json::Value,
}

pub(crate) use crate::ids::hex;

/// Reads 32 hex digits as 16 bytes.
pub(crate) fn unhex16(text: &str) -> Option<[u8; 16]> {
    let text = text.trim();
    if text.len() != 32 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

mod hex16 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8; 16], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::hex(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 16], D::Error> {
        let text = <&str>::deserialize(d)?;
        super::unhex16(text).ok_or_else(|| serde::de::Error::custom("not a 16-byte id"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_by_clock_then_computer() {
        let a = Version { hlc: 5, device: [9; 16] };
        let b = Version { hlc: 6, device: [1; 16] };
        let c = Version { hlc: 6, device: [2; 16] };
        assert!(a < b && b < c);
    }

    #[test]
    fn a_change_round_trips() {
        let ch = Change {
            kind: RecordKind::Boundary,
            id: [7; 16],
            version: Version { hlc: 1 << 40, device: [3; 16] },
            parent: None,
            seen: vec![],
            body: Body::Put(Put {
                now: Content {
                    created_ms: 1,
                    updated_ms: 2,
                    payload_version: 1,
                    payload: serde_json::json!({"t": "x"}),
                },
                keep_history: true,
                earlier: vec![],
            }),
        };
        let text = serde_json::to_string(&ch).unwrap();
        let back: Change = serde_json::from_str(&text).unwrap();
        assert_eq!(back.id, ch.id);
        assert_eq!(back.version, ch.version);
        assert!(matches!(back.body, Body::Put(p) if p.keep_history && p.now.updated_ms == 2));
        assert_eq!(unhex16(&hex(&[0xab; 16])), Some([0xab; 16]));
        assert_eq!(unhex16("zz"), None);
    }
}
