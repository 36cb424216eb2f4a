//! Window and time behaviour: one instance, the auto-lock clock, saving before close, and a
//! webview that never leaves the app's own pages.

use std::sync::Mutex;
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

/// How many times in a row Trellis starts itself again after meeting a closing instance.
#[cfg(unix)]
const MAX_STARTS_AGAIN: u32 = 5;
/// Counts those starts, across them (the environment is all an `exec` keeps).
#[cfg(unix)]
const STARTS_AGAIN: &str = "TRELLIS_STARTS_AGAIN";

/// Tells whether starting failed because the running instance this one handed over to went
/// away without answering: it was quitting. Started a moment later, this one is the only one.
pub fn met_a_closing_instance(e: &tauri::Error) -> bool {
    matches!(e, tauri::Error::PluginInitialization(plugin, why)
        if plugin == "single-instance" && why.starts_with("failed to forward arguments"))
}

/// Starts this program again in place of this process, with the same arguments, once the
/// closing instance has had a moment to go; returns only if it cannot (or did so too often).
pub fn start_again() {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let starts: u32 = std::env::var(STARTS_AGAIN).ok().and_then(|n| n.parse().ok()).unwrap_or(0);
        if starts >= MAX_STARTS_AGAIN {
            return;
        }
        std::thread::sleep(Duration::from_millis(200 << starts.min(3)));
        let Ok(exe) = std::env::current_exe() else { return };
        let e = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(STARTS_AGAIN, (starts + 1).to_string())
            .exec();
        eprintln!("trellis: could not start again: {e}");
    }
}

/// Locks the vault now if it is unlocked, and tells the UI why (screen lock, sleep, quick
/// hide). Says whether it was unlocked.
pub fn lock_now<R: Runtime>(app: &AppHandle<R>, reason: LockReason) -> bool {
    let state = app.state::<AppState>();
    let Ok(mut guard) = state.vault() else { return false };
    let Some(vault) = guard.as_mut().filter(|v| v.is_unlocked()) else { return false };
    state.lock_vault(vault);
    drop(guard);
    let _ = Locked { reason: reason.as_str().into() }.emit(app);
    true
}

/// What one tick of the clock found.
enum Tick {
    Nothing,
    Locked(&'static str),
    /// Another front end wrote; the index has caught up. The kinds whose records changed.
    Changed(Vec<trellis_core::RecordKind>),
    /// The search index finished building behind the list.
    IndexReady(Vec<trellis_core::DamagedRecord>),
}

/// How often the clock thread asks whether the daily snapshot is due (a minute after start,
/// then every ten minutes).
const SNAPSHOT_EVERY_TICKS: u64 = 600;

/// What the clock thread keeps between ticks.
pub struct Clock {
    /// Ticks so far.
    n: u64,
    index_was_ready: bool,
    reminders_every: u64,
}

impl Clock {
    /// A clock that has not ticked yet.
    pub fn new() -> Clock {
        Clock { n: 0, index_was_ready: true, reminders_every: crate::reminders::every().as_secs().max(1) }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}

/// Starts the thread that, about every second: locks the vault after the idle time or after
/// sleep; catches up with what the `trellis` command or another window wrote; says when the
/// search index built behind the list is ready; fires reminders; takes the daily snapshot.
pub fn start_ticker<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let mut clock = Clock::new();
        loop {
            std::thread::sleep(TICK);
            run_tick(&app, &mut clock);
        }
    });
}

/// Runs one tick's duties: the daily snapshot and the reminders when they are due, then the
/// auto-lock and catching up. Each runs on its own ([`duty`]): one that panics (a hostile row
/// once made the reminder check panic) is logged and skipped, and the others still run, at
/// this tick and every later one. The auto-lock above all must never stop with it.
pub fn run_tick<R: Runtime>(app: &AppHandle<R>, clock: &mut Clock) {
    let n = clock.n;
    clock.n += 1;
    let state = app.state::<AppState>();
    if n % SNAPSHOT_EVERY_TICKS == 60 {
        duty("snapshot", || crate::commands::backup::daily_snapshot(&state));
    }
    // A few seconds after start (what was missed while closed), then every 30 s.
    if n % clock.reminders_every == 2 % clock.reminders_every {
        duty("reminders", || crate::reminders::check(app));
    }
    duty("auto-lock", || {
        let _ = match tick(&state, &mut clock.index_was_ready) {
            Tick::Nothing => Ok(()),
            Tick::Locked(reason) => Locked { reason: reason.into() }.emit(app),
            Tick::Changed(kinds) => VaultChanged { kinds }.emit(app),
            Tick::IndexReady(damaged) => IndexReady { damaged }.emit(app),
        };
    });
}

/// Runs one duty of the clock, catching a panic so it takes nothing else down. The log says
/// which duty, never what the panic said (it could quote what it was working on). A panic
/// while the vault was held poisons its mutex; every lock of it goes through
/// [`crate::state::lock`], which takes the vault back, so the next tick can still lock it.
pub fn duty<T>(name: &str, f: impl FnOnce() -> T) -> Option<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => Some(v),
        Err(_) => {
            eprintln!("trellis: the clock's {name} duty stopped unexpectedly; it runs again at its next time");
            None
        }
    }
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
        state.lock_vault(vault);
        return Tick::Locked(reason.as_str());
    }
    match vault.catch_up() {
        Ok(CatchUp::Nothing) | Err(_) => {}
        Ok(CatchUp::Changed(kinds)) => return Tick::Changed(kinds),
        Ok(CatchUp::Relocked) => {
            state.forget_decrypted();
            return Tick::Locked("rekeyed");
        }
    }
    let ready = vault.index_ready();
    if ready && !*index_was_ready {
        *index_was_ready = true;
        return Tick::IndexReady(vault.damaged());
    }
    *index_was_ready = ready;
    Tick::Nothing
}

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

fn unlocked(state: &AppState) -> bool {
    state.vault().map(|g| g.as_ref().is_some_and(|v| v.is_unlocked())).unwrap_or(false)
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
        let name = crate::safety::display_name(&state);
        crate::reminders::tell(
            app,
            &format!(
                "{name} is still running in the tray, so your reminders keep coming. Quit it from the tray's menu."
            ),
        );
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
    fn only_a_hand_over_to_a_closing_instance_starts_again() {
        let closing = tauri::Error::PluginInitialization(
            "single-instance".into(),
            "failed to forward arguments to the running instance: org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying".into(),
        );
        assert!(met_a_closing_instance(&closing));
        let other_plugin = tauri::Error::PluginInitialization("dialog".into(), "failed to forward arguments".into());
        assert!(!met_a_closing_instance(&other_plugin));
        let other_failure = tauri::Error::PluginInitialization("single-instance".into(), "no session bus".into());
        assert!(!met_a_closing_instance(&other_failure));
    }

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
