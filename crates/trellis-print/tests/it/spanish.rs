//! Every document in Spanish: its words, its dates and the library's areas and categories come
//! from the Spanish catalogues, and no English of the templates is left on the paper.

use chrono::{FixedOffset, NaiveDate};
use trellis_core::library::{boundary_categories_in, worksheet_areas_in};
use trellis_core::{
    AgreementDraft, AgreementStatus, AreaAnswer, BoundaryDraft, BoundaryStatus, EntryDraft, Mood, RealismCheck, Whose,
};
use trellis_print::{choose_entries, Document, PacketChoice, Paper};

use crate::support::{at, make, new_vault, text, today};

/// Words of the English documents that no Spanish page may hold (the person's own text in
/// these tests is Spanish too).
const ENGLISH: [&str; 24] = [
    "Page ",
    "Printed on",
    "Made on",
    "Prepared on",
    "Why it matters",
    "What I will do",
    "Review on",
    "Revisit on",
    "Realism check",
    "Partner 1",
    "Middle ground",
    "Yes",
    "Agreed",
    "Mine",
    "Session notes",
    "journal entr",
    "Mood over",
    "very good",
    "Due for a talk",
    "Where it stands",
    "Sunday",
    "May",
    " the ",
    " of ",
];

fn no_english(name: &str, words: &str) {
    for w in ENGLISH {
        assert!(!words.contains(w), "{name}: English {w:?} on a Spanish page: {words}");
    }
}

#[test]
fn the_blank_worksheet_in_spanish() {
    let made = make(&Document::worksheet_blank("es"), Paper::A4, "es-worksheet-blank");
    let words = text(&made);
    no_english("es-worksheet-blank", &words);
    for area in worksheet_areas_in("es") {
        assert!(words.contains(&area.title), "the Spanish area {} is printed", area.title);
    }
    for want in ["Hoja de expectativas", "¿Es concreta?", "Lo que espera la persona 1", "Página 1 de", "Sí"] {
        assert!(words.contains(want), "{want:?} in {words}");
    }
}

#[test]
fn a_filled_worksheet_boundaries_and_agreements_in_spanish() {
    let (_tmp, mut vault, _) = new_vault();
    let mut sheets = vault.worksheets().unwrap();
    let sheet = sheets.new_sheet("Charlas de otoño".into(), today(), at(2026, 5, 1, 9)).unwrap();
    let answer = AreaAnswer {
        area: "communication".into(),
        mine: "Contestamos los mensajes en un día.".into(),
        check: RealismCheck { specific: Some(true), ..RealismCheck::default() },
        revisit_on: NaiveDate::from_ymd_opt(2026, 8, 1),
        ..AreaAnswer::default()
    };
    let sheet = sheets.fill(sheet.id, answer, None, at(2026, 5, 1, 10)).unwrap();
    let made = make(&Document::worksheet(&sheet, "es"), Paper::A4, "es-worksheet");
    let words = text(&made);
    no_english("es-worksheet", &words);
    let area = &worksheet_areas_in("es").iter().find(|a| a.id == "communication").unwrap().title;
    for want in [area.as_str(), "Charlas de otoño", "domingo, 3 de mayo de 2026", "sábado, 1 de agosto de 2026"] {
        assert!(words.contains(want), "{want:?} in {words}");
    }

    let mut list = vault.boundaries().unwrap();
    let draft = BoundaryDraft {
        text: "Los teléfonos, fuera a las diez".into(),
        whose: Whose::Ours,
        category: "communication".into(),
        why: String::new(),
        if_crossed: String::new(),
        status: BoundaryStatus::Agreed,
        review_on: NaiveDate::from_ymd_opt(2026, 6, 14),
    };
    let b = list.add(draft, String::new(), at(2026, 5, 1, 9)).unwrap();
    let made = make(&Document::boundaries(&[b], "es"), Paper::Letter, "es-boundaries");
    let words = text(&made);
    no_english("es-boundaries", &words);
    let category = &boundary_categories_in("es").iter().find(|c| c.id == "communication").unwrap().title;
    for want in [category.as_str(), "Nuestro", "Acordado", "Por qué importa", "domingo, 14 de junio de 2026"] {
        assert!(words.contains(want), "{want:?} in {words}");
    }

    let mut ledger = vault.agreements().unwrap();
    let due = AgreementDraft {
        text: "Paseos juntos los domingos".into(),
        status: AgreementStatus::Kept,
        revisit_on: NaiveDate::from_ymd_opt(2026, 4, 1),
    };
    let a = ledger.add(due, None, String::new(), at(2026, 3, 1, 9)).unwrap();
    let made = make(&Document::agreements(&[a], today(), "es"), Paper::A4, "es-agreements");
    let words = text(&made);
    no_english("es-agreements", &words);
    for want in ["Acuerdos", "Vigente", "Toca hablarlo", "Hay 1 que toca volver a hablar.", "Impreso el domingo"] {
        assert!(words.contains(want), "{want:?} in {words}");
    }
}

#[test]
fn the_session_notes_and_the_recovery_kit_in_spanish() {
    let (_tmp, mut vault, code) = new_vault();
    let zone = FixedOffset::east_opt(0).unwrap();
    let entry = EntryDraft {
        title: String::new(),
        body: "Hablamos durante la cena.".into(),
        mood: Mood::new(4),
        ..EntryDraft::default()
    };
    let e = vault.journal().unwrap().add(entry, at(2026, 4, 28, 9)).unwrap();
    let choice = PacketChoice { entries: vec![e.id], ..PacketChoice::default() };
    let packet = choose_entries(&mut vault, &choice, zone, today()).unwrap();
    let made = make(&Document::packet(&packet, today(), "es"), Paper::A4, "es-packet");
    let words = text(&made);
    no_english("es-packet", &words);
    for want in
        ["Notas para la sesión", "1 entrada del diario", "Sin título", "ánimo 4 de 5 (bien)", "martes, 28 de abril"]
    {
        assert!(words.contains(want), "{want:?} in {words}");
    }

    let made = make(&Document::recovery_kit(&code, "es"), Paper::A4, "es-recovery-kit");
    assert_eq!(made.pages, 1, "the Spanish kit fits on one page");
    let words = text(&made);
    no_english("es-recovery-kit", &words);
    for want in
        ["Tu código de recuperación", "trellis recover", "¿Olvidaste tu frase de contraseña?", "Hecho el domingo"]
    {
        assert!(words.contains(want), "{want:?} in {words}");
    }
}

#[test]
fn a_language_the_documents_are_not_written_in_prints_in_english() {
    let doc = Document::worksheet_blank("fr");
    assert_eq!(doc.language(), "en");
    let words = text(&make(&doc, Paper::A4, "fr-worksheet-blank"));
    assert!(words.contains("Expectations worksheet") && words.contains("Page 1 of"));
}
