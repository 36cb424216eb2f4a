//! The tray icon, and where the window goes when it is closed.
//!
//! With a tray, closing the window keeps Trellis running so reminders keep coming: the open
//! entry is saved, the vault locks, the window hides, and the first time a notification says
//! where Trellis went. The tray's menu has Open, Lock, Snooze all 1 hour and Quit. Where the
//! desktop shows no tray (no StatusNotifier host on Linux: plain X sessions, GNOME without
//! its extension, the test display), closing the window quits as before, and reminders fire
//! while the app runs.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};
use trellis_core::autolock::LockReason;
use trellis_core::reminders::Snooze;

use crate::lifecycle::{focus_main, lock_now};
use crate::state::AppState;

const TRAY_ID: &str = "main";

/// Whether the tray icon is showing; set once at start.
#[derive(Default)]
pub struct Tray(AtomicBool);

impl Tray {
    pub fn showing(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Tells whether the desktop shows tray icons. On Linux that is a StatusNotifier host,
/// announced by the watcher's name on the session bus (the tray library uses it; without it
/// an icon would be made and never seen). Windows and macOS always have one.
fn desktop_has_tray() -> bool {
    #[cfg(target_os = "linux")]
    {
        let Ok(bus) = zbus::blocking::Connection::session() else { return false };
        let owned = bus.call_method(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            Some("org.freedesktop.DBus"),
            "NameHasOwner",
            &("org.kde.StatusNotifierWatcher",),
        );
        owned.ok().and_then(|m| m.body().deserialize::<bool>().ok()).unwrap_or(false)
    }
    #[cfg(not(target_os = "linux"))]
    true
}

/// Makes the tray icon if the desktop has a tray. Returns whether it did.
pub fn start<R: Runtime>(app: &AppHandle<R>) -> bool {
    if !desktop_has_tray() {
        return false;
    }
    match build(app) {
        Ok(()) => {
            app.state::<Tray>().0.store(true, Ordering::Relaxed);
            true
        }
        Err(e) => {
            eprintln!("trellis: the tray icon could not be made ({e}); closing the window will quit");
            false
        }
    }
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let name = crate::safety::display_name(&app.state::<AppState>());
    let menu = Menu::with_items(
        app,
        &[
            &MenuItem::with_id(app, "open", "Open", true, None::<&str>)?,
            &MenuItem::with_id(app, "lock", "Lock", true, None::<&str>)?,
            &MenuItem::with_id(app, "snooze", "Snooze all 1 hour", true, None::<&str>)?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?,
        ],
    )?;
    let mut tray = TrayIconBuilder::with_id(TRAY_ID)
        .menu(&menu)
        .tooltip(name)
        .on_menu_event(|app, event| on_menu(app, event.id().as_ref()));
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, item: &str) {
    match item {
        "open" => focus_main(app),
        "lock" => {
            lock_now(app, LockReason::User);
        }
        "snooze" => snooze_all(app),
        "quit" => crate::lifecycle::quit(app),
        _ => {}
    }
}

fn snooze_all<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(guard) = state.vault() else { return };
    if let Some(vault) = guard.as_ref() {
        let _ = vault.snooze_all_reminders(Snooze::OneHour, crate::reminders::now());
    }
}

/// Keeps the tray's tooltip on the name the person chose.
pub fn apply_name<R: Runtime>(app: &AppHandle<R>, name: &str) {
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        let _ = tray.set_tooltip(Some(name));
    }
}
