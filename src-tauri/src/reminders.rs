//! Delivering reminders as desktop notifications. Notification plugins cannot schedule on the
//! desktop, so the clock thread asks the core about every 30 seconds what is due (reading the
//! wall clock each time: timers do not see a suspend) and shows what it answers. The core
//! decides the words (neutral unless allowed, missed ones folded into one); this shows them and
//! brings the window to the right screen when one is clicked.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use tauri_specta::Event;
use trellis_core::reminders::Open;

use crate::commands::OpenScreen;
use crate::state::{lock, test_only_var, AppState};

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

/// Where each shown notification leads, by its id (the notification server reports clicks
/// by id).
#[derive(Default)]
pub struct Shown {
    next: AtomicI32,
    open: Mutex<HashMap<i32, Open>>,
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
    let shown = app.state::<Shown>();
    for notice in notices {
        let id = shown.next.fetch_add(1, Ordering::Relaxed) + 1;
        lock(&shown.open).insert(id, notice.open);
        let _ = app.notification().builder().id(id).title(notice.title).body(notice.body).show();
    }
}

/// Shows a notification from the app itself (the first time the window closes to the tray).
pub fn tell<R: Runtime>(app: &AppHandle<R>, body: &str) {
    let title = crate::safety::display_name(&app.state::<AppState>());
    let _ = app.notification().builder().title(title).body(body).show();
}

/// A notification was clicked: the window comes forward, and the UI opens the screen (after
/// unlock, if the vault is locked).
pub fn on_action<R: Runtime>(app: &AppHandle<R>, action: &tauri_plugin_notification::ActionPerformed) {
    if action.action_id() != "tap" {
        return;
    }
    let Some(id) = action.notification().map(|n| n.id()) else { return };
    let open = lock(&app.state::<Shown>().open).remove(&id);
    crate::lifecycle::focus_main(app);
    if let Some(open) = open {
        let _ = OpenScreen { screen: open.screen, id: open.id }.emit(app);
    }
}
