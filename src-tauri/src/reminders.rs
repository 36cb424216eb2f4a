//! Delivering reminders as desktop notifications. Notification plugins cannot schedule on the
//! desktop, so the clock thread asks the core about every 30 seconds what is due (reading the
//! wall clock each time: timers do not see a suspend) and shows what it answers. The core
//! decides the words (neutral unless allowed, missed ones folded into one); `notify` shows them
//! and brings the window to the right screen when one is clicked.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tauri::{AppHandle, Manager, Runtime};

use crate::state::{test_only_var, AppState};

/// How often the schedule is read.
pub(crate) fn every() -> Duration {
    let test = test_only_var("TRELLIS_REMINDER_SECONDS_FOR_TESTS").and_then(|s| s.parse().ok());
    Duration::from_secs(test.unwrap_or(30))
}

/// The time reminders go by: the wall clock, moved by the number of seconds in the file named
/// by `TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS` (debug builds only), so an end-to-end test can let
/// a reminder come due without waiting for it. Read each time: the test changes it while the
/// app runs.
pub fn now() -> DateTime<Utc> {
    let offset = test_only_var("TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS")
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(0);
    Utc::now() + chrono::Duration::seconds(offset)
}

/// Fires what is due and shows it.
pub fn check<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let notices = {
        let Ok(mut guard) = state.vault() else { return };
        let Some(vault) = guard.as_mut() else { return };
        match vault.reminder_notices(now()) {
            Ok(n) => n,
            Err(e) => {
                eprintln!("trellis: reminders could not be read: {e}");
                return;
            }
        }
    };
    for notice in notices {
        crate::notify::show(app, notice.title, notice.body, Some(notice.open));
    }
}

/// Shows a notification from the app itself (the first time the window closes to the tray).
pub fn tell<R: Runtime>(app: &AppHandle<R>, body: &str) {
    let title = crate::safety::display_name(&app.state::<AppState>());
    crate::notify::show(app, title.to_owned(), body.to_owned(), None);
}
