//! How a worksheet is sealed: only areas with something in them, and the person's own areas,
//! are stored; reading one back expands it to every area.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AreaAnswer, RealismCheck, TheirSide, Worksheet};
use crate::collection::whole_ms;
use crate::ids::{AgreementId, WorksheetId};
use crate::record::{History, Kind, Merge, Record, RecordKind, SearchDoc};
use crate::tools::MAX_TOOL_BYTES;

/// The sealed encoding (payload version 1): only areas with something in them, and the
/// person's own areas, are stored.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct WorksheetPayload {
    #[serde(rename = "t")]
    pub(super) title: String,
    #[serde(rename = "d")]
    pub(super) on: NaiveDate,
    #[serde(rename = "f", default, skip_serializing_if = "Option::is_none")]
    pub(super) from: Option<WorksheetId>,
    #[serde(rename = "a", default, skip_serializing_if = "Vec::is_empty")]
    pub(super) answers: Vec<AnswerPayload>,
}

#[derive(Clone, Serialize, Deserialize)]
pub(super) struct AnswerPayload {
    #[serde(rename = "a")]
    pub(super) area: String,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub(super) name: String,
    #[serde(rename = "m", default, skip_serializing_if = "String::is_empty")]
    pub(super) mine: String,
    #[serde(rename = "p", default, skip_serializing_if = "String::is_empty")]
    pub(super) theirs: String,
    #[serde(rename = "s", default, skip_serializing_if = "is_understood")]
    pub(super) theirs_from: TheirSide,
    #[serde(rename = "c", default)]
    pub(super) check: RealismCheck,
    #[serde(rename = "g", default, skip_serializing_if = "String::is_empty")]
    pub(super) middle: String,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub(super) revisit_on: Option<NaiveDate>,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    pub(super) agreement: Option<AgreementId>,
}

fn is_understood(s: &TheirSide) -> bool {
    *s == TheirSide::Understood
}

impl From<AreaAnswer> for AnswerPayload {
    fn from(a: AreaAnswer) -> Self {
        AnswerPayload {
            area: a.area,
            name: a.name,
            mine: a.mine,
            theirs: a.theirs,
            theirs_from: a.theirs_from,
            check: a.check,
            middle: a.middle,
            revisit_on: a.revisit_on,
            agreement: a.agreement,
        }
    }
}

impl From<AnswerPayload> for AreaAnswer {
    fn from(a: AnswerPayload) -> Self {
        AreaAnswer {
            area: a.area,
            name: a.name,
            mine: a.mine,
            theirs: a.theirs,
            theirs_from: a.theirs_from,
            check: a.check,
            middle: a.middle,
            revisit_on: a.revisit_on,
            agreement: a.agreement,
        }
    }
}

/// Worksheets, as a kind of record.
pub(crate) struct WorksheetKind;

impl Kind for WorksheetKind {
    const KIND: RecordKind = RecordKind::Worksheet;
    const HISTORY: History = History::Never;
    const SYNC: Merge = Merge::KeepBoth;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = MAX_TOOL_BYTES;
    type Id = WorksheetId;
    type Payload = WorksheetPayload;

    fn sample(words: &str) -> WorksheetPayload {
        let w = || words.to_owned();
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
        WorksheetPayload {
            title: w(),
            on: day,
            from: None,
            answers: vec![AnswerPayload {
                area: "money".into(),
                name: w(),
                mine: w(),
                theirs: w(),
                theirs_from: TheirSide::default(),
                check: RealismCheck::default(),
                middle: w(),
                revisit_on: Some(day),
                agreement: None,
            }],
        }
    }

    fn into_search_doc(p: WorksheetPayload) -> SearchDoc {
        let mut body = String::new();
        for a in p.answers {
            for part in [a.name, a.mine, a.theirs, a.middle] {
                if !part.is_empty() {
                    body.push_str(&part);
                    body.push('\n');
                }
            }
        }
        SearchDoc { title: p.title, body, ..SearchDoc::default() }
    }
}

pub(super) fn is_content_area(id: &str) -> bool {
    crate::library::worksheet_areas().iter().any(|a| a.id == id)
}

/// Expands a stored worksheet to every area.
pub(super) fn worksheet(rec: Record<WorksheetKind>) -> Worksheet {
    let p = rec.payload;
    let mut stored: Vec<Option<AnswerPayload>> = p.answers.into_iter().map(Some).collect();
    let mut take =
        |id: &str| stored.iter_mut().find(|a| a.as_ref().is_some_and(|a| a.area == id)).and_then(Option::take);
    let mut areas: Vec<AreaAnswer> = crate::library::worksheet_areas()
        .iter()
        .map(|a| {
            take(&a.id).map_or_else(|| AreaAnswer { area: a.id.clone(), ..AreaAnswer::default() }, AreaAnswer::from)
        })
        .collect();
    areas.extend(stored.into_iter().flatten().filter(|a| !a.name.is_empty()).map(AreaAnswer::from));
    let filled = areas.iter().filter(|a| a.is_filled()).count() as u32;
    Worksheet {
        id: rec.id,
        created_at: rec.created_at,
        updated_at: rec.updated_at,
        title: p.title,
        on: p.on,
        from: p.from,
        areas,
        filled,
    }
}

impl From<Record<WorksheetKind>> for Worksheet {
    fn from(rec: Record<WorksheetKind>) -> Self {
        worksheet(rec)
    }
}

impl Worksheet {
    /// The record this worksheet was read from (for an import of a backup).
    pub(crate) fn into_record(self) -> Record<WorksheetKind> {
        let payload = WorksheetPayload { title: self.title, on: self.on, from: self.from, answers: pack(self.areas) };
        Record { id: self.id, created_at: whole_ms(self.created_at), updated_at: whole_ms(self.updated_at), payload }
    }
}

/// Packs a worksheet's areas for storage: filled ones and the person's own.
pub(super) fn pack(areas: Vec<AreaAnswer>) -> Vec<AnswerPayload> {
    areas
        .into_iter()
        .filter(|a| a.is_filled() || !a.name.is_empty() || a.agreement.is_some())
        .map(AnswerPayload::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn opt_bool() -> impl Strategy<Value = Option<bool>> {
        proptest::option::of(any::<bool>())
    }

    fn answer() -> impl Strategy<Value = AreaAnswer> {
        (
            "[a-z-]{1,16}",
            "\\PC{0,20}",
            ("(?s).{0,80}", "(?s).{0,80}", "(?s).{0,80}"),
            any::<bool>(),
            (opt_bool(), opt_bool(), opt_bool(), opt_bool(), opt_bool()),
            proptest::option::of(0i32..40_000),
        )
            .prop_map(|(area, name, (mine, theirs, middle), told, (s, c, h, f, l), r)| AreaAnswer {
                area,
                name,
                mine,
                theirs,
                theirs_from: if told { TheirSide::Told } else { TheirSide::Understood },
                check: RealismCheck { specific: s, in_control: c, hold_myself: h, room_to_flex: f, leaves_free: l },
                middle,
                revisit_on: r.map(|n| NaiveDate::from_num_days_from_ce_opt(700_000 + n).unwrap()),
                agreement: None,
            })
    }

    #[test]
    fn a_worksheet_saved_before_the_fifth_question_reads_with_it_unanswered() {
        // What worksheets saved with four realism questions hold: no `leaves_free`.
        let old = br#"{"t":"Spring","d":"2026-03-01","a":[{"a":"money","m":"A shared pot","c":{"specific":true,"room_to_flex":false}}]}"#;
        let p: WorksheetPayload = serde_json::from_slice(old).expect("an older worksheet still reads");
        let a = AreaAnswer::from(p.answers.into_iter().next().unwrap());
        assert_eq!(a.check.specific, Some(true));
        assert_eq!(a.check.leaves_free, None, "the new question is unanswered, not answered no");
        // Answered, it is kept; unanswered, it is left out of what is sealed.
        let answered = RealismCheck { leaves_free: Some(false), ..a.check };
        assert!(serde_json::to_string(&answered).unwrap().contains(r#""leaves_free":false"#));
        assert!(!serde_json::to_string(&a.check).unwrap().contains("leaves_free"));
    }

    proptest! {
        #[test]
        fn payload_encoding_round_trips(title in "\\PC{1,40}", answers in proptest::collection::vec(answer(), 0..8)) {
            let p = WorksheetPayload {
                title,
                on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                from: None,
                answers: answers.iter().cloned().map(AnswerPayload::from).collect(),
            };
            let back: WorksheetPayload = serde_json::from_slice(&serde_json::to_vec(&p).unwrap()).unwrap();
            let back: Vec<AreaAnswer> = back.answers.into_iter().map(AreaAnswer::from).collect();
            prop_assert!(back == answers);
        }
    }
}
