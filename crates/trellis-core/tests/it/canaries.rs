//! Promise 1: nothing readable reaches the disk. 100 distinct canaries are written as
//! titles, bodies and tags (and edited, deleted, searched), and as boundary texts, notes and
//! moments, worksheet answers and agreements (with their revisions), in every answer of two
//! weekly check-ins (the second carrying the first's thing to try, and one edited in the
//! journal), in every answer of a check-in not saved yet (kept twice) and of a thought record;
//! then every byte of every file in the vault directory is scanned for each of them. Revisions
//! are on, so earlier versions (sealed in their own table) are scanned too.

use chrono::Utc;
use trellis_core::{EntryDraft, Mood, UnlockMode, Vault};

use crate::support::*;

fn canary(i: usize) -> String {
    // Lower case, because tags are stored lower-cased; distinct and unlikely anywhere else.
    format!("qzcanary{i:03}xv")
}

fn scan(dir: &std::path::Path, canaries: &[String]) -> Vec<String> {
    let files = files(dir);
    assert!(!files.is_empty());
    let mut hits = Vec::new();
    for (path, bytes) in &files {
        for c in canaries {
            // Also look for the UTF-16 form, in case something ever wrote wide strings.
            let wide: Vec<u8> = c.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            if count(bytes, c.as_bytes()) + count(bytes, &wide) > 0 {
                hits.push(format!("{c} in {}", path.display()));
            }
        }
    }
    hits
}

#[test]
fn no_canary_reaches_any_file() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    let canaries: Vec<String> = (0..100).map(canary).collect();
    let mut ids = Vec::new();
    vault.set_journal_history(true).unwrap();
    {
        let mut j = vault.journal().unwrap();
        for i in 0..100 {
            let d = EntryDraft {
                title: format!("{} title", canaries[i]),
                body: format!("Body with {} inside, and more words.", canaries[(i + 1) % 100]),
                tags: vec![canaries[(i + 2) % 100].clone()],
                mood: Mood::new(3),
                prompt_id: Some(canaries[(i + 3) % 100].clone()),
                about: Vec::new(),
            };
            ids.push(j.add(d, Utc::now()).unwrap().id);
        }
        // Exercise every write path and the index: edit, delete, restore, search, tags.
        for id in &ids[..10] {
            let e = j.get(*id).unwrap();
            j.edit(*id, draft(&e.title, &format!("{} edited", e.body), &["x"]), Utc::now()).unwrap();
        }
        assert_eq!(j.history(ids[0]).unwrap().len(), 1, "the earlier version was kept");
        assert!(j.delete(ids[1]).unwrap(), "readable");
        j.undo_delete(ids[1]).unwrap();
        j.delete(ids[2]).unwrap();
        assert_eq!(j.search(&canaries[50], 10).unwrap().len(), 3, "a title, a body and a tag");
        assert!(!j.tags().unwrap().is_empty());
    }
    // Boundaries (text, why, what I will do, change notes, moment notes, with revisions),
    // worksheets (every answer field, an area's own name) and agreements (text, notes).
    {
        let c = |i: usize| canaries[i % 100].clone();
        let mut bs = vault.boundaries().unwrap();
        for i in 0..20 {
            let mut d = boundary(&c(i));
            d.why = c(i + 20);
            d.if_crossed = c(i + 40);
            let b = bs.add(d.clone(), c(i + 60), Utc::now()).unwrap();
            d.text = format!("{} v2", c(i));
            bs.edit(b.id, d, c(i + 80), None, Utc::now()).unwrap();
            let mut m = moment();
            m.note = c(i + 5);
            bs.log(b.id, m, Utc::now()).unwrap();
            if i == 0 {
                bs.retire(b.id, c(i + 7), Utc::now()).unwrap();
            }
            if i == 1 {
                bs.delete(b.id).unwrap();
                bs.undo_delete(b.id).unwrap();
            }
        }

        let mut ws = vault.worksheets().unwrap();
        let w = ws.new_sheet(c(3), day(), Utc::now()).unwrap();
        ws.add_area(w.id, c(9), Utc::now()).unwrap();
        for (i, area) in ["communication", "money", "own-1"].into_iter().enumerate() {
            let mut a = answer(area, &c(i + 30));
            a.mine = c(i + 33);
            a.theirs = c(i + 36);
            ws.fill(w.id, a, None, Utc::now()).unwrap();
        }
        ws.agree(w.id, "communication", Utc::now()).unwrap();
        let w2 = ws.new_from(w.id, c(11), day(), Utc::now()).unwrap();
        ws.compare(w.id, w2.id).unwrap();

        let mut ag = vault.agreements().unwrap();
        let agreements = ag.list(day()).unwrap();
        let Some(trellis_core::ListedAgreement::Agreement { agreement, .. }) = agreements.first() else { panic!() };
        let d = trellis_core::AgreementDraft {
            text: c(70),
            status: trellis_core::AgreementStatus::NeedsRevisiting,
            revisit_on: None,
        };
        ag.edit(agreement.id, d, c(71), None, Utc::now()).unwrap();
        assert_eq!(ag.history(agreement.id).unwrap().len(), 2);

        assert!(vault.search_all(&c(30), 10).unwrap().len() >= 2, "a worksheet answer and its agreement");

        // Reminders: titles and notes (added, edited, removed, put back), and the automatic
        // ones that follow the boundaries' review dates, fired and snoozed.
        let mut rs = vault.reminders().unwrap();
        for i in 0..6 {
            let r = rs.add(crate::reminders::draft(&c(i + 12), &c(i + 24)), Utc::now()).unwrap();
            if i == 0 {
                rs.edit(r.schedule.id, crate::reminders::draft(&c(i + 13), &c(i + 25)), Utc::now()).unwrap();
            }
            if i == 1 {
                rs.remove(r.schedule.id).unwrap();
            }
        }
        rs.follow_all(Utc::now()).unwrap();
        assert!(rs.list().unwrap().iter().any(|r| r.title.contains(&c(12 + 1))));
        let later = Utc::now() + chrono::Duration::days(800);
        vault.snooze_all_reminders(trellis_core::reminders::Snooze::OneHour, Utc::now()).unwrap();
        assert!(!vault.reminder_notices(later).unwrap().is_empty());
        let ics = vault.reminders_ics(Utc::now()).unwrap();
        assert!(canaries.iter().all(|c| !ics.contains(c.as_str())), "the calendar export is neutral");
        // Two check-ins with a canary in every answer, a boundary note and an agreement
        // changed in the check-in's own words (with its note).
        let boundary = vault.boundaries().unwrap().all().unwrap()[5].id;
        let mut checkins = vault.checkins().unwrap();
        let agenda = checkins.agenda(day()).unwrap();
        assert!(!agenda.boundaries.is_empty(), "moments logged today are on the agenda");
        for round in 0..2 {
            let k = |i: usize| c(i + 50 * round);
            let draft = trellis_core::CheckInDraft {
                last_try_note: k(12),
                well_me: k(13),
                well_partner: k(14),
                mind_me: k(23),
                mind_partner: k(24),
                boundaries: vec![trellis_core::BoundaryTalk { boundary, note: k(15) }],
                agreements: vec![trellis_core::AgreementReview {
                    agreement: agreement.id,
                    decision: trellis_core::Decision::Changed,
                    text: k(16),
                    revisit_on: None,
                    note: k(17),
                }],
                thanks_me: k(18),
                thanks_partner: k(19),
                try_next: k(21),
            };
            // A second apart: Windows' clock can give two saves in a row the same millisecond.
            checkins.save(draft, day(), Utc::now() + chrono::Duration::seconds(round as i64)).unwrap();
        }
        let listed = checkins.list().unwrap();
        assert_eq!(listed[0].check_in.as_ref().unwrap().last_try, c(21), "the first one's thing to try carried");
        // A third check-in, not saved: its answers kept as they are written, replaced, kept.
        for k in [80, 90] {
            checkins
                .keep_unsaved(unsaved_with(&c, k, boundary, agreement.id), Utc::now() + chrono::Duration::seconds(5))
                .unwrap();
        }
        assert_eq!(checkins.unsaved().unwrap().unwrap().try_next, c(98));
        let mut j = vault.journal().unwrap();
        let e = j.get(listed[1].id).unwrap();
        j.edit(e.id, draft(&e.title, &format!("{} {}", e.body, c(22)), &[]), Utc::now()).unwrap();
        let hits = j.search(&c(13), 20).unwrap();
        assert!(hits.iter().any(|h| h.id == listed[1].id), "check-ins are searched");
        // A thought record, with a canary in every answer.
        let record = trellis_core::ThoughtRecord {
            happened: c(40),
            story: c(41),
            evidence_for: c(42),
            evidence_against: c(43),
            evidence_real: true,
            worry_before: Some(9),
            worry_after: Some(5),
            waited: true,
            ask: c(44),
            ask_when: c(45),
        };
        let saved = j.add_thought_record(&record, day(), Utc::now()).unwrap();
        assert!(j.search(&c(41), 20).unwrap().iter().any(|h| h.id == saved.id), "thought records are searched");
    }
    // A backup file in the vault folder is scanned too: the reminders' words are in it, inside
    // the age encryption.
    let backup = dir.join("backup.age");
    let backup_pass = trellis_core::Passphrase::new("another long test passphrase".into());
    assert!(vault.write_backup(&backup, &backup_pass, weak(), Utc::now()).unwrap().reminders >= 5);
    let doc = trellis_core::backup::read_backup(&backup, &backup_pass).unwrap();
    assert!(doc.reminders.iter().any(|r| r.title == canaries[13] && r.note == canaries[25]), "they are in it");
    // Snapshots land inside the vault folder by default: they are scanned too, and so is the
    // copy a check opens (it is removed afterwards).
    let snap = vault.snapshot(&vault.snapshot_folder().unwrap(), 10, Utc::now()).unwrap();
    let checked = trellis_core::backup::verify_snapshot(
        std::path::Path::new(&snap.path),
        trellis_core::backup::Opener::Passphrase(&pass()),
        Utc::now(),
    )
    .unwrap();
    assert!(checked.damaged.is_empty());
    let report = vault.unlock(&pass(), UnlockMode::Background);
    assert!(report.is_ok());
    vault.wait_for_index().unwrap();
    vault.lock();
    // The connection is still open: -wal and -shm exist now.
    let names: Vec<String> = files(&dir).iter().map(|(p, _)| p.display().to_string()).collect();
    assert!(names.iter().any(|n| n.ends_with("-wal")), "the WAL must be part of the scan: {names:?}");
    assert!(names.iter().any(|n| n.ends_with(".snapshot")), "a snapshot must be part of the scan: {names:?}");
    assert_eq!(scan(&dir, &canaries), Vec::<String>::new(), "plaintext found while open and locked");

    drop(vault);
    assert_eq!(scan(&dir, &canaries), Vec::<String>::new(), "plaintext found after close");

    // The scan itself works: a canary written on purpose is found.
    std::fs::write(dir.join("probe"), canaries[7].as_bytes()).unwrap();
    assert_eq!(scan(&dir, &canaries).len(), 1, "the scanner must see a planted canary");
    std::fs::remove_file(dir.join("probe")).unwrap();

    // And the entries are all still there.
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Full).unwrap();
    assert_eq!(vault.journal().unwrap().count().unwrap(), 102, "99 entries, 2 check-ins and a thought record");
    assert_eq!(vault.checkins().unwrap().list().unwrap().len(), 2);
    assert_eq!(
        vault.checkins().unwrap().unsaved().unwrap().unwrap().well_me,
        canary(91),
        "the unsaved check-in is kept"
    );
    assert_eq!(vault.boundaries().unwrap().all().unwrap().len(), 20);
}

/// An unsaved check-in with a canary (from `k` on) in every answer.
fn unsaved_with(
    c: &dyn Fn(usize) -> String,
    k: usize,
    boundary: trellis_core::BoundaryId,
    agreement: trellis_core::AgreementId,
) -> trellis_core::UnsavedCheckIn {
    trellis_core::UnsavedCheckIn {
        step: "agreements".into(),
        last_try_note: c(k),
        well_me: c(k + 1),
        well_partner: c(k + 2),
        mind_me: c(k + 9),
        mind_partner: c(k + 10),
        boundaries: vec![trellis_core::BoundaryTalk { boundary, note: c(k + 3) }],
        reviews: vec![trellis_core::UnsavedReview {
            agreement,
            decision: Some(trellis_core::Decision::Changed),
            text: c(k + 4),
            note: c(k + 5),
        }],
        thanks_me: c(k + 6),
        thanks_partner: c(k + 7),
        try_next: c(k + 8),
    }
}
