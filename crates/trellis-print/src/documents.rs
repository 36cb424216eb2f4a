//! What each document shows, as the JSON its template reads. This is where the core's types
//! become words on paper: labels for statuses, dates written out, Markdown as plain text.
//! The templates only lay out what they are given.

use chrono::NaiveDate;
use serde_json::{json, Value};
use trellis_core::library::{boundary_categories_in, render_text, worksheet_areas_in};
use trellis_core::{Agreement, AgreementStatus, Boundary, BoundaryStatus, RecoveryCode, Whose, Worksheet};

use crate::packet::Packet;
use crate::words::{self, count, long_day, say};
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

    /// The message of the core's catalogue that names the document in a sentence ("could not
    /// lay out the …"), so an error says it in each language.
    pub(crate) fn what(self) -> &'static str {
        match self {
            Kind::WorksheetBlank => "print-what-worksheet-blank",
            Kind::Worksheet => "print-what-worksheet",
            Kind::Boundaries => "print-what-boundaries",
            Kind::Agreements => "print-what-agreements",
            Kind::RecoveryKit => "print-what-recovery-kit",
            Kind::Packet => "print-what-packet",
        }
    }

    /// Tells whether the PDF holds something the person wrote (or their recovery code), so
    /// the app says once, before saving, that a PDF is not encrypted.
    pub fn is_private(self) -> bool {
        !matches!(self, Kind::WorksheetBlank)
    }
}

/// A document ready to lay out: its kind, its language and the data its template reads.
pub struct Document {
    kind: Kind,
    lang: &'static str,
    data: Value,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Document({:?}, <private>)", self.kind)
    }
}

/// The five questions of the realism check, in the order the app shows them.
fn realism(lang: &str) -> Vec<String> {
    ["specific", "in-control", "hold-myself", "room-to-flex", "leaves-free"]
        .iter()
        .map(|q| say(lang, &format!("realism-{q}")))
        .collect()
}

fn day_or_empty(lang: &str, d: Option<NaiveDate>) -> String {
    d.map(|d| long_day(lang, d)).unwrap_or_default()
}

fn whose_label(lang: &str, w: Whose) -> String {
    let id = match w {
        Whose::Mine => "whose-mine",
        Whose::Partners => "whose-partners",
        Whose::Ours => "whose-ours",
    };
    say(lang, id)
}

fn boundary_status_label(lang: &str, s: BoundaryStatus) -> String {
    let id = match s {
        BoundaryStatus::Draft => "boundary-status-draft",
        BoundaryStatus::Discussed => "boundary-status-discussed",
        BoundaryStatus::Agreed => "boundary-status-agreed",
        BoundaryStatus::NeedsRevisiting => "boundary-status-needs-revisiting",
        BoundaryStatus::Retired => "boundary-status-retired",
    };
    say(lang, id)
}

fn agreement_status_label(lang: &str, s: AgreementStatus) -> String {
    let id = match s {
        AgreementStatus::New => "agreement-status-new",
        AgreementStatus::Kept => "agreement-status-kept",
        AgreementStatus::NeedsRevisiting => "agreement-status-needs-revisiting",
        AgreementStatus::Renegotiated => "agreement-status-renegotiated",
        AgreementStatus::Retired => "agreement-status-retired",
    };
    say(lang, id)
}

fn category_title(lang: &str, id: &str) -> String {
    boundary_categories_in(lang).iter().find(|c| c.id == id).map_or_else(|| id.to_owned(), |c| c.title.clone())
}

fn boundary_json(lang: &str, b: &Boundary) -> Value {
    json!({
        "text": b.text,
        "whose": whose_label(lang, b.whose),
        "category": category_title(lang, &b.category),
        "status": boundary_status_label(lang, b.status),
        "why": b.why,
        "if_crossed": b.if_crossed,
        "review_on": day_or_empty(lang, b.review_on),
    })
}

fn agreement_json(lang: &str, a: &Agreement, today: NaiveDate) -> Value {
    json!({
        "text": a.text,
        "status": agreement_status_label(lang, a.status),
        "revisit_on": day_or_empty(lang, a.revisit_on),
        "due": a.due(today),
        "note": a.note,
    })
}

impl Document {
    /// The expectations worksheet with every area and room to write by hand, in `lang`.
    pub fn worksheet_blank(lang: &str) -> Document {
        let lang = words::language(lang);
        let areas: Vec<Value> = worksheet_areas_in(lang)
            .iter()
            .map(|a| json!({ "title": a.title, "explanation": a.explanation, "filled": false }))
            .collect();
        let data = json!({ "title": "", "on": "", "areas": areas, "realism": realism(lang) });
        Document { kind: Kind::WorksheetBlank, lang, data }
    }

    /// One saved worksheet, every area; an area left empty keeps room to write by hand.
    pub fn worksheet(sheet: &Worksheet, lang: &str) -> Document {
        let lang = words::language(lang);
        let areas: Vec<Value> = sheet
            .areas
            .iter()
            .map(|a| {
                let content = worksheet_areas_in(lang).iter().find(|c| c.id == a.area);
                let title = content.map_or_else(|| a.name.clone(), |c| c.title.clone());
                let c = a.check;
                let answers = [c.specific, c.in_control, c.hold_myself, c.room_to_flex, c.leaves_free];
                json!({
                    "title": title,
                    "explanation": "",
                    "filled": true,
                    "mine": a.mine,
                    "theirs": a.theirs,
                    "theirs_label": say(lang, match a.theirs_from {
                        trellis_core::TheirSide::Understood => "worksheet-theirs-understood",
                        trellis_core::TheirSide::Told => "worksheet-theirs-told",
                    }),
                    "answers": answers.iter().map(|v| match v { Some(true) => "yes", Some(false) => "no", None => "" }).collect::<Vec<_>>(),
                    "middle": a.middle,
                    "agreed": a.agreement.is_some(),
                    "revisit_on": day_or_empty(lang, a.revisit_on),
                })
            })
            .collect();
        let title = words::say_with(lang, "worksheet-title-named", &[("title", sheet.title.as_str().into())]);
        let data = json!({
            "title": sheet.title,
            "document_title": title,
            "on": long_day(lang, sheet.on),
            "areas": areas,
            "realism": realism(lang),
        });
        Document { kind: Kind::Worksheet, lang, data }
    }

    /// The boundaries given, in the order given.
    pub fn boundaries(list: &[Boundary], lang: &str) -> Document {
        let lang = words::language(lang);
        let items: Vec<Value> = list.iter().map(|b| boundary_json(lang, b)).collect();
        Document { kind: Kind::Boundaries, lang, data: json!({ "boundaries": items }) }
    }

    /// The agreements ledger; the ones due on `today` are marked.
    pub fn agreements(list: &[Agreement], today: NaiveDate, lang: &str) -> Document {
        let lang = words::language(lang);
        let items: Vec<Value> = list.iter().map(|a| agreement_json(lang, a, today)).collect();
        let due = list.iter().filter(|a| a.due(today)).count();
        let due_line = if due == 0 { String::new() } else { count(lang, "agreements-due", due) };
        Document { kind: Kind::Agreements, lang, data: json!({ "agreements": items, "due_line": due_line }) }
    }

    /// The recovery kit: the code in large groups and how to use it. Made only while the code
    /// is on screen; the code lives in this document's memory until it is dropped.
    pub fn recovery_kit(code: &RecoveryCode, lang: &str) -> Document {
        let lang = words::language(lang);
        Document { kind: Kind::RecoveryKit, lang, data: json!({ "groups": code.groups() }) }
    }

    /// A session packet for a counsellor: only what the person chose.
    pub fn packet(p: &Packet, today: NaiveDate, lang: &str) -> Document {
        let lang = words::language(lang);
        let entries: Vec<Value> = p
            .entries
            .iter()
            .map(|e| {
                let mood = e.mood.map(|m| {
                    let word = say(lang, &format!("mood-{}", m.get()));
                    let args = [("mood", m.get().to_string().into()), ("word", word.into())];
                    words::say_with(lang, "packet-entry-mood", &args)
                });
                json!({
                    // Outside 1970 to 9999 there is no local time: the UTC one is shown.
                    "day": long_day(lang, p.day_of(e.created_at).unwrap_or(e.created_at.date_naive())),
                    "time": trellis_core::dates::in_zone(e.created_at, &p.zone)
                        .map_or_else(|| e.created_at.format("%H:%M UTC").to_string(), |t| t.format("%H:%M").to_string()),
                    "title": e.title,
                    "body": render_text(&e.body),
                    "mood": mood,
                    "tags": e.tags,
                })
            })
            .collect();
        let mood: Vec<Value> = p
            .mood_days()
            .into_iter()
            .map(|(day, average)| json!({ "offset": (day - p.from).num_days(), "average": average }))
            .collect();
        let mut counts = vec![count(lang, "packet-entries", p.entries.len())];
        if !p.boundaries.is_empty() {
            counts.push(count(lang, "packet-boundaries", p.boundaries.len()));
        }
        if !p.agreements.is_empty() {
            counts.push(count(lang, "packet-agreements", p.agreements.len()));
        }
        let data = json!({
            "from": long_day(lang, p.from),
            "to": long_day(lang, p.to),
            "days": (p.to - p.from).num_days() + 1,
            "counts": counts.join(" · "),
            "mood_words": (1..=5).map(|m| say(lang, &format!("mood-{m}"))).collect::<Vec<_>>(),
            "entries": entries,
            "mood": mood,
            "boundaries": p.boundaries.iter().map(|b| boundary_json(lang, b)).collect::<Vec<_>>(),
            "agreements": p.agreements.iter().map(|a| agreement_json(lang, a, today)).collect::<Vec<_>>(),
        });
        Document { kind: Kind::Packet, lang, data }
    }

    /// Returns its kind.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Returns the language it is printed in.
    pub fn language(&self) -> &'static str {
        self.lang
    }

    /// The JSON the template reads, with the paper, the language, its words and the date it is
    /// printed on filled in.
    pub(crate) fn data_json(&self, paper: Paper, today: NaiveDate) -> Vec<u8> {
        let mut data = self.data.clone();
        if let Some(map) = data.as_object_mut() {
            map.insert("paper".into(), Value::from(paper.typst_name()));
            map.insert("lang".into(), Value::from(self.lang));
            map.insert("today".into(), Value::from(long_day(self.lang, today)));
            map.insert("words".into(), words::all(self.lang));
        }
        serde_json::to_vec(&data).unwrap_or_default()
    }
}
