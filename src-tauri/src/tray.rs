//! The tray icon, and where the window goes when it is closed.
//!
//! With a tray, closing the window keeps Trellis running so reminders keep coming: the open
//! entry is saved, the vault locks, the window hides, and the first time a notification says
//! where Trellis went. The tray's menu has Open, Lock, Snooze all 1 hour and Quit. Where the
//! desktop shows no tray (no StatusNotifier host on Linux: plain X sessions, GNOME without
//! its extension, the test display), closing the window quits as before, and reminders fire
//! while the app runs.
//!
//! A platform piece: it shows the icon and its menu and says which item was chosen; what an
//! item does is wired in `lib.rs` (the window, the session, the reminders and the closing
//! window all sit beside or above the tray).

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::session::display_name;
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

/// The items of the tray's menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Open,
    Lock,
    SnoozeAll,
    Quit,
}

impl Item {
    const ALL: [Item; 4] = [Item::Open, Item::Lock, Item::SnoozeAll, Item::Quit];

    fn id(self) -> &'static str {
        match self {
            Item::Open => "open",
            Item::Lock => "lock",
            Item::SnoozeAll => "snooze",
            Item::Quit => "quit",
        }
    }

    fn from_id(id: &str) -> Option<Item> {
        Item::ALL.into_iter().find(|i| i.id() == id)
    }
}

/// Makes the tray icon if the desktop has a tray; `on_item` is called with each item chosen
/// from its menu. Returns whether it did.
pub fn start<R: Runtime>(app: &AppHandle<R>, on_item: fn(&AppHandle<R>, Item)) -> bool {
    if !desktop_has_tray() {
        return false;
    }
    match build(app, on_item) {
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

fn build<R: Runtime>(app: &AppHandle<R>, on_item: fn(&AppHandle<R>, Item)) -> tauri::Result<()> {
    let name = display_name(&app.state::<AppState>());
    let mut tray =
        TrayIconBuilder::with_id(TRAY_ID).menu(&menu(app)?).tooltip(name).on_menu_event(move |app, event| {
            if let Some(item) = Item::from_id(event.id().as_ref()) {
                on_item(app, item);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// The tray's menu, in the language shown.
fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let say = crate::words::say;
    Menu::with_items(
        app,
        &[
            &MenuItem::with_id(app, Item::Open.id(), say("tray-open"), true, None::<&str>)?,
            &MenuItem::with_id(app, Item::Lock.id(), say("tray-lock"), true, None::<&str>)?,
            &MenuItem::with_id(app, Item::SnoozeAll.id(), say("tray-snooze-all"), true, None::<&str>)?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, Item::Quit.id(), say("tray-quit"), true, None::<&str>)?,
        ],
    )
}

/// Keeps the tray's tooltip on the name the person chose, and its menu in the language shown.
pub fn apply_name<R: Runtime>(app: &AppHandle<R>, name: &str) {
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        let _ = tray.set_tooltip(Some(name));
        if let Ok(menu) = menu(app) {
            let _ = tray.set_menu(Some(menu));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Item;

    #[test]
    fn every_menu_item_is_heard_by_its_id() {
        for item in Item::ALL {
            assert_eq!(Item::from_id(item.id()), Some(item));
        }
        assert_eq!(Item::from_id("other"), None);
    }
}
