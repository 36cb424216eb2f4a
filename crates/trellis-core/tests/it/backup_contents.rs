//! What a backup holds beyond entries and tools: the reminders (words and schedules) that
//! stand on their own, a name for everything it could not read, and never a file that opens
//! without a passphrase.

use chrono::{DateTime, NaiveTime, Utc};
use rusqlite::Connection;
use trellis_core::backup::{read_backup, BackupError, LeftOut, Source};
use trellis_core::reminders::{Day, Purpose, Repeat, Rule};
use trellis_core::{Passphrase, RecordKind, Reminder, ReminderDraft, Vault, VaultError, DB_FILE};

use crate::support::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn backup_pass() -> Passphrase {
    Passphrase::new("a different backup passphrase".into())
}

fn reminder(purpose: Purpose, title: &str, note: &str, repeat: Repeat) -> ReminderDraft {
    ReminderDraft {
        purpose,
        title: title.into(),
        note: note.into(),
        rule: Rule::new(repeat, NaiveTime::from_hms_opt(19, 0, 0).unwrap()).unwrap(),
        zone: "Europe/Berlin".into(),
        show_words: false,
    }
}

/// The reminders that stand on their own, and those that follow a record, apart.
fn split(all: Vec<Reminder>) -> (Vec<Reminder>, Vec<Reminder>) {
    all.into_iter().partition(|r| r.schedule.target.is_none())
}

#[test]
fn fail_a_backup_with_an_empty_passphrase_is_refused() {
    let (tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("Sunday", "We talked.", &[]), at(2026, 3, 1, 9)).unwrap();
    let path = tmp.path().join("backup.age");
    for empty in ["", "\n", "\r\n"] {
        let err = vault.write_backup(&path, &Passphrase::new(empty.into()), weak(), at(2026, 3, 2, 9)).unwrap_err();
        assert!(matches!(&err, BackupError::Vault(v) if matches!(**v, VaultError::EmptyPassphrase)), "{err:?}");
        assert_eq!(err.to_string(), VaultError::EmptyPassphrase.to_string(), "the words used wherever one is chosen");
        assert!(!path.exists(), "no file is written");
    }
}

#[test]
fn reminders_travel_in_a_backup_into_a_fresh_vault() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let now = utc("2026-11-23T10:00:00Z");
    {
        let mut rs = vault.reminders().unwrap();
        rs.add(
            reminder(Purpose::Custom, "Call my sister", "about the weekend", Repeat::Weekly { days: vec![Day::Sun] }),
            now,
        )
        .unwrap();
        let once = Repeat::Once { on: chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap() };
        rs.add(reminder(Purpose::Custom, "Book the table", "", once), now).unwrap();
        let checkin = rs.add(reminder(Purpose::Checkin, "", "", Repeat::Weekly { days: vec![Day::Sat] }), now).unwrap();
        assert_eq!(checkin.title, "Weekly check-in");
    }
    let checkin =
        vault.reminders().unwrap().list().unwrap().into_iter().find(|r| r.schedule.purpose == Purpose::Checkin);
    vault.pause_reminder(checkin.unwrap().schedule.id, true, now).unwrap();
    // A boundary with a review date: its reminder is made from the boundary, not kept twice.
    let mut b = boundary("Phones away at dinner");
    b.review_on = Some(day() + chrono::Days::new(30));
    vault.boundaries().unwrap().add(b, String::new(), now).unwrap();
    let (own, followed) = split(vault.reminders().unwrap().list().unwrap());
    assert_eq!((own.len(), followed.len()), (3, 1));

    let path = tmp.path().join("backup.age");
    let report = vault.write_backup(&path, &backup_pass(), weak(), now).unwrap();
    assert_eq!((report.boundaries, report.reminders), (1, 3), "the boundary's reminder is not written twice");
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(count(&bytes, b"Call my sister"), 0, "the words are inside the encryption");
    let doc = read_backup(&path, &backup_pass()).unwrap();
    assert!(doc.reminders.iter().any(|r| r.title == "Call my sister" && r.note == "about the weekend"));

    let (_t2, _d2, mut other, _) = new_vault();
    let r = other.import(Source::Trellis, &path, Some(&backup_pass()), &Utc).unwrap();
    assert_eq!((r.added, r.already_there), (4, 0), "a boundary and three reminders");
    // The boundary's reminder comes back from the boundary (as after every import).
    other.reminders().unwrap().follow_all(now).unwrap();
    let (own_there, followed_there) = split(other.reminders().unwrap().list().unwrap());
    assert_eq!(own_there, own, "words, rule, zone, next time, pause: all as they were");
    assert_eq!(followed_there.len(), 1);
    assert_eq!(followed_there[0].schedule.target, followed[0].schedule.target);
    assert_eq!(followed_there[0].schedule.next_fire, followed[0].schedule.next_fire);
    // They fire there, while locked, as they did here.
    assert_eq!(
        other.due_reminders(utc("2026-11-29T18:00:10Z")).unwrap(),
        vault.due_reminders(utc("2026-11-29T18:00:10Z")).unwrap()
    );

    let again = other.import(Source::Trellis, &path, Some(&backup_pass()), &Utc).unwrap();
    assert_eq!((again.added, again.already_there), (0, 4), "a second import adds nothing");
    assert_eq!(other.reminders().unwrap().list().unwrap().len(), 4);

    // The readable JSON export holds them too, and imports the same way.
    let json = tmp.path().join("all.json");
    assert_eq!(vault.export_json(&json, now).unwrap().reminders, 3);
    let (_t3, _d3, mut third, _) = new_vault();
    assert_eq!(third.import(Source::Trellis, &json, None, &Utc).unwrap().added, 4);
    assert_eq!(split(third.reminders().unwrap().list().unwrap()).0, own);
    // The Markdown export lists them in a file of their own.
    let md = tmp.path().join("markdown");
    assert_eq!(vault.export_markdown(&md, now, "en", &mut |_, _| {}).unwrap().reminders, 3);
    let listed = std::fs::read_to_string(md.join("reminders.md")).unwrap();
    assert!(listed.contains("## Call my sister") && listed.contains("about the weekend"), "{listed}");
    assert!(listed.contains("every Sunday at 19:00 (Europe/Berlin)"), "{listed}");
    // In Spanish, its own file name and words.
    let md = tmp.path().join("markdown-es");
    vault.export_markdown(&md, now, "es", &mut |_, _| {}).unwrap();
    let listed = std::fs::read_to_string(md.join("recordatorios.md")).unwrap();
    assert!(listed.starts_with("# Recordatorios\n") && listed.contains("## Call my sister"), "{listed}");
    assert!(listed.contains("- Cuándo: ") && listed.contains("domingo") && !listed.contains("every"), "{listed}");
}

#[test]
fn documents_without_reminders_and_with_fields_not_known_yet_import() {
    let (tmp, _dir, mut vault, _) = new_vault();
    // A version 1 document from before reminders were kept.
    let old = r#"{"format": "trellis-backup", "version": 1, "made_at": "2026-01-01T00:00:00Z",
        "entries": [{"id": "0192f3a4-5b6c-7d8e-9f00-112233445566", "created_at": "2026-01-01T00:00:00Z",
          "updated_at": "2026-01-01T00:00:00Z", "title": "Old", "body": "b", "mood": null, "tags": [],
          "prompt_id": null, "about": []}],
        "boundaries": [], "worksheets": [], "agreements": []}"#;
    let path = tmp.path().join("old.json");
    std::fs::write(&path, old).unwrap();
    assert_eq!(vault.import(Source::Trellis, &path, None, &Utc).unwrap().added, 1);
    assert!(vault.reminders().unwrap().list().unwrap().is_empty());
    // A field a later Trellis adds (as this one added `reminders`) is passed over, so older
    // readers of version 1 read the documents written now.
    let later = old.replace("\"agreements\": []", "\"agreements\": [], \"something_new\": [{\"x\": 1}]");
    let later = later.replace("5566", "5567");
    std::fs::write(&path, later).unwrap();
    assert_eq!(vault.import(Source::Trellis, &path, None, &Utc).unwrap().added, 1);
}

#[test]
fn fail_a_reminder_that_cannot_fire_is_not_imported() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let now = utc("2026-11-23T10:00:00Z");
    vault.reminders().unwrap().add(reminder(Purpose::Custom, "Walk", "", Repeat::Daily), now).unwrap();
    let json = tmp.path().join("all.json");
    vault.export_json(&json, now).unwrap();
    let text = std::fs::read_to_string(&json).unwrap();
    for (from, to) in
        [("\"Europe/Berlin\"", "\"Moon/Base\""), ("\"every\": \"daily\"", "\"every\": \"weekly\", \"days\": []")]
    {
        assert!(text.contains(from), "{text}");
        std::fs::write(&json, text.replace(from, to)).unwrap();
        let (_t2, _d2, mut other, _) = new_vault();
        let err = other.import(Source::Trellis, &json, None, &Utc).unwrap_err().to_string();
        assert!(err.contains("reminder") && !err.contains("Walk"), "{err}");
        assert!(other.reminder_schedules().unwrap().0.is_empty(), "nothing imported");
    }
}

#[test]
fn left_out_names_damaged_records_earlier_versions_and_reminders() {
    let (tmp, dir, mut vault, _) = new_vault();
    vault.set_journal_history(true).unwrap();
    let now = utc("2026-11-23T10:00:00Z");
    let e = {
        let mut j = vault.journal().unwrap();
        let e = j.add(draft("v1", "a", &[]), at(2026, 2, 1, 8)).unwrap();
        j.edit(e.id, draft("v2", "b", &[]), at(2026, 2, 2, 8)).unwrap();
        j.edit(e.id, draft("v3", "c", &[]), at(2026, 2, 3, 8)).unwrap();
        e
    };
    let r = vault.reminders().unwrap().add(reminder(Purpose::Custom, "Walk", "", Repeat::Daily), now).unwrap();
    let raw = Connection::open(dir.join(DB_FILE)).unwrap();
    raw.execute("UPDATE revisions SET data = x'0102' WHERE rev = 1", []).unwrap();
    raw.execute("UPDATE reminders SET data = x'0102'", []).unwrap();
    drop(raw);
    let mut vault = reopen(vault, &dir);

    let report = vault.write_backup(&tmp.path().join("b.age"), &backup_pass(), weak(), now).unwrap();
    assert_eq!((report.entries, report.reminders), (1, 0));
    let left_out = [
        LeftOut { kind: RecordKind::Entry, id: e.id.to_string(), version: Some(1) },
        LeftOut { kind: RecordKind::Reminder, id: r.schedule.id.to_string(), version: None },
    ];
    assert_eq!(report.left_out, left_out);
    let said = |lang| left_out.iter().map(|l| l.say_in(lang)).collect::<Vec<_>>();
    assert_eq!(said("en"), [format!("an earlier version of entry {}", e.id), format!("reminder {}", r.schedule.id)]);
    assert_eq!(
        said("es"),
        [format!("una versión anterior de la entrada {}", e.id), format!("el recordatorio {}", r.schedule.id)]
    );
    let doc = vault.document(now).unwrap();
    assert_eq!(doc.entries[0].earlier.len(), 1, "the version that opens is kept");
    assert_eq!(doc.left_out, left_out);
}

/// Opens the vault again after its file was changed underneath.
fn reopen(vault: Vault, dir: &std::path::Path) -> Vault {
    drop(vault);
    let mut v = Vault::open(dir).unwrap();
    v.unlock(&pass(), trellis_core::UnlockMode::Full).unwrap();
    v
}
