//! Sealing records: the only way plaintext becomes bytes that may reach the disk.
//!
//! Each record is XChaCha20-Poly1305 under a key derived with HKDF-SHA256 from the vault key
//! ("trellis records v1"), with a fresh random 24-byte nonce per write. The associated data
//! binds the ciphertext to where and when it belongs: its format version, table, record id,
//! revision number, and its created and updated times. A ciphertext copied onto another row,
//! into another table or revision, or a date changed on disk, fails to open. On disk a record
//! is one BLOB: version byte ‖ nonce ‖ ciphertext (with its 16-byte tag).
//!
//! Format 1 (written before revisions existed) bound only table and id. It is still opened,
//! so that a vault from then unlocks, and the vault reseals every such record as format 2 at
//! its first unlock ([`crate::vault`]); nothing writes format 1 any more.
//!
//! [`Sealed`] can only be made by [`RecordKey::seal`], and the record layer only writes
//! `Sealed`, so plaintext cannot be written by accident.

use std::fmt;

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

/// The record format of vaults made before dates were bound (read, never written).
pub(crate) const FORMAT_V1: u8 = 1;
/// The record format this build writes.
pub(crate) const FORMAT_V2: u8 = 2;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Bytes a sealed record adds to its plaintext.
#[cfg(test)]
pub(crate) const OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;

/// Where a sealed record belongs: everything its associated data binds it to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place<'a> {
    pub table: &'a str,
    pub id: &'a [u8; 16],
    /// 0 for the current version; 1, 2, … for the kept earlier versions, oldest first.
    pub revision: u32,
    /// Unix milliseconds, as stored beside the record.
    pub created_ms: i64,
    pub updated_ms: i64,
}

/// The vault key: 32 random bytes, only ever in zeroizing memory.
pub(crate) struct VaultKey(Zeroizing<[u8; 32]>);

impl VaultKey {
    /// Makes a new vault key from the OS random number generator.
    pub(crate) fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::RngCore::fill_bytes(&mut OsRng, bytes.as_mut());
        Self(bytes)
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Self> {
        let array: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(array)))
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VaultKey(<redacted>)")
    }
}

/// The key that seals and opens records; derived from the vault key. Also carries the vault
/// key's fingerprint, which every write checks against the vault's.
pub(crate) struct RecordKey(XChaCha20Poly1305, [u8; 16]);

impl fmt::Debug for RecordKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecordKey(<redacted>)")
    }
}

/// A sealed record, ready for the disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sealed(Vec<u8>);

impl Sealed {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// A record failed to open: its bytes are damaged, belong to another row, or use a format
/// this build does not know. Which of these it was is deliberately not distinguished.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the record could not be opened")]
pub(crate) struct OpenError;

impl RecordKey {
    /// Derives the record key from the vault key.
    pub(crate) fn derive(vault_key: &VaultKey) -> Self {
        Self::from_ikm(vault_key.expose())
    }

    fn from_ikm(ikm: &[u8]) -> Self {
        let hkdf = Hkdf::<Sha256>::new(None, ikm);
        let mut okm = Zeroizing::new([0u8; 32]);
        hkdf.expand(b"trellis records v1", okm.as_mut()).expect("32 bytes is a valid HKDF-SHA256 length");
        let mut id = [0u8; 16];
        hkdf.expand(b"trellis key id v1", &mut id).expect("16 bytes is a valid HKDF-SHA256 length");
        Self(XChaCha20Poly1305::new(okm.as_ref().into()), id)
    }

    /// Returns the fingerprint of the vault key this key comes from (stored in plaintext; a
    /// one-way derivation, so it says nothing about the key).
    pub(crate) fn key_id(&self) -> &[u8; 16] {
        &self.1
    }

    /// Seals `plaintext` for `place`, in the current format.
    pub(crate) fn seal(&self, place: &Place<'_>, plaintext: &[u8]) -> Sealed {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        self.seal_with_nonce(FORMAT_V2, place, plaintext, &nonce)
    }

    fn seal_with_nonce(&self, format: u8, place: &Place<'_>, plaintext: &[u8], nonce: &XNonce) -> Sealed {
        let aad = associated_data(format, place);
        let ciphertext = self
            .0
            .encrypt(nonce, Payload { msg: plaintext, aad: &aad })
            .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory buffers");
        let mut blob = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        blob.push(format);
        blob.extend_from_slice(nonce);
        blob.extend_from_slice(&ciphertext);
        Sealed(blob)
    }

    /// Seals in format 1, as vaults did before dates were bound: only for testing the upgrade.
    #[cfg(test)]
    pub(crate) fn seal_format_1(&self, place: &Place<'_>, plaintext: &[u8]) -> Sealed {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        self.seal_with_nonce(FORMAT_V1, place, plaintext, &nonce)
    }

    /// Opens the record at `place`; also returns the format it was sealed in.
    pub(crate) fn open(&self, place: &Place<'_>, blob: &[u8]) -> Result<(u8, Zeroizing<Vec<u8>>), OpenError> {
        if blob.len() < 1 + NONCE_LEN + TAG_LEN {
            return Err(OpenError);
        }
        let format = blob[0];
        // Format 1 knew no revisions: an older version can never be format 1.
        if !(format == FORMAT_V2 || (format == FORMAT_V1 && place.revision == 0)) {
            return Err(OpenError);
        }
        let nonce = XNonce::from_slice(&blob[1..1 + NONCE_LEN]);
        let aad = associated_data(format, place);
        self.0
            .decrypt(nonce, Payload { msg: &blob[1 + NONCE_LEN..], aad: &aad })
            .map(|plain| (format, Zeroizing::new(plain)))
            .map_err(|_| OpenError)
    }
}

/// Binds a ciphertext to where it belongs.
/// Format 1: 1 ‖ table ‖ 0 ‖ id. Format 2: 2 ‖ table ‖ 0 ‖ id ‖ revision ‖ created ‖ updated
/// (big-endian u32, i64, i64).
fn associated_data(format: u8, place: &Place<'_>) -> Vec<u8> {
    let mut aad = Vec::with_capacity(2 + place.table.len() + 16 + 20);
    aad.push(format);
    aad.extend_from_slice(place.table.as_bytes());
    aad.push(0);
    aad.extend_from_slice(place.id);
    if format != FORMAT_V1 {
        aad.extend_from_slice(&place.revision.to_be_bytes());
        aad.extend_from_slice(&place.created_ms.to_be_bytes());
        aad.extend_from_slice(&place.updated_ms.to_be_bytes());
    }
    aad
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(seed: u8) -> RecordKey {
        RecordKey::from_ikm(&[seed; 32])
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    fn place(id: &[u8; 16]) -> Place<'_> {
        Place { table: "entries", id, revision: 0, created_ms: 1_700_000_000_000, updated_ms: 1_700_000_100_000 }
    }

    /// Fixture files: `ok_*` must open to their plaintext, `fail_*` must be refused.
    /// Each holds `ikm`, `table`, `id` and `blob` in hex (and `plaintext` for ok_*), and
    /// `revision`, `created`, `updated` where they are not 0.
    #[test]
    fn fixtures() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/records");
        let mut seen = (0, 0);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let find =
                |k: &str| text.lines().find_map(|l| l.strip_prefix(&format!("{k}="))).map(|v| v.trim().to_owned());
            let field = |k: &str| find(k).unwrap_or_else(|| panic!("{name}: missing {k}"));
            let number = |k: &str| find(k).map_or(0, |v| v.parse::<i64>().unwrap());
            let key = RecordKey::from_ikm(&hex(&field("ikm")));
            let id: [u8; 16] = hex(&field("id")).try_into().unwrap();
            let table = field("table");
            let at = Place {
                table: &table,
                id: &id,
                revision: number("revision") as u32,
                created_ms: number("created"),
                updated_ms: number("updated"),
            };
            let opened = key.open(&at, &hex(&field("blob")));
            if name.starts_with("ok_") {
                seen.0 += 1;
                assert_eq!(opened.unwrap().1.as_slice(), field("plaintext").as_bytes(), "{name}");
            } else if name.starts_with("fail_") {
                seen.1 += 1;
                assert_eq!(opened, Err(OpenError), "{name} must be refused");
            }
        }
        assert!(seen.0 >= 2 && seen.1 >= 8, "fixtures missing: {seen:?}");
    }

    /// Prints known-answer fixtures; run by hand with `--ignored --nocapture` to make new ones.
    #[test]
    #[ignore]
    fn print_fixture() {
        let k = key(7);
        let id = [0x11u8; 16];
        let nonce = XNonce::from_slice(&[0x22u8; 24]);
        let at = Place {
            table: "entries",
            id: &id,
            revision: 2,
            created_ms: 1_700_000_000_000,
            updated_ms: 1_700_000_100_000,
        };
        let blob = k.seal_with_nonce(FORMAT_V2, &at, b"a quiet evening", nonce);
        let h: String = blob.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
        println!("blob={h}");
    }

    proptest! {
        #[test]
        fn seal_open_round_trip(plain in proptest::collection::vec(any::<u8>(), 0..4096), id in any::<[u8; 16]>()) {
            let k = key(1);
            let sealed = k.seal(&place(&id), &plain);
            prop_assert_eq!(sealed.as_bytes().len(), plain.len() + OVERHEAD);
            let (format, opened) = k.open(&place(&id), sealed.as_bytes()).unwrap();
            prop_assert_eq!(format, FORMAT_V2);
            prop_assert_eq!(opened.as_slice(), &plain[..]);
        }

        #[test]
        fn any_flipped_bit_is_refused(plain in proptest::collection::vec(any::<u8>(), 1..512), bit in any::<usize>()) {
            let k = key(2);
            let id = [3u8; 16];
            let mut blob = k.seal(&place(&id), &plain).as_bytes().to_vec();
            let bit = bit % (blob.len() * 8);
            blob[bit / 8] ^= 1 << (bit % 8);
            prop_assert_eq!(k.open(&place(&id), &blob), Err(OpenError));
        }

        #[test]
        fn wrong_row_table_revision_date_or_key_is_refused(
            plain in proptest::collection::vec(any::<u8>(), 0..256),
            a in any::<[u8; 16]>(),
            b in any::<[u8; 16]>(),
            shift in 1i64..1_000_000,
        ) {
            prop_assume!(a != b);
            let k = key(4);
            let sealed = k.seal(&place(&a), &plain);
            let bytes = sealed.as_bytes();
            prop_assert_eq!(k.open(&place(&b), bytes), Err(OpenError));
            prop_assert_eq!(k.open(&Place { table: "boundaries", ..place(&a) }, bytes), Err(OpenError));
            prop_assert_eq!(k.open(&Place { revision: 1, ..place(&a) }, bytes), Err(OpenError));
            let created = place(&a).created_ms + shift;
            prop_assert_eq!(k.open(&Place { created_ms: created, ..place(&a) }, bytes), Err(OpenError));
            let updated = place(&a).updated_ms - shift;
            prop_assert_eq!(k.open(&Place { updated_ms: updated, ..place(&a) }, bytes), Err(OpenError));
            prop_assert_eq!(key(5).open(&place(&a), bytes), Err(OpenError));
        }
    }

    #[test]
    fn format_1_opens_only_as_a_current_version() {
        let k = key(6);
        let id = [9u8; 16];
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let old = k.seal_with_nonce(FORMAT_V1, &place(&id), b"old", &nonce);
        // Format 1 never bound dates, so any dates open it; a revision never does.
        assert!(k.open(&Place { created_ms: 5, ..place(&id) }, old.as_bytes()).is_ok());
        assert_eq!(k.open(&Place { revision: 1, ..place(&id) }, old.as_bytes()), Err(OpenError));
    }

    #[test]
    fn nonces_are_fresh() {
        let k = key(6);
        let a = k.seal(&place(&[0; 16]), b"same");
        let b = k.seal(&place(&[0; 16]), b"same");
        assert_ne!(a, b, "the same plaintext must never seal to the same bytes");
    }
}
