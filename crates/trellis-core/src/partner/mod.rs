//! Two people: sharing chosen pages with the partner's own Trellis, by files they carry
//! however they like (a USB stick, a message, a folder both sync). No server, and the partner
//! never gets the vault key: a share is made of exactly what was chosen and shown first.
//!
//! Each Trellis has partner keys of its own (an age X25519 identity that shares are encrypted
//! to, and an Ed25519 key it signs them with), sealed in the vault. Its *card* is the public
//! half as one line of text; two people exchange cards and compare six words made from both
//! ([`Partner::words_with`]), in person, before connecting. A share ([`packet`]) is encrypted to
//! the partner and to the sender, and signed; opening one checks it is from the connected
//! partner and for this Trellis, and keeps it read-only ([`shared::ShareKind`]). The format is
//! in `docs/share-format.md`.

pub(crate) mod packet;
pub mod shared;

use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::collection::Collection;
use crate::dates::whole_ms;
use crate::ids::{AgreementId, BoundaryId, EntryId, RecordId, ShareId, WorksheetId};
use crate::record::{Place, Record, RecordKey};
use crate::store::StoreError;
use crate::sync::words;
use crate::tools::ToolError;
use packet::{Body, Refused};
use shared::{Share, ShareKind, SharePayload, SharedArea, SharedBoundary, SharedItem};

/// What can go wrong connecting, sharing or opening a share.
#[derive(Debug, thiserror::Error)]
pub enum PartnerError {
    #[error("connect with your partner first: exchange cards and compare the six words")]
    NotConnected,
    #[error("this Trellis is connected with {0} already; forget that connection first")]
    Connected(String),
    #[error("{0}")]
    Invalid(String),
    /// A file that is not a share this Trellis keeps; nothing was kept.
    #[error("{0} Nothing was kept.")]
    Refused(String),
    #[error(transparent)]
    Tool(#[from] ToolError),
    #[error("Trellis is locked; unlock it first")]
    Locked,
    #[error(transparent)]
    File(#[from] crate::FileError),
}

impl From<StoreError> for PartnerError {
    fn from(e: StoreError) -> Self {
        PartnerError::Tool(e.into())
    }
}

impl From<rusqlite::Error> for PartnerError {
    fn from(e: rusqlite::Error) -> Self {
        PartnerError::Tool(e.into())
    }
}

/// The connected partner, as the app shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnerConnected {
    pub name: String,
    pub connected_at: DateTime<Utc>,
    /// The six words both screens showed.
    pub words: String,
}

/// What can be shared: chosen by id, read from the vault when the share is made.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ShareChoice {
    /// A worksheet; with `areas`, only those (by area id), else every area written in.
    Worksheet {
        id: WorksheetId,
        areas: Option<Vec<String>>,
    },
    Boundaries {
        ids: Vec<BoundaryId>,
    },
    Agreement {
        id: AgreementId,
    },
    Letter {
        id: EntryId,
    },
}

/// A share opened: what was kept, and whether it had been opened before (then nothing new was
/// kept).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ShareOpened {
    pub share: Share,
    pub again: bool,
}

/// This Trellis's partner keys and partner, as sealed in `partner_keys`.
#[derive(Serialize, Deserialize)]
struct Keys {
    /// The age identity shares to this Trellis are encrypted to (its secret, as text).
    #[serde(rename = "a")]
    age: String,
    /// The Ed25519 key this Trellis signs shares with (hex).
    #[serde(rename = "s")]
    signing: String,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    partner: Option<Peer>,
}

impl Drop for Keys {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.age.zeroize();
        self.signing.zeroize();
    }
}

#[derive(Clone, Serialize, Deserialize)]
struct Peer {
    #[serde(rename = "c")]
    card: String,
    #[serde(rename = "n")]
    name: String,
    #[serde(rename = "t")]
    connected_ms: i64,
}

/// A Trellis's public partner keys.
struct Card {
    recipient: age::x25519::Recipient,
    verifying: VerifyingKey,
}

const CARD_PREFIX: &str = "trellis-partner-1";

impl Card {
    /// Reads a card: `trellis-partner-1 <age recipient> <Ed25519 key, hex>`, spaces or line
    /// breaks between (a card pasted from a message may be broken across lines).
    fn parse(text: &str) -> Option<Card> {
        let parts: Vec<&str> = text.split_whitespace().collect();
        let [prefix, recipient, verifying] = parts.as_slice() else { return None };
        if *prefix != CARD_PREFIX {
            return None;
        }
        let key: [u8; 32] = unhex(verifying)?.try_into().ok()?;
        Some(Card { recipient: recipient.parse().ok()?, verifying: VerifyingKey::from_bytes(&key).ok()? })
    }

    fn text(&self) -> String {
        format!("{CARD_PREFIX} {} {}", self.recipient, hex(self.verifying.as_bytes()))
    }
}

impl Keys {
    fn generate() -> Keys {
        use age::secrecy::ExposeSecret;
        let mut seed = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(seed.as_mut());
        Keys {
            age: age::x25519::Identity::generate().to_string().expose_secret().to_owned(),
            signing: hex(seed.as_ref()),
            partner: None,
        }
    }

    fn identity(&self) -> Option<age::x25519::Identity> {
        self.age.parse().ok()
    }

    fn signing(&self) -> Option<SigningKey> {
        let bytes: Zeroizing<Vec<u8>> = Zeroizing::new(unhex(&self.signing)?);
        let seed: &[u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(SigningKey::from_bytes(seed))
    }

    fn card(&self) -> Option<Card> {
        Some(Card { recipient: self.identity()?.to_public(), verifying: self.signing()?.verifying_key() })
    }
}

fn place() -> Place<'static> {
    Place { table: "partner_keys", id: &[0; 16], revision: 0, created_ms: 0, updated_ms: 0 }
}

fn damaged() -> PartnerError {
    PartnerError::Tool(ToolError::Damaged { kind: "partner keys", id: "-".into() })
}

/// The six words two partners compare: from both cards, in an order that does not depend on
/// whose screen it is.
fn words_for(a: &str, b: &str) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mut hash = Sha256::new();
    hash.update(b"trellis partner words v1\n");
    hash.update(first.as_bytes());
    hash.update(b"\n");
    hash.update(second.as_bytes());
    words::words_of(&hash.finalize())
}

/// Connecting, sharing and opening shares, in an unlocked vault.
pub struct Partner<'v> {
    c: Collection<'v>,
}

impl<'v> Partner<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        Partner { c }
    }

    fn load(&self) -> Result<Option<Keys>, PartnerError> {
        // Anything but bytes where the sealed keys belong is damage, not a failure of the file.
        let sealed: Option<Option<Vec<u8>>> = self
            .c
            .conn()
            .query_row("SELECT sealed FROM partner_keys WHERE one = 1", [], |r| Ok(r.get::<_, Vec<u8>>(0).ok()))
            .optional()?;
        let Some(sealed) = sealed else { return Ok(None) };
        let sealed = sealed.ok_or_else(damaged)?;
        let (_, plain) = self.c.records().key().open(&place(), &sealed).map_err(|_| damaged())?;
        serde_json::from_slice(&plain).map(Some).map_err(|_| damaged())
    }

    fn save(&self, keys: &Keys) -> Result<(), PartnerError> {
        let plain = Zeroizing::new(serde_json::to_vec(keys).expect("keys always encode"));
        let sealed = self.c.records().key().seal(&place(), &plain);
        self.c
            .conn()
            .execute("INSERT OR REPLACE INTO partner_keys (one, sealed) VALUES (1, ?1)", [sealed.as_bytes()])?;
        Ok(())
    }

    /// This Trellis's keys, made the first time they are needed.
    fn keys(&self) -> Result<Keys, PartnerError> {
        if let Some(keys) = self.load()? {
            return Ok(keys);
        }
        let keys = Keys::generate();
        self.save(&keys)?;
        Ok(keys)
    }

    /// This Trellis's card: the line of text to give the partner (it holds no secret).
    pub fn my_card(&mut self) -> Result<String, PartnerError> {
        Ok(self.keys()?.card().ok_or_else(damaged)?.text())
    }

    /// The six words for connecting with the Trellis whose card is `their_card`, to compare
    /// with the words on the partner's screen. Writes nothing.
    pub fn words_with(&mut self, their_card: &str) -> Result<String, PartnerError> {
        let mine = self.my_card()?;
        let theirs = Card::parse(their_card).ok_or_else(|| {
            PartnerError::Invalid("that is not a partner card from Trellis; it starts with “trellis-partner-1”".into())
        })?;
        if theirs.text() == mine {
            return Err(PartnerError::Invalid("that is this Trellis's own card; paste your partner's".into()));
        }
        Ok(words_for(&mine, &theirs.text()))
    }

    /// Connects with the partner whose card is `their_card`, once the person typed the six
    /// words both screens show (`typed`; any case and spacing). `name` is what to call them.
    pub fn connect(
        &mut self,
        their_card: &str,
        name: &str,
        typed: &str,
        now: DateTime<Utc>,
    ) -> Result<PartnerConnected, PartnerError> {
        let words = self.words_with(their_card)?;
        let mut keys = self.keys()?;
        if let Some(peer) = &keys.partner {
            return Err(PartnerError::Connected(peer.name.clone()));
        }
        if !words::same_words(typed, &words) {
            return Err(PartnerError::Invalid(
                "those are not the six words for these two cards; if your partner's screen shows other words, a card was changed on the way: do not connect".into(),
            ));
        }
        let name: String = name.trim().chars().filter(|c| !c.is_control()).take(60).collect();
        if name.is_empty() {
            return Err(PartnerError::Invalid("give your partner a name to show on what they share".into()));
        }
        let card = Card::parse(their_card).ok_or_else(damaged)?.text();
        keys.partner = Some(Peer { card, name: name.clone(), connected_ms: whole_ms(now).timestamp_millis() });
        self.save(&keys)?;
        Ok(PartnerConnected { name, connected_at: whole_ms(now), words })
    }

    /// The connected partner, if any.
    pub fn connected(&self) -> Result<Option<PartnerConnected>, PartnerError> {
        let Some(keys) = self.load()? else { return Ok(None) };
        let Some(peer) = &keys.partner else { return Ok(None) };
        let mine = keys.card().ok_or_else(damaged)?.text();
        Ok(Some(PartnerConnected {
            name: peer.name.clone(),
            connected_at: DateTime::from_timestamp_millis(peer.connected_ms).unwrap_or_default(),
            words: words_for(&mine, &peer.card),
        }))
    }

    /// Forgets the partner: shares from them stay; new ones are not opened until connecting
    /// again. This Trellis's own keys stay (its card does not change).
    pub fn forget(&mut self) -> Result<(), PartnerError> {
        if let Some(mut keys) = self.load()? {
            keys.partner = None;
            self.save(&keys)?;
        }
        Ok(())
    }

    /// Exactly what a share of `choice` holds: what the partner will see.
    pub fn preview(&mut self, choice: &ShareChoice) -> Result<Vec<SharedItem>, PartnerError> {
        Ok(vec![self.item(choice)?])
    }

    /// Makes the share file's bytes for `choice`: the items [`Self::preview`] shows, signed, and
    /// encrypted to the partner and to this Trellis.
    pub fn share(&mut self, choice: &ShareChoice, now: DateTime<Utc>) -> Result<Vec<u8>, PartnerError> {
        let keys = self.keys()?;
        let peer = keys.partner.clone().ok_or(PartnerError::NotConnected)?;
        let theirs = Card::parse(&peer.card).ok_or_else(damaged)?;
        let mine = keys.card().ok_or_else(damaged)?;
        let mut id = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut id);
        let body = Body {
            version: 1,
            id: hex(&id),
            from: mine.text(),
            to: theirs.text(),
            at: whole_ms(now).timestamp_millis(),
            items: self.preview(choice)?,
        };
        let signing = keys.signing().ok_or_else(damaged)?;
        Ok(packet::seal(&body, &signing, &[theirs.recipient, mine.recipient]))
    }

    /// Writes the share of `choice` to `path`, a new file (never over one); returns what it
    /// holds.
    pub fn share_to(
        &mut self,
        choice: &ShareChoice,
        path: &std::path::Path,
        now: DateTime<Utc>,
    ) -> Result<Vec<SharedItem>, PartnerError> {
        let bytes = self.share(choice, now)?;
        crate::files::write_new(path, |w| w.write_all(&bytes).map_err(|e| io_error(path, e)))?;
        self.preview(choice)
    }

    /// Opens the share file at `path` (see [`Self::open`]).
    pub fn open_file(&mut self, path: &std::path::Path, now: DateTime<Utc>) -> Result<ShareOpened, PartnerError> {
        use std::io::Read;
        let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
        let mut bytes = Vec::new();
        // One byte past the largest share read: enough to tell a huge file, never all of it.
        file.take(packet::MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| io_error(path, e))?;
        self.open(&bytes, now)
    }

    /// Opens a share file's bytes: checks it is from the connected partner and for this
    /// Trellis, and keeps it. A share opened before is not kept twice.
    pub fn open(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<ShareOpened, PartnerError> {
        let keys = self.keys()?;
        let peer = keys.partner.clone().ok_or(PartnerError::NotConnected)?;
        let theirs = Card::parse(&peer.card).ok_or_else(damaged)?;
        let mine = keys.card().ok_or_else(damaged)?;
        let identity = keys.identity().ok_or_else(damaged)?;
        let refused = |why: Refused| {
            PartnerError::Refused(match why {
                Refused::NotAShare => "This is not a share from Trellis.".into(),
                Refused::TooLarge => "This file is far too large to be a share from Trellis.".into(),
                Refused::NotForUs => {
                    "This share was not made for this Trellis, or it was changed or cut short on the way.".into()
                }
                Refused::NotFromPartner => format!("This share was not made by {}'s Trellis.", peer.name),
            })
        };
        let body = match packet::open(bytes, &identity, &theirs.verifying) {
            Ok(body) => body,
            // Encrypted to this Trellis too because it sent it: say so plainly.
            Err(Refused::NotFromPartner) if packet::open(bytes, &identity, &mine.verifying).is_ok() => {
                return Err(PartnerError::Refused("This is a share you made; it is for your partner.".into()));
            }
            Err(why) => return Err(refused(why)),
        };
        if body.version != 1 || body.from != theirs.text() || body.to != mine.text() {
            return Err(refused(Refused::NotForUs));
        }
        let packet_id = body.id.to_ascii_lowercase();
        let kept = self.c.readable_and_ids::<ShareKind>().map_err(ToolError::from)?.0;
        if let Some(rec) = kept.into_iter().find(|r| r.payload.packet == packet_id) {
            return Ok(ShareOpened { share: view(rec), again: true });
        }
        let now = whole_ms(now);
        let rec = Record {
            id: ShareId::fresh(now),
            created_at: now,
            updated_at: now,
            payload: SharePayload { packet: packet_id, sent_ms: body.at, from: peer.name, items: body.items },
        };
        self.c.add(&rec).map_err(ToolError::from)?;
        Ok(ShareOpened { share: view(rec), again: false })
    }

    /// The shares kept, newest first.
    pub fn shares(&self) -> Result<Vec<Share>, PartnerError> {
        let (mut readable, _) = self.c.readable_and_ids::<ShareKind>().map_err(ToolError::from)?;
        readable.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        Ok(readable.into_iter().map(view).collect())
    }

    /// One share kept.
    pub fn get(&self, id: ShareId) -> Result<Share, PartnerError> {
        Ok(view(self.c.get::<ShareKind>(id).map_err(ToolError::from)?))
    }

    /// Removes a share kept here (the partner's copy, and the sender's file, are theirs).
    pub fn delete(&mut self, id: ShareId) -> Result<(), PartnerError> {
        self.c.delete::<ShareKind>(id).map_err(ToolError::from)?;
        Ok(())
    }

    fn item(&mut self, choice: &ShareChoice) -> Result<SharedItem, PartnerError> {
        use crate::journal::EntryKind;
        use crate::tools::agreements::AgreementKind;
        use crate::tools::boundaries::BoundaryKind;
        use crate::tools::worksheets::WorksheetKind;
        let item = match choice {
            ShareChoice::Worksheet { id, areas } => {
                let sheet = crate::Worksheet::from(self.c.get::<WorksheetKind>(*id).map_err(ToolError::from)?);
                let chosen = |a: &crate::AreaAnswer| match areas {
                    Some(list) => list.contains(&a.area),
                    None => !a.mine.is_empty() || !a.middle.is_empty(),
                };
                let areas: Vec<SharedArea> = sheet
                    .areas
                    .iter()
                    .filter(|a| chosen(a))
                    .map(|a| SharedArea {
                        area: a.area.clone(),
                        name: a.name.clone(),
                        expectation: a.mine.clone(),
                        middle: a.middle.clone(),
                    })
                    .collect();
                if areas.is_empty() {
                    return Err(PartnerError::Invalid(
                        "nothing to share: no area of this worksheet is written in".into(),
                    ));
                }
                SharedItem::Worksheet { title: sheet.title, on: sheet.on, areas }
            }
            ShareChoice::Boundaries { ids } => {
                if ids.is_empty() {
                    return Err(PartnerError::Invalid("choose the boundaries to share".into()));
                }
                let mut boundaries = Vec::new();
                for id in ids {
                    let b = crate::Boundary::from(self.c.get::<BoundaryKind>(*id).map_err(ToolError::from)?);
                    boundaries.push(SharedBoundary {
                        text: b.text,
                        whose: b.whose,
                        category: b.category,
                        why: b.why,
                        if_crossed: b.if_crossed,
                    });
                }
                SharedItem::Boundaries { boundaries }
            }
            ShareChoice::Agreement { id } => {
                let agreement = crate::Agreement::from(self.c.get::<AgreementKind>(*id).map_err(ToolError::from)?);
                SharedItem::Agreement { text: agreement.text }
            }
            ShareChoice::Letter { id } => {
                let entry = crate::Entry::from(self.c.get::<EntryKind>(*id).map_err(ToolError::from)?);
                SharedItem::Letter { title: entry.title, body: entry.body, written_on: entry.created_at.date_naive() }
            }
        };
        Ok(item)
    }
}

fn io_error(path: &std::path::Path, source: std::io::Error) -> PartnerError {
    PartnerError::File(crate::FileError::Io { path: path.to_owned(), source })
}

fn view(rec: Record<ShareKind>) -> Share {
    Share {
        id: rec.id,
        received_at: rec.created_at,
        sent_at: DateTime::from_timestamp_millis(rec.payload.sent_ms).unwrap_or_default(),
        from: rec.payload.from,
        items: rec.payload.items,
    }
}

/// Reseals the partner keys under `to` (a re-key), in the caller's transaction.
pub(crate) fn reseal(conn: &rusqlite::Connection, from: &RecordKey, to: &RecordKey) -> Result<(), StoreError> {
    let sealed: Option<Vec<u8>> = conn
        .query_row("SELECT sealed FROM partner_keys WHERE one = 1", [], |r| Ok(r.get::<_, Vec<u8>>(0).ok()))
        .optional()?
        .flatten();
    if let Some((_, plain)) = sealed.and_then(|s| from.open(&place(), &s).ok()) {
        conn.execute("UPDATE partner_keys SET sealed = ?1 WHERE one = 1", [to.seal(&place(), &plain).as_bytes()])?;
    }
    Ok(())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    crate::sync::hex(bytes)
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}
