//! Delivering reminders as desktop notifications. Notification plugins cannot schedule on the
//! desktop, so the clock thread asks the core about every 30 seconds what is due (reading the
//! wall clock each time, through `crate::clock`: timers do not see a suspend) and shows what it
//! answers. The core decides the words (neutral unless allowed, missed ones folded into one);
//! `notify` shows them and brings the window to the right screen when one is clicked.
//! A background job, below the commands; the tray's "Snooze all 1 hour" is here too.

use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};
use trellis_core::reminders::Snooze;

use crate::clock;
use crate::config::test_only_var;
use crate::state::AppState;

/// How often the schedule is read.
pub(crate) fn every() -> Duration {
    let test = test_only_var("TRELLIS_REMINDER_SECONDS_FOR_TESTS").and_then(|s| s.parse().ok());
    Duration::from_secs(test.unwrap_or(30))
}

/// Fires what is due and shows it.
pub fn check<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    // In the language shown (asked first: the library is never locked while the vault is).
    let lang = state.language();
    let notices = {
        let Ok(mut guard) = state.vault() else { return };
        let Some(vault) = guard.as_mut() else { return };
        match vault.reminder_notices_in(clock::now(), lang) {
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

/// Snoozes every reminder for an hour (the tray's menu); works while locked.
pub fn snooze_all<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(guard) = state.vault() else { return };
    if let Some(vault) = guard.as_ref() {
        let _ = vault.snooze_all_reminders(Snooze::OneHour, clock::now());
    }
}
