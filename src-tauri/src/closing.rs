//! Where the app goes when its window is closed or it is told to quit: the UI saves first,
//! then Trellis quits, or (with a tray showing) locks, hides and keeps running for its
//! reminders. Window behaviour above the platform pieces it moves (window, tray,
//! notifications) and the session it locks.

use std::sync::Mutex;
use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime, Window, WindowEvent};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;

use crate::commands::FlushRequested;
use crate::mutex::lock;
use crate::session::{display_name, lock_now, unlocked};
use crate::state::AppState;

/// Where the app goes once the UI has saved (its answer to `FlushRequested` is `close_now`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Leaving {
    /// Nothing asked: `close_now` quits.
    #[default]
    Quit,
    /// The window was closed with a tray showing: lock and hide, keep running.
    ToTray,
}

/// What `close_now` does, and a count of the requests so a late fallback cannot act on a
/// newer one (a window closed to the tray and opened again within the fallback's wait).
#[derive(Default)]
pub struct Departure(Mutex<(Leaving, u64)>);

impl Departure {
    /// Notes where to go; returns the request's number.
    fn request(&self, to: Leaving) -> u64 {
        let mut d = lock(&self.0);
        *d = (to, d.1 + 1);
        d.1
    }

    /// Whether `request` is still the last one and unanswered.
    fn pending(&self, request: u64) -> bool {
        lock(&self.0).1 == request
    }

    /// Takes where to go (quitting, when nothing asked), answering the last request.
    fn take(&self) -> Leaving {
        let mut d = lock(&self.0);
        let to = d.0;
        *d = (Leaving::Quit, d.1 + 1);
        to
    }
}

/// Asks the UI to save, then goes `to` (when the UI answers, or after a few seconds so a stuck
/// page cannot keep the app open or in sight). Locked, there is nothing to save: it goes now.
fn leave<R: Runtime>(app: &AppHandle<R>, to: Leaving) {
    if !unlocked(&app.state::<AppState>()) {
        return go(app, to);
    }
    let request = app.state::<Departure>().request(to);
    let _ = FlushRequested.emit(app);
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(3));
        if app.state::<Departure>().pending(request) {
            close_now(&app);
        }
    });
}

/// The UI saved (or the wait ran out): goes where the last request said.
pub fn close_now<R: Runtime>(app: &AppHandle<R>) {
    let to = app.state::<Departure>().take();
    go(app, to);
}

fn go<R: Runtime>(app: &AppHandle<R>, to: Leaving) {
    match to {
        Leaving::Quit => app.exit(0),
        Leaving::ToTray => to_tray(app),
    }
}

/// Locks, hides the window, and the first time says where Trellis went.
fn to_tray<R: Runtime>(app: &AppHandle<R>) {
    lock_now(app, LockReason::Closed);
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.hide();
    }
    let state = app.state::<AppState>();
    let first_time = state.vault().ok().and_then(|g| g.as_ref().map(|v| v.first_time_in_tray())).unwrap_or(false);
    if first_time {
        let name = display_name(&state);
        crate::notify::tell(app, &crate::words::say_with("tray-still-running", &[("name", name.into())]));
    }
}

/// The tray's Quit: saves what is open, then ends the app.
pub fn quit<R: Runtime>(app: &AppHandle<R>) {
    leave(app, Leaving::Quit);
}

/// Closing the window: with a tray, Trellis saves, locks and hides, and keeps running for its
/// reminders; without one it saves and quits.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    let app = window.app_handle();
    let tray = app.state::<crate::tray::Tray>().showing();
    if !tray && !unlocked(&app.state::<AppState>()) {
        return;
    }
    api.prevent_close();
    leave(app, if tray { Leaving::ToTray } else { Leaving::Quit });
}
