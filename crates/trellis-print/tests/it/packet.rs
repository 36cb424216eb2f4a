//! The session packet holds what was chosen and nothing else.

use chrono::{FixedOffset, NaiveDate};
use trellis_core::{AgreementDraft, AgreementStatus, BoundaryDraft, BoundaryStatus, EntryDraft, Mood, Whose};
use trellis_print::{choose_entries, Document, PacketChoice, Paper};

use crate::support::{at, make, new_vault, text, today};

fn entry(title: &str, body: &str, tags: &[&str], mood: u8) -> EntryDraft {
    EntryDraft {
        title: title.into(),
        body: body.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        mood: Mood::new(mood),
        ..EntryDraft::default()
    }
}

const CANARY: &str = "CANARY-not-for-the-counsellor";

#[test]
fn ticked_entries_and_chosen_tools_only() {
    let (_tmp, mut vault, _) = new_vault();
    let zone = FixedOffset::east_opt(0).unwrap();
    let (chosen, other) = {
        let mut j = vault.journal().unwrap();
        let chosen = j
            .add(entry("Sunday", "We talked over dinner.\n\nIt went well.", &["calm"], 4), at(2026, 4, 26, 9))
            .unwrap();
        let other = j.add(entry("Monday", &format!("Private: {CANARY}"), &["calm"], 1), at(2026, 4, 27, 9)).unwrap();
        j.add(entry("Tuesday", "Also ticked.", &[], 3), at(2026, 4, 28, 9)).unwrap();
        (chosen, other)
    };
    let (boundary, skipped_boundary) = {
        let mut b = vault.boundaries().unwrap();
        let draft = |text: &str| BoundaryDraft {
            text: text.into(),
            whose: Whose::Mine,
            category: "communication".into(),
            why: String::new(),
            if_crossed: String::new(),
            status: BoundaryStatus::Agreed,
            review_on: None,
        };
        (
            b.add(draft("Chosen boundary"), String::new(), at(2026, 4, 1, 9)).unwrap(),
            b.add(draft(&format!("Boundary {CANARY}")), String::new(), at(2026, 4, 1, 9)).unwrap(),
        )
    };
    let agreement = {
        let mut a = vault.agreements().unwrap();
        let draft = AgreementDraft { text: "Chosen agreement".into(), status: AgreementStatus::Kept, revisit_on: None };
        a.add(draft, None, String::new(), at(2026, 4, 1, 9)).unwrap();
        let other =
            AgreementDraft { text: format!("Agreement {CANARY}"), status: AgreementStatus::Kept, revisit_on: None };
        a.add(other, None, String::new(), at(2026, 4, 1, 9)).unwrap()
    };
    let _ = (skipped_boundary, other);
    let choice = PacketChoice {
        entries: vec![chosen.id],
        boundaries: vec![boundary.id],
        agreements: vec![],
        ..PacketChoice::default()
    };
    let packet = choose_entries(&mut vault, &choice, zone, today()).unwrap();
    assert_eq!(packet.entries.len(), 1);
    let made = make(&Document::packet(&packet, today(), "en"), Paper::A4, "packet-ticked");
    let words = text(&made);
    assert!(words.contains("We talked over dinner.") && words.contains("It went well."));
    assert!(words.contains("Chosen boundary"));
    assert!(!words.contains("CANARY"), "nothing that was not chosen: {words}");
    assert!(!words.contains("Also ticked") && !words.contains("Chosen agreement"), "{words}");
    assert!(words.contains("Session notes") && words.contains("Sunday 26 April 2026"));
    let _ = agreement;
}

#[test]
fn a_range_with_tags_leaves_the_rest_out() {
    let (_tmp, mut vault, _) = new_vault();
    let zone = FixedOffset::east_opt(2 * 3600).unwrap();
    {
        let mut j = vault.journal().unwrap();
        j.add(entry("In range", "Tagged and in range.", &["counselling"], 4), at(2026, 4, 10, 9)).unwrap();
        j.add(entry("Untagged", &format!("In range, no tag: {CANARY}"), &["work"], 2), at(2026, 4, 11, 9)).unwrap();
        j.add(entry("Too early", &format!("Tagged but before: {CANARY}"), &["counselling"], 2), at(2026, 3, 1, 9))
            .unwrap();
        j.add(entry("Second", "Also tagged.", &["Counselling"], 2), at(2026, 4, 20, 9)).unwrap();
    }
    let choice = PacketChoice {
        from: NaiveDate::from_ymd_opt(2026, 4, 1),
        to: NaiveDate::from_ymd_opt(2026, 4, 30),
        tags: vec!["counselling".into()],
        ..PacketChoice::default()
    };
    let packet = choose_entries(&mut vault, &choice, zone, today()).unwrap();
    assert_eq!(packet.entries.len(), 2);
    for (paper, name) in [(Paper::A4, "packet-range-a4"), (Paper::Letter, "packet-range-letter")] {
        let made = make(&Document::packet(&packet, today(), "en"), paper, name);
        let words = text(&made);
        assert!(words.contains("Tagged and in range.") && words.contains("Also tagged."));
        assert!(!words.contains("CANARY"), "{name}: an entry not chosen is absent");
        assert!(words.contains("Wednesday 1 April 2026") && words.contains("Thursday 30 April 2026"));
        assert!(words.contains("Mood over these days"));
    }
}

#[test]
fn fifty_entries_lay_out() {
    let (_tmp, mut vault, _) = new_vault();
    {
        let mut j = vault.journal().unwrap();
        for i in 0..50u32 {
            let body = "A longer entry, written on a quiet evening, about the day and how it went. ".repeat(12);
            j.add(entry(&format!("Entry {i}"), &body, &["s"], (i % 5 + 1) as u8), at(2026, 4, 1 + i % 28, 8 + i % 12))
                .unwrap();
        }
    }
    let choice = PacketChoice {
        from: NaiveDate::from_ymd_opt(2026, 4, 1),
        to: NaiveDate::from_ymd_opt(2026, 4, 30),
        ..PacketChoice::default()
    };
    let packet = choose_entries(&mut vault, &choice, FixedOffset::east_opt(0).unwrap(), today()).unwrap();
    assert_eq!(packet.entries.len(), 50);
    let made = make(&Document::packet(&packet, today(), "en"), Paper::A4, "packet-50");
    assert!(made.pages > 5);
    assert!(text(&made).contains("Entry 49"));
}

/// Entries on the first and last instants Trellis keeps (1970-01-01 00:00 and 9999-12-31
/// 23:59:59.999 UTC), seen from the widest zone east of UTC: "on this day" and the packet
/// place them (the last on 1 January 10000 there) and lay out.
#[test]
fn entries_at_the_ends_of_the_range_east_of_utc() {
    let (_tmp, mut vault, _) = new_vault();
    let east = FixedOffset::east_opt(14 * 3600).unwrap();
    let first = "1970-01-01T00:00:00Z".parse().unwrap();
    let last = "9999-12-31T23:59:59.999Z".parse().unwrap();
    let ids = {
        let mut j = vault.journal().unwrap();
        let a = j.add_at(entry("First", "At the start.", &["ends"], 2), first, at(2026, 5, 1, 9)).unwrap();
        let b = j.add_at(entry("Last", "At the end.", &["ends"], 5), last, at(2026, 5, 1, 9)).unwrap();
        let now = chrono::TimeZone::with_ymd_and_hms(&east, 2026, 1, 1, 9, 0, 0).unwrap();
        let same_day: Vec<String> = j.on_this_day(now).unwrap().into_iter().map(|e| e.title).collect();
        assert_eq!(same_day, ["First"], "1 January 1970 at 14:00 there; the last is in the year 10000");
        assert_eq!(j.mood_over(1, now).unwrap(), [], "neither is today");
        vec![a.id, b.id]
    };
    let choice = PacketChoice { entries: ids, ..PacketChoice::default() };
    let packet = choose_entries(&mut vault, &choice, east, today()).unwrap();
    assert_eq!((packet.from.to_string(), packet.to.to_string()), ("1970-01-01".into(), "+10000-01-01".into()));
    let made = make(&Document::packet(&packet, today(), "en"), Paper::A4, "packet-ends");
    let words = text(&made);
    assert!(words.contains("At the start.") && words.contains("At the end."), "{words}");
    assert!(words.contains("Thursday 1 January 1970"), "{words}");
    let range =
        PacketChoice { from: NaiveDate::from_ymd_opt(9999, 12, 31), to: Some(NaiveDate::MAX), ..Default::default() };
    assert_eq!(choose_entries(&mut vault, &range, east, today()).unwrap().entries.len(), 1);
}
