//! Each document on both papers, read back with poppler.

use chrono::NaiveDate;
use trellis_core::library::worksheet_areas;
use trellis_core::{
    AgreementDraft, AgreementStatus, AreaAnswer, BoundaryDraft, BoundaryStatus, RealismCheck, RecoveryCode, Whose,
};
use trellis_print::{typeset, Document, Paper};

use crate::support::{at, make, new_vault, raw_text, run, sheets, text, today};

#[test]
fn blank_worksheet_has_every_area_on_both_papers() {
    for (paper, name) in [(Paper::A4, "worksheet-blank-a4"), (Paper::Letter, "worksheet-blank-letter")] {
        let made = make(&Document::worksheet_blank("en"), paper, name);
        let words = text(&made);
        for area in worksheet_areas() {
            assert!(words.contains(&area.title), "{name}: area {} is printed", area.title);
        }
        for q in [
            "Is it specific?",
            "Is it within their control?",
            "Would I hold myself to it?",
            "Is there room to flex?",
            "Does it leave each of us free",
        ] {
            assert!(words.contains(q), "{name}: {q}");
        }
        assert!(words.contains("Middle ground we agreed") && words.contains("Revisit on"));
        assert!(words.contains("Partner 1 expects") && words.contains("Partner 2 expects"));
        // Boxes and lines are drawn, not characters: no ballot-box glyph reaches the text.
        assert!(!words.contains('☐') && !words.contains('□'), "{name}: checkboxes are shapes");
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let once = make(&Document::worksheet_blank("en"), Paper::A4, "same-1");
    let twice = make(&Document::worksheet_blank("en"), Paper::A4, "same-2");
    assert!(once.bytes == twice.bytes, "two renders of the same worksheet on the same day differ");
    // …and another day is another document (the date is in it), so the date is really fixed
    // by the caller, not read from the clock.
    let other = typeset(&Document::worksheet_blank("en"), Paper::A4, NaiveDate::from_ymd_opt(2027, 1, 2).unwrap())
        .unwrap()
        .pdf()
        .unwrap();
    assert!(other != once.bytes);
}

#[test]
fn filled_worksheet_shows_the_answers() {
    let (_tmp, mut vault, _) = new_vault();
    let mut sheets = vault.worksheets().unwrap();
    let sheet = sheets.new_sheet("Autumn talks".into(), today(), at(2026, 5, 1, 9)).unwrap();
    let answer = AreaAnswer {
        area: "communication".into(),
        mine: "We answer messages within a day.".into(),
        theirs: "A call when plans change.".into(),
        check: RealismCheck { specific: Some(true), in_control: Some(false), ..RealismCheck::default() },
        middle: "A short message when plans change, a call for bigger news.".into(),
        revisit_on: NaiveDate::from_ymd_opt(2026, 8, 1),
        ..AreaAnswer::default()
    };
    let sheet = sheets.fill(sheet.id, answer, None, at(2026, 5, 1, 10)).unwrap();
    let made = make(&Document::worksheet(&sheet, "en"), Paper::Letter, "worksheet-filled");
    let words = text(&made);
    for want in [
        "Autumn talks",
        "We answer messages within a day.",
        "A call when plans change.",
        "A short message when plans change, a call for bigger news.",
        "Saturday 1 August 2026",
        "Communication",
    ] {
        assert!(words.contains(want), "filled worksheet shows {want:?}");
    }
}

#[test]
fn boundaries_show_why_what_and_when() {
    let (_tmp, mut vault, _) = new_vault();
    let mut list = vault.boundaries().unwrap();
    let b = list
        .add(
            BoundaryDraft {
                text: "Phones away by ten at night".into(),
                whose: Whose::Ours,
                category: "communication".into(),
                why: "Sleep comes easier without the glow.".into(),
                if_crossed: "I will say so calmly the next morning.".into(),
                status: BoundaryStatus::Agreed,
                review_on: NaiveDate::from_ymd_opt(2026, 6, 14),
            },
            String::new(),
            at(2026, 5, 1, 9),
        )
        .unwrap();
    for (paper, name) in [(Paper::A4, "boundaries-a4"), (Paper::Letter, "boundaries-letter")] {
        let made = make(&Document::boundaries(std::slice::from_ref(&b), "en"), paper, name);
        let words = text(&made);
        for want in [
            "Phones away by ten at night",
            "Sleep comes easier without the glow.",
            "I will say so calmly the next morning.",
            "Sunday 14 June 2026",
            "Agreed",
        ] {
            assert!(words.contains(want), "{name} shows {want:?}");
        }
    }
}

#[test]
fn agreements_mark_the_due_ones() {
    let (_tmp, mut vault, _) = new_vault();
    let mut ledger = vault.agreements().unwrap();
    let due = AgreementDraft {
        text: "Sunday walks together".into(),
        status: AgreementStatus::Kept,
        revisit_on: NaiveDate::from_ymd_opt(2026, 4, 1),
    };
    let later = AgreementDraft {
        text: "Money talks once a month".into(),
        status: AgreementStatus::Kept,
        revisit_on: NaiveDate::from_ymd_opt(2026, 12, 1),
    };
    let a = ledger.add(due, None, String::new(), at(2026, 3, 1, 9)).unwrap();
    let b = ledger.add(later, None, String::new(), at(2026, 3, 1, 9)).unwrap();
    let made = make(&Document::agreements(&[a, b], today(), "en"), Paper::A4, "agreements");
    let words = text(&made);
    assert!(words.contains("Sunday walks together") && words.contains("Money talks once a month"));
    // One of the two is due on `today`, and only one mark is printed.
    assert_eq!(words.matches("Due for a talk").count(), 1, "{words}");
    assert!(words.contains("1 is due for a talk"));
}

#[test]
fn recovery_kit_prints_the_code_exactly() {
    let (_tmp, _vault, code) = new_vault();
    for (paper, name) in [(Paper::A4, "recovery-kit-a4"), (Paper::Letter, "recovery-kit-letter")] {
        let made = make(&Document::recovery_kit(&code, "en"), paper, name);
        assert_eq!(made.pages, 1, "{name}: the kit fits on one page");
        let words = text(&made);
        let raw = raw_text(&made);
        // Groups of five or six capitals and digits (the code without its fixed prefix).
        assert!(!raw.contains("AGE-SECRET-KEY"), "{name}: the prefix is left out");
        let printed: String = raw
            .split_whitespace()
            .filter(|w| (5..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
            .collect();
        // Typed back as the person would (spaces do not matter), it is the code itself.
        assert_eq!(RecoveryCode::parse(&printed).expose(), code.expose(), "{name}: the code reads back exactly");
        assert!(words.contains("trellis recover") && words.contains("Forgot passphrase?"));
        assert!(words.contains("Sunday 3 May 2026"), "{name}: the date it was made");
    }
}

#[test]
fn any_script_renders_or_falls_back_visibly() {
    let (_tmp, mut vault, _) = new_vault();
    let mut list = vault.boundaries().unwrap();
    let mixed = [
        "Emoji 🙂👨‍👩‍👧 and a flag 🇳🇿",
        "עברית מימין לשמאל",
        "العربية من اليمين",
        "Combining: e\u{301}e\u{301} a\u{308}\u{323} Z\u{336}a\u{337}l\u{338}g\u{335}o",
        "日本語のテキスト、中文",
        "हिन्दी देवनागरी",
        "Ελληνικά και кириллица",
        "#set page(width: 1pt) [not markup] $x^2$ \\ // /* @label <tag>",
    ];
    let mut boundaries = Vec::new();
    for (i, t) in mixed.iter().enumerate() {
        let draft = BoundaryDraft {
            text: (*t).into(),
            whose: Whose::Mine,
            category: "communication".into(),
            why: t.repeat(20),
            if_crossed: String::new(),
            status: BoundaryStatus::Agreed,
            review_on: None,
        };
        boundaries.push(list.add(draft, String::new(), at(2026, 5, 1, i as u32)).unwrap());
    }
    let made = make(&Document::boundaries(&boundaries, "en"), Paper::A4, "scripts");
    let words = text(&made);
    // The embedded fonts cover Latin, Greek, Cyrillic and Hebrew: those read back.
    assert!(words.contains("Ελληνικά και кириллица"));
    assert!(words.contains("Combining"));
    // Markup in what someone wrote is text, not typst: it is printed as written.
    assert!(words.contains("#set page(width: 1pt) [not markup]"), "{words}");
}

#[test]
fn blank_worksheet_gives_each_area_a_page_of_room_to_write() {
    let areas = worksheet_areas();
    for (paper, name, height) in [(Paper::A4, "worksheet-room-a4", 842), (Paper::Letter, "worksheet-room-letter", 792)]
    {
        let made = make(&Document::worksheet_blank("en"), paper, name);
        // One area to a page, the first sharing page 1 with the introduction: nobody turns a
        // page in the middle of an area, and no page is left half empty before the next one.
        assert_eq!(made.pages, areas.len(), "{name}: a page for each area");
        for (i, area) in areas.iter().enumerate() {
            let page = (i + 1).to_string();
            let raw = run(
                "pdftotext",
                &["-f".as_ref(), page.as_ref(), "-l".as_ref(), page.as_ref(), made.path.as_os_str(), "-".as_ref()],
            );
            let words = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words.contains(&area.title), "{name}: page {page} is {}", area.title);
        }
        // The bottom margin (2.4 cm, where the page number is) is left out of the measure.
        let bottom = height - 68;
        for (i, sheet) in sheets(&made).iter().enumerate() {
            let (left, across) = sheet.rules(150, bottom);
            // Left: Partner 1's writing lines (page 1 also has the "Names" line). Across: the
            // middle-ground box's top and bottom edges and the lines inside it.
            let (least_left, least_across) = if i == 0 { (7, 2 + 4) } else { (9, 2 + 6) };
            assert!(left >= least_left, "{name} page {}: {left} lines for each expectation, want {least_left}+", i + 1);
            assert!(
                across >= least_across,
                "{name} page {}: {across} rules for the middle ground, want {least_across}+",
                i + 1
            );
            // The room to write reaches the foot of the page ("Revisit on" is the last line).
            let lowest = sheet.lowest_ink(bottom);
            assert!(
                lowest * 100 >= bottom * 92,
                "{name} page {}: the writing stops at {lowest} of {bottom} points",
                i + 1
            );
        }
    }
}

#[test]
fn printable_pages_are_every_page_as_a_picture() {
    let made = make(&Document::worksheet_blank("en"), Paper::Letter, "printable");
    let pages = trellis_print::printable(&Document::worksheet_blank("en"), Paper::Letter, today()).unwrap();
    // All of them (the preview draws only the first few), each a vector image of a page.
    assert_eq!(pages.len(), made.pages);
    for page in &pages {
        let b64 = page.strip_prefix("data:image/svg+xml;base64,").expect("an SVG data URL");
        use base64::Engine;
        let svg = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(b64).unwrap()).unwrap();
        assert!(
            svg.contains("<svg") && svg.contains(r#"viewBox="0 0 612 792""#),
            "a Letter page: {}",
            &svg[..120.min(svg.len())]
        );
    }
}
