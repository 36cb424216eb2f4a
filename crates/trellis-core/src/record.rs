//! Sealing records: the only way plaintext becomes bytes that may reach the disk.
//!
//! Each record is XChaCha20-Poly1305 under a key derived with HKDF-SHA256 from the vault key
//! ("trellis records v1"), with a fresh random 24-byte nonce per write. The associated data
//! binds the ciphertext to its format version, table and record id, so a ciphertext copied
//! onto another row, or into another table, fails to open. On disk a record is one BLOB:
//! version byte ‖ nonce ‖ ciphertext (with its 16-byte tag).
//!
//! [`Sealed`] can only be made by [`RecordKey::seal`], and the store only writes `Sealed`,
//! so plaintext cannot be written by accident.

use std::fmt;

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

/// The record format this build writes and reads.
pub(crate) const FORMAT_V1: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Bytes a sealed record adds to its plaintext.
#[cfg(test)]
pub(crate) const OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;

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

/// The key that seals and opens records; derived from the vault key.
pub(crate) struct RecordKey(XChaCha20Poly1305);

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
        let mut okm = Zeroizing::new([0u8; 32]);
        Hkdf::<Sha256>::new(None, ikm)
            .expand(b"trellis records v1", okm.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        Self(XChaCha20Poly1305::new(okm.as_ref().into()))
    }

    /// Seals `plaintext` as the record `id` of `table`.
    pub(crate) fn seal(&self, table: &str, id: &[u8; 16], plaintext: &[u8]) -> Sealed {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        self.seal_with_nonce(table, id, plaintext, &nonce)
    }

    fn seal_with_nonce(&self, table: &str, id: &[u8; 16], plaintext: &[u8], nonce: &XNonce) -> Sealed {
        let aad = associated_data(table, id);
        let ciphertext = self
            .0
            .encrypt(nonce, Payload { msg: plaintext, aad: &aad })
            .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory buffers");
        let mut blob = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        blob.push(FORMAT_V1);
        blob.extend_from_slice(nonce);
        blob.extend_from_slice(&ciphertext);
        Sealed(blob)
    }

    /// Opens the record `id` of `table`.
    pub(crate) fn open(&self, table: &str, id: &[u8; 16], blob: &[u8]) -> Result<Zeroizing<Vec<u8>>, OpenError> {
        if blob.len() < 1 + NONCE_LEN + TAG_LEN || blob[0] != FORMAT_V1 {
            return Err(OpenError);
        }
        let nonce = XNonce::from_slice(&blob[1..1 + NONCE_LEN]);
        let aad = associated_data(table, id);
        self.0
            .decrypt(nonce, Payload { msg: &blob[1 + NONCE_LEN..], aad: &aad })
            .map(Zeroizing::new)
            .map_err(|_| OpenError)
    }
}

/// Binds a ciphertext to where it belongs: version ‖ table ‖ 0 ‖ id.
fn associated_data(table: &str, id: &[u8; 16]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(2 + table.len() + 16);
    aad.push(FORMAT_V1);
    aad.extend_from_slice(table.as_bytes());
    aad.push(0);
    aad.extend_from_slice(id);
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

    /// Fixture files: `ok_*` must open to their plaintext, `fail_*` must be refused.
    /// Each holds `ikm`, `table`, `id` and `blob` in hex (and `plaintext` for ok_*).
    #[test]
    fn fixtures() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/records");
        let mut seen = (0, 0);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let field = |k: &str| {
                text.lines()
                    .find_map(|l| l.strip_prefix(&format!("{k}=")))
                    .unwrap_or_else(|| panic!("{name}: missing {k}"))
                    .trim()
                    .to_owned()
            };
            let key = RecordKey::from_ikm(&hex(&field("ikm")));
            let id: [u8; 16] = hex(&field("id")).try_into().unwrap();
            let opened = key.open(&field("table"), &id, &hex(&field("blob")));
            if name.starts_with("ok_") {
                seen.0 += 1;
                assert_eq!(opened.unwrap().as_slice(), field("plaintext").as_bytes(), "{name}");
            } else if name.starts_with("fail_") {
                seen.1 += 1;
                assert_eq!(opened, Err(OpenError), "{name} must be refused");
            }
        }
        assert!(seen.0 >= 1 && seen.1 >= 4, "fixtures missing: {seen:?}");
    }

    /// Prints a known-answer fixture; run by hand with `--ignored --nocapture` to make new ones.
    #[test]
    #[ignore]
    fn print_fixture() {
        let k = key(7);
        let id = [0x11u8; 16];
        let nonce = XNonce::from_slice(&[0x22u8; 24]);
        let blob = k.seal_with_nonce("entries", &id, b"a quiet evening", nonce);
        let h: String = blob.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
        println!("blob={h}");
    }

    proptest! {
        #[test]
        fn seal_open_round_trip(plain in proptest::collection::vec(any::<u8>(), 0..4096), id in any::<[u8; 16]>()) {
            let k = key(1);
            let sealed = k.seal("entries", &id, &plain);
            prop_assert_eq!(sealed.as_bytes().len(), plain.len() + OVERHEAD);
            let opened = k.open("entries", &id, sealed.as_bytes()).unwrap();
            prop_assert_eq!(opened.as_slice(), &plain[..]);
        }

        #[test]
        fn any_flipped_bit_is_refused(plain in proptest::collection::vec(any::<u8>(), 1..512), bit in any::<usize>()) {
            let k = key(2);
            let id = [3u8; 16];
            let mut blob = k.seal("entries", &id, &plain).as_bytes().to_vec();
            let bit = bit % (blob.len() * 8);
            blob[bit / 8] ^= 1 << (bit % 8);
            prop_assert_eq!(k.open("entries", &id, &blob), Err(OpenError));
        }

        #[test]
        fn wrong_row_table_or_key_is_refused(plain in proptest::collection::vec(any::<u8>(), 0..256), a in any::<[u8; 16]>(), b in any::<[u8; 16]>()) {
            prop_assume!(a != b);
            let k = key(4);
            let sealed = k.seal("entries", &a, &plain);
            prop_assert_eq!(k.open("entries", &b, sealed.as_bytes()), Err(OpenError));
            prop_assert_eq!(k.open("boundaries", &a, sealed.as_bytes()), Err(OpenError));
            prop_assert_eq!(key(5).open("entries", &a, sealed.as_bytes()), Err(OpenError));
        }
    }

    #[test]
    fn nonces_are_fresh() {
        let k = key(6);
        let a = k.seal("entries", &[0; 16], b"same");
        let b = k.seal("entries", &[0; 16], b"same");
        assert_ne!(a, b, "the same plaintext must never seal to the same bytes");
    }
}
