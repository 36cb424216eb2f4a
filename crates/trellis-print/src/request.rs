//! A document named the way the app asks for it: which document, and what the person chose.
//! [`document`] gathers its data from the vault, so the shell's commands stay one call.

use chrono::{FixedOffset, NaiveDate};
use serde::Deserialize;
use trellis_core::{AgreementId, BoundaryId, EntryId, RecoveryCode, Vault, WorksheetId};

use crate::{boundaries_to_print, choose_entries, ledger, Document, PacketChoice, PrintError};

/// Which document to make.
#[derive(Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Request {
    WorksheetBlank,
    Worksheet {
        id: WorksheetId,
    },
    /// The agreed boundaries, or with `all` every one that is not retired.
    Boundaries {
        all: bool,
    },
    Agreements,
    /// The recovery code that is on screen right now (it is never stored to print later).
    RecoveryKit {
        code: String,
    },
    Packet {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        tags: Vec<String>,
        entries: Vec<EntryId>,
        boundaries: Vec<BoundaryId>,
        agreements: Vec<AgreementId>,
    },
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Request::WorksheetBlank => "WorksheetBlank",
            Request::Worksheet { .. } => "Worksheet",
            Request::Boundaries { .. } => "Boundaries",
            Request::Agreements => "Agreements",
            Request::RecoveryKit { .. } => "RecoveryKit(<redacted>)",
            Request::Packet { .. } => "Packet",
        };
        f.write_str(name)
    }
}

impl Request {
    /// Returns the start of the file name a save suggests: what the document is, in words that
    /// are safe on a shared computer. With `neutral` (the app is called "Notes"), a name that
    /// would say what the app is for (boundaries, a recovery kit) becomes a plain one.
    pub fn file_stem(&self, neutral: bool) -> &'static str {
        match (self, neutral) {
            (Request::WorksheetBlank, _) => "worksheet-blank",
            (Request::Worksheet { .. }, _) => "worksheet",
            (Request::Boundaries { .. }, false) => "boundaries",
            (Request::Agreements, false) => "agreements",
            (Request::Boundaries { .. } | Request::Agreements, true) => "list",
            (Request::RecoveryKit { .. }, false) => "recovery-kit",
            (Request::RecoveryKit { .. }, true) => "notes",
            (Request::Packet { .. }, _) => "journal",
        }
    }
}

/// Gathers what `request` prints from an unlocked vault (days counted in `zone`), in `lang`.
pub fn document(
    vault: &mut Vault,
    request: &Request,
    zone: FixedOffset,
    today: NaiveDate,
    lang: &str,
) -> Result<Document, PrintError> {
    Ok(match request {
        Request::WorksheetBlank => Document::worksheet_blank(lang),
        Request::Worksheet { id } => Document::worksheet(&vault.worksheets()?.get(*id)?, lang),
        Request::Boundaries { all } => Document::boundaries(&boundaries_to_print(vault, *all)?, lang),
        Request::Agreements => Document::agreements(&ledger(vault, today)?, today, lang),
        Request::RecoveryKit { code } => Document::recovery_kit(&RecoveryCode::parse(code), lang),
        Request::Packet { from, to, tags, entries, boundaries, agreements } => {
            let choice = PacketChoice {
                from: *from,
                to: *to,
                tags: tags.clone(),
                entries: entries.clone(),
                boundaries: boundaries.clone(),
                agreements: agreements.clone(),
            };
            Document::packet(&choose_entries(vault, &choice, zone, today)?, today, lang)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_document_has_a_name_of_its_own_and_a_plain_one_under_notes() {
        let packet = Request::Packet {
            from: None,
            to: None,
            tags: vec![],
            entries: vec![],
            boundaries: vec![],
            agreements: vec![],
        };
        let all = [
            Request::WorksheetBlank,
            Request::Worksheet { id: "01930000-0000-7000-8000-000000000000".parse().unwrap() },
            Request::Boundaries { all: true },
            Request::Agreements,
            Request::RecoveryKit { code: String::new() },
            packet,
        ];
        let own: Vec<_> = all.iter().map(|r| r.file_stem(false)).collect();
        assert_eq!(own, ["worksheet-blank", "worksheet", "boundaries", "agreements", "recovery-kit", "journal"]);
        for r in &all {
            let plain = r.file_stem(true);
            assert!(
                !["boundaries", "agreements", "recovery", "trellis", "kit"].iter().any(|w| plain.contains(w)),
                "{plain}"
            );
        }
    }
}
