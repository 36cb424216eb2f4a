//! Two people, each with their own Trellis: connecting by cards and six words, sharing a
//! worksheet and seeing both sides compared, and every share that is not one refused with
//! nothing kept (altered, cut short, huge, for another Trellis, from someone else, one's own).
//! Canaries: nothing outside what was chosen is in a share, and no share file or vault holds a
//! word of it readable.

use chrono::{DateTime, Utc};
use trellis_core::{
    AgreementDraft, AgreementStatus, AreaAnswer, BothAgreed, CheckInDraft, Code, ShareChoice, SharedItem, TheirSide,
    Vault, WorksheetId,
};

use crate::support::*;

fn now() -> DateTime<Utc> {
    at(2026, 12, 6, 9)
}

struct Person {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    vault: Vault,
}

fn person() -> Person {
    let (tmp, dir, vault, _) = new_vault();
    Person { _tmp: tmp, dir, vault }
}

/// Connects `a` and `b` the way two people do: each pastes the other's card and types the six
/// words both screens show.
fn connect(a: &mut Person, b: &mut Person) {
    let card_a = a.vault.partner().unwrap().my_card().unwrap();
    let card_b = b.vault.partner().unwrap().my_card().unwrap();
    let words_a = a.vault.partner().unwrap().words_with(&card_b).unwrap();
    let words_b = b.vault.partner().unwrap().words_with(&card_a).unwrap();
    assert_eq!(words_a, words_b, "both screens show the same six words");
    assert_eq!(words_a.split_whitespace().count(), 6);
    a.vault.partner().unwrap().connect(&card_b, "Robin", &words_a.to_uppercase(), now()).unwrap();
    b.vault.partner().unwrap().connect(&card_a, "Alex", &words_b, now()).unwrap();
}

/// A worksheet with my expectation in two areas, what I understand of my partner's in one,
/// and a canary in an area left out of the share.
fn worksheet(p: &mut Person, mine: &str) -> WorksheetId {
    let mut ws = p.vault.worksheets().unwrap();
    let sheet = ws.new_sheet("Our week".into(), day(), now()).unwrap();
    let fill = |area: &str, mine: &str, theirs: &str| AreaAnswer {
        area: area.into(),
        mine: mine.into(),
        theirs: theirs.into(),
        ..AreaAnswer::default()
    };
    ws.fill(sheet.id, fill("communication", mine, "my guess at theirs: CANARY-GUESS"), None, now()).unwrap();
    ws.fill(sheet.id, fill("time-together", "An evening a week", ""), None, now()).unwrap();
    ws.fill(sheet.id, fill("money", "CANARY-LEFT-OUT", ""), None, now()).unwrap();
    sheet.id
}

fn share_areas(id: WorksheetId) -> ShareChoice {
    ShareChoice::Worksheet { id, areas: Some(vec!["communication".into(), "time-together".into()]) }
}

#[test]
fn two_partners_exchange_worksheets_and_see_both_sides() {
    let (mut a, mut b) = (person(), person());
    connect(&mut a, &mut b);
    assert_eq!(a.vault.partner().unwrap().connected().unwrap().unwrap().name, "Robin");
    let theirs = worksheet(&mut a, "Text me when plans change");
    let mine = worksheet(&mut b, "Call, do not text, about plans");
    // What is shown before the file is written is exactly what arrives.
    let preview = a.vault.partner().unwrap().preview(&share_areas(theirs), day()).unwrap();
    let bytes = a.vault.partner().unwrap().share(&share_areas(theirs), now(), day()).unwrap();
    let opened = b.vault.partner().unwrap().open(&bytes, now()).unwrap();
    assert!(!opened.again);
    assert_eq!(opened.share.items, preview);
    assert_eq!(opened.share.from, "Alex");
    // The same file opened again keeps nothing new.
    let again = b.vault.partner().unwrap().open(&bytes, now()).unwrap();
    assert!(again.again);
    assert_eq!(b.vault.partner().unwrap().shares().unwrap().len(), 1);
    // A re-key on either side keeps the connection: the next share still opens.
    b.vault.rekey(&pass(), weak(), now(), &mut |_, _| {}).unwrap();
    let next = a.vault.partner().unwrap().share(&share_areas(theirs), now(), day()).unwrap();
    assert!(!b.vault.partner().unwrap().open(&next, now()).unwrap().again);
    assert_eq!(b.vault.partner().unwrap().connected().unwrap().unwrap().name, "Alex");
    // Their words fill "my partner's expectation", told by them, beside mine.
    let sheet = b.vault.fill_their_side(mine, opened.share.id, now()).unwrap();
    let area = sheet.areas.iter().find(|x| x.area == "communication").unwrap();
    assert_eq!(area.mine, "Call, do not text, about plans");
    assert_eq!(area.theirs, "Text me when plans change");
    assert_eq!(area.theirs_from, TheirSide::Told);
    let money = sheet.areas.iter().find(|x| x.area == "money").unwrap();
    assert_eq!(money.theirs, "", "an area not shared is left as it was");
}

#[test]
fn connecting_needs_the_right_words_and_a_real_card() {
    let (mut a, mut b) = (person(), person());
    let card_a = a.vault.partner().unwrap().my_card().unwrap();
    let card_b = b.vault.partner().unwrap().my_card().unwrap();
    {
        let mut partner = a.vault.partner().unwrap();
        let wrong = partner.connect(&card_b, "Robin", "apple apple apple apple apple apple", now()).unwrap_err();
        assert!(wrong.to_string().contains("not the six words"), "{wrong}");
        assert!(partner.words_with("trellis-partner-1 nonsense").is_err());
        assert!(partner.words_with(&card_a).unwrap_err().to_string().contains("own card"));
        assert!(partner.connected().unwrap().is_none(), "nothing was kept");
        // Not connected: nothing to share with, nothing to open.
        let e = partner.share(
            &ShareChoice::Agreement { id: "0192f3a4-5b6c-7d8e-9f00-112233445566".parse().unwrap(), agree: true },
            now(),
            day(),
        );
        assert!(e.is_err());
        // A card stays the same; forgetting lets another connection be made.
        assert_eq!(partner.my_card().unwrap(), card_a);
    }
    connect(&mut a, &mut b);
    a.vault.partner().unwrap().forget().unwrap();
    assert!(a.vault.partner().unwrap().connected().unwrap().is_none());
}

#[test]
fn fail_shares_that_are_not_from_the_partner_for_this_trellis_are_refused_and_nothing_is_kept() {
    let (mut a, mut b, mut c) = (person(), person(), person());
    connect(&mut a, &mut b);
    let sheet = worksheet(&mut a, "Text me when plans change");
    let good = a.vault.partner().unwrap().share(&share_areas(sheet), now(), day()).unwrap();
    let refused = |v: &mut Vault, bytes: &[u8], says: &str| {
        let e = v.partner().unwrap().open(bytes, now()).unwrap_err();
        assert_eq!(e.code(), Code::BadFile, "{e}");
        assert!(e.to_string().contains(says) && e.to_string().contains("Nothing was kept"), "{e}");
        assert!(v.partner().unwrap().shares().unwrap().is_empty());
    };
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 1;
    refused(&mut b.vault, &flipped, "changed or cut short");
    refused(&mut b.vault, &good[..good.len() - 20], "changed or cut short");
    refused(&mut b.vault, &good[..10], "not a share");
    refused(&mut b.vault, b"{\"a json file\": true}", "not a share");
    let mut huge = good.clone();
    huge.resize(9 << 20, 0);
    refused(&mut b.vault, &huge, "too large");
    // Its sender cannot open it as a share from the partner.
    refused(&mut a.vault, &good, "a share you made");
    // Replayed to a third Trellis that is connected with the sender too.
    let card_a = a.vault.partner().unwrap().my_card().unwrap();
    let words = c.vault.partner().unwrap().words_with(&card_a).unwrap();
    c.vault.partner().unwrap().connect(&card_a, "Alex", &words, now()).unwrap();
    refused(&mut c.vault, &good, "not made for this Trellis");
    // From someone who is not the partner: C, who has B's card, sends B a share.
    let card_b = b.vault.partner().unwrap().my_card().unwrap();
    c.vault.partner().unwrap().forget().unwrap();
    let words = c.vault.partner().unwrap().words_with(&card_b).unwrap();
    c.vault.partner().unwrap().connect(&card_b, "B", &words, now()).unwrap();
    let other = worksheet(&mut c, "Someone else's words");
    let from_c = c.vault.partner().unwrap().share(&share_areas(other), now(), day()).unwrap();
    refused(&mut b.vault, &from_c, "not made by Alex's Trellis");
    // The good one still opens.
    assert!(b.vault.partner().unwrap().open(&good, now()).is_ok());
}

#[test]
fn canaries_nothing_unchosen_is_in_a_share_and_nothing_readable_in_its_file_or_the_vault() {
    let (mut a, mut b) = (person(), person());
    connect(&mut a, &mut b);
    a.vault.journal().unwrap().add(draft("CANARY-ENTRY-TITLE", "CANARY-ENTRY-BODY", &["CANARY-TAG"]), now()).unwrap();
    let letter = a.vault.journal().unwrap().add(draft("Dear Robin", "CANARYLETTERWORDS", &[]), now()).unwrap();
    let kept = a.vault.boundaries().unwrap().add(boundary("CANARY-UNCHOSEN-BOUNDARY"), String::new(), now()).unwrap();
    let chosen = a.vault.boundaries().unwrap().add(boundary("CANARYCHOSENBOUNDARY"), String::new(), now()).unwrap();
    let sheet = worksheet(&mut a, "CANARYSHAREDEXPECTATION");
    let agreement = a
        .vault
        .agreements()
        .unwrap()
        .add(agreement("CANARYAGREEMENTWORDS"), None, "CANARY-NOTE".into(), now())
        .unwrap();
    let check_in = CheckInDraft { well_me: "CANARYCHECKINWORDS".into(), ..CheckInDraft::default() };
    let check_in = a.vault.checkins().unwrap().save(check_in, day(), now()).unwrap();
    let choices = [
        share_areas(sheet),
        ShareChoice::Boundaries { ids: vec![chosen.id] },
        ShareChoice::Letter { id: letter.id },
        ShareChoice::Agreement { id: agreement.id, agree: true },
        ShareChoice::CheckIn { id: check_in.id },
    ];
    let outside = ["CANARY-ENTRY", "CANARY-TAG", "CANARY-UNCHOSEN", "CANARY-GUESS", "CANARY-LEFT-OUT", "CANARY-NOTE"];
    let chosen_words = [
        "CANARYSHAREDEXPECTATION",
        "CANARYCHOSENBOUNDARY",
        "CANARYLETTERWORDS",
        "CANARYAGREEMENTWORDS",
        "CANARYCHECKINWORDS",
    ];
    let out = tempfile::tempdir().unwrap();
    for (i, choice) in choices.iter().enumerate() {
        let bytes = a.vault.partner().unwrap().share(choice, now(), day()).unwrap();
        let path = out.path().join(format!("{i}.trellis-share"));
        std::fs::write(&path, &bytes).unwrap();
        let opened = b.vault.partner().unwrap().open(&std::fs::read(&path).unwrap(), now()).unwrap();
        let shown = serde_json::to_string(&opened.share).unwrap();
        for word in outside {
            assert!(!shown.contains(word), "{word} was not chosen but is in share {i}");
        }
        assert!(chosen_words.iter().any(|w| shown.contains(w)), "share {i} holds what was chosen");
        for word in chosen_words.iter().chain(&outside) {
            assert_eq!(count(&bytes, word.as_bytes()), 0, "{word} is readable in share file {i}");
        }
    }
    let shares = b.vault.partner().unwrap().shares().unwrap();
    assert_eq!(shares.len(), 5);
    assert!(shares.iter().any(|s| matches!(s.items[0], SharedItem::Letter { .. })));
    assert!(shares.iter().any(|s| matches!(&s.items[0], SharedItem::CheckIn { on, .. } if *on == day())));
    let _ = kept;
    drop(b.vault);
    for (path, bytes) in files(&b.dir) {
        for word in chosen_words {
            assert_eq!(count(&bytes, word.as_bytes()), 0, "{word} is readable in {}", path.display());
        }
    }
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn agreement(text: &str) -> AgreementDraft {
    AgreementDraft { text: text.into(), status: AgreementStatus::New, revisit_on: None }
}

/// Passes a share from one person to the other; returns the share's id on the receiving side.
fn pass_on(from: &mut Person, to: &mut Person, choice: &ShareChoice, on: chrono::NaiveDate) -> trellis_core::ShareId {
    let bytes = from.vault.partner().unwrap().share(choice, now(), on).unwrap();
    to.vault.partner().unwrap().open(&bytes, now()).unwrap().share.id
}

#[test]
fn an_agreement_shared_back_and_forth_says_which_version_each_agreed_to() {
    let (mut a, mut b) = (person(), person());
    connect(&mut a, &mut b);
    let (d4, d5, d6) = (date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 6));
    let mine =
        a.vault.agreements().unwrap().add(agreement("Phones away at dinner"), None, String::new(), now()).unwrap();
    assert!(mine.between.is_none(), "not held with the partner until shared");
    // A shares it, agreeing; B keeps it in their own ledger.
    let share = pass_on(&mut a, &mut b, &ShareChoice::Agreement { id: mine.id, agree: true }, d4);
    let held_a = a.vault.agreements().unwrap().get(mine.id).unwrap().between.unwrap();
    assert_eq!((held_a.version, held_a.i_agreed, held_a.they_agreed), (1, Some(d4), None));
    let theirs = b.vault.partner().unwrap().keep_agreement(share, 0, now()).unwrap();
    assert_eq!(theirs.text, "Phones away at dinner");
    let held_b = theirs.between.unwrap();
    assert_eq!(
        (held_b.id.as_str(), held_b.version, held_b.they_agreed, held_b.i_agreed),
        (held_a.id.as_str(), 1, Some(d4), None)
    );
    // B shares it back, agreeing: both now read "we both agreed to version 1".
    pass_on(&mut b, &mut a, &ShareChoice::Agreement { id: theirs.id, agree: true }, d5);
    let held_a = a.vault.agreements().unwrap().get(mine.id).unwrap().between.unwrap();
    assert_eq!(held_a.both, Some(BothAgreed { version: 1, on: d5 }));
    assert_eq!((held_a.i_agreed, held_a.they_agreed), (Some(d4), Some(d5)));
    // A changes the words: version 2, agreed by nobody yet; version 1 stays as both agreed.
    let changed = AgreementDraft { text: "Phones away at dinner, except on call nights".into(), ..agreement("") };
    let changed = a.vault.agreements().unwrap().edit(mine.id, changed, String::new(), None, now()).unwrap();
    let held_a = changed.between.unwrap();
    assert_eq!((held_a.version, held_a.i_agreed, held_a.they_agreed), (2, None, None));
    assert_eq!(held_a.both, Some(BothAgreed { version: 1, on: d5 }));
    // A shares version 2 without agreeing yet: B's words differ, so nothing changes there until
    // B takes them (B's own words stay in the history).
    let share = pass_on(&mut a, &mut b, &ShareChoice::Agreement { id: mine.id, agree: false }, d6);
    assert_eq!(b.vault.agreements().unwrap().get(theirs.id).unwrap().text, "Phones away at dinner");
    let taken = b.vault.partner().unwrap().keep_agreement(share, 0, now()).unwrap();
    assert_eq!(taken.id, theirs.id, "the same agreement, not a second one");
    assert_eq!(taken.text, "Phones away at dinner, except on call nights");
    assert_eq!(b.vault.agreements().unwrap().history(theirs.id).unwrap().len(), 2);
    let held_b = taken.between.unwrap();
    assert_eq!((held_b.version, held_b.i_agreed, held_b.they_agreed), (2, None, None));
    // Both agree to version 2, one after the other.
    pass_on(&mut b, &mut a, &ShareChoice::Agreement { id: theirs.id, agree: true }, d6);
    pass_on(&mut a, &mut b, &ShareChoice::Agreement { id: mine.id, agree: true }, d6);
    for (p, id) in [(&mut a, mine.id), (&mut b, theirs.id)] {
        let held = p.vault.agreements().unwrap().get(id).unwrap().between.unwrap();
        assert_eq!(held.both, Some(BothAgreed { version: 2, on: d6 }));
        assert_eq!(held.version, 2);
    }
    // Held by both in one Trellis each: no copies were made anywhere.
    assert_eq!(a.vault.agreements().unwrap().list(d6).unwrap().len(), 1);
    assert_eq!(b.vault.agreements().unwrap().list(d6).unwrap().len(), 1);
}
