//! Your computers in step: choosing the folder, joining a second computer, approving and
//! removing computers, and one pass of sync (write what is queued here, read what the others
//! wrote). The rules of the records themselves are in `crate::sync`.
//!
//! A pass while locked is impossible by construction: every method needs the keys.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

mod recovery;

use super::Vault;
use crate::files::FileError;
use crate::record::{Place, RecordKey, RecordKind};
use crate::search::Change as IndexChange;
use crate::secret::MistypedCode;
use crate::store::StoreError;
use crate::sync::folder::{self, FileBody, FileKey, FilePlace, Folder};
pub use crate::sync::merge::TwoEdits;
use crate::sync::merge::{self, NotApplied};
use crate::sync::{clock, hex, log, unhex16, words, DeviceId};
use crate::unlocked::Unlocked;

/// How many changes one file holds at most.
const CHANGES_PER_FILE: usize = 2000;

/// What can go wrong keeping computers in step.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the journal is locked; unlock it first")]
    Locked,
    #[error("this computer does not sync yet; choose a folder first (`trellis sync folder`)")]
    NotSetUp,
    #[error("this computer already syncs through {0}")]
    AlreadySetUp(String),
    #[error("{0} already holds the changes of a set of computers; to add this computer to them, join instead (`trellis sync join`)")]
    FolderInUse(PathBuf),
    #[error(
        "{0} is not a folder Trellis syncs through (it has no folder-id); choose the folder the other computer uses"
    )]
    NotASyncFolder(PathBuf),
    #[error(
        "the folder now belongs to another vault, so nothing was read or written; choose this vault's folder again"
    )]
    OtherVault,
    #[error("the folder holds changes under this computer's id that this computer did not write (was this vault restored from a backup, or copied from another computer?); nothing was read or written. Stop syncing here (`trellis sync leave`) and join again as a new computer")]
    NotOurs,
    #[error("another computer removed this one from syncing; nothing was read or written")]
    Removed,
    #[error("no computer `{0}` asks to join or syncs here; `trellis sync devices` lists them")]
    NoSuchComputer(String),
    #[error("those words do not match the ones for that computer; approve it only when both screens show the same six words")]
    WordsDiffer,
    #[error("give this computer a name (such as \"Laptop\"), so the others can tell it apart")]
    NoName,
    #[error(transparent)]
    Mistyped(#[from] MistypedCode),
    #[error("that recovery code opens none of the computers' keys in this folder. Check that it is the code of a computer that synced through this folder (and was not removed), or join with the six words from a computer in step")]
    RecoveryCodeOpensNothing,
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Store(e.into())
    }
}

/// Where this computer stands.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncStatus {
    pub folder: String,
    pub name: String,
    /// This computer's id, short.
    pub device: String,
    /// It holds the folder's key (another computer approved it, or it set the folder up).
    pub joined: bool,
    /// The six words to compare while this computer waits to be approved.
    pub words: Option<String>,
    /// Changes made here and not written to the folder yet.
    pub waiting_to_send: u32,
    pub computers: Vec<Computer>,
    /// Records changed on two computers at once, newest first.
    pub two_computers: Vec<TwoComputers>,
    /// A new computer can join in this one's place with this computer's recovery code (its
    /// recovery file in the folder holds every folder key it has).
    pub recovery_ready: bool,
    /// The vault itself lies in a folder a sync engine keeps in step (which damages a database
    /// written from two computers): what engine, if so.
    pub vault_in_synced_folder: Option<String>,
}

/// Another computer (or this one) and where it stands.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Computer {
    /// Its id, short (8 hex digits): enough to name it in `approve` and `remove`.
    pub id: String,
    pub name: String,
    pub state: ComputerState,
    /// When it made the last change this computer has read.
    pub last_change: Option<DateTime<Utc>>,
    /// For one that asks to join: the six words its screen shows.
    pub words: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ComputerState {
    ThisOne,
    InStep,
    AsksToJoin,
    Removed,
}

/// A record changed on two computers at once.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TwoComputers {
    pub kind: RecordKind,
    pub id: String,
    pub at: DateTime<Utc>,
    pub what: TwoEdits,
}

/// Something a pass waits for before it can go on. Each language words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "for", rename_all = "snake_case")]
pub enum Waiting {
    /// The folder is not there (a drive not plugged in?).
    Folder { folder: String },
    /// This computer waits to be approved on a computer already in step; `words` are the six
    /// words to compare.
    Approval { words: String },
    /// A file from `computer` (its short id) has not arrived yet.
    File { computer: String },
    /// A file from `computer` is there but cannot be read yet: not fully arrived, or damaged.
    WholeFile { computer: String },
    /// Changes from `computer` wait for another computer's.
    OtherComputer { computer: String },
}

/// What one pass did.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncReport {
    /// Changes written to the folder.
    pub sent: u32,
    /// Changes read from other computers.
    pub received: u32,
    /// Of those, ones about records changed on two computers at once.
    pub two_computers: u32,
    /// This computer was approved in this pass and holds the folder's key now.
    pub joined_now: bool,
    /// What is waiting (a file not arrived yet, a computer not approved yet).
    pub waiting: Vec<Waiting>,
    /// The pass stopped at its time limit ([`Vault::sync_for`]) with files still to write or
    /// read: another pass goes on where it stopped.
    pub more: bool,
}

/// This computer's secrets: its age identity, its name and the folder's keys by version.
/// Sealed in the vault; zeroized when dropped.
#[derive(Serialize, Deserialize)]
struct Secrets {
    identity: String,
    name: String,
    keys: BTreeMap<u32, String>,
    /// The recovery file this computer wrote last.
    #[serde(default)]
    recovery: Option<recovery::Written>,
    /// What the vault held before this computer joined is queued (at once for the first
    /// computer; for one that joins, after its first pass has read what the others wrote, so
    /// a record they have already is not sent back as a new one).
    #[serde(default = "already")]
    announced: bool,
}

fn already() -> bool {
    true
}

impl Drop for Secrets {
    fn drop(&mut self) {
        self.identity.zeroize();
        for key in self.keys.values_mut() {
            key.zeroize();
        }
    }
}

impl Secrets {
    fn identity(&self) -> Option<age::x25519::Identity> {
        self.identity.parse().ok()
    }

    fn key(&self, version: u32) -> Option<FileKey> {
        let bytes = Zeroizing::new(unhex32(self.keys.get(&version)?)?);
        Some(FileKey::derive(&bytes))
    }

    fn newest(&self) -> Option<(u32, FileKey)> {
        let (&version, _) = self.keys.iter().next_back()?;
        Some((version, self.key(version)?))
    }
}

/// This computer's sync row.
struct Me {
    device: DeviceId,
    folder: Folder,
    vault_id: [u8; 16],
    secrets: Secrets,
    next_file: u64,
    /// Its part of the folder is written (the marker if it started the folder, its public
    /// key, its own wrap of the folder key). The row is written first, then the files, so a
    /// crash between the two leaves a row that the next pass finishes, never a folder that
    /// names a computer no vault knows.
    published: bool,
}

fn self_place(device: &DeviceId) -> Place<'_> {
    Place { table: "sync_self", id: device, revision: 0, created_ms: 0, updated_ms: 0 }
}

fn peer_place(device: &DeviceId) -> Place<'_> {
    Place { table: "sync_peers", id: device, revision: 0, created_ms: 0, updated_ms: 0 }
}

fn load(conn: &Connection, key: &RecordKey) -> Result<Option<Me>, SyncError> {
    type SelfRow = (Vec<u8>, String, Vec<u8>, Vec<u8>, i64);
    let row: Option<SelfRow> = conn
        .query_row("SELECT device, folder, vault_id, sealed, next_file FROM sync_self", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((device, folder, vault_id, sealed, next_file)) = row else { return Ok(None) };
    let device: DeviceId = device.try_into().map_err(|_| damaged())?;
    let vault_id: [u8; 16] = vault_id.try_into().map_err(|_| damaged())?;
    let (_, plain) = key.open(&self_place(&device), &sealed).map_err(|_| damaged())?;
    let secrets: Secrets = serde_json::from_slice(&plain).map_err(|_| damaged())?;
    Ok(Some(Me {
        device,
        folder: Folder::at(Path::new(&folder)),
        vault_id,
        secrets,
        next_file: next_file.max(1) as u64,
        published: next_file >= 1,
    }))
}

/// What sync's own rows read as when they do not open or decode.
fn damaged() -> SyncError {
    SyncError::Store(StoreError::Damaged { path: PathBuf::new() })
}

fn save_secrets(conn: &Connection, key: &RecordKey, me: &Me) -> Result<(), SyncError> {
    let plain = Zeroizing::new(serde_json::to_vec(&me.secrets).expect("secrets always encode"));
    let sealed = key.seal(&self_place(&me.device), &plain);
    conn.execute("UPDATE sync_self SET sealed = ?1", [sealed.as_bytes()])?;
    Ok(())
}

fn unhex32(text: &str) -> Option<[u8; 32]> {
    let a = unhex16(text.get(..32)?)?;
    let b = unhex16(text.get(32..)?)?;
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&a);
    out[16..].copy_from_slice(&b);
    Some(out)
}

fn random<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut out);
    out
}

/// Wraps a folder key to a computer's public key.
fn wrap(key_hex: &str, public: &str) -> Option<Vec<u8>> {
    let recipient: age::x25519::Recipient = public.parse().ok()?;
    let bytes = Zeroizing::new(unhex32(key_hex)?);
    age::encrypt(&recipient, bytes.as_ref()).ok()
}

impl Vault {
    fn sync_parts(&mut self) -> Result<(&Connection, &mut Unlocked), SyncError> {
        let open = self.open.as_mut().ok_or(SyncError::Locked)?;
        Ok((&self.conn, open))
    }

    /// Starts keeping this vault in step through `folder` (empty, or new): this computer is the
    /// first. Everything already in the vault is queued, and written at the first pass.
    pub fn sync_start(&mut self, folder: &Path, name: &str) -> Result<(), SyncError> {
        let name = tidy_name(name)?;
        let (conn, open) = self.sync_parts()?;
        if let Some(me) = load(conn, &open.key)? {
            return Err(SyncError::AlreadySetUp(me.folder.root().display().to_string()));
        }
        let shared = Folder::at(folder);
        std::fs::create_dir_all(folder).map_err(|source| FileError::Io { path: folder.to_owned(), source })?;
        if !matches!(shared.vault_id(), Ok(None)) {
            return Err(SyncError::FolderInUse(folder.to_owned()));
        }
        let identity = age::x25519::Identity::generate();
        let key_hex = Zeroizing::new(hex(&random::<32>()));
        let secrets = Secrets {
            identity: secrecy_string(&identity),
            name,
            keys: BTreeMap::from([(1, key_hex.to_string())]),
            recovery: None,
            announced: true,
        };
        let mut me =
            Me { device: random(), folder: shared, vault_id: random(), secrets, next_file: 1, published: false };
        begin(conn, open, &mut me)
    }

    /// Joins the computers that keep `folder` in step: publishes this computer's key there and
    /// returns the six words to compare with the screen of a computer already in. What this
    /// vault holds already joins the others' once one of them approves this computer.
    pub fn sync_join(&mut self, folder: &Path, name: &str) -> Result<String, SyncError> {
        let (vault_id, public) = self.join_as(folder, name, |_, _| Ok(BTreeMap::new()))?;
        Ok(words::six_words(&vault_id, &public))
    }

    /// Sets this computer up as a new one among those that keep `folder` in step, holding the
    /// folder keys `keys` finds there (none: it waits to be approved). Returns the folder's
    /// vault id and this computer's public key.
    fn join_as(
        &mut self,
        folder: &Path,
        name: &str,
        keys: impl FnOnce(&Folder, &[u8; 16]) -> Result<BTreeMap<u32, String>, SyncError>,
    ) -> Result<([u8; 16], String), SyncError> {
        let name = tidy_name(name)?;
        let (conn, open) = self.sync_parts()?;
        if let Some(me) = load(conn, &open.key)? {
            return Err(SyncError::AlreadySetUp(me.folder.root().display().to_string()));
        }
        let shared = Folder::at(folder);
        let vault_id = match shared.vault_id() {
            Ok(Some(id)) => id,
            _ => return Err(SyncError::NotASyncFolder(folder.to_owned())),
        };
        let keys = keys(&shared, &vault_id)?;
        let identity = age::x25519::Identity::generate();
        let public = identity.to_public().to_string();
        let mut me = Me {
            device: random(),
            folder: shared,
            vault_id,
            secrets: Secrets { identity: secrecy_string(&identity), name, keys, recovery: None, announced: false },
            next_file: 1,
            published: false,
        };
        begin(conn, open, &mut me)?;
        Ok((vault_id, public))
    }

    /// Stops syncing on this computer: forgets its id, keys and what it knew of the others.
    /// The records stay; the folder is left as it is.
    pub fn sync_leave(&mut self) -> Result<(), SyncError> {
        let (conn, _) = self.sync_parts()?;
        forget(conn)
    }

    /// Lets a computer that asks to join in, once its person has compared the six words: the
    /// folder's keys are wrapped to it. `who` is the start of its id; `typed` the words its
    /// screen shows. Returns its id.
    pub fn sync_approve(&mut self, who: &str, typed: &str) -> Result<String, SyncError> {
        let (conn, open) = self.sync_parts()?;
        let me = load(conn, &open.key)?.ok_or(SyncError::NotSetUp)?;
        let (device, public) = find(&me.folder.devices(), who)?;
        if !words::same_words(typed, &words::six_words(&me.vault_id, &public)) {
            return Err(SyncError::WordsDiffer);
        }
        let have: Vec<u32> = me.folder.keys_for(&device).into_iter().map(|(v, _)| v).collect();
        for (version, key) in &me.secrets.keys {
            if !have.contains(version) {
                me.folder.put_key(
                    &device,
                    *version,
                    &wrap(key, &public).ok_or(SyncError::NoSuchComputer(who.into()))?,
                )?;
            }
        }
        conn.execute(
            "INSERT INTO sync_peers (device, removed) VALUES (?1, 0) ON CONFLICT DO UPDATE SET removed = 0",
            [&device[..]],
        )?;
        Ok(short_id(&device))
    }

    /// Removes a computer: the folder gets a new key, wrapped to every computer but that one, so
    /// it reads nothing written from now on. It keeps what it already had.
    pub fn sync_remove(&mut self, who: &str) -> Result<String, SyncError> {
        let (conn, open) = self.sync_parts()?;
        let mut me = load(conn, &open.key)?.ok_or(SyncError::NotSetUp)?;
        let devices = me.folder.devices();
        let (device, _) = find(&devices, who)?;
        if device == me.device {
            return Err(SyncError::NoSuchComputer(who.into()));
        }
        let tx = conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO sync_peers (device, removed) VALUES (?1, 1) ON CONFLICT DO UPDATE SET removed = 1",
            [&device[..]],
        )?;
        let removed = removed_peers(&tx)?;
        let version = me.secrets.keys.keys().next_back().copied().unwrap_or(0) + 1;
        let key_hex = Zeroizing::new(hex(&random::<32>()));
        // This computer's own wrap first: a crash after it leaves a key it takes back at its
        // next pass, so the others never hold a key it lost.
        let mut devices = devices;
        devices.sort_by_key(|(d, _)| *d != me.device);
        for (other, public) in &devices {
            let in_step = !me.folder.keys_for(other).is_empty() || *other == me.device;
            if in_step && !removed.contains(other) {
                me.folder.put_key(
                    other,
                    version,
                    &wrap(&key_hex, public).ok_or(SyncError::NoSuchComputer(who.into()))?,
                )?;
            }
        }
        me.secrets.keys.insert(version, key_hex.to_string());
        save_secrets(&tx, &open.key, &me)?;
        tx.commit()?;
        // Its recovery code joins no more: that file held the keys it had, and no newer one.
        me.folder.drop_recoveries(&device, u64::MAX)?;
        Ok(short_id(&device))
    }

    /// Tells whether this computer syncs (cheap: one indexed read; works locked too).
    pub fn syncs(&self) -> bool {
        log::device(&self.conn).ok().flatten().is_some()
    }

    /// Where this computer stands; none if it does not sync.
    pub fn sync_status(&mut self) -> Result<Option<SyncStatus>, SyncError> {
        let (conn, open) = self.sync_parts()?;
        let Some(me) = load(conn, &open.key)? else { return Ok(None) };
        let public = me.secrets.identity().map(|i| i.to_public().to_string()).unwrap_or_default();
        let joined = !me.secrets.keys.is_empty();
        let removed = removed_peers(conn)?;
        let mut computers = vec![Computer {
            id: short_id(&me.device),
            name: me.secrets.name.clone(),
            state: ComputerState::ThisOne,
            last_change: None,
            words: None,
        }];
        for (device, their_public) in me.folder.devices() {
            if device == me.device {
                continue;
            }
            let (name, last) = peer(conn, &open.key, &device)?;
            let state = if removed.contains(&device) {
                ComputerState::Removed
            } else if me.folder.keys_for(&device).is_empty() {
                ComputerState::AsksToJoin
            } else {
                ComputerState::InStep
            };
            let words = (state == ComputerState::AsksToJoin).then(|| words::six_words(&me.vault_id, &their_public));
            computers.push(Computer { id: short_id(&device), name, state, last_change: last, words });
        }
        let waiting: i64 = conn.query_row("SELECT count(*) FROM sync_out", [], |r| r.get(0))?;
        Ok(Some(SyncStatus {
            folder: me.folder.root().display().to_string(),
            name: me.secrets.name.clone(),
            device: short_id(&me.device),
            joined,
            words: (!joined).then(|| words::six_words(&me.vault_id, &public)),
            waiting_to_send: waiting as u32,
            computers,
            two_computers: two_computers(conn)?,
            recovery_ready: joined && me.secrets.recovery.as_ref().is_some_and(|r| r.holds(me.secrets.keys.keys())),
            vault_in_synced_folder: folder::synced_by(&self.dir).map(str::to_owned),
        }))
    }

    /// One pass: takes the folder's keys if this computer was approved, writes what is queued
    /// here, and reads what the other computers wrote, as far as it has arrived. Calls
    /// `progress(changes read)` as it goes (a first join of a large vault).
    pub fn sync_now(&mut self, now: DateTime<Utc>, progress: &mut dyn FnMut(u32)) -> Result<SyncReport, SyncError> {
        self.pass(now, None, progress)
    }

    /// A pass that starts no new file once `budget` has gone by (a file is written or applied
    /// whole), so whoever else waits for the vault waits at most about that long plus one
    /// file. [`SyncReport::more`] says whether files are left for the next pass.
    pub fn sync_for(
        &mut self,
        now: DateTime<Utc>,
        budget: Duration,
        progress: &mut dyn FnMut(u32),
    ) -> Result<SyncReport, SyncError> {
        self.pass(now, Some(Instant::now() + budget), progress)
    }

    fn pass(
        &mut self,
        now: DateTime<Utc>,
        until: Option<Instant>,
        progress: &mut dyn FnMut(u32),
    ) -> Result<SyncReport, SyncError> {
        let over = move || until.is_some_and(|t| Instant::now() >= t);
        let (conn, open) = self.sync_parts()?;
        let mut me = load(conn, &open.key)?.ok_or(SyncError::NotSetUp)?;
        let mut report = SyncReport::default();
        if !me.published && me.folder.root().is_dir() {
            publish(conn, &mut me)?;
        }
        match me.folder.vault_id() {
            Ok(Some(id)) if id == me.vault_id => {}
            Ok(None) | Err(Some(_)) if !me.folder.root().is_dir() || me.folder.is_empty() => {
                report.waiting.push(Waiting::Folder { folder: me.folder.root().display().to_string() });
                return Ok(report);
            }
            _ => return Err(SyncError::OtherVault),
        }
        report.joined_now = take_keys(conn, &open.key, &mut me)?;
        if me.secrets.keys.is_empty() {
            let public = me.secrets.identity().map(|i| i.to_public().to_string()).unwrap_or_default();
            report.waiting.push(Waiting::Approval { words: words::six_words(&me.vault_id, &public) });
            return Ok(report);
        }
        if removed_peers(conn)?.contains(&me.device) {
            return Err(SyncError::Removed);
        }
        recovery::keep(conn, open, &mut me)?;
        (report.sent, report.more) = send(conn, &open.key, &mut me, &over)?;
        if me.folder.highest(&me.device).is_some_and(|h| h >= me.next_file) {
            return Err(SyncError::NotOurs);
        }
        if !report.more {
            receive(conn, open, &me, now, &mut report, &over, progress)?;
        }
        if !report.more && !me.secrets.announced {
            report.two_computers += announce(conn, open, &mut me, now)?;
            let (sent, more) = send(conn, &open.key, &mut me, &over)?;
            report.sent += sent;
            report.more = more;
        }
        Ok(report)
    }

    /// Reseals what sync keeps sealed under `to` (a re-key), in the caller's transaction.
    pub(super) fn reseal_sync(conn: &Connection, from: &RecordKey, to: &RecordKey) -> Result<(), StoreError> {
        log::reseal(conn, from, to)?;
        let me: Option<(Vec<u8>, Vec<u8>)> =
            conn.query_row("SELECT device, sealed FROM sync_self", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        if let Some((device, sealed)) = me {
            if let Ok(device) = <DeviceId>::try_from(device) {
                if let Ok((_, plain)) = from.open(&self_place(&device), &sealed) {
                    let again = to.seal(&self_place(&device), &plain);
                    conn.execute("UPDATE sync_self SET sealed = ?1", [again.as_bytes()])?;
                }
            }
        }
        let peers: Vec<(Vec<u8>, Vec<u8>)> = conn
            .prepare("SELECT device, name FROM sync_peers WHERE name IS NOT NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (device, name) in peers {
            let Ok(id) = <DeviceId>::try_from(device.as_slice()) else { continue };
            if let Ok((_, plain)) = from.open(&peer_place(&id), &name) {
                let again = to.seal(&peer_place(&id), &plain);
                conn.execute("UPDATE sync_peers SET name = ?2 WHERE device = ?1", params![&id[..], again.as_bytes()])?;
            }
        }
        Ok(())
    }
}

/// An age identity as text (its secret), for sealing.
fn secrecy_string(identity: &age::x25519::Identity) -> String {
    use age::secrecy::ExposeSecret;
    identity.to_string().expose_secret().to_string()
}

fn tidy_name(name: &str) -> Result<String, SyncError> {
    let name: String = name.trim().chars().filter(|c| !c.is_control()).take(60).collect();
    if name.is_empty() {
        return Err(SyncError::NoName);
    }
    Ok(name)
}

/// Writes this computer's row (marked not published: `next_file` 0) and, for the first
/// computer, queues everything the vault holds (one that joins does at its first pass:
/// [`announce`]), then publishes its part of the folder. If publishing fails, the row goes again,
/// so the person can simply try again; a crash in between is finished by the next pass.
fn begin(conn: &Connection, open: &mut Unlocked, me: &mut Me) -> Result<(), SyncError> {
    let plain = Zeroizing::new(serde_json::to_vec(&me.secrets).expect("secrets always encode"));
    let sealed = open.key.seal(&self_place(&me.device), &plain);
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO sync_self (one, device, folder, vault_id, sealed, hlc, next_file) VALUES (1, ?1, ?2, ?3, ?4, 0, 0)",
        params![&me.device[..], me.folder.root().display().to_string(), &me.vault_id[..], sealed.as_bytes()],
    )?;
    if me.secrets.announced {
        // The first computer: no other computer has sent anything, so nothing settles.
        let records = open.records(conn);
        for kind in open.kinds.iter() {
            kind.first_versions(&records, Utc::now()).map_err(not_applied)?;
        }
    }
    tx.commit()?;
    publish(conn, me).or_else(|e| forget(conn).and(Err(e)))
}

/// Queues what the vault held before this computer joined, once its first pass has read what
/// the others wrote: a record they sent with the same content has their version already
/// (`crate::sync::merge`), so only what is new here, or differs, goes out.
fn announce(conn: &Connection, open: &mut Unlocked, me: &mut Me, now: DateTime<Utc>) -> Result<u32, SyncError> {
    let tx = conn.unchecked_transaction()?;
    let records = open.records(conn);
    let mut settled = Vec::new();
    for kind in open.kinds.iter() {
        settled.push(kind.first_versions(&records, now).map_err(not_applied)?.1);
    }
    me.secrets.announced = true;
    save_secrets(&tx, &open.key, me)?;
    tx.commit()?;
    open.decoded.clear();
    let mut conflicts = 0;
    for merged in settled {
        conflicts += u32::from(merged.conflict);
        for doc in merged.docs {
            open.changed(IndexChange::Upsert(doc))?;
        }
        for gone in merged.removed {
            open.changed(IndexChange::Remove(gone))?;
        }
    }
    Ok(conflicts)
}

/// What settling could not do, as a pass says it: a record this build cannot read stops the
/// pass as damage would.
fn not_applied(e: NotApplied) -> SyncError {
    match e {
        NotApplied::Store(e) => e.into(),
        NotApplied::Unreadable => damaged(),
    }
}

/// Writes this computer's part of the folder: the marker (when it holds the folder key before
/// any file exists, it started the folder), its public key, and the folder key wrapped to
/// itself; then notes the row as published. A file already there from an attempt a crash cut
/// short is left as it is (write-once files; the same device id is never made twice).
fn publish(conn: &Connection, me: &mut Me) -> Result<(), SyncError> {
    let identity = me.secrets.identity().ok_or_else(damaged)?;
    let public = identity.to_public().to_string();
    let done = |r: Result<(), FileError>| match r {
        Err(FileError::Exists(_)) => Ok(()),
        other => other,
    };
    if !me.secrets.keys.is_empty() {
        match me.folder.vault_id() {
            Ok(None) => done(me.folder.create(&me.vault_id))?,
            Ok(Some(id)) if id == me.vault_id => {}
            _ => return Err(SyncError::FolderInUse(me.folder.root().to_owned())),
        }
    }
    done(me.folder.publish(&me.device, &public))?;
    let have: Vec<u32> = me.folder.keys_for(&me.device).into_iter().map(|(v, _)| v).collect();
    for (version, key) in &me.secrets.keys {
        if !have.contains(version) {
            let wrapped = wrap(key, &public).ok_or_else(damaged)?;
            done(me.folder.put_key(&me.device, *version, &wrapped))?;
        }
    }
    conn.execute("UPDATE sync_self SET next_file = 1 WHERE next_file = 0", [])?;
    me.published = true;
    Ok(())
}

/// Forgets everything sync keeps on this computer: its id, keys, queue and what it knew of
/// the others. The records stay.
fn forget(conn: &Connection) -> Result<(), SyncError> {
    let tx = conn.unchecked_transaction()?;
    for table in ["sync_self", "sync_out", "sync_versions", "sync_peers", "sync_conflicts"] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.commit()?;
    Ok(())
}

/// Finds a published computer by the start of its id (at least 4 hex digits).
fn find(devices: &[(DeviceId, String)], who: &str) -> Result<(DeviceId, String), SyncError> {
    let who_l = who.trim().to_lowercase();
    let matching: Vec<&(DeviceId, String)> =
        devices.iter().filter(|(d, _)| who_l.len() >= 4 && hex(d).starts_with(&who_l)).collect();
    match matching.as_slice() {
        [one] => Ok((*one).clone()),
        _ => Err(SyncError::NoSuchComputer(who.chars().take(40).collect())),
    }
}

fn removed_peers(conn: &Connection) -> Result<Vec<DeviceId>, StoreError> {
    let rows: Vec<Vec<u8>> = conn
        .prepare_cached("SELECT device FROM sync_peers WHERE removed = 1")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows.into_iter().filter_map(|d| d.try_into().ok()).collect())
}

/// A peer's name (opened) and the time of its last change read.
fn peer(conn: &Connection, key: &RecordKey, device: &DeviceId) -> Result<(String, Option<DateTime<Utc>>), StoreError> {
    let row: Option<(Option<Vec<u8>>, Option<i64>)> = conn
        .prepare_cached("SELECT name, last_seen FROM sync_peers WHERE device = ?1")?
        .query_row([&device[..]], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((name, last)) = row else { return Ok((String::new(), None)) };
    let name = name
        .and_then(|sealed| key.open(&peer_place(device), &sealed).ok())
        .and_then(|(_, plain)| String::from_utf8(plain.to_vec()).ok())
        .unwrap_or_default();
    Ok((name, last.map(|hlc| clock::time_of(hlc as u64))))
}

fn two_computers(conn: &Connection) -> Result<Vec<TwoComputers>, StoreError> {
    let rows: Vec<(String, Vec<u8>, i64, String)> = conn
        .prepare("SELECT tbl, id, at, what FROM sync_conflicts ORDER BY at DESC LIMIT 100")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(tbl, id, at, what)| {
            let kind = *RecordKind::ALL.iter().find(|k| k.table() == tbl)?;
            let id = uuid::Uuid::from_slice(&id).ok()?.hyphenated().to_string();
            let what = TwoEdits::from_stored(&what);
            Some(TwoComputers { kind, id, at: DateTime::from_timestamp_millis(at)?, what })
        })
        .collect())
}

/// A computer's id as people see it: its first 8 hex digits, enough to name it.
fn short_id(device: &DeviceId) -> String {
    hex(device)[..8].to_owned()
}

/// Takes the folder keys wrapped to this computer that it does not hold yet; says whether it
/// held none before and holds one now.
fn take_keys(conn: &Connection, key: &RecordKey, me: &mut Me) -> Result<bool, SyncError> {
    let had_none = me.secrets.keys.is_empty();
    let Some(identity) = me.secrets.identity() else { return Ok(false) };
    let mut took = false;
    for (version, wrapped) in me.folder.keys_for(&me.device) {
        if me.secrets.keys.contains_key(&version) {
            continue;
        }
        // A wrapped key that does not open is someone else's doing: it is left alone.
        let Ok(bytes) = age::decrypt(&identity, &wrapped).map(Zeroizing::new) else { continue };
        if bytes.len() == 32 {
            me.secrets.keys.insert(version, hex(&bytes[..16]) + &hex(&bytes[16..]));
            took = true;
        }
    }
    if took {
        save_secrets(conn, key, me)?;
    }
    Ok(had_none && took)
}

/// Writes what is queued here, in files of up to [`CHANGES_PER_FILE`] changes, until `over`.
/// Returns how many changes were written, and whether it stopped with more queued.
fn send(conn: &Connection, key: &RecordKey, me: &mut Me, over: &dyn Fn() -> bool) -> Result<(u32, bool), SyncError> {
    let mut sent = 0;
    let removed: Vec<String> = removed_peers(conn)?.iter().map(|d| hex(d)).collect();
    loop {
        let (queued, bad) = log::queued(conn, key, CHANGES_PER_FILE)?;
        // Only tampering makes a queued change unreadable: it cannot be sent, and is dropped.
        log::drop_queued(conn, &bad)?;
        if sent > 0 && !queued.is_empty() && over() {
            return Ok((sent, true));
        }
        // A computer's first file goes out even with nothing in it: it tells the others its name.
        let last = match queued.last() {
            Some(&(last, _)) => last,
            None if me.next_file == 1 => 0,
            None => break,
        };
        let n = queued.len() as u32;
        let changes: Vec<_> = queued.into_iter().map(|(_, c)| c).collect();
        let body = FileBody { name: me.secrets.name.clone(), removed: removed.clone(), changes };
        let json = Zeroizing::new(serde_json::to_vec(&body).expect("changes always encode"));
        let (version, file_key) = me.secrets.newest().ok_or(SyncError::NotSetUp)?;
        let place = FilePlace { vault_id: &me.vault_id, device: &me.device, seq: me.next_file };
        let bytes = folder::seal(&file_key, version, &place, &json);
        match me.folder.write_changes(&me.device, me.next_file, &bytes) {
            Ok(()) => {}
            // Written before a crash stopped this computer from noting it: the same changes.
            Err(FileError::Exists(_)) if ours_already(me, &place, &body) => {}
            Err(FileError::Exists(_)) => return Err(SyncError::NotOurs),
            Err(e) => return Err(e.into()),
        }
        let tx = conn.unchecked_transaction()?;
        log::sent(&tx, last)?;
        tx.execute("UPDATE sync_self SET next_file = ?1", [me.next_file as i64 + 1])?;
        tx.commit()?;
        me.next_file += 1;
        sent += n;
    }
    Ok((sent, false))
}

/// Tells whether the file already at `place` holds the changes of `body` (this computer wrote
/// it, then stopped before noting it).
fn ours_already(me: &Me, place: &FilePlace<'_>, body: &FileBody) -> bool {
    me.folder.candidates(place.device, place.seq).iter().any(|bytes| {
        let Some(key) = folder::key_version(bytes).and_then(|v| me.secrets.key(v)) else { return false };
        let Some(plain) = folder::open(&key, place, bytes) else { return false };
        let Ok(there) = serde_json::from_slice::<FileBody>(&plain) else { return false };
        there.changes.len() == body.changes.len()
            && there.changes.iter().zip(&body.changes).all(|(a, b)| a.version == b.version && a.id == b.id)
    })
}

/// Reads the other computers' files as far as they have arrived, applying each file in one
/// transaction; repeats while something was applied (a change waiting for its parent from a
/// third computer goes in once that one's file is read).
fn receive(
    conn: &Connection,
    open: &mut Unlocked,
    me: &Me,
    now: DateTime<Utc>,
    report: &mut SyncReport,
    over: &dyn Fn() -> bool,
    progress: &mut dyn FnMut(u32),
) -> Result<(), SyncError> {
    let mut waiting: BTreeMap<DeviceId, Waiting> = BTreeMap::new();
    loop {
        let mut progressed = false;
        let removed = removed_peers(conn)?;
        for device in me.folder.writers() {
            if device == me.device || removed.contains(&device) {
                continue;
            }
            loop {
                let applied: i64 = conn
                    .prepare_cached("SELECT applied FROM sync_peers WHERE device = ?1")?
                    .query_row([&device[..]], |r| r.get(0))
                    .optional()?
                    .unwrap_or(0);
                let seq = applied.max(0) as u64 + 1;
                let place = FilePlace { vault_id: &me.vault_id, device: &device, seq };
                let candidates = me.folder.candidates(&device, seq);
                if !candidates.is_empty() && report.received > 0 && over() {
                    report.more = true;
                    report.waiting.extend(waiting.into_values());
                    return Ok(());
                }
                if candidates.is_empty() {
                    // A later file is there: this one is missing, or too large to be one.
                    if me.folder.highest(&device).is_some_and(|h| h > seq) {
                        waiting.insert(device, Waiting::File { computer: short_id(&device) });
                    } else {
                        waiting.remove(&device);
                    }
                    break;
                }
                let body = candidates.iter().find_map(|bytes| {
                    let key = me.secrets.key(folder::key_version(bytes)?)?;
                    serde_json::from_slice::<FileBody>(&folder::open(&key, &place, bytes)?).ok()
                });
                let Some(body) = body else {
                    waiting.insert(device, Waiting::WholeFile { computer: short_id(&device) });
                    break;
                };
                match apply_file(conn, open, &device, seq, &body, now)? {
                    Some((n, conflicts)) => {
                        report.received += n;
                        report.two_computers += conflicts;
                        progressed = true;
                        waiting.remove(&device);
                        progress(report.received);
                    }
                    None => {
                        waiting.insert(device, Waiting::OtherComputer { computer: short_id(&device) });
                        break;
                    }
                }
            }
        }
        if !progressed {
            break;
        }
    }
    report.waiting.extend(waiting.into_values());
    Ok(())
}

/// Applies one file in one transaction; none (and nothing written) if a change in it waits
/// for a change not read yet. Returns how many changes it held and how many were about edits
/// on two computers.
fn apply_file(
    conn: &Connection,
    open: &mut Unlocked,
    device: &DeviceId,
    seq: u64,
    body: &FileBody,
    now: DateTime<Utc>,
) -> Result<Option<(u32, u32)>, SyncError> {
    let tx = conn.unchecked_transaction()?;
    let records = open.records(conn);
    let mut upserts = Vec::new();
    let mut removes = Vec::new();
    let mut conflicts = 0;
    let mut last_hlc = 0;
    for change in &body.changes {
        if !merge::ready(&tx, change)? {
            return Ok(None);
        }
        match open.kinds.of(change.kind).apply_change(&records, change, now) {
            Ok(merged) => {
                upserts.extend(merged.docs);
                removes.extend(merged.removed);
                conflicts += u32::from(merged.conflict);
            }
            // A change this build cannot read (a newer Trellis wrote it) waits for an update.
            Err(NotApplied::Unreadable) => return Ok(None),
            Err(NotApplied::Store(e)) => return Err(e.into()),
        }
        clock::observe(&tx, change.version.hlc, now)?;
        last_hlc = last_hlc.max(change.version.hlc);
    }
    let name = open.key.seal(&peer_place(device), body.name.as_bytes());
    tx.execute(
        "INSERT INTO sync_peers (device, name, applied, last_seen) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO UPDATE SET name = ?2, applied = ?3, last_seen = max(coalesce(last_seen, 0), ?4)",
        params![&device[..], name.as_bytes(), seq as i64, last_hlc as i64],
    )?;
    for gone in body.removed.iter().filter_map(|h| unhex16(h)) {
        tx.execute(
            "INSERT INTO sync_peers (device, removed) VALUES (?1, 1) ON CONFLICT DO UPDATE SET removed = 1",
            [&gone[..]],
        )?;
    }
    tx.commit()?;
    open.decoded.clear();
    for doc in upserts {
        open.changed(IndexChange::Upsert(doc))?;
    }
    for gone in removes {
        open.changed(IndexChange::Remove(gone))?;
    }
    Ok(Some((body.changes.len() as u32, conflicts)))
}
