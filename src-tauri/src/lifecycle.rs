//! Window and time behaviour: one instance, the auto-lock clock, saving before close.

use std::time::Duration;

use chrono::Utc;
use tauri::{AppHandle, Manager, Runtime, Window, WindowEvent};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;

use crate::commands::{FlushRequested, Locked};
use crate::state::{lock, AppState};

/// How often the clock is read. Timers stop during suspend; the wall clock does not.
const TICK: Duration = Duration::from_secs(2);

/// Brings the existing window forward when Trellis is started a second time.
pub fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Starts the thread that locks the vault after the idle time or after sleep.
pub fn start_autolock<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        let state = app.state::<AppState>();
        let reason = lock(&state.autolock).tick(Utc::now());
        let Some(reason) = reason else { continue };
        let locked = state
            .with_vault(|v| {
                let was = v.is_unlocked();
                v.lock();
                Ok(was)
            })
            .unwrap_or(false);
        if locked {
            let reason = match reason {
                LockReason::Idle => "idle",
                LockReason::Slept => "slept",
            };
            let _ = Locked { reason: reason.into() }.emit(&app);
        }
    });
}

/// Before the window closes while unlocked, asks the UI to save; closes anyway after a few
/// seconds so a stuck page cannot keep the app open.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    let state = window.state::<AppState>();
    let unlocked = state.vault().map(|g| g.as_ref().is_some_and(|v| v.is_unlocked())).unwrap_or(false);
    if !unlocked {
        return;
    }
    api.prevent_close();
    let app = window.app_handle().clone();
    let _ = FlushRequested.emit(&app);
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(3));
        app.exit(0);
    });
}
