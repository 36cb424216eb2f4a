//! Boundaries, worksheets and agreements through the vault: revisions, the moment log, retiring,
//! the ledger, comparing worksheets, undo, search across kinds, and damage reported by id.

use chrono::{Duration, Utc};
use rusqlite::Connection;
use trellis_core::{
    About, AgreementDraft, AgreementSource, AgreementStatus, AreaChange, BoundaryFilter, BoundaryStatus, DamagedRecord,
    ListedAgreement, ListedBoundary, MomentKind, RecordKind, ToolError, UnlockMode, Vault, Whose, DB_FILE,
};

use crate::support::*;

#[test]
fn a_boundary_keeps_every_version_in_order_with_its_notes() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let t0 = at(2026, 3, 1, 9);
    let mut bs = vault.boundaries().unwrap();
    let b = bs.add(boundary("Phones away by 9 pm"), "first try".into(), t0).unwrap();
    let mut second = boundary("Phones away by 10 pm");
    second.status = BoundaryStatus::Discussed;
    bs.edit(
        b.id,
        second,
        "we talked on Sunday and changed 9 pm to 10 pm".into(),
        Some(b.updated_at),
        t0 + Duration::days(1),
    )
    .unwrap();
    let mut third = boundary("Phones away by 10 pm");
    third.status = BoundaryStatus::Agreed;
    third.review_on = Some(day());
    let now = bs.edit(b.id, third, "agreed".into(), None, t0 + Duration::days(2)).unwrap();

    let steps = bs.history(b.id).unwrap();
    assert_eq!(steps.len(), 3);
    assert_eq!(
        steps.iter().map(|s| s.note.as_str()).collect::<Vec<_>>(),
        ["agreed", "we talked on Sunday and changed 9 pm to 10 pm", "first try"]
    );
    assert!(steps[2].created);
    let fields = |i: usize| steps[i].changes.iter().map(|c| c.field.as_str()).collect::<Vec<_>>();
    assert_eq!(fields(1), ["text", "status"]);
    assert_eq!(
        (steps[1].changes[0].before.as_str(), steps[1].changes[0].after.as_str()),
        ("Phones away by 9 pm", "Phones away by 10 pm")
    );
    assert_eq!(fields(0), ["status", "review_on"]);
    assert!(steps[0].at > steps[1].at && steps[1].at > steps[2].at);

    // A stale edit (opened before the last change) is refused, and nothing is overwritten.
    let stale = bs.edit(b.id, boundary("stale"), String::new(), Some(b.updated_at), Utc::now());
    assert!(matches!(stale, Err(ToolError::Changed { .. })), "{stale:?}");
    assert_eq!(bs.get(b.id).unwrap(), now);
}

#[test]
fn fail_an_edit_in_the_same_millisecond_still_makes_the_earlier_version_stale() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let t0 = at(2026, 3, 1, 9);
    let mut bs = vault.boundaries().unwrap();
    // Added and edited at the same instant (a fast machine, or a clock that went back): the
    // edit still gets a later updated time, so the version read before it is stale.
    let b = bs.add(boundary("No phones at dinner"), String::new(), t0).unwrap();
    let edited = bs.edit(b.id, boundary("No phones at meals"), String::new(), Some(b.updated_at), t0).unwrap();
    assert!(edited.updated_at > b.updated_at, "{} after {}", edited.updated_at, b.updated_at);
    let stale = bs.edit(b.id, boundary("x"), String::new(), Some(b.updated_at), t0);
    assert!(matches!(stale, Err(ToolError::Changed { .. })), "{stale:?}");
    // What the edit returned is what is stored: the next edit from it is not stale.
    let back = t0 - Duration::minutes(5);
    let again = bs.edit(b.id, boundary("No phones at any meal"), String::new(), Some(edited.updated_at), back).unwrap();
    assert!(again.updated_at > edited.updated_at, "the clock went back; the stamp did not");
    assert_eq!(bs.get(b.id).unwrap(), again);
}

#[test]
fn moments_survive_edits_and_retiring_keeps_history() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut bs = vault.boundaries().unwrap();
    let b = bs.add(boundary("No shouting"), String::new(), Utc::now()).unwrap();
    bs.log(b.id, moment(), Utc::now()).unwrap();
    let mut honoured = moment();
    honoured.kind = MomentKind::Honoured;
    honoured.on = day() - Duration::days(40);
    honoured.note = "calm talk".into();
    bs.log(b.id, honoured, Utc::now()).unwrap();
    assert_eq!(bs.history(b.id).unwrap().len(), 1, "logging a moment is not an edit");
    bs.edit(b.id, boundary("No shouting, ever"), String::new(), None, Utc::now()).unwrap();
    let got = bs.get(b.id).unwrap();
    assert_eq!(got.moments.len(), 2, "the log survives the edit");
    assert_eq!(got.moments[0].note, "calm talk", "oldest first");
    let t = got.tally(day());
    assert_eq!((t.crossed_30, t.honoured_30, t.honoured_90), (1, 0, 1));

    let retired = bs.retire(b.id, "not needed now".into(), Utc::now()).unwrap();
    assert_eq!(retired.status, BoundaryStatus::Retired);
    assert_eq!(retired.moments.len(), 2);
    assert_eq!(bs.history(b.id).unwrap().len(), 3, "retiring is an edit; the history stays");
    bs.unlog(b.id, 0, Utc::now()).unwrap();
    assert_eq!(bs.get(b.id).unwrap().moments.len(), 1);
    assert!(bs.unlog(b.id, 5, Utc::now()).is_err());
}

#[test]
fn removing_a_moment_shows_in_the_history_and_can_be_undone() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut bs = vault.boundaries().unwrap();
    let b = bs.add(boundary("No shouting"), String::new(), Utc::now()).unwrap();
    let mut m = moment();
    m.note = "at dinner".into();
    bs.log(b.id, m, Utc::now()).unwrap();
    let steps = bs.history(b.id).unwrap().len();

    let after = bs.unlog(b.id, 0, Utc::now()).unwrap();
    assert!(after.moments.is_empty());
    let history = bs.history(b.id).unwrap();
    assert_eq!(history.len(), steps + 1, "the removal is a step of its own");
    assert!(
        history.iter().any(|step| step.note.starts_with("Removed the moment of")),
        "the history says what was removed"
    );

    let back = bs.undo_unlog(b.id, after.updated_at, Utc::now()).unwrap();
    assert_eq!(back.moments.len(), 1);
    assert_eq!(back.moments[0].note, "at dinner", "the same moment, words and all");
    let history = bs.history(b.id).unwrap();
    assert_eq!(history.len(), steps + 2, "putting it back shows too");
    assert!(history.iter().any(|step| step.note.starts_with("Put back")));
    assert!(bs.undo_unlog(b.id, after.updated_at, Utc::now()).is_err(), "only once, over the version it removed");

    // An edit after the removal: undo writes nothing over it.
    let gone = bs.unlog(b.id, 0, Utc::now()).unwrap();
    bs.edit(b.id, boundary("No shouting, ever"), String::new(), None, Utc::now()).unwrap();
    assert!(matches!(
        bs.undo_unlog(b.id, gone.updated_at, Utc::now()),
        Err(ToolError::Changed { .. }) | Err(ToolError::Invalid(_))
    ));
    assert!(bs.get(b.id).unwrap().moments.is_empty());
}

#[test]
fn the_list_filters_and_puts_reviews_due_first() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut bs = vault.boundaries().unwrap();
    let mut due = boundary("Time alone on Sundays");
    due.whose = Whose::Ours;
    due.category = "time-space".into();
    due.review_on = Some(day() - Duration::days(1));
    let a = bs.add(boundary("Let me finish my sentences"), String::new(), at(2026, 1, 2, 9)).unwrap();
    let d = bs.add(due, String::new(), at(2026, 1, 1, 9)).unwrap();
    let r = bs.add(boundary("Old rule"), String::new(), at(2026, 1, 3, 9)).unwrap();
    bs.retire(r.id, String::new(), at(2026, 1, 4, 9)).unwrap();

    let ids = |f: &BoundaryFilter| -> Vec<_> {
        bs.list(f, day())
            .unwrap()
            .into_iter()
            .map(|l| match l {
                ListedBoundary::Boundary { boundary, .. } => boundary.id,
                ListedBoundary::Damaged { id, .. } => id,
            })
            .collect()
    };
    assert_eq!(ids(&BoundaryFilter::default()), [d.id, a.id, r.id], "due first, retired last");
    assert_eq!(ids(&BoundaryFilter { whose: Some(Whose::Ours), ..Default::default() }), [d.id]);
    assert_eq!(ids(&BoundaryFilter { status: Some(BoundaryStatus::Retired), ..Default::default() }), [r.id]);
    assert_eq!(ids(&BoundaryFilter { category: Some("communication".into()), ..Default::default() }), [a.id, r.id]);
    assert_eq!(
        ids(&BoundaryFilter { text: "FINISH sent".into(), ..Default::default() }),
        [a.id],
        "words, any case, prefixes"
    );
    assert!(matches!(bs.add(boundary("  "), String::new(), Utc::now()), Err(ToolError::Invalid(_))));
    let mut bad = boundary("x");
    bad.category = "nope".into();
    assert!(
        matches!(bs.add(bad, String::new(), Utc::now()), Err(ToolError::Invalid(m)) if m.to_string().contains("communication"))
    );
}

#[test]
fn delete_asks_nothing_of_the_core_but_can_be_undone_with_history() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut bs = vault.boundaries().unwrap();
    let b = bs.add(boundary("one"), String::new(), Utc::now()).unwrap();
    bs.edit(b.id, boundary("two"), "n".into(), None, Utc::now()).unwrap();
    bs.delete(b.id).unwrap();
    assert!(matches!(bs.get(b.id), Err(ToolError::NotFound { .. })));
    let back = bs.undo_delete(b.id).unwrap();
    assert_eq!(back.text, "two");
    assert_eq!(bs.history(b.id).unwrap().len(), 2, "undo brings the history back too");
    assert!(bs.undo_delete(b.id).is_err(), "only once");
    // Undo is forgotten with the lock.
    bs.delete(b.id).unwrap();
    vault.lock();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert!(vault.boundaries().unwrap().undo_delete(b.id).is_err());
}

#[test]
fn worksheets_fill_copy_forward_compare_and_agree() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let mut ws = vault.worksheets().unwrap();
    let first = ws.new_sheet("Autumn".into(), day(), at(2026, 10, 1, 9)).unwrap();
    let total = first.areas.len();
    assert!(total >= 13 && first.filled == 0, "every content area, empty");
    let mut money = answer("money", "");
    money.mine = "We split bills by income".into();
    money.check.specific = Some(true);
    ws.fill(first.id, answer("communication", "Text if plans change"), None, at(2026, 10, 1, 10)).unwrap();
    ws.fill(first.id, money, None, at(2026, 10, 1, 11)).unwrap();
    ws.fill(first.id, answer("time-together", "One evening a week"), None, at(2026, 10, 1, 12)).unwrap();
    let sheet = ws.add_area(first.id, "Pets".into(), at(2026, 10, 1, 13)).unwrap();
    assert_eq!(sheet.areas.len(), total + 1);
    assert_eq!(sheet.areas.last().unwrap().area, "own-1");
    assert_eq!(sheet.filled, 3);
    assert!(ws.fill(first.id, answer("no-such-area", "x"), None, Utc::now()).is_err());

    let second = ws.new_from(first.id, "Winter".into(), day(), at(2026, 11, 1, 9)).unwrap();
    assert_eq!(second.filled, 3, "answers copied forward");
    assert_eq!(second.from, Some(first.id));
    ws.fill(second.id, answer("time-together", "Two evenings a week"), None, at(2026, 11, 1, 10)).unwrap();
    ws.fill(second.id, answer("communication", ""), None, at(2026, 11, 1, 11)).unwrap();
    ws.fill(second.id, answer("household", "Rota on the fridge"), None, at(2026, 11, 1, 12)).unwrap();
    let c = ws.compare(first.id, second.id).unwrap();
    let change = |id: &str| c.areas.iter().find(|a| a.area == id).unwrap();
    assert_eq!(change("time-together").change, AreaChange::Changed);
    assert_eq!(change("time-together").fields, ["middle"]);
    assert_eq!(change("communication").change, AreaChange::Removed);
    assert_eq!(change("household").change, AreaChange::Added);
    assert_eq!(change("money").change, AreaChange::Same);
    assert_eq!(change("own-1").change, AreaChange::Same);

    // Agreeing a middle ground puts it in the ledger, linked back; changing it follows.
    let trellis_core::Agreed { worksheet: sheet, agreement } =
        ws.agree(second.id, "time-together", at(2026, 11, 2, 9)).unwrap();
    assert_eq!(agreement.text, "Two evenings a week");
    assert_eq!(agreement.source, Some(AgreementSource::Area { worksheet: second.id, area: "time-together".into() }));
    assert_eq!(sheet.areas.iter().find(|a| a.area == "time-together").unwrap().agreement, Some(agreement.id));
    assert!(ws.agree(second.id, "communication", Utc::now()).is_err(), "no middle ground to agree");
    // An agreement made from an area whose link was never written (the process died between
    // the two writes) is found and linked, not made twice.
    ws.fill(second.id, answer("money", "Split by income"), None, at(2026, 11, 2, 10)).unwrap();
    let source = AgreementSource::Area { worksheet: second.id, area: "money".into() };
    let draft = AgreementDraft { text: "Split by income".into(), status: AgreementStatus::Kept, revisit_on: None };
    let orphan = vault.agreements().unwrap().add(draft, Some(source), String::new(), at(2026, 11, 2, 11)).unwrap();
    let mut ws = vault.worksheets().unwrap();
    let linked = ws.agree(second.id, "money", at(2026, 11, 2, 12)).unwrap();
    assert_eq!(linked.agreement.id, orphan.id);
    assert_eq!(linked.worksheet.areas.iter().find(|a| a.area == "money").unwrap().agreement, Some(orphan.id));
    ws.fill(second.id, answer("time-together", "Two evenings, no phones"), None, at(2026, 11, 3, 9)).unwrap();
    let ag = vault.agreements().unwrap();
    let a = ag.get(agreement.id).unwrap();
    assert_eq!(a.text, "Two evenings, no phones");
    assert_eq!(ag.history(a.id).unwrap().len(), 2);
}

#[test]
fn the_ledger_follows_status_changes_and_lists_due_first() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let b = vault.boundaries().unwrap().add(boundary("Ask before sharing photos"), String::new(), Utc::now()).unwrap();
    let mut ag = vault.agreements().unwrap();
    let from_b = ag.add_from_boundary(b.id, at(2026, 2, 1, 9)).unwrap();
    assert_eq!(from_b.source, Some(AgreementSource::Boundary { boundary: b.id }));
    let draft = |text: &str, status, revisit_on| AgreementDraft { text: text.into(), status, revisit_on };
    let later = ag
        .add(
            draft("Later", AgreementStatus::Kept, Some(day() + Duration::days(9))),
            None,
            String::new(),
            at(2026, 2, 2, 9),
        )
        .unwrap();
    let due = ag
        .add(
            draft("Due", AgreementStatus::Kept, Some(day() - Duration::days(3))),
            None,
            String::new(),
            at(2026, 2, 3, 9),
        )
        .unwrap();
    let ids = |ag: &trellis_core::Agreements<'_>| -> Vec<_> {
        ag.list(day())
            .unwrap()
            .into_iter()
            .map(|l| match l {
                ListedAgreement::Agreement { agreement, due } => (agreement.id, due),
                ListedAgreement::Damaged { id, .. } => (id, false),
            })
            .collect()
    };
    assert_eq!(ids(&ag), [(due.id, true), (later.id, false), (from_b.id, false)]);
    ag.edit(
        from_b.id,
        draft("Ask before sharing photos", AgreementStatus::NeedsRevisiting, None),
        "it slipped".into(),
        None,
        Utc::now(),
    )
    .unwrap();
    ag.edit(due.id, draft("Due", AgreementStatus::Retired, None), String::new(), None, Utc::now()).unwrap();
    assert_eq!(ids(&ag), [(from_b.id, true), (later.id, false), (due.id, false)]);
    let h = ag.history(from_b.id).unwrap();
    assert_eq!((h.len(), h[0].note.as_str(), h[0].changes[0].after.as_str()), (2, "it slipped", "needs_revisiting"));
}

#[test]
fn a_new_agreement_is_not_checked_until_someone_says_how_it_went() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let b = vault.boundaries().unwrap().add(boundary("Ask before sharing photos"), String::new(), Utc::now()).unwrap();
    let w = vault.worksheets().unwrap().new_sheet("Autumn".into(), day(), at(2026, 11, 1, 9)).unwrap();
    let mut ws = vault.worksheets().unwrap();
    ws.fill(w.id, answer("money", "Split by income"), None, at(2026, 11, 1, 10)).unwrap();
    let from_area = ws.agree(w.id, "money", at(2026, 11, 1, 11)).unwrap().agreement;
    let mut ag = vault.agreements().unwrap();
    let from_boundary = ag.add_from_boundary(b.id, at(2026, 11, 1, 12)).unwrap();
    // Made in the ledger itself, as its form does: the text and nothing else.
    let typed =
        AgreementDraft { text: "  Phones away at dinner ".into(), status: AgreementStatus::New, revisit_on: None };
    let direct = ag.add(typed, None, String::new(), at(2026, 11, 1, 13)).unwrap();
    assert_eq!(direct.text, "Phones away at dinner", "the text is trimmed");
    // A minute old, none of them reads as kept: nobody has said yet how it went.
    for a in [&from_area, &from_boundary, &direct] {
        assert_eq!(ag.get(a.id).unwrap().status, AgreementStatus::New, "{a:?}");
    }
    assert!(
        ag.list(day()).unwrap().iter().all(|l| matches!(l, ListedAgreement::Agreement { due: false, .. })),
        "a new agreement without a revisit date is not due for a talk"
    );
    // Marked kept, it says so, and its history shows the step from new to kept.
    let draft = AgreementDraft { text: direct.text.clone(), status: AgreementStatus::Kept, revisit_on: None };
    ag.edit(direct.id, draft, "it held all week".into(), Some(direct.updated_at), at(2026, 11, 8, 9)).unwrap();
    assert_eq!(ag.get(direct.id).unwrap().status, AgreementStatus::Kept);
    let h = ag.history(direct.id).unwrap();
    let status = h[0].changes.iter().find(|c| c.field == "status").expect("the status changed");
    assert_eq!((status.before.as_str(), status.after.as_str()), ("new", "kept"));
    // An empty agreement is refused, with words that say what to do.
    let empty = AgreementDraft { text: "  ".into(), status: AgreementStatus::New, revisit_on: None };
    let err = ag.add(empty, None, String::new(), Utc::now()).unwrap_err();
    assert!(matches!(err, ToolError::Invalid(_)), "{err:?}");
}

#[test]
fn search_finds_every_kind_and_labels_it() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("Sunday", "we talked about bedtime phones", &[]), Utc::now()).unwrap();
    let mut b = boundary("Phones away at bedtime");
    b.why = "sleep matters".into();
    vault.boundaries().unwrap().add(b, String::new(), Utc::now()).unwrap();
    let w = vault.worksheets().unwrap().new_sheet("Autumn".into(), day(), Utc::now()).unwrap();
    vault.worksheets().unwrap().fill(w.id, answer("communication", "no phones at bedtime"), None, Utc::now()).unwrap();
    vault.worksheets().unwrap().agree(w.id, "communication", Utc::now()).unwrap();
    let mut kinds: Vec<RecordKind> = vault.search_all("bedtime", 20).unwrap().into_iter().map(|f| f.kind).collect();
    kinds.sort();
    assert_eq!(kinds, [RecordKind::Entry, RecordKind::Boundary, RecordKind::Worksheet, RecordKind::Agreement]);
    // The journal's own search still finds entries only.
    assert_eq!(vault.journal().unwrap().search("bedtime", 20).unwrap().len(), 1);
    // And the index is rebuilt the same from disk.
    vault.lock();
    vault.unlock(&pass(), UnlockMode::Background).unwrap();
    assert_eq!(vault.search_all("bedti", 20).unwrap().len(), 4);
}

#[test]
fn a_tampered_revision_or_record_is_reported_by_id() {
    let (_tmp, dir, mut vault, _) = new_vault();
    let (b, keep) = {
        let mut bs = vault.boundaries().unwrap();
        let b = bs.add(boundary("v1"), String::new(), Utc::now()).unwrap();
        bs.edit(b.id, boundary("v2"), String::new(), None, Utc::now()).unwrap();
        bs.edit(b.id, boundary("v3"), String::new(), None, Utc::now()).unwrap();
        (b, bs.add(boundary("untouched"), String::new(), Utc::now()).unwrap())
    };
    let a = vault.agreements().unwrap().add_from_boundary(keep.id, Utc::now()).unwrap();
    drop(vault);
    let conn = Connection::open(dir.join(DB_FILE)).unwrap();
    // Swap revision 1 and 2 of the boundary: each is sealed with its own number.
    conn.execute_batch("UPDATE revisions SET rev = rev + 10; UPDATE revisions SET rev = 13 - rev;").unwrap();
    // Flip a byte of the agreement.
    conn.execute("UPDATE agreements SET data = substr(data, 1, 20) || x'ff' || substr(data, 22)", []).unwrap();
    drop(conn);
    let mut vault = Vault::open(&dir).unwrap();
    let report = vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(report.damaged, vec![DamagedRecord { kind: RecordKind::Agreement, id: a.id.to_string() }]);
    let bs = vault.boundaries().unwrap();
    assert_eq!(bs.get(b.id).unwrap().text, "v3", "the current version is untouched");
    assert_eq!(bs.history(b.id).unwrap().len(), 1, "both swapped revisions are refused");
    assert!(bs.get(keep.id).is_ok());
    let mut ag = vault.agreements().unwrap();
    assert!(matches!(ag.get(a.id), Err(ToolError::Damaged { .. })));
    assert!(matches!(&ag.list(day()).unwrap()[..], [ListedAgreement::Damaged { id, .. }] if *id == a.id));
    ag.delete(a.id).unwrap();
    assert!(vault.damaged().is_empty());
}

#[test]
fn an_entry_can_be_about_a_boundary_or_an_agreement() {
    let (_tmp, _dir, mut vault, _) = new_vault();
    let b = vault.boundaries().unwrap().add(boundary("No phones at dinner"), String::new(), Utc::now()).unwrap();
    let a = vault.agreements().unwrap().add_from_boundary(b.id, Utc::now()).unwrap();
    let mut d = draft("Dinner", "It went well", &[]);
    d.about = vec![About::Boundary(b.id), About::Agreement(a.id), About::Boundary(b.id)];
    let mut j = vault.journal().unwrap();
    let e = j.add(d, Utc::now()).unwrap();
    assert_eq!(e.about, [About::Boundary(b.id), About::Agreement(a.id)], "kept once each, in order");
    assert_eq!(j.get(e.id).unwrap().about, e.about);
    let json = serde_json::to_value(e.about[0]).unwrap();
    assert_eq!(json, serde_json::json!({ "kind": "boundary", "id": b.id.to_string() }));
}
