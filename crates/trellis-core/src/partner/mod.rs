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

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::collection::Collection;
use crate::dates::whole_ms;
use crate::ids::{hex, random_hex_id as fresh_id, AgreementId, BoundaryId, EntryId, RecordId, ShareId, WorksheetId};
use crate::record::{Place, Record, RecordKey};
use crate::say::Message;
use crate::store::StoreError;
use crate::sync::words;
use crate::tools::agreements::{self, AgreementKind};
use crate::tools::ToolError;
use packet::{Body, Refused};
use shared::{Share, ShareKind, SharePayload, SharedArea, SharedBoundary, SharedItem, SharedVersion};

/// An agreement shared, and what stands between the two once the share is made.
type AfterShare = (Record<AgreementKind>, agreements::Between);

/// A share made and not yet written: its bytes, what it holds, and what to note once written.
struct Made {
    bytes: Vec<u8>,
    items: Vec<SharedItem>,
    after: Option<AfterShare>,
}

/// What can go wrong connecting, sharing or opening a share.
#[derive(Debug, thiserror::Error)]
pub enum PartnerError {
    #[error("connect with your partner first: exchange cards and compare the six words")]
    NotConnected,
    #[error("this Trellis is connected with {0} already; forget that connection first")]
    Connected(String),
    #[error("{0}")]
    Invalid(Message),
    /// A file that is not a share this Trellis keeps; nothing was kept.
    #[error("{0} Nothing was kept.")]
    Refused(Message),
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

/// A QR code as a picture to draw: `size` modules a side, and an SVG path of the dark ones
/// (each a 1×1 square at its module's place), to draw inside a quiet zone of 4 modules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct QrCode {
    pub size: u32,
    pub path: String,
}

/// The card `text` as a QR code (it holds no secret). Runs of dark modules in a row are one
/// rectangle each, so the path stays short.
pub fn qr_code(text: &str) -> Option<QrCode> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let size = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if colors[y * size + x] == qrcode::Color::Dark {
                let start = x;
                while x < size && colors[y * size + x] == qrcode::Color::Dark {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(QrCode { size: size as u32, path })
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
    /// An agreement; with `agree`, the share says this person agrees to its words (and the
    /// ledger keeps that they did, on this day).
    Agreement {
        id: AgreementId,
        #[serde(default)]
        agree: bool,
    },
    Letter {
        id: EntryId,
    },
    /// A saved weekly check-in, as its entry reads.
    CheckIn {
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

    /// This Trellis's card as a QR code, for a partner whose phone or camera reads it.
    pub fn my_card_qr(&mut self) -> Result<QrCode, PartnerError> {
        qr_code(&self.my_card()?).ok_or_else(damaged)
    }

    /// The six words for connecting with the Trellis whose card is `their_card`, to compare
    /// with the words on the partner's screen. Writes nothing.
    pub fn words_with(&mut self, their_card: &str) -> Result<String, PartnerError> {
        let mine = self.my_card()?;
        let theirs = Card::parse(their_card).ok_or_else(|| PartnerError::Invalid(Message::new("error-not-a-card")))?;
        if theirs.text() == mine {
            return Err(PartnerError::Invalid(Message::new("error-own-card")));
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
            return Err(PartnerError::Invalid(Message::new("error-partner-words-differ")));
        }
        let name: String = name.trim().chars().filter(|c| !c.is_control()).take(60).collect();
        if name.is_empty() {
            return Err(PartnerError::Invalid(Message::new("error-partner-needs-name")));
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

    /// Exactly what a share of `choice` made on the local day `today` holds: what the partner
    /// will see.
    pub fn preview(&mut self, choice: &ShareChoice, today: NaiveDate) -> Result<Vec<SharedItem>, PartnerError> {
        Ok(vec![self.item(choice, today)?.0])
    }

    /// Makes the share file's bytes for `choice`: the items [`Self::preview`] shows, signed, and
    /// encrypted to the partner and to this Trellis. A shared agreement keeps its version (and
    /// this person's agreement to it) in the ledger.
    pub fn share(
        &mut self,
        choice: &ShareChoice,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<u8>, PartnerError> {
        let Made { bytes, after, .. } = self.make(choice, now, today)?;
        self.after_share(after, now)?;
        Ok(bytes)
    }

    /// What a share notes in the ledger once it is made: an agreement's version between the
    /// two.
    fn after_share(&mut self, after: Option<AfterShare>, now: DateTime<Utc>) -> Result<(), PartnerError> {
        if let Some((rec, between)) = after {
            agreements::set_between(&mut self.c, rec, between, now)?;
        }
        Ok(())
    }

    /// The share's bytes and items, and what to note once it is written.
    fn make(&mut self, choice: &ShareChoice, now: DateTime<Utc>, today: NaiveDate) -> Result<Made, PartnerError> {
        let keys = self.keys()?;
        let peer = keys.partner.clone().ok_or(PartnerError::NotConnected)?;
        let theirs = Card::parse(&peer.card).ok_or_else(damaged)?;
        let mine = keys.card().ok_or_else(damaged)?;
        let (item, after) = self.item(choice, today)?;
        let body = Body {
            version: 1,
            id: fresh_id(),
            from: mine.text(),
            to: theirs.text(),
            at: whole_ms(now).timestamp_millis(),
            items: vec![item],
        };
        let signing = keys.signing().ok_or_else(damaged)?;
        Ok(Made { bytes: packet::seal(&body, &signing, &[theirs.recipient, mine.recipient]), items: body.items, after })
    }

    /// Writes the share of `choice` to `path`, a new file (never over one), on the local day
    /// `today`; returns what it holds.
    pub fn share_to(
        &mut self,
        choice: &ShareChoice,
        path: &std::path::Path,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<SharedItem>, PartnerError> {
        let Made { bytes, items, after } = self.make(choice, now, today)?;
        crate::files::write_new(path, |w| w.write_all(&bytes).map_err(|e| io_error(path, e)))?;
        self.after_share(after, now)?;
        Ok(items)
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
                Refused::NotAShare => Message::new("error-refused-not-a-share"),
                Refused::TooLarge => Message::new("error-refused-too-large"),
                Refused::NotForUs => Message::new("error-refused-not-for-us"),
                Refused::NotFromPartner => {
                    Message::new("error-refused-not-from-partner").with("name", peer.name.as_str())
                }
            })
        };
        let body = match packet::open(bytes, &identity, &theirs.verifying) {
            Ok(body) => body,
            // Encrypted to this Trellis too because it sent it: say so plainly.
            Err(Refused::NotFromPartner) if packet::open(bytes, &identity, &mine.verifying).is_ok() => {
                return Err(PartnerError::Refused(Message::new("error-refused-own-share")));
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
        let rec: Record<ShareKind> = Record {
            id: ShareId::fresh(now),
            created_at: now,
            updated_at: now,
            payload: SharePayload { packet: packet_id, sent_ms: body.at, from: peer.name, items: body.items },
        };
        // The share and what it tells of agreements held by both are kept together, or not.
        let tx = self.c.conn().unchecked_transaction()?;
        self.c.add(&rec).map_err(ToolError::from)?;
        for item in &rec.payload.items {
            if let SharedItem::Agreement { text, version: Some(v) } = item {
                self.told_agreement(text, v, now)?;
            }
        }
        tx.commit()?;
        Ok(ShareOpened { share: view(rec), again: false })
    }

    /// Notes what a share says of an agreement this person holds with the partner, when it has
    /// the same words here: the version the partner calls it, and the day they agreed. Words
    /// that differ change nothing here; the person chooses whether to take them
    /// ([`Self::keep_agreement`]).
    fn told_agreement(&mut self, text: &str, v: &SharedVersion, now: DateTime<Utc>) -> Result<(), PartnerError> {
        let Some(rec) = agreements::held_as(&self.c, &v.id)? else { return Ok(()) };
        if agreements::fingerprint(&rec.payload.text) != agreements::fingerprint(text) {
            return Ok(());
        }
        let mut between = rec.payload.between.clone().ok_or_else(damaged)?;
        between.told(text, v.version, v.agreed_on);
        agreements::set_between(&mut self.c, rec, between, now)?;
        Ok(())
    }

    /// Keeps the agreement in the share `share` (its item `index`) in this person's ledger: a
    /// new agreement held with the partner, or, when it is one held already, its words
    /// replaced by theirs (the words it had are kept in its history).
    pub fn keep_agreement(
        &mut self,
        share: ShareId,
        index: usize,
        now: DateTime<Utc>,
    ) -> Result<crate::Agreement, PartnerError> {
        let shared = self.get(share)?;
        let Some(SharedItem::Agreement { text, version }) = shared.items.into_iter().nth(index) else {
            return Err(PartnerError::Invalid(Message::new("error-share-no-agreement")));
        };
        let note = format!("Their words, from {}'s share", shared.from);
        let Some(v) = version else {
            // From a share made before agreements had versions: a new agreement of its own.
            let between = agreements::Between::from_partner(fresh_id(), &text, 1, None);
            return Ok(agreements::add_between(&mut self.c, text, between, note, now)?);
        };
        match agreements::held_as(&self.c, &v.id)? {
            Some(rec) => {
                let mut between = rec.payload.between.clone().ok_or_else(damaged)?;
                if agreements::fingerprint(&rec.payload.text) == agreements::fingerprint(&text) {
                    between.told(&text, v.version, v.agreed_on);
                    return Ok(agreements::set_between(&mut self.c, rec, between, now)?);
                }
                between.told(&text, v.version, v.agreed_on);
                Ok(agreements::take_words(&mut self.c, rec, text, between, note, now)?)
            }
            None => {
                let between = agreements::Between::from_partner(v.id, &text, v.version, v.agreed_on);
                Ok(agreements::add_between(&mut self.c, text, between, note, now)?)
            }
        }
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

    /// The item a share of `choice` holds, and what to note once it is made.
    fn item(
        &mut self,
        choice: &ShareChoice,
        today: NaiveDate,
    ) -> Result<(SharedItem, Option<AfterShare>), PartnerError> {
        use crate::journal::EntryKind;
        use crate::tools::boundaries::BoundaryKind;
        use crate::tools::worksheets::WorksheetKind;
        let mut after = None;
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
                    return Err(PartnerError::Invalid(Message::new("error-share-no-area")));
                }
                SharedItem::Worksheet { title: sheet.title, on: sheet.on, areas }
            }
            ShareChoice::Boundaries { ids } => {
                if ids.is_empty() {
                    return Err(PartnerError::Invalid(Message::new("error-share-no-boundaries")));
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
            ShareChoice::Agreement { id, agree } => {
                let rec = self.c.get::<AgreementKind>(*id).map_err(ToolError::from)?;
                let between = agreements::Between::shared_now(&rec.payload, *agree, today);
                let version = SharedVersion {
                    id: between.id.clone(),
                    version: between.version,
                    agreed_on: if *agree { between.agreed_now() } else { None },
                };
                let text = rec.payload.text.clone();
                after = Some((rec, between));
                SharedItem::Agreement { text, version: Some(version) }
            }
            ShareChoice::Letter { id } => {
                let entry = crate::Entry::from(self.c.get::<EntryKind>(*id).map_err(ToolError::from)?);
                SharedItem::Letter { title: entry.title, body: entry.body, written_on: entry.created_at.date_naive() }
            }
            ShareChoice::CheckIn { id } => {
                let entry = crate::Entry::from(self.c.get::<EntryKind>(*id).map_err(ToolError::from)?);
                let Some(check_in) = &entry.check_in else {
                    return Err(PartnerError::Invalid(Message::new("error-share-not-a-check-in")));
                };
                SharedItem::CheckIn { on: check_in.on, title: entry.title, summary: entry.body }
            }
        };
        Ok((item, after))
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

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_makes_a_qr_code_of_its_own_size() {
        let keys = Keys::generate();
        let card = keys.card().unwrap().text();
        let qr = qr_code(&card).unwrap();
        // A card (~150 characters) at error level M: version 8 or so, 49 modules a side.
        assert!((41..=57).contains(&qr.size), "{}", qr.size);
        // Every dark run is one rectangle; the three finder patterns alone make many.
        assert!(qr.path.matches('z').count() > 50);
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "the top-left finder pattern comes first");
        let other = qr_code(&Keys::generate().card().unwrap().text()).unwrap();
        assert_ne!(qr.path, other.path);
    }
}
