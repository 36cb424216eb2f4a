//! The clock thread's duties, one tick at a time through the shell's own runner: a reminder
//! row with a far date, or any duty that panics, never stops the auto-lock.

use std::time::Duration;

use tauri::test::MockRuntime;
use tauri::Manager;
use trellis_app::lifecycle::{duty, run_tick, Clock};
use trellis_app::state::{AppState, Config};
use trellis_core::{KdfWorkFactor, Passphrase, UnlockMode, Vault};

fn pass() -> Passphrase {
    Passphrase::new("clock test words".into())
}

struct App {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    app: tauri::App<MockRuntime>,
}

/// The shell with an unlocked vault and an idle time of nothing: the first tick that reaches
/// the auto-lock locks it.
fn unlocked_app_locking_at_once() -> App {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let work = KdfWorkFactor::insecure_for_tests(4).unwrap();
    let config = Config { dir: dir.clone(), work, auto_lock_override: Some(Duration::ZERO), language: None };
    let app = crate::commands::mock_app(config);
    let (vault, _code) = Vault::create(&dir, &pass(), work, chrono::Utc::now()).unwrap();
    *app.state::<AppState>().vault().unwrap() = Some(vault);
    App { _tmp: tmp, dir, app }
}

impl App {
    fn unlocked(&self) -> bool {
        self.app.state::<AppState>().vault().unwrap().as_ref().is_some_and(|v| v.is_unlocked())
    }
}

#[test]
fn fail_reminder_rows_with_far_dates_stop_no_duty_of_the_clock() {
    let app = unlocked_app_locking_at_once();
    // What someone with the file (and no passphrase) can write into the plaintext table: a
    // one-time rule on a day 260,000 years away, due now; times at chrono's ends.
    let conn = rusqlite::Connection::open(app.dir.join(trellis_core::DB_FILE)).unwrap();
    for (id, rule, zone, column, value) in [
        (
            "01",
            r#"{"repeat":{"every":"once","on":"+262142-12-31"},"at":"23:00:00"}"#,
            "America/New_York",
            "next_fire",
            "0",
        ),
        (
            "02",
            r#"{"repeat":{"every":"once","on":"+262142-12-31"},"at":"23:00:00"}"#,
            "Pacific/Kiritimati",
            "next_fire",
            "0",
        ),
        (
            "03",
            r#"{"repeat":{"every":"daily"},"at":"10:30:00"}"#,
            "Pacific/Kiritimati",
            "next_fire",
            "8210298412799999",
        ),
        ("04", r#"{"repeat":{"every":"daily"},"at":"10:30:00"}"#, "Etc/GMT+12", "snoozed_until", "-8210266876800000"),
    ] {
        conn.execute(
            &format!(
                "INSERT INTO reminder_schedules (id, purpose, rule, zone, {column})
                 VALUES (x'000000000000000000000000000000{id}', 'journal', ?1, ?2, {value})"
            ),
            [rule, zone],
        )
        .unwrap();
    }
    drop(conn);
    let mut clock = Clock::new();
    run_tick(app.app.handle(), &mut clock);
    run_tick(app.app.handle(), &mut clock);
    assert!(!app.unlocked(), "locked at the first tick");
    // Unlocked again, the third tick checks the reminders (as the app does while unlocked:
    // following dates, then firing), then reaches the auto-lock.
    app.app
        .state::<AppState>()
        .with_vault(|v| v.unlock(&pass(), UnlockMode::Full).map(|_| ()).map_err(Into::into))
        .unwrap();
    assert!(app.unlocked());
    run_tick(app.app.handle(), &mut clock);
    assert!(!app.unlocked(), "the auto-lock still locked, after the reminder check");
    let vault = Vault::open(&app.dir).unwrap();
    let (readable, unreadable) = vault.reminder_schedules().unwrap();
    assert!(readable.is_empty() && unreadable == 4, "far dates read as damaged rows, left alone");
}

#[test]
fn a_duty_that_panics_holding_the_vault_leaves_the_auto_lock_working() {
    let app = unlocked_app_locking_at_once();
    let state = app.app.state::<AppState>();
    let answer = duty("test", || {
        let _held = state.vault().unwrap();
        panic!("a duty that fails while it holds the vault");
    });
    assert!(answer.is_none(), "the panic is caught and said, not passed on");
    assert!(app.unlocked(), "still unlocked: the vault's mutex was poisoned, not lost");
    let mut clock = Clock::new();
    run_tick(app.app.handle(), &mut clock);
    assert!(!app.unlocked(), "the next tick locked it all the same");
    assert_eq!(duty("test", || 7), Some(7));
}
