//! Window and time behaviour: one instance, the auto-lock clock, saving before close, and a
//! webview that never leaves the app's own pages.

use std::time::Duration;

use chrono::Utc;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, Url, Window, WindowEvent};
use tauri_specta::Event;
use trellis_core::autolock::LockReason;
use trellis_core::library::LinkTarget;
use trellis_core::CatchUp;

use crate::commands::{FlushRequested, IndexReady, Locked, VaultChanged};
use crate::state::{lock, AppState};

/// How often the clock is read. Timers stop during suspend; the wall clock does not.
const TICK: Duration = Duration::from_secs(1);

/// Brings the existing window forward when Trellis is started a second time.
pub fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Locks the vault now if it is unlocked, and tells the UI why (screen lock, sleep, quick
/// hide). Says whether it was unlocked.
pub fn lock_now<R: Runtime>(app: &AppHandle<R>, reason: LockReason) -> bool {
    let state = app.state::<AppState>();
    let Ok(mut guard) = state.vault() else { return false };
    let Some(vault) = guard.as_mut().filter(|v| v.is_unlocked()) else { return false };
    vault.lock();
    drop(guard);
    let _ = Locked { reason: reason.as_str().into() }.emit(app);
    true
}

/// What one tick of the clock found.
enum Tick {
    Nothing,
    Locked(&'static str),
    /// Another front end wrote; the index has caught up.
    Changed,
    /// The search index finished building behind the list.
    IndexReady(Vec<trellis_core::DamagedRecord>),
}

/// How often the clock thread asks whether the daily snapshot is due (a minute after start,
/// then every ten minutes).
const SNAPSHOT_EVERY_TICKS: u64 = 600;

/// Starts the thread that, about every second: locks the vault after the idle time or after
/// sleep; catches up with what the `trellis` command or another window wrote; and says when
/// the search index built behind the list is ready.
pub fn start_ticker<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let mut index_was_ready = true;
        for n in 0u64.. {
            std::thread::sleep(TICK);
            let state = app.state::<AppState>();
            if n % SNAPSHOT_EVERY_TICKS == 60 {
                crate::commands::backup::daily_snapshot(&state);
            }
            let found = tick(&state, &mut index_was_ready);
            let _ = match found {
                Tick::Nothing => Ok(()),
                Tick::Locked(reason) => Locked { reason: reason.into() }.emit(&app),
                Tick::Changed => VaultChanged.emit(&app),
                Tick::IndexReady(damaged) => IndexReady { damaged }.emit(&app),
            };
        }
    });
}

/// One tick. The decision to lock is taken while holding the vault, the same lock unlock
/// holds while it restarts the idle clock: so a tick can never lock a vault that an unlock
/// has just opened (it used to, when a tick landed during the key derivation).
fn tick(state: &AppState, index_was_ready: &mut bool) -> Tick {
    let Ok(mut guard) = state.vault() else { return Tick::Nothing };
    let Some(vault) = guard.as_mut() else { return Tick::Nothing };
    let reason = lock(&state.autolock).tick(Utc::now());
    if !vault.is_unlocked() {
        *index_was_ready = true;
        return Tick::Nothing;
    }
    if let Some(reason) = reason {
        vault.lock();
        return Tick::Locked(reason.as_str());
    }
    match vault.catch_up() {
        Ok(CatchUp::Nothing) | Err(_) => {}
        Ok(CatchUp::Changed) => return Tick::Changed,
        Ok(CatchUp::Relocked) => return Tick::Locked("rekeyed"),
    }
    let ready = vault.index_ready();
    if ready && !*index_was_ready {
        *index_was_ready = true;
        return Tick::IndexReady(vault.damaged());
    }
    *index_was_ready = ready;
    Tick::Nothing
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
    fn the_window_a_person_uses_has_no_web_inspector() {
        // Debug builds (what `make run` starts) would otherwise open an inspector on a right
        // click, showing everything decrypted in the page to whoever sits at the keyboard.
        let conf: serde_json::Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        for window in conf["app"]["windows"].as_array().unwrap() {
            assert_eq!(window["devtools"], false, "{window}");
        }
    }

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
