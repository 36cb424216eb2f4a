//! What each document shows, as the JSON its template reads. This is where the core's types
//! become words on paper: labels for statuses, dates written out, Markdown as plain text.
//! The templates only lay out what they are given.

use chrono::NaiveDate;
use serde_json::{json, Value};
use trellis_core::library::{boundary_categories, render_text, worksheet_areas};
use trellis_core::{Agreement, AgreementStatus, Boundary, BoundaryStatus, RecoveryCode, Whose, Worksheet};

use crate::packet::Packet;
use crate::Paper;

/// The kinds of document Trellis prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    WorksheetBlank,
    Worksheet,
    Boundaries,
    Agreements,
    RecoveryKit,
    Packet,
}

impl Kind {
    pub(crate) fn template(self) -> &'static str {
        match self {
            Kind::WorksheetBlank | Kind::Worksheet => include_str!("../templates/worksheet.typ"),
            Kind::Boundaries => include_str!("../templates/boundaries.typ"),
            Kind::Agreements => include_str!("../templates/agreements.typ"),
            Kind::RecoveryKit => include_str!("../templates/recovery-kit.typ"),
            Kind::Packet => include_str!("../templates/packet.typ"),
        }
    }

    pub(crate) fn template_name(self) -> &'static str {
        match self {
            Kind::WorksheetBlank => "worksheet-blank",
            Kind::Worksheet => "worksheet",
            Kind::Boundaries => "boundaries",
            Kind::Agreements => "agreements",
            Kind::RecoveryKit => "recovery-kit",
            Kind::Packet => "packet",
        }
    }

    /// Names the document in a sentence ("could not lay out the …").
    pub(crate) fn what(self) -> &'static str {
        match self {
            Kind::WorksheetBlank => "blank worksheet",
            Kind::Worksheet => "worksheet",
            Kind::Boundaries => "boundaries",
            Kind::Agreements => "agreements",
            Kind::RecoveryKit => "recovery kit",
            Kind::Packet => "session packet",
        }
    }

    /// Tells whether the PDF holds something the person wrote (or their recovery code), so
    /// the app says once, before saving, that a PDF is not encrypted.
    pub fn is_private(self) -> bool {
        !matches!(self, Kind::WorksheetBlank)
    }
}

/// A document ready to lay out: its kind and the data its template reads.
pub struct Document {
    kind: Kind,
    data: Value,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Document({:?}, <private>)", self.kind)
    }
}

/// The five questions of the realism check, in the order the app shows them.
const REALISM: [&str; 5] = [
    "Is it specific?",
    "Is it within their control?",
    "Would I hold myself to it?",
    "Is there room to flex?",
    "Does it leave each of us free (friends, privacy, money, saying no)?",
];

/// Writes a date as people read it on paper: "Sunday 3 May 2026".
pub(crate) fn long_day(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

fn day_or_empty(d: Option<NaiveDate>) -> String {
    d.map(long_day).unwrap_or_default()
}

fn whose_label(w: Whose) -> &'static str {
    match w {
        Whose::Mine => "Mine",
        Whose::Partners => "My partner's",
        Whose::Ours => "Ours",
    }
}

fn boundary_status_label(s: BoundaryStatus) -> &'static str {
    match s {
        BoundaryStatus::Draft => "Draft",
        BoundaryStatus::Discussed => "Discussed",
        BoundaryStatus::Agreed => "Agreed",
        BoundaryStatus::NeedsRevisiting => "Needs revisiting",
        BoundaryStatus::Retired => "Retired",
    }
}

fn agreement_status_label(s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::New => "Not checked yet",
        AgreementStatus::Kept => "In place",
        AgreementStatus::NeedsRevisiting => "Needs revisiting",
        AgreementStatus::Renegotiated => "Renegotiated",
        AgreementStatus::Retired => "Retired",
    }
}

fn category_title(id: &str) -> String {
    boundary_categories().iter().find(|c| c.id == id).map_or_else(|| id.to_owned(), |c| c.title.clone())
}

pub(crate) fn boundary_json(b: &Boundary) -> Value {
    json!({
        "text": b.text,
        "whose": whose_label(b.whose),
        "category": category_title(&b.category),
        "status": boundary_status_label(b.status),
        "why": b.why,
        "if_crossed": b.if_crossed,
        "review_on": day_or_empty(b.review_on),
    })
}

pub(crate) fn agreement_json(a: &Agreement, today: NaiveDate) -> Value {
    json!({
        "text": a.text,
        "status": agreement_status_label(a.status),
        "revisit_on": day_or_empty(a.revisit_on),
        "due": a.due(today),
        "note": a.note,
    })
}

impl Document {
    /// The expectations worksheet with every area and room to write by hand.
    pub fn worksheet_blank() -> Document {
        let areas: Vec<Value> = worksheet_areas()
            .iter()
            .map(|a| json!({ "title": a.title, "explanation": a.explanation, "filled": false }))
            .collect();
        Document {
            kind: Kind::WorksheetBlank,
            data: json!({ "title": "", "on": "", "areas": areas, "realism": REALISM }),
        }
    }

    /// One saved worksheet, every area; an area left empty keeps room to write by hand.
    pub fn worksheet(sheet: &Worksheet) -> Document {
        let areas: Vec<Value> = sheet
            .areas
            .iter()
            .map(|a| {
                let content = worksheet_areas().iter().find(|c| c.id == a.area);
                let title = content.map_or_else(|| a.name.clone(), |c| c.title.clone());
                let c = a.check;
                let answers = [c.specific, c.in_control, c.hold_myself, c.room_to_flex, c.leaves_free];
                json!({
                    "title": title,
                    "explanation": "",
                    "filled": true,
                    "mine": a.mine,
                    "theirs": a.theirs,
                    "theirs_from": match a.theirs_from {
                        trellis_core::TheirSide::Understood => "as I understand it",
                        trellis_core::TheirSide::Told => "as they told me",
                    },
                    "answers": answers.iter().map(|v| match v { Some(true) => "yes", Some(false) => "no", None => "" }).collect::<Vec<_>>(),
                    "middle": a.middle,
                    "agreed": a.agreement.is_some(),
                    "revisit_on": day_or_empty(a.revisit_on),
                })
            })
            .collect();
        let data = json!({ "title": sheet.title, "on": long_day(sheet.on), "areas": areas, "realism": REALISM });
        Document { kind: Kind::Worksheet, data }
    }

    /// The boundaries given, in the order given.
    pub fn boundaries(list: &[Boundary]) -> Document {
        let items: Vec<Value> = list.iter().map(boundary_json).collect();
        Document { kind: Kind::Boundaries, data: json!({ "boundaries": items }) }
    }

    /// The agreements ledger; the ones due on `today` are marked.
    pub fn agreements(list: &[Agreement], today: NaiveDate) -> Document {
        let items: Vec<Value> = list.iter().map(|a| agreement_json(a, today)).collect();
        Document { kind: Kind::Agreements, data: json!({ "agreements": items }) }
    }

    /// The recovery kit: the code in large groups and how to use it. Made only while the code
    /// is on screen; the code lives in this document's memory until it is dropped.
    pub fn recovery_kit(code: &RecoveryCode) -> Document {
        Document { kind: Kind::RecoveryKit, data: json!({ "groups": code.groups() }) }
    }

    /// A session packet for a counsellor: only what the person chose.
    pub fn packet(p: &Packet, today: NaiveDate) -> Document {
        let entries: Vec<Value> = p
            .entries
            .iter()
            .map(|e| {
                json!({
                    // Outside 1970 to 9999 there is no local time: the UTC one is shown.
                    "day": long_day(p.day_of(e.created_at).unwrap_or(e.created_at.date_naive())),
                    "time": trellis_core::dates::in_zone(e.created_at, &p.zone)
                        .map_or_else(|| e.created_at.format("%H:%M UTC").to_string(), |t| t.format("%H:%M").to_string()),
                    "title": e.title,
                    "body": render_text(&e.body),
                    "mood": e.mood.map(|m| m.get()),
                    "tags": e.tags,
                })
            })
            .collect();
        let mood: Vec<Value> = p
            .mood_days()
            .into_iter()
            .map(|(day, average)| json!({ "offset": (day - p.from).num_days(), "average": average }))
            .collect();
        let data = json!({
            "from": long_day(p.from),
            "to": long_day(p.to),
            "days": (p.to - p.from).num_days() + 1,
            "entries": entries,
            "mood": mood,
            "boundaries": p.boundaries.iter().map(boundary_json).collect::<Vec<_>>(),
            "agreements": p.agreements.iter().map(|a| agreement_json(a, today)).collect::<Vec<_>>(),
        });
        Document { kind: Kind::Packet, data }
    }

    /// Returns its kind.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The JSON the template reads, with the paper and the date line filled in.
    pub(crate) fn data_json(&self, paper: Paper) -> Vec<u8> {
        let mut data = self.data.clone();
        if let Some(map) = data.as_object_mut() {
            map.insert("paper".into(), Value::from(paper.typst_name()));
        }
        serde_json::to_vec(&data).unwrap_or_default()
    }
}
