//! The `.trellis-share` file (`docs/share-format.md`): `MAGIC`, then an age file encrypted to
//! the partner and to the sender, holding `{"body": …, "sig": …}`, where `body` is the JSON of
//! [`Body`] as text and `sig` its Ed25519 signature by the sender's key, in hex.

use std::io::Write;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::shared::SharedItem;

/// The first bytes of every share file: tells it from any other file before decrypting.
pub(crate) const MAGIC: &[u8] = b"trellis-share/1\n";

/// The largest share file read: far above any real share, far below what would hurt to open.
pub(crate) const MAX_FILE_BYTES: usize = 8 << 20;

/// What is signed: who made it for whom, when, and the items.
#[derive(Serialize, Deserialize)]
pub(crate) struct Body {
    #[serde(rename = "v")]
    pub version: u32,
    /// Random, 32 hex digits: the same packet opened twice is kept once.
    #[serde(rename = "id")]
    pub id: String,
    /// The sender's card, and the card of the Trellis it is for.
    pub from: String,
    pub to: String,
    /// Unix milliseconds, on the sender's clock.
    pub at: i64,
    pub items: Vec<SharedItem>,
}

#[derive(Serialize, Deserialize)]
struct Signed {
    body: String,
    sig: String,
}

/// Why a file is not a share this Trellis keeps. Each reads as the reason a person is given.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    NotAShare,
    TooLarge,
    /// Not encrypted to this Trellis, or changed or cut short on the way.
    NotForUs,
    /// It opens, but the signature is not the partner's (or the body was changed).
    NotFromPartner,
}

/// Makes the share file: `body` signed with `signing`, encrypted to every recipient.
pub(crate) fn seal(body: &Body, signing: &SigningKey, recipients: &[age::x25519::Recipient]) -> Vec<u8> {
    let text = Zeroizing::new(serde_json::to_string(body).expect("bodies always encode"));
    let sig = signing.sign(text.as_bytes());
    let signed = Signed { body: text.to_string(), sig: super::hex(&sig.to_bytes()) };
    let plain = Zeroizing::new(serde_json::to_vec(&signed).expect("signed bodies always encode"));
    let mut out = MAGIC.to_vec();
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .expect("there is always a recipient");
    let mut writer = encryptor.wrap_output(&mut out).expect("writing to memory cannot fail");
    writer.write_all(&plain).expect("writing to memory cannot fail");
    writer.finish().expect("writing to memory cannot fail");
    out
}

/// Opens a share file with `identity` and checks it was signed with `sender`.
pub(crate) fn open(bytes: &[u8], identity: &age::x25519::Identity, sender: &VerifyingKey) -> Result<Body, Refused> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refused::TooLarge);
    }
    let sealed = bytes.strip_prefix(MAGIC).ok_or(Refused::NotAShare)?;
    let plain = Zeroizing::new(age::decrypt(identity, sealed).map_err(|_| Refused::NotForUs)?);
    let signed: Signed = serde_json::from_slice(&plain).map_err(|_| Refused::NotFromPartner)?;
    let text = Zeroizing::new(signed.body);
    let sig = super::unhex(&signed.sig)
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b))
        .ok_or(Refused::NotFromPartner)?;
    sender.verify_strict(text.as_bytes(), &sig).map_err(|_| Refused::NotFromPartner)?;
    serde_json::from_str(&text).map_err(|_| Refused::NotFromPartner)
}
