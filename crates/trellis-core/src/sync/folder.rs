//! The folder two or more computers share, and the sealed files in it. Nothing in it is
//! readable: not what was written, not titles, tags, record ids or kinds, not even how much of
//! which kind there is (files are padded). See `docs/sync-format.md`.
//!
//! ```text
//! folder-id                  the vault's random id, 32 hex digits (no key)
//! devices/<device>           a computer's age public key ("age1…")
//! keys/<device>.<version>    the folder key of that version, age-encrypted to that computer
//! changes/<device>/<seq>     that computer's change files, numbered 0000000001, 0000000002, …
//! ```
//!
//! A change file is `version (4 bytes, big-endian) ‖ nonce (24) ‖ XChaCha20-Poly1305
//! ciphertext`, under a key derived from the folder key of that version, with the vault id, the
//! computer's id, the file's number and the key version as associated data: a file moved to
//! another number or computer, or replayed from another folder, does not open. Its plaintext is
//! `length (4 bytes) ‖ JSON ‖ zeros`, padded to a size step.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use zeroize::Zeroizing;

use super::{hex, unhex16, Change, DeviceId};
use crate::files::{self, FileError};

/// The marker file: the vault's random id.
pub(crate) const ID_FILE: &str = "folder-id";
/// The largest change file read (a larger one is someone else's, or damaged).
pub(crate) const MAX_FILE: u64 = 64 << 20;
const NONCE_LEN: usize = 24;
/// A recovery file holds a key slot and a few keys: a few KiB.
const MAX_RECOVERY_FILE: u64 = 64 << 10;

/// What one change file holds.
#[derive(Serialize, Deserialize)]
pub(crate) struct FileBody {
    /// The writing computer's name, as its person gave it.
    #[serde(rename = "n")]
    pub name: String,
    /// Computers the writer removed from the folder (hex ids).
    #[serde(rename = "r", default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    #[serde(rename = "c")]
    pub changes: Vec<Change>,
}

/// The shared folder.
#[derive(Clone, Debug)]
pub(crate) struct Folder {
    root: PathBuf,
}

impl Folder {
    pub(crate) fn at(root: &Path) -> Self {
        Folder { root: root.to_owned() }
    }

    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    fn io(&self, path: &Path) -> impl Fn(std::io::Error) -> FileError {
        let path = path.to_owned();
        move |source| FileError::Io { path: path.clone(), source }
    }

    /// The vault id the folder belongs to; none when the folder has no marker (new or empty).
    /// A marker that does not read as one is `Err(None)`.
    pub(crate) fn vault_id(&self) -> Result<Option<[u8; 16]>, Option<FileError>> {
        let path = self.root.join(ID_FILE);
        match std::fs::read(&path) {
            Ok(bytes) if bytes.len() <= 256 => {
                let text = String::from_utf8_lossy(&bytes);
                unhex16(&text).map(Some).ok_or(None)
            }
            Ok(_) => Err(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Some(self.io(&path)(e))),
        }
    }

    /// Tells whether the folder holds anything at all.
    pub(crate) fn is_empty(&self) -> bool {
        std::fs::read_dir(&self.root).map(|mut d| d.next().is_none()).unwrap_or(true)
    }

    /// Makes the folder's layout and marker.
    pub(crate) fn create(&self, vault_id: &[u8; 16]) -> Result<(), FileError> {
        for dir in ["devices", "keys", "changes"] {
            let path = self.root.join(dir);
            std::fs::create_dir_all(&path).map_err(self.io(&path))?;
        }
        write_once(&self.root.join(ID_FILE), format!("{}\n", hex(vault_id)).as_bytes())
    }

    /// Publishes a computer's public key.
    pub(crate) fn publish(&self, device: &DeviceId, public: &str) -> Result<(), FileError> {
        let dir = self.root.join("devices");
        std::fs::create_dir_all(&dir).map_err(self.io(&dir))?;
        write_once(&dir.join(hex(device)), format!("{public}\n").as_bytes())
    }

    /// Every computer that published a key, with it.
    pub(crate) fn devices(&self) -> Vec<(DeviceId, String)> {
        let mut out: Vec<(DeviceId, String)> = names(&self.root.join("devices"))
            .into_iter()
            .filter_map(|name| {
                let device = unhex16(&name)?;
                let text = read_small(&self.root.join("devices").join(&name), 512)?;
                let public = String::from_utf8(text).ok()?.trim().to_owned();
                public.starts_with("age1").then_some((device, public))
            })
            .collect();
        out.sort();
        out
    }

    /// Puts the folder key of `version`, wrapped to `device`.
    pub(crate) fn put_key(&self, device: &DeviceId, version: u32, wrapped: &[u8]) -> Result<(), FileError> {
        let dir = self.root.join("keys");
        std::fs::create_dir_all(&dir).map_err(self.io(&dir))?;
        write_once(&dir.join(format!("{}.{version}", hex(device))), wrapped)
    }

    /// The folder keys wrapped to `device`, by version.
    pub(crate) fn keys_for(&self, device: &DeviceId) -> Vec<(u32, Vec<u8>)> {
        let prefix = format!("{}.", hex(device));
        names(&self.root.join("keys"))
            .into_iter()
            .filter_map(|name| {
                let version: u32 = name.strip_prefix(&prefix)?.parse().ok()?;
                Some((version, read_small(&self.root.join("keys").join(&name), 4096)?))
            })
            .collect()
    }

    fn changes_dir(&self, device: &DeviceId) -> PathBuf {
        self.root.join("changes").join(hex(device))
    }

    /// Writes change file `seq` of `device`; never replaces one ([`FileError::Exists`]).
    pub(crate) fn write_changes(&self, device: &DeviceId, seq: u64, bytes: &[u8]) -> Result<(), FileError> {
        let dir = self.changes_dir(device);
        std::fs::create_dir_all(&dir).map_err(self.io(&dir))?;
        write_once(&dir.join(file_name(seq)), bytes)
    }

    /// The computers that have a folder of changes.
    pub(crate) fn writers(&self) -> Vec<DeviceId> {
        let mut out: Vec<DeviceId> = names(&self.root.join("changes")).iter().filter_map(|n| unhex16(n)).collect();
        out.sort();
        out
    }

    /// Every file that may be change file `seq` of `device`: its own name first, then copies a
    /// sync engine made of it (`…sync-conflict-…`, `… (conflicted copy …)`). Files too large are
    /// left out.
    pub(crate) fn candidates(&self, device: &DeviceId, seq: u64) -> Vec<Vec<u8>> {
        let dir = self.changes_dir(device);
        let mut named: Vec<String> = names(&dir).into_iter().filter(|n| seq_of(n) == Some(seq)).collect();
        let own = file_name(seq);
        named.sort_by_key(|n| (*n != own, n.clone()));
        named.iter().filter_map(|n| read_small(&dir.join(n), MAX_FILE)).collect()
    }

    /// Puts recovery file `n` of `device` (see [`recovery_file`]); never replaces one.
    pub(crate) fn put_recovery(&self, device: &DeviceId, n: u64, bytes: &[u8]) -> Result<(), FileError> {
        let dir = self.root.join("recovery");
        std::fs::create_dir_all(&dir).map_err(self.io(&dir))?;
        write_once(&dir.join(format!("{}.{n}", hex(device))), bytes)
    }

    /// Every recovery file: whose it is, its number, its bytes. Files too large are left out.
    pub(crate) fn recoveries(&self) -> Vec<(DeviceId, u64, Vec<u8>)> {
        let dir = self.root.join("recovery");
        let mut out: Vec<(DeviceId, u64, Vec<u8>)> = names(&dir)
            .into_iter()
            .filter_map(|name| {
                let (device, n) = name.split_once('.')?;
                let device = unhex16(device).filter(|_| device.len() == 32)?;
                let n: u64 = n.parse().ok()?;
                Some((device, n, read_small(&dir.join(&name), MAX_RECOVERY_FILE)?))
            })
            .collect();
        out.sort_by_key(|(d, n, _)| (*d, *n));
        out
    }

    /// Removes the recovery files of `device` numbered below `keep` (all of them with
    /// `u64::MAX`). A file already gone is fine.
    pub(crate) fn drop_recoveries(&self, device: &DeviceId, keep: u64) -> Result<(), FileError> {
        let dir = self.root.join("recovery");
        let prefix = format!("{}.", hex(device));
        for name in names(&dir) {
            let Some(n) = name.strip_prefix(&prefix).and_then(|n| n.parse::<u64>().ok()) else { continue };
            if n < keep {
                let path = dir.join(&name);
                match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(self.io(&path)(e)),
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The highest file number under `device`, if any.
    pub(crate) fn highest(&self, device: &DeviceId) -> Option<u64> {
        names(&self.changes_dir(device)).iter().filter_map(|n| seq_of(n)).max()
    }
}

/// Which sync engine keeps `dir` (or a folder above it) in step, if one does: a database
/// written from two computers through such a folder gets damaged.
pub(crate) fn synced_by(dir: &Path) -> Option<&'static str> {
    let markers: [(&str, &str); 4] =
        [(".stfolder", "Syncthing"), (".dropbox", "Dropbox"), (".dropbox.cache", "Dropbox"), (".sync", "Resilio Sync")];
    for folder in dir.ancestors() {
        for (marker, engine) in markers {
            if folder.join(marker).exists() {
                return Some(engine);
            }
        }
        if names(folder).iter().any(|n| n.starts_with(".sync_") && n.ends_with(".db")) {
            return Some("Nextcloud");
        }
        let name = folder.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        if name.starts_with("onedrive") {
            return Some("OneDrive");
        }
        if name == "mobile documents" || name == "icloud drive" {
            return Some("iCloud Drive");
        }
        if name == "dropbox" {
            return Some("Dropbox");
        }
    }
    None
}

/// A change file's name.
pub(crate) fn file_name(seq: u64) -> String {
    format!("{seq:010}")
}

/// The file number a name stands for: its leading digits, for the file and the copies sync
/// engines make of it. Hidden files (a half-written temp) are none.
fn seq_of(name: &str) -> Option<u64> {
    if name.starts_with('.') {
        return None;
    }
    let digits: String = name.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &name[digits.len()..];
    if digits.is_empty() || !(rest.is_empty() || rest.starts_with('.') || rest.starts_with(' ')) {
        return None;
    }
    digits.parse().ok()
}

fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.filter_map(|e| e.ok()).filter_map(|e| e.file_name().into_string().ok()).collect()
}

/// Reads a file of at most `max` bytes; none if it is missing, larger, or not readable (a
/// cloud placeholder not downloaded yet).
fn read_small(path: &Path, max: u64) -> Option<Vec<u8>> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > max {
        return None;
    }
    std::fs::read(path).ok()
}

/// Writes a new file (temp, fsync, link): an existing file of that name is never replaced.
fn write_once(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    files::write_new(path, |w| w.write_all(bytes).map_err(|source| FileError::Io { path: path.to_owned(), source }))
}

/// The key change files are sealed with, derived from one version of the folder key.
pub(crate) struct FileKey(XChaCha20Poly1305);

impl FileKey {
    pub(crate) fn derive(folder_key: &[u8; 32]) -> Self {
        let hkdf = Hkdf::<Sha256>::new(None, folder_key);
        let mut okm = Zeroizing::new([0u8; 32]);
        hkdf.expand(b"trellis sync files v1", okm.as_mut()).expect("32 bytes is a valid HKDF-SHA256 length");
        FileKey(XChaCha20Poly1305::new(okm.as_ref().into()))
    }

    /// The key a computer's recovery file is sealed with, derived from its vault key.
    pub(crate) fn for_recovery(vault_key: &[u8; 32]) -> Self {
        let hkdf = Hkdf::<Sha256>::new(None, vault_key);
        let mut okm = Zeroizing::new([0u8; 32]);
        hkdf.expand(b"trellis sync recovery v1", okm.as_mut()).expect("32 bytes is a valid HKDF-SHA256 length");
        Self::derive(&okm)
    }
}

/// A recovery file: a computer's folder keys, for whoever has that computer's recovery code.
/// It is `slot length (u32 BE) ‖ slot ‖ sealed keys`: the slot is the computer's own recovery
/// slot (its vault key, age-encrypted to its recovery code); the keys are sealed like a change
/// file, with a key derived from that vault key, and bound to the computer's id and the file's
/// number. `keys` is the JSON of the folder keys by version.
pub(crate) fn recovery_file(slot: &[u8], vault_key: &[u8; 32], place: &FilePlace<'_>, keys: &[u8]) -> Vec<u8> {
    let sealed = seal(&FileKey::for_recovery(vault_key), 0, place, keys);
    let mut out = Vec::with_capacity(4 + slot.len() + sealed.len());
    out.extend_from_slice(&(slot.len() as u32).to_be_bytes());
    out.extend_from_slice(slot);
    out.extend_from_slice(&sealed);
    out
}

/// A recovery file's two parts: the slot and the sealed keys.
pub(crate) fn recovery_parts(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let len = u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let slot = bytes.get(4..4usize.checked_add(len)?)?;
    Some((slot, &bytes[4 + len..]))
}

/// Where a change file belongs: what its associated data binds it to.
pub(crate) struct FilePlace<'a> {
    pub vault_id: &'a [u8; 16],
    pub device: &'a DeviceId,
    pub seq: u64,
}

fn associated_data(place: &FilePlace<'_>, key_version: u32) -> Vec<u8> {
    let mut aad = b"trellis sync file v1".to_vec();
    aad.extend_from_slice(place.vault_id);
    aad.extend_from_slice(place.device);
    aad.extend_from_slice(&place.seq.to_be_bytes());
    aad.extend_from_slice(&key_version.to_be_bytes());
    aad
}

/// The size a file's plaintext is padded to: 4 KiB, 16, 64, 256 KiB, 1 MiB, then whole MiB.
pub(crate) fn padded(len: usize) -> usize {
    let mut step = 4096;
    while step < (1 << 20) {
        if len <= step {
            return step;
        }
        step *= 4;
    }
    len.div_ceil(1 << 20) << 20
}

/// Seals a change file's body.
pub(crate) fn seal(key: &FileKey, key_version: u32, place: &FilePlace<'_>, body: &[u8]) -> Vec<u8> {
    let mut plain = Zeroizing::new(Vec::with_capacity(padded(body.len() + 4)));
    plain.extend_from_slice(&(body.len() as u32).to_be_bytes());
    plain.extend_from_slice(body);
    plain.resize(padded(body.len() + 4), 0);
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let aad = associated_data(place, key_version);
    let sealed = key.0.encrypt(&nonce, Payload { msg: &plain, aad: &aad }).expect("encrypting to memory cannot fail");
    let mut out = Vec::with_capacity(4 + NONCE_LEN + sealed.len());
    out.extend_from_slice(&key_version.to_be_bytes());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    out
}

/// The key version a change file says it is sealed with.
pub(crate) fn key_version(bytes: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?))
}

/// Opens a change file; none if it does not open at `place` (damaged, half-copied, moved,
/// from another folder, or sealed with a key this computer does not have).
pub(crate) fn open(key: &FileKey, place: &FilePlace<'_>, bytes: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let version = key_version(bytes)?;
    let nonce = bytes.get(4..4 + NONCE_LEN)?;
    let aad = associated_data(place, version);
    let plain = Zeroizing::new(
        key.0.decrypt(XNonce::from_slice(nonce), Payload { msg: &bytes[4 + NONCE_LEN..], aad: &aad }).ok()?,
    );
    let len = u32::from_be_bytes(plain.get(..4)?.try_into().ok()?) as usize;
    Some(Zeroizing::new(plain.get(4..4 + len)?.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_files_and_their_copies() {
        assert_eq!(seq_of("0000000012"), Some(12));
        assert_eq!(seq_of("0000000012.sync-conflict-20261205-101010-ABCDEFG"), Some(12));
        assert_eq!(seq_of("0000000012 (conflicted copy 2026-12-05)"), Some(12));
        assert_eq!(seq_of(".0000000012.tmp"), None);
        assert_eq!(seq_of("notes.txt"), None);
        assert_eq!(seq_of("12abc"), None);
    }

    #[test]
    fn sizes_come_in_steps() {
        assert_eq!(padded(1), 4096);
        assert_eq!(padded(4096), 4096);
        assert_eq!(padded(4097), 16384);
        assert_eq!(padded(300_000), 1 << 20);
        assert_eq!(padded((1 << 20) + 1), 2 << 20);
    }

    #[test]
    fn a_file_opens_only_where_it_belongs() {
        let key = FileKey::derive(&[7; 32]);
        let place = FilePlace { vault_id: &[1; 16], device: &[2; 16], seq: 3 };
        let sealed = seal(&key, 1, &place, b"hello");
        assert_eq!(sealed.len(), 4 + 24 + 4096 + 16);
        assert_eq!(open(&key, &place, &sealed).unwrap().as_slice(), b"hello");
        for other in [
            FilePlace { vault_id: &[9; 16], device: &[2; 16], seq: 3 },
            FilePlace { vault_id: &[1; 16], device: &[9; 16], seq: 3 },
            FilePlace { vault_id: &[1; 16], device: &[2; 16], seq: 4 },
        ] {
            assert!(open(&key, &other, &sealed).is_none());
        }
        assert!(open(&FileKey::derive(&[8; 32]), &place, &sealed).is_none());
        let mut flipped = sealed.clone();
        flipped[100] ^= 1;
        assert!(open(&key, &place, &flipped).is_none());
        let mut relabelled = sealed.clone();
        relabelled[3] = 2;
        assert!(open(&key, &place, &relabelled).is_none());
        assert!(open(&key, &place, &sealed[..40]).is_none());
        assert!(open(&key, &place, &[]).is_none());
    }
}
