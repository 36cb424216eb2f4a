//! Window and time behaviour: one instance, the auto-lock clock, saving before close, and a
//! webview that never leaves the app's own pages.

use std::time::Duration;

use chrono::Utc;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, Url, Window, WindowEvent};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;
use trellis_core::library::LinkTarget;

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

/// Tells whether a URL is one of the app's own pages (the UI is always served from the
/// binary: `tauri://localhost`, or `http(s)://tauri.localhost` where custom schemes are
/// mapped to http).
pub(crate) fn is_app_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

/// Keeps the webview on the app's own pages. The UI sends every clicked link through
/// `open_link`, so this is the second line: a navigation that slips past it is stopped, and a
/// web or e-mail link goes to the system's browser instead of opening inside Trellis.
pub fn navigation_guard<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_webview, url| {
            if is_app_page(url) {
                return true;
            }
            if let Some(LinkTarget::External(url)) = LinkTarget::parse(url.as_str()) {
                let _ = crate::commands::library::open_externally(&url);
            }
            false
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_load_in_the_window() {
        for ok in ["tauri://localhost", "tauri://localhost/index.html#x", "http://tauri.localhost/"] {
            assert!(is_app_page(&Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in [
            "https://example.org/",
            "http://localhost:5173/",
            "tauri://evil/",
            "file:///etc/passwd",
            "data:text/html,hi",
            "trellis:mood",
            "http://tauri.localhost.example.org/",
        ] {
            assert!(!is_app_page(&Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
