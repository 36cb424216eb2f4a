//! What a journal entry is: its mood, the draft a person writes, the saved entry, and the
//! sealed payload the record layer stores (short keys). Drafts are tidied here before they are
//! saved.
//!
//! Payload version 2 added `c`: the answers of a weekly check-in, which makes the entry one of
//! kind "check-in". Version 1 payloads have no `c` and read as ordinary entries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::CheckIn;
use super::{JournalError, MAX_ENTRY_BYTES};
use crate::dates::whole_ms;
use crate::ids::{AgreementId, BoundaryId, EntryId};
use crate::record::{History, Kind, Merge, Record, RecordKind, SearchDoc};

/// A mood from 1 (low) to 5 (good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Mood(u8);

impl Mood {
    /// Returns the mood `n`, if it is from 1 to 5.
    pub fn new(n: u8) -> Option<Self> {
        (1..=5).contains(&n).then_some(Self(n))
    }

    /// Returns the number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Mood {
    type Error = JournalError;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Mood::new(n).ok_or(JournalError::BadMood)
    }
}

impl From<Mood> for u8 {
    fn from(m: Mood) -> u8 {
        m.0
    }
}

/// A boundary or an agreement an entry is about ("this is about…").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum About {
    Boundary(BoundaryId),
    Agreement(AgreementId),
}

/// What a person writes: the editable part of an entry.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryDraft {
    pub title: String,
    pub body: String,
    pub mood: Option<Mood>,
    pub tags: Vec<String>,
    pub prompt_id: Option<String>,
    /// The boundaries and agreements this entry is about.
    #[serde(default)]
    pub about: Vec<About>,
}

impl std::fmt::Debug for EntryDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EntryDraft(<private>)")
    }
}

/// The sealed encoding of an entry (payload version 2): short keys, empty fields left out.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct EntryPayload {
    #[serde(rename = "t", default)]
    title: String,
    #[serde(rename = "b", default)]
    body: String,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    mood: Option<Mood>,
    #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    prompt_id: Option<String>,
    #[serde(rename = "l", default, skip_serializing_if = "Vec::is_empty")]
    about: Vec<About>,
    /// The answers of a check-in (since payload version 2); none for an ordinary entry.
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    check_in: Option<CheckIn>,
}

impl EntryPayload {
    /// Tells whether this entry is a check-in.
    #[cfg(test)]
    pub(crate) fn is_check_in(&self) -> bool {
        self.check_in.is_some()
    }

    /// Takes the check-in's answers out, if it is one.
    pub(crate) fn take_check_in(self) -> Option<CheckIn> {
        self.check_in
    }

    /// Makes this entry a check-in with these answers (or an ordinary entry with none).
    pub(crate) fn set_check_in(&mut self, check_in: Option<CheckIn>) {
        self.check_in = check_in;
    }
}

impl From<EntryDraft> for EntryPayload {
    fn from(d: EntryDraft) -> Self {
        EntryPayload {
            title: d.title,
            body: d.body,
            mood: d.mood,
            tags: d.tags,
            prompt_id: d.prompt_id,
            about: d.about,
            check_in: None,
        }
    }
}

/// Journal entries, as a kind of record.
pub(crate) struct EntryKind;

impl Kind for EntryKind {
    const KIND: RecordKind = RecordKind::Entry;
    const HISTORY: History = History::Setting;
    const SYNC: Merge = Merge::KeepBoth;
    const PAYLOAD_VERSION: u8 = 2;
    const MAX_BYTES: usize = MAX_ENTRY_BYTES;
    type Id = EntryId;
    type Payload = EntryPayload;

    /// A check-in entry: every field of an entry and of a check-in's answers.
    fn sample(words: &str) -> EntryPayload {
        use super::{AgreementReviewed, BoundaryTalked, Decision};
        let w = || words.to_owned();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
        let at = DateTime::UNIX_EPOCH;
        EntryPayload {
            title: w(),
            body: w(),
            mood: Mood::new(3),
            tags: vec![w()],
            prompt_id: None,
            about: Vec::new(),
            check_in: Some(CheckIn {
                on: day,
                last_try: w(),
                last_try_note: w(),
                well_me: w(),
                well_partner: w(),
                mind_me: w(),
                mind_partner: w(),
                boundaries: vec![BoundaryTalked { boundary: BoundaryId::new(at), text: w(), note: w() }],
                agreements: vec![AgreementReviewed {
                    agreement: AgreementId::new(at),
                    text: w(),
                    decision: Decision::Talked,
                    note: w(),
                }],
                thanks_me: w(),
                thanks_partner: w(),
                try_next: w(),
            }),
        }
    }

    fn into_search_doc(p: EntryPayload) -> SearchDoc {
        let check_in = p.check_in.is_some();
        SearchDoc { title: p.title, body: p.body, tags: p.tags, mood: p.mood.map(Mood::get), check_in }
    }
}

/// A saved journal entry.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Entry {
    pub id: EntryId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub title: String,
    pub body: String,
    pub mood: Option<Mood>,
    pub tags: Vec<String>,
    pub prompt_id: Option<String>,
    /// The boundaries and agreements this entry is about.
    pub about: Vec<About>,
    /// The answers of a weekly check-in: present when this entry is of kind "check-in"
    /// (absent, or `null`, for an ordinary entry, and in backups made before check-ins).
    #[serde(default)]
    pub check_in: Option<Box<CheckIn>>,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Entry({}, <private>)", self.id)
    }
}

impl From<Record<EntryKind>> for Entry {
    fn from(r: Record<EntryKind>) -> Self {
        let p = r.payload;
        Entry {
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            title: p.title,
            body: p.body,
            mood: p.mood,
            tags: p.tags,
            prompt_id: p.prompt_id,
            about: p.about,
            check_in: p.check_in.map(Box::new),
        }
    }
}

impl Entry {
    /// Tells whether this entry is a weekly check-in.
    pub fn is_check_in(&self) -> bool {
        self.check_in.is_some()
    }

    pub(crate) fn into_record(self) -> Record<EntryKind> {
        let draft = EntryDraft {
            title: self.title,
            body: self.body,
            mood: self.mood,
            tags: self.tags,
            prompt_id: self.prompt_id,
            about: self.about,
        };
        let mut rec = record(self.id, self.created_at, self.updated_at, draft);
        rec.payload.check_in = self.check_in.map(|c| *c);
        rec
    }
}

/// Makes a record from a tidied draft. Times are kept to the millisecond, as the database
/// stores them, so what `add` returns equals what `get` reads back.
pub(super) fn record(
    id: EntryId,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    draft: EntryDraft,
) -> Record<EntryKind> {
    Record { id, created_at: whole_ms(created), updated_at: whole_ms(updated), payload: normalize(draft).into() }
}

/// Makes a record of kind "check-in": a tidied draft carrying the check-in's answers.
pub(crate) fn check_in_record(
    id: EntryId,
    at: DateTime<Utc>,
    draft: EntryDraft,
    check_in: CheckIn,
) -> Record<EntryKind> {
    let mut rec = record(id, at, at, draft);
    rec.payload.check_in = Some(check_in);
    rec
}

/// Tidies a draft as a save does (for imports, which build entries directly).
pub(crate) fn tidy(d: EntryDraft) -> EntryDraft {
    normalize(d)
}

/// Tidies a draft: tags trimmed, lower-cased, inner spaces folded, empty and repeated ones
/// dropped; a blank prompt id is none.
fn normalize(mut d: EntryDraft) -> EntryDraft {
    let mut tags: Vec<String> = Vec::with_capacity(d.tags.len());
    for tag in d.tags.drain(..) {
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    d.tags = tags;
    d.prompt_id = d.prompt_id.filter(|p| !p.trim().is_empty());
    let mut about = Vec::with_capacity(d.about.len());
    for a in d.about.drain(..) {
        if !about.contains(&a) {
            about.push(a);
        }
    }
    d.about = about;
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_draft() -> impl Strategy<Value = EntryDraft> {
        (
            "\\PC{0,40}",
            "(?s).{0,400}",
            proptest::option::of(1u8..=5),
            proptest::collection::vec("\\PC{0,12}", 0..5),
            proptest::option::of("[a-z]{1,10}-[0-9]"),
        )
            .prop_map(|(title, body, mood, tags, prompt_id)| EntryDraft {
                title,
                body,
                mood: mood.and_then(Mood::new),
                tags,
                prompt_id,
                about: vec![About::Boundary(BoundaryId::new(chrono::Utc::now()))],
            })
    }

    proptest! {
        #[test]
        fn payload_encoding_round_trips(d in any_draft()) {
            let bytes = serde_json::to_vec(&EntryPayload::from(d.clone())).unwrap();
            let back: EntryPayload = serde_json::from_slice(&bytes).unwrap();
            let back = EntryDraft { title: back.title, body: back.body, mood: back.mood, tags: back.tags, prompt_id: back.prompt_id, about: back.about };
            prop_assert!(back == d);
        }

        #[test]
        fn normalize_is_idempotent(d in any_draft()) {
            let once = normalize(d);
            prop_assert!(normalize(once.clone()) == once);
        }
    }

    #[test]
    fn a_version_1_payload_reads_as_an_ordinary_entry() {
        // What payload version 1 wrote: no `c`. It must still read, as an entry that is not a
        // check-in (the record layer accepts every version up to PAYLOAD_VERSION).
        let mut plain = vec![1u8];
        plain.extend_from_slice(br#"{"t":"Sunday","b":"calm","m":4,"g":["us"]}"#);
        let p = crate::record::decode_payload::<EntryKind>(2, &plain).expect("version 1 still reads");
        assert!(!p.is_check_in());
        assert_eq!((p.title.as_str(), p.mood.map(Mood::get)), ("Sunday", Some(4)));
        let mut newer = vec![EntryKind::PAYLOAD_VERSION + 1];
        newer.extend_from_slice(br#"{"t":"x"}"#);
        assert!(crate::record::decode_payload::<EntryKind>(2, &newer).is_none(), "a newer payload is refused");
    }

    #[test]
    fn a_check_in_saved_with_counts_and_without_the_mind_step_still_opens() {
        // What check-ins saved before this version wrote: boundary counts, no `mind_*`.
        let mut plain = vec![2u8];
        plain.extend_from_slice(
            br#"{"t":"Weekly check-in, 22 November 2026","b":"- **Phones away**: honoured 0, crossed 1","g":["check-in"],
            "c":{"on":"2026-11-22","last_try":"","last_try_note":"","well_me":"we cooked","well_partner":"",
            "boundaries":[{"boundary":"0192f1a0-0000-7000-8000-000000000001","text":"Phones away","honoured":0,"crossed":1,"note":"Friday was hard"}],
            "agreements":[],"thanks_me":"","thanks_partner":"","try_next":"a walk"}}"#,
        );
        let p = crate::record::decode_payload::<EntryKind>(2, &plain).expect("an older check-in still reads");
        let c = p.take_check_in().expect("still a check-in");
        assert_eq!((c.well_me.as_str(), c.try_next.as_str()), ("we cooked", "a walk"));
        assert_eq!((c.boundaries[0].text.as_str(), c.boundaries[0].note.as_str()), ("Phones away", "Friday was hard"));
        assert_eq!((c.mind_me.as_str(), c.mind_partner.as_str()), ("", ""));
        // Written again, it holds no counts, and empty mind fields are left out.
        let again = serde_json::to_string(&c).unwrap();
        assert!(!again.contains("honoured") && !again.contains("crossed") && !again.contains("mind"), "{again}");
    }

    #[test]
    fn tags_are_tidied() {
        let d = normalize(EntryDraft {
            tags: vec![" Work  Stress ".into(), "work stress".into(), " ".into()],
            ..Default::default()
        });
        assert_eq!(d.tags, vec!["work stress"]);
    }

    #[test]
    fn fail_mood_out_of_range() {
        assert!(Mood::new(0).is_none() && Mood::new(6).is_none());
        assert!(serde_json::from_str::<EntryPayload>(r#"{"m":9}"#).is_err());
    }
}
