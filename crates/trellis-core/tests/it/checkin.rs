//! The weekly check-in: saved as a journal entry of kind "check-in", linked to what it
//! touched, opening with the previous one's thing to try, showing the boundaries' moments
//! since then and the agreements due, applying its decisions through the ledger, and
//! surviving edits, backups and exports as a check-in.

use chrono::{Duration, NaiveDate, Utc};
use trellis_core::backup::Source;
use trellis_core::{
    About, AgreementDraft, AgreementReview, AgreementStatus, BoundaryTalk, CheckInDraft, CheckInError, Decision,
    EntryDraft, Listed, Moment, MomentKind, ToolError, UnlockMode, Vault,
};

use crate::support::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn logged(on: &str, kind: MomentKind) -> Moment {
    Moment { on: d(on), kind, note: format!("on {on}") }
}

#[test]
fn a_check_in_is_a_linked_journal_entry_and_the_next_one_opens_with_its_thing_to_try() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let phones =
        vault.boundaries().unwrap().add(boundary("No phones at dinner"), String::new(), at(2026, 11, 1, 9)).unwrap();
    let quiet =
        vault.boundaries().unwrap().add(boundary("Quiet hour after work"), String::new(), at(2026, 11, 1, 9)).unwrap();
    {
        let mut bs = vault.boundaries().unwrap();
        bs.log(phones.id, logged("2026-11-10", MomentKind::Honoured), at(2026, 11, 10, 9)).unwrap();
        bs.log(phones.id, logged("2026-11-18", MomentKind::Crossed), at(2026, 11, 18, 9)).unwrap();
        bs.log(quiet.id, logged("2026-11-03", MomentKind::Honoured), at(2026, 11, 3, 9)).unwrap();
    }
    let mut ag = vault.agreements().unwrap();
    let draft = |text: &str, revisit: Option<&str>| AgreementDraft {
        text: text.into(),
        status: AgreementStatus::Kept,
        revisit_on: revisit.map(d),
    };
    let dishes =
        ag.add(draft("Take turns with the dishes", Some("2026-11-20")), None, String::new(), Utc::now()).unwrap();
    let money =
        ag.add(draft("Talk before spending over 100", Some("2026-11-19")), None, String::new(), Utc::now()).unwrap();
    let calls = ag.add(draft("Call if late", Some("2026-11-21")), None, String::new(), Utc::now()).unwrap();
    let later = ag.add(draft("Visit family monthly", Some("2026-12-30")), None, String::new(), Utc::now()).unwrap();

    // The first check-in, on Sunday 22 November: no previous one, so a week back.
    let today = d("2026-11-22");
    let agenda = vault.checkins().unwrap().agenda(today).unwrap();
    assert!(agenda.previous.is_none());
    assert_eq!(agenda.since, d("2026-11-15"));
    assert_eq!(agenda.boundaries.len(), 1, "only the boundary with a moment in the last week");
    assert_eq!(agenda.boundaries[0].boundary, phones.id);
    assert_eq!(agenda.boundaries[0].moments.len(), 1, "the moment of 10 November is older than a week");
    let due: Vec<_> = agenda.agreements.iter().map(|a| a.id).collect();
    assert_eq!(
        due,
        vec![money.id, dishes.id, calls.id],
        "due ones, earliest revisit first; not the one due in December"
    );

    let first = vault
        .checkins()
        .unwrap()
        .save(
            CheckInDraft {
                well_me: "We cooked together on Tuesday".into(),
                well_partner: "  A calm talk about the weekend ".into(),
                mind_me: " I feel tense about Sundays and I need a plan for them ".into(),
                boundaries: vec![BoundaryTalk { boundary: phones.id, note: "Friday was hard".into() }],
                agreements: vec![
                    AgreementReview {
                        agreement: dishes.id,
                        decision: Decision::Kept,
                        text: String::new(),
                        revisit_on: None,
                        note: String::new(),
                    },
                    AgreementReview {
                        agreement: money.id,
                        decision: Decision::Changed,
                        text: "Talk before spending over 200".into(),
                        revisit_on: Some(d("2027-01-10")),
                        note: "Prices went up".into(),
                    },
                    AgreementReview {
                        agreement: calls.id,
                        decision: Decision::Retired,
                        text: String::new(),
                        revisit_on: None,
                        note: String::new(),
                    },
                ],
                thanks_me: "Thank you for the tea".into(),
                thanks_partner: "Thanks for listening".into(),
                try_next: "A walk after dinner on Wednesday".into(),
                ..CheckInDraft::default()
            },
            today,
            at(2026, 11, 22, 19),
        )
        .unwrap();
    let c = first.check_in.as_ref().expect("saved as a check-in");
    assert_eq!(c.on, today);
    assert_eq!(c.well_partner, "A calm talk about the weekend", "answers are trimmed");
    assert_eq!(c.mind_me, "I feel tense about Sundays and I need a plan for them");
    assert_eq!(c.mind_partner, "", "my partner's turn was left empty");
    assert_eq!(
        (c.boundaries[0].text.as_str(), c.boundaries[0].note.as_str()),
        ("No phones at dinner", "Friday was hard")
    );
    assert!(
        first.body.contains("## One thing on our minds\n\n- From me: I feel tense about Sundays"),
        "the mind step is in the entry: {}",
        first.body
    );
    assert!(!first.body.contains("From my partner: I"), "an empty turn is left out: {}", first.body);
    for tally in ["honoured", "crossed"] {
        assert!(!first.body.contains(tally), "no counts in the saved text: {}", first.body);
    }
    assert_eq!(
        first.about,
        vec![
            About::Boundary(phones.id),
            About::Agreement(dishes.id),
            About::Agreement(money.id),
            About::Agreement(calls.id)
        ],
        "linked to every boundary and agreement it touched"
    );
    assert!(first.title.contains("22 November 2026"));
    for words in ["We cooked together", "Friday was hard", "over 200", "retired", "Thanks for listening", "A walk"] {
        assert!(first.body.contains(words), "the body shows {words:?}: {}", first.body);
    }

    // The decisions went through the ledger, each with its own version and note.
    let ag = vault.agreements().unwrap();
    let kept = ag.get(dishes.id).unwrap();
    assert_eq!((kept.status, kept.revisit_on), (AgreementStatus::Kept, Some(d("2026-12-20"))), "next look in 4 weeks");
    let changed = ag.get(money.id).unwrap();
    assert_eq!(changed.text, "Talk before spending over 200");
    assert_eq!((changed.status, changed.revisit_on), (AgreementStatus::Renegotiated, Some(d("2027-01-10"))));
    assert_eq!(changed.note, "Prices went up");
    assert_eq!(ag.history(money.id).unwrap().len(), 2, "the old wording is kept");
    assert_eq!(ag.get(calls.id).unwrap().status, AgreementStatus::Retired);
    assert!(!ag.get(later.id).unwrap().due(today), "untouched");

    // It is in the journal, marked, and found by search.
    let listed = vault.journal().unwrap().list(0, 10).unwrap();
    let Some(Listed::Entry(e)) = listed.first() else { panic!("the check-in is listed") };
    assert!(e.is_check_in() && e.id == first.id);
    let hits = vault.journal().unwrap().search("cooked together", 10).unwrap();
    assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), vec![first.id]);

    // A week later: the previous thing to try opens the next one, moments count from its day.
    vault.boundaries().unwrap().log(quiet.id, logged("2026-11-22", MomentKind::Crossed), Utc::now()).unwrap();
    vault.boundaries().unwrap().log(quiet.id, logged("2026-11-25", MomentKind::Honoured), Utc::now()).unwrap();
    let next_week = d("2026-11-29");
    let agenda = vault.checkins().unwrap().agenda(next_week).unwrap();
    let previous = agenda.previous.as_ref().expect("there was a check-in");
    assert_eq!((previous.id, previous.on), (first.id, today));
    assert_eq!(previous.try_next, "A walk after dinner on Wednesday");
    assert_eq!(agenda.since, today);
    let quiet_moments = agenda.boundaries.iter().find(|b| b.boundary == quiet.id).expect("logged since");
    assert_eq!(quiet_moments.moments.len(), 2, "a moment on the day of the last check-in still counts");
    assert!(agenda.boundaries.iter().all(|b| b.boundary != phones.id), "nothing logged on it since");
    assert!(agenda.agreements.is_empty(), "every due agreement was decided");

    let second = vault
        .checkins()
        .unwrap()
        .save(
            CheckInDraft {
                last_try_note: "We walked twice".into(),
                boundaries: vec![BoundaryTalk { boundary: quiet.id, note: String::new() }],
                ..CheckInDraft::default()
            },
            next_week,
            at(2026, 11, 29, 19),
        )
        .unwrap();
    let c2 = second.check_in.as_ref().unwrap();
    assert_eq!(c2.last_try, "A walk after dinner on Wednesday", "carried from the check-in before");
    assert!(second.body.contains("A walk after dinner") && second.body.contains("We walked twice"));
    assert!(!second.body.contains("minds"), "no mind step when it was not filled: {}", second.body);

    // The list is newest first, and survives closing and opening the vault.
    drop(vault);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let ids: Vec<_> = vault.checkins().unwrap().list().unwrap().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, vec![second.id, first.id]);
    assert_eq!(vault.checkins().unwrap().get(first.id).unwrap(), first);
}

#[test]
fn an_edit_in_the_journal_keeps_a_check_in_a_check_in() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let plain = vault.journal().unwrap().add(draft("Plain", "an ordinary entry", &[]), Utc::now()).unwrap();
    let saved = vault
        .checkins()
        .unwrap()
        .save(CheckInDraft { try_next: "Breakfast together".into(), ..CheckInDraft::default() }, day(), Utc::now())
        .unwrap();
    let edited = vault
        .journal()
        .unwrap()
        .edit(
            saved.id,
            EntryDraft { body: format!("{}\n\nAdded later.", saved.body), ..EntryDraft::default() },
            Utc::now(),
        )
        .unwrap();
    assert_eq!(edited.check_in, saved.check_in, "the answers stay");
    assert_eq!(vault.checkins().unwrap().agenda(day()).unwrap().previous.unwrap().try_next, "Breakfast together");
    assert!(!plain.is_check_in());
    assert!(matches!(vault.checkins().unwrap().get(plain.id), Err(CheckInError::NotACheckIn(_))));
}

#[test]
fn fail_a_check_in_that_cannot_be_saved_changes_nothing() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let a = vault
        .agreements()
        .unwrap()
        .add(
            AgreementDraft { text: "Dishes".into(), status: AgreementStatus::NeedsRevisiting, revisit_on: None },
            None,
            String::new(),
            Utc::now(),
        )
        .unwrap();
    let empty = vault.checkins().unwrap().save(
        CheckInDraft { well_me: "   ".into(), ..CheckInDraft::default() },
        day(),
        Utc::now(),
    );
    assert!(matches!(empty, Err(CheckInError::Invalid(_))), "an empty check-in is refused");
    let review = |agreement, decision| AgreementReview {
        agreement,
        decision,
        text: " ".into(),
        revisit_on: None,
        note: String::new(),
    };
    let gone: trellis_core::AgreementId = "0192f3a4-5b6c-7d8e-9f00-112233445566".parse().unwrap();
    let wordless = vault.checkins().unwrap().save(
        CheckInDraft {
            well_me: "fine".into(),
            agreements: vec![review(a.id, Decision::Kept), review(a.id, Decision::Changed)],
            ..CheckInDraft::default()
        },
        day(),
        Utc::now(),
    );
    assert!(matches!(wordless, Err(CheckInError::Invalid(_))), "a change needs words");
    let missing = vault.checkins().unwrap().save(
        CheckInDraft {
            agreements: vec![review(a.id, Decision::Kept), review(gone, Decision::Kept)],
            ..CheckInDraft::default()
        },
        day(),
        Utc::now(),
    );
    assert!(matches!(missing, Err(CheckInError::Tool(ToolError::NotFound { .. }))));
    // Nothing was half done: the first review of each failed save was not applied.
    assert_eq!(vault.agreements().unwrap().get(a.id).unwrap().status, AgreementStatus::NeedsRevisiting);
    assert_eq!(vault.agreements().unwrap().history(a.id).unwrap().len(), 1);
    assert_eq!(vault.journal().unwrap().count().unwrap(), 0);
    assert!(vault.checkins().unwrap().list().unwrap().is_empty());
}

#[test]
fn a_check_in_survives_backup_restore_and_says_what_it_is_in_exports() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let b = vault.boundaries().unwrap().add(boundary("Knock first"), String::new(), Utc::now()).unwrap();
    vault.journal().unwrap().add(draft("Plain", "ordinary", &[]), at(2026, 11, 20, 9)).unwrap();
    let saved = vault
        .checkins()
        .unwrap()
        .save(
            CheckInDraft {
                well_me: "a good week".into(),
                boundaries: vec![BoundaryTalk { boundary: b.id, note: "kept well".into() }],
                try_next: "one slow morning".into(),
                ..CheckInDraft::default()
            },
            day(),
            at(2026, 11, 23, 19),
        )
        .unwrap();

    let backup_pass = trellis_core::Passphrase::new("another backup passphrase".into());
    let path = tmp.path().join("all.age");
    vault.write_backup(&path, &backup_pass, weak(), Utc::now()).unwrap();
    let (_t2, _d2, mut other, _) = new_vault();
    other.import(Source::Trellis, &path, Some(&backup_pass), &Utc).unwrap();
    let back = other.checkins().unwrap().get(saved.id).expect("still a check-in after restore");
    assert_eq!(back, saved);
    assert_eq!(
        other.checkins().unwrap().agenda(day() + Duration::days(7)).unwrap().previous.unwrap().try_next,
        "one slow morning"
    );

    let json = tmp.path().join("all.json");
    vault.export_json(&json, Utc::now()).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let entries = doc["entries"].as_array().unwrap();
    let exported = entries.iter().find(|e| e["id"] == saved.id.to_string()).unwrap();
    assert_eq!(exported["check_in"]["try_next"], "one slow morning");
    assert!(entries.iter().any(|e| e["check_in"].is_null()), "an ordinary entry says it is none");

    let md = tmp.path().join("md");
    vault.export_markdown(&md, Utc::now(), "en", &mut |_, _| {}).unwrap();
    let texts: Vec<String> =
        files(&md.join("entries")).into_iter().map(|(_, b)| String::from_utf8(b).unwrap()).collect();
    let check_in: Vec<_> = texts.iter().filter(|t| t.contains("kind = \"check-in\"")).collect();
    assert_eq!(check_in.len(), 1, "exactly the check-in says so: {texts:?}");
    assert!(check_in[0].contains("one slow morning") && check_in[0].contains("kept well"));
}

fn unsaved(well_me: &str) -> trellis_core::UnsavedCheckIn {
    trellis_core::UnsavedCheckIn { step: "went-well".into(), well_me: well_me.into(), ..Default::default() }
}

fn draft_rows(dir: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(dir.join(trellis_core::DB_FILE)).unwrap();
    conn.query_row("SELECT count(*) FROM drafts", [], |r| r.get(0)).unwrap()
}

#[test]
fn an_unsaved_check_in_is_kept_once_comes_back_after_a_restart_and_goes_with_the_save() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let b = vault.boundaries().unwrap().add(boundary("No phones at dinner"), String::new(), Utc::now()).unwrap();
    let a = vault.agreements().unwrap().add_from_boundary(b.id, Utc::now()).unwrap();
    let mut c = vault.checkins().unwrap();
    assert_eq!(c.unsaved().unwrap(), None);
    c.keep_unsaved(unsaved("  "), Utc::now()).unwrap();
    assert_eq!(c.unsaved().unwrap(), None, "blank answers are not kept");
    c.keep_unsaved(unsaved("We cooked"), Utc::now()).unwrap();
    let mut answers = unsaved("We cooked together");
    answers.step = "on-my-mind".into();
    answers.mind_me = "I feel worried about money and I need us to look at it together".into();
    answers.mind_partner = "I feel glad about the walks and I need one more a week".into();
    answers.boundaries = vec![BoundaryTalk { boundary: b.id, note: "The drawer works".into() }];
    answers.reviews = vec![trellis_core::UnsavedReview {
        agreement: a.id,
        decision: None,
        text: "Phones in the drawer at dinner".into(),
        note: "Talk about weekends".into(),
    }];
    c.keep_unsaved(answers.clone(), Utc::now()).unwrap();
    assert_eq!(c.unsaved().unwrap().as_ref(), Some(&answers), "the newest answers replace the ones before");
    drop(vault);
    assert_eq!(draft_rows(&dir), 1, "one draft at a time");

    // A new start (the app was quit, or killed): the answers are there after unlock.
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert!(report.damaged.is_empty());
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap().as_ref(), Some(&answers));
    assert!(vault.search_all("cooked", 10).unwrap().is_empty(), "unsaved answers are not in search");

    // Re-keying reseals it with everything else.
    vault.rekey(&pass(), weak(), Utc::now(), &mut |_, _| {}).unwrap();
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap().as_ref(), Some(&answers));

    // Saving the check-in removes it.
    let draft = CheckInDraft { well_me: answers.well_me.clone(), ..Default::default() };
    vault.checkins().unwrap().save(draft, d("2026-11-22"), Utc::now()).unwrap();
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap(), None);
    assert_eq!(draft_rows(&dir), 0);

    // Answers kept before that save, left by a process that ended between the save and the
    // removal, belong to the saved check-in: they are not offered again.
    let mut c = vault.checkins().unwrap();
    c.keep_unsaved(unsaved("Before the save"), Utc::now() - Duration::minutes(5)).unwrap();
    assert_eq!(c.unsaved().unwrap(), None);
    // (A second later: kept in the same millisecond as the save reads as before it.)
    c.keep_unsaved(unsaved("The next week's"), Utc::now() + Duration::seconds(1)).unwrap();
    assert_eq!(c.unsaved().unwrap().unwrap().well_me, "The next week's", "kept after the save: offered");
    c.forget_unsaved().unwrap();

    // And starting over does too.
    let mut c = vault.checkins().unwrap();
    c.keep_unsaved(unsaved("Another week"), Utc::now()).unwrap();
    c.forget_unsaved().unwrap();
    assert_eq!(c.unsaved().unwrap(), None);
    assert_eq!(draft_rows(&dir), 0);
}

#[test]
fn fail_a_tampered_swapped_or_doubled_draft_is_never_read_as_answers() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let e = vault.journal().unwrap().add(draft("An entry", "its words", &[]), Utc::now()).unwrap();
    vault.checkins().unwrap().keep_unsaved(unsaved("kept answers"), Utc::now()).unwrap();
    drop(vault);
    let raw = || rusqlite::Connection::open(dir.join(trellis_core::DB_FILE)).unwrap();

    // One flipped byte: reported by kind and id, never read, and replaced by the next keep.
    raw().execute("UPDATE drafts SET data = substr(data, 1, 20) || x'ff' || substr(data, 22)", []).unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(report.damaged.len(), 1);
    assert_eq!(report.damaged[0].kind, trellis_core::RecordKind::Draft);
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap(), None);
    vault.checkins().unwrap().keep_unsaved(unsaved("new answers"), Utc::now()).unwrap();
    assert!(vault.damaged().is_empty(), "the damaged draft went with the next keep");
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap().unwrap().well_me, "new answers");
    drop(vault);
    assert_eq!(draft_rows(&dir), 1);

    // An entry's sealed words copied onto the draft: sealed for another kind and id, refused.
    let conn = raw();
    let entry_data: Vec<u8> = conn.query_row("SELECT data FROM entries LIMIT 1", [], |r| r.get(0)).unwrap();
    conn.execute("UPDATE drafts SET data = ?1", [entry_data]).unwrap();
    drop(conn);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(vault.checkins().unwrap().unsaved().unwrap(), None, "another record's words are not answers");
    assert_eq!(vault.journal().unwrap().get(e.id).unwrap().title, "An entry");

    // A second draft row (a hostile or hand-edited file; its copy is sealed for another id):
    // the readable one is read, and the next keep leaves one row.
    let mut c = vault.checkins().unwrap();
    c.keep_unsaved(unsaved("first"), Utc::now()).unwrap();
    drop(vault);
    let conn = raw();
    conn.execute(
        "INSERT INTO drafts (id, created_at, updated_at, data) SELECT randomblob(16), created_at - 5, updated_at - 5, data FROM drafts",
        [],
    )
    .unwrap();
    drop(conn);
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    let mut c = vault.checkins().unwrap();
    assert_eq!(c.unsaved().unwrap().unwrap().well_me, "first");
    c.keep_unsaved(unsaved("second"), Utc::now()).unwrap();
    drop(vault);
    assert_eq!(draft_rows(&dir), 1);
}

#[test]
fn a_note_on_an_agreement_not_decided_is_kept_in_the_check_in_and_changes_nothing() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let draft = AgreementDraft {
        text: "Call if late".into(),
        status: AgreementStatus::Kept,
        revisit_on: Some(d("2026-11-20")),
    };
    let a = vault.agreements().unwrap().add(draft, None, String::new(), Utc::now()).unwrap();
    let talked = |note: &str| AgreementReview {
        agreement: a.id,
        decision: Decision::Talked,
        text: String::new(),
        revisit_on: None,
        note: note.into(),
    };
    // Talked about with no note and nothing else: an empty check-in, refused as before.
    let empty = vault.checkins().unwrap().save(
        CheckInDraft { agreements: vec![talked("  ")], ..CheckInDraft::default() },
        d("2026-11-22"),
        Utc::now(),
    );
    assert!(matches!(empty, Err(CheckInError::Invalid(_))));

    let entry = vault
        .checkins()
        .unwrap()
        .save(
            CheckInDraft { agreements: vec![talked("We ran out of time; next week")], ..CheckInDraft::default() },
            d("2026-11-22"),
            Utc::now(),
        )
        .unwrap();
    assert!(entry.body.contains("We ran out of time; next week"), "the note is in the check-in: {}", entry.body);
    assert!(entry.body.contains("nothing decided yet"));
    assert!(entry.about.contains(&About::Agreement(a.id)), "linked to the agreement talked about");
    let ledger = vault.agreements().unwrap();
    assert_eq!(ledger.get(a.id).unwrap().status, AgreementStatus::Kept, "the agreement is unchanged");
    assert_eq!(ledger.history(a.id).unwrap().len(), 1, "and gained no version");
}
