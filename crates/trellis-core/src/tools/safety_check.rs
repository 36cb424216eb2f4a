//! "Is this safe?": a private self-check in the spirit of safety decision aids such as myPlan.
//! The person ticks the signs that are true for them; Trellis answers with plain next steps
//! from what was ticked, never a score or a count.
//!
//! The ticks are a record of their own kind ("safety check"), sealed like every record: only
//! the id and the times are readable on disk. A vault keeps one, the latest; saving replaces
//! it, and it can be cleared. It is not searched (a search over someone's shoulder must not
//! turn it up), it stays on this computer (not synced), and it is left out of portable backups
//! and readable exports: a check is for this moment, and an export made for a counsellor
//! should not carry it by surprise. Snapshots copy the whole vault, sealed, and hold it too.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ToolError, MAX_TOOL_BYTES};
use crate::collection::Collection;
use crate::ids::SafetyCheckId;
use crate::record::{History, Kind, Merge, Record, RecordKind, SearchDoc};

/// A sign the check asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Sign {
    /// Choked or strangled me, even once.
    Choked,
    /// Threatened to kill me, themselves or someone I love.
    ThreatenedToKill,
    /// Has a gun or another weapon, or threatened me with one.
    Weapon,
    /// I have left or plan to leave, or they think I might.
    Separation,
    /// The violence is getting worse or happening more often.
    Worse,
    /// Controls my money, my phone or where I go.
    Controls,
    /// Threatened or hurt my children or pets.
    ChildrenOrPets,
    /// Forced or pressured me into sex.
    ForcedSex,
    /// Hit, pushed or hurt me.
    Hurt,
    /// Checks my phone, messages or where I am.
    Watches,
    /// Puts me down, or keeps me from friends and family.
    Isolates,
    /// I am afraid of them.
    Afraid,
}

impl Sign {
    /// Every sign, in the order the check asks.
    pub const ALL: [Sign; 12] = [
        Sign::Afraid,
        Sign::Hurt,
        Sign::Choked,
        Sign::ThreatenedToKill,
        Sign::Weapon,
        Sign::Worse,
        Sign::Separation,
        Sign::ForcedSex,
        Sign::ChildrenOrPets,
        Sign::Controls,
        Sign::Watches,
        Sign::Isolates,
    ];

    /// Tells whether the sign is one of those that mark serious danger (the standard ones
    /// of danger-assessment tools).
    pub fn is_serious(self) -> bool {
        matches!(
            self,
            Sign::Choked
                | Sign::ThreatenedToKill
                | Sign::Weapon
                | Sign::Separation
                | Sign::Worse
                | Sign::Controls
                | Sign::ChildrenOrPets
                | Sign::ForcedSex
        )
    }

    fn key(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    fn from_key(key: &str) -> Option<Sign> {
        serde_json::from_value(serde_json::Value::String(key.to_owned())).ok()
    }
}

/// What the check answers, from what was ticked. Never a score: one of three plain answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum NextSteps {
    /// At least one sign of serious danger: contact a domestic-abuse helpline or emergency
    /// services, from a safe device, soon.
    Danger,
    /// Signs of abuse or control, none of them the serious-danger ones: talk it through with a
    /// helpline in confidence; read Safety first.
    Worry,
    /// Nothing ticked: where to read more, and to trust the feeling if something seems wrong.
    Nothing,
}

/// Returns the next steps for these ticks.
pub fn next_steps(ticked: &[Sign]) -> NextSteps {
    if ticked.iter().any(|s| s.is_serious()) {
        NextSteps::Danger
    } else if ticked.is_empty() {
        NextSteps::Nothing
    } else {
        NextSteps::Worry
    }
}

/// The check as it was last saved.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SafetyCheck {
    /// The signs ticked, in the order the check asks.
    pub ticked: Vec<Sign>,
    pub checked_at: DateTime<Utc>,
    pub next_steps: NextSteps,
}

impl std::fmt::Debug for SafetyCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SafetyCheck(<private>)")
    }
}

/// The sealed encoding (payload version 1): the ticked signs by name. Names a later version
/// adds are kept as they are and skipped when read, so nothing ticked there is lost here.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SafetyCheckPayload {
    #[serde(rename = "s", default)]
    signs: Vec<String>,
}

pub(crate) struct SafetyCheckKind;

impl Kind for SafetyCheckKind {
    const KIND: RecordKind = RecordKind::SafetyCheck;
    const HISTORY: History = History::Never;
    /// It stays on the computer where it was made.
    const SYNC: Merge = Merge::Local;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = MAX_TOOL_BYTES;
    type Id = SafetyCheckId;
    type Payload = SafetyCheckPayload;

    fn sample(words: &str) -> SafetyCheckPayload {
        SafetyCheckPayload { signs: vec![Sign::Choked.key(), words.to_owned()] }
    }

    /// Never searched: see the module's comment.
    fn into_search_doc(_p: SafetyCheckPayload) -> SearchDoc {
        SearchDoc::default()
    }
}

fn ticked(p: &SafetyCheckPayload) -> Vec<Sign> {
    let mut out: Vec<Sign> = p.signs.iter().filter_map(|k| Sign::from_key(k)).collect();
    out.sort_by_key(|s| Sign::ALL.iter().position(|a| a == s));
    out.dedup();
    out
}

fn check(rec: &Record<SafetyCheckKind>) -> SafetyCheck {
    let ticked = ticked(&rec.payload);
    let next_steps = next_steps(&ticked);
    SafetyCheck { ticked, checked_at: rec.updated_at, next_steps }
}

/// The safety check of an unlocked vault.
pub struct SafetyChecks<'v> {
    c: Collection<'v>,
}

impl<'v> SafetyChecks<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        SafetyChecks { c }
    }

    /// Returns the check as last saved, if there is one that can be read.
    pub fn get(&self) -> Result<Option<SafetyCheck>, ToolError> {
        let (readable, _) = self.c.readable_and_ids::<SafetyCheckKind>()?;
        Ok(readable.iter().max_by_key(|r| r.updated_at).map(check))
    }

    /// Saves these ticks as the check, in place of the one before (signs a later version
    /// ticked, which this one cannot show, are kept). Nothing ticked is saved too: it is an
    /// answer, and it says where to read more.
    pub fn save(&mut self, ticked: &[Sign], now: DateTime<Utc>) -> Result<SafetyCheck, ToolError> {
        let mut signs: Vec<String> = Sign::ALL.iter().filter(|s| ticked.contains(s)).map(|s| s.key()).collect();
        let (readable, _) = self.c.readable_and_ids::<SafetyCheckKind>()?;
        if let Some(last) = readable.iter().max_by_key(|r| r.updated_at) {
            signs.extend(last.payload.signs.iter().filter(|k| Sign::from_key(k).is_none()).cloned());
        }
        let kept = self.c.keep_one::<SafetyCheckKind>(SafetyCheckPayload { signs }, now)?;
        Ok(check(&kept))
    }

    /// Clears the check, damaged ones too.
    pub fn clear(&mut self) -> Result<(), ToolError> {
        let (_, ids) = self.c.readable_and_ids::<SafetyCheckKind>()?;
        for id in ids {
            self.c.delete::<SafetyCheckKind>(id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_steps_follow_the_signs_never_a_count() {
        assert_eq!(next_steps(&[]), NextSteps::Nothing);
        assert_eq!(next_steps(&[Sign::Afraid, Sign::Watches]), NextSteps::Worry);
        for serious in [
            Sign::Choked,
            Sign::ThreatenedToKill,
            Sign::Weapon,
            Sign::Separation,
            Sign::Worse,
            Sign::Controls,
            Sign::ChildrenOrPets,
            Sign::ForcedSex,
        ] {
            assert_eq!(next_steps(&[serious]), NextSteps::Danger, "{serious:?} alone is a sign of serious danger");
        }
        assert!(Sign::ALL.iter().filter(|s| !s.is_serious()).count() >= 3, "the check asks about everyday fear too");
    }

    #[test]
    fn every_sign_has_one_key_that_reads_back() {
        for s in Sign::ALL {
            assert_eq!(Sign::from_key(&s.key()), Some(s));
        }
        let mut keys: Vec<String> = Sign::ALL.iter().map(|s| s.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), Sign::ALL.len());
    }

    #[test]
    fn unknown_names_are_skipped_when_read() {
        let p: SafetyCheckPayload =
            serde_json::from_str(r#"{"s":["weapon","a-later-sign","afraid","weapon"]}"#).unwrap();
        assert_eq!(ticked(&p), vec![Sign::Afraid, Sign::Weapon], "in the check's order, once each");
    }

    #[test]
    fn debug_never_shows_what_was_ticked() {
        let c = SafetyCheck { ticked: vec![Sign::Choked], checked_at: Utc::now(), next_steps: NextSteps::Danger };
        let shown = format!("{c:?}");
        assert!(!shown.contains("Choked") && !shown.contains("Danger"), "{shown}");
    }
}
