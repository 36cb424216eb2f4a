//! Reminders in a real vault: words sealed and schedules plaintext, reminders that follow
//! boundaries' and agreements' dates through every write, notifications that say nothing
//! private unless allowed and unlocked, and a schedule that works while locked.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use trellis_core::reminders::{Day, Purpose, Repeat, Rule, Snooze};
use trellis_core::{AgreementDraft, AgreementStatus, BoundaryStatus, ReminderDraft, UnlockMode};

use crate::support::*;

/// A weekly reminder of one's own, Sundays 19:00 in Berlin.
pub fn draft(title: &str, note: &str) -> ReminderDraft {
    ReminderDraft {
        purpose: Purpose::Custom,
        title: title.into(),
        note: note.into(),
        rule: Rule::new(Repeat::Weekly { days: vec![Day::Sun] }, NaiveTime::from_hms_opt(19, 0, 0).unwrap()).unwrap(),
        zone: "Europe/Berlin".into(),
        show_words: false,
    }
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[test]
fn a_reminder_keeps_its_words_sealed_and_fires_while_locked() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    let now = utc("2026-11-23T10:00:00Z");
    let r = vault.reminders().unwrap().add(draft("Call my sister", "about the weekend"), now).unwrap();
    assert_eq!(r.title, "Call my sister");
    assert_eq!(r.says, "every Sunday at 19:00");
    let listed = vault.reminders().unwrap().in_language("es").list().unwrap();
    assert_eq!(listed[0].says, "cada domingo a las 19:00", "the list says the rule in the language asked for");
    assert_eq!(r.schedule.next_fire, Some(utc("2026-11-29T18:00:00Z")));

    // Locked, and opened afresh: the schedule is there and fires; the words are not needed.
    vault.lock();
    drop(vault);
    let mut vault = trellis_core::Vault::open(&dir).unwrap();
    assert!(vault.reminders().is_err(), "the words need the key");
    let (schedules, unreadable) = vault.reminder_schedules().unwrap();
    assert_eq!((schedules.len(), unreadable), (1, 0));
    let notices = vault.reminder_notices(utc("2026-11-29T18:00:10Z")).unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].title, "Trellis");
    assert_eq!(notices[0].body, "A reminder is due.");
    assert_eq!(notices[0].open.screen, "reminders");

    // Allowed to show its words: still neutral while locked, its words once unlocked.
    vault.show_reminder_words(r.schedule.id, true).unwrap();
    let n = vault.reminder_notices(utc("2026-12-06T18:00:10Z")).unwrap();
    assert_eq!(n[0].body, "A reminder is due.", "never words while locked");
    vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let n = vault.reminder_notices(utc("2026-12-13T18:00:10Z")).unwrap();
    assert_eq!(n[0].body, "Call my sister\nabout the weekend");
    // Under the name "Notes", every notification says so.
    vault.set_name_as_notes(true).unwrap();
    vault.show_reminder_words(r.schedule.id, false).unwrap();
    let n = vault.reminder_notices(utc("2026-12-20T18:00:10Z")).unwrap();
    assert_eq!((n[0].title.as_str(), n[0].body.as_str()), ("Notes", "A reminder is due."));
    // In Spanish, the neutral name and the words are Spanish too.
    let n = vault.reminder_notices_in(utc("2026-12-27T18:00:10Z"), "es").unwrap();
    assert_eq!((n[0].title.as_str(), n[0].body.as_str()), ("Notas", "Toca un recordatorio."));
}

#[test]
fn editing_removing_and_missed_reminders() {
    let (_tmp, _dir, mut vault, _code) = new_vault();
    let now = utc("2026-11-23T10:00:00Z");
    let mut rs = vault.reminders().unwrap();
    let a = rs.add(draft("Walk together", ""), now).unwrap();
    let mut d = draft("Walk together, slowly", "");
    d.rule = Rule::new(Repeat::Monthly { day: 31 }, NaiveTime::from_hms_opt(8, 30, 0).unwrap()).unwrap();
    let edited = rs.edit(a.schedule.id, d, now).unwrap();
    assert_eq!(edited.title, "Walk together, slowly");
    assert_eq!(edited.schedule.next_fire, Some(utc("2026-11-30T07:30:00Z")), "the last day of a 30-day month");
    let mut empty = draft("   ", "");
    assert!(
        matches!(rs.add(empty.clone(), now), Err(trellis_core::ReminderError::Invalid(_))),
        "one's own needs words"
    );
    empty.purpose = Purpose::Checkin;
    let checkin = rs.add(empty, now).unwrap();
    assert_eq!(checkin.title, "Weekly check-in", "a check-in has a title of its own");
    let mut bad = draft("x", "");
    bad.zone = "Moon/Base".into();
    assert!(matches!(rs.add(bad, now), Err(trellis_core::ReminderError::Invalid(_))));

    // Two weeks away: one notification for everything missed.
    let back = utc("2026-12-14T12:00:00Z");
    let n = vault.reminder_notices(back).unwrap();
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(n[0].body, "2 reminders came due while Trellis was closed or the computer was asleep.");
    assert!(vault.reminder_notices(back + Duration::seconds(30)).unwrap().is_empty());

    let mut rs = vault.reminders().unwrap();
    rs.remove(a.schedule.id).unwrap();
    assert_eq!(rs.list().unwrap().len(), 1);
    assert!(matches!(
        rs.remove(a.schedule.id),
        Err(trellis_core::ReminderError::Record(trellis_core::RecordError::NotFound(_)))
    ));
}

#[test]
fn review_and_revisit_dates_bring_their_own_reminders() {
    let (_tmp, _dir, mut vault, _code) = new_vault();
    let now = Utc::now();
    let soon = (now + Duration::days(10)).date_naive();
    let mut b = boundary("I take an hour to myself on Saturdays");
    b.review_on = Some(soon);
    let made = vault.boundaries().unwrap().add(b.clone(), String::new(), now).unwrap();
    let list = vault.reminders().unwrap().list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].schedule.purpose, Purpose::BoundaryReview);
    assert_eq!(list[0].schedule.target.as_deref(), Some(made.id.to_string().as_str()));
    assert_eq!(list[0].title, "Review a boundary: I take an hour to myself on Saturdays");
    assert_eq!(list[0].schedule.rule.repeat, Repeat::Once { on: soon });

    // The date moves: so does the reminder. Retired: gone. Deleted and undone: back.
    let later = soon + Duration::days(30);
    b.review_on = Some(later);
    vault.boundaries().unwrap().edit(made.id, b.clone(), String::new(), None, now).unwrap();
    assert_eq!(vault.reminders().unwrap().list().unwrap()[0].schedule.rule.repeat, Repeat::Once { on: later });
    vault.boundaries().unwrap().retire(made.id, String::new(), now).unwrap();
    assert!(vault.reminders().unwrap().list().unwrap().is_empty(), "a retired boundary is not reviewed");
    b.status = BoundaryStatus::Agreed;
    vault.boundaries().unwrap().edit(made.id, b, String::new(), None, now).unwrap();
    assert_eq!(vault.reminders().unwrap().list().unwrap().len(), 1);
    vault.boundaries().unwrap().delete(made.id).unwrap();
    assert!(vault.reminders().unwrap().list().unwrap().is_empty());
    vault.boundaries().unwrap().undo_delete(made.id).unwrap();
    assert_eq!(vault.reminders().unwrap().list().unwrap().len(), 1);

    // An agreement's revisit date, the same way; an automatic reminder is not edited by hand.
    let d =
        AgreementDraft { text: "Phones away at dinner".into(), status: AgreementStatus::Kept, revisit_on: Some(soon) };
    let ag = vault.agreements().unwrap().add(d, None, String::new(), now).unwrap();
    let list = vault.reminders().unwrap().list().unwrap();
    let auto = list.iter().find(|r| r.schedule.purpose == Purpose::AgreementRevisit).unwrap();
    assert_eq!(auto.title, "Revisit an agreement: Phones away at dinner");
    // In Spanish, the same reminders say what they are about in Spanish; the words are the
    // person's own.
    let es = vault.reminders().unwrap().in_language("es").list().unwrap();
    let mut titles: Vec<&str> = es.iter().map(|r| r.title.as_str()).collect();
    titles.sort();
    assert_eq!(
        titles,
        ["Repasar un límite: I take an hour to myself on Saturdays", "Revisar un acuerdo: Phones away at dinner"]
    );
    let untitled = ReminderDraft { purpose: Purpose::Journal, ..draft("", "") };
    let made = vault.reminders().unwrap().in_language("es").add(untitled, now).unwrap();
    assert_eq!(made.title, "Unos minutos para tu diario", "a title given in the language it was made in");
    vault.reminders().unwrap().remove(made.schedule.id).unwrap();
    assert!(vault.reminders().unwrap().edit(auto.schedule.id, draft("x", ""), now).is_err());
    // Clicking its notification opens that agreement.
    let review = list.iter().find(|r| r.schedule.purpose == Purpose::BoundaryReview).unwrap();
    vault.pause_reminder(review.schedule.id, true, now).unwrap();
    let at = auto.schedule.next_fire.unwrap() + Duration::seconds(5);
    let n = vault.reminder_notices(at).unwrap();
    assert_eq!(n.len(), 1);
    assert_eq!((n[0].open.screen.as_str(), n[0].open.id.clone()), ("agreements", Some(ag.id.to_string())));

    // follow_all puts right what a write outside the record layer's hooks left behind.
    vault.agreements().unwrap().delete(ag.id).unwrap();
    let mut rs = vault.reminders().unwrap();
    rs.follow_all(now).unwrap();
    assert_eq!(rs.list().unwrap().len(), 1);
}

#[test]
fn snoozing_all_and_the_calendar_export() {
    let (_tmp, _dir, mut vault, _code) = new_vault();
    let now = utc("2026-11-29T17:30:00Z");
    let r = vault.reminders().unwrap().add(draft("Tea on the balcony", ""), now).unwrap();
    assert_eq!(vault.snooze_all_reminders(Snooze::OneHour, now).unwrap(), 1);
    assert!(vault.reminder_notices(utc("2026-11-29T18:00:10Z")).unwrap().is_empty(), "snoozed");
    assert_eq!(vault.reminder_notices(utc("2026-11-29T18:30:10Z")).unwrap().len(), 1);
    let ics = vault.reminders_ics(now).unwrap();
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=SU"));
    assert!(!ics.contains("Tea"), "titles stay in Trellis");
    assert!(ics.contains(&format!("UID:{}@trellis.invalid", r.schedule.id)));
}
