//! Showing a desktop notification under the name the person chose ("Trellis", or "Notes"), with
//! a matching icon, and bringing the window to the right screen when one is clicked.
//!
//! On Linux Trellis sends them itself, on the session bus, as the Desktop Notifications
//! Specification describes: the notification plugin names every notification after the program
//! file (`trellis-app`) and gives it the program's icon, which tells anyone looking at the
//! screen what the app is even when the person chose "Notes". The specification lets the
//! sender choose both. Elsewhere the plugin shows them (Windows and macOS name the sender from
//! the installed app, which a notification cannot change).
//!
//! A platform piece: it names through the session and brings the window forward; the jobs
//! (reminders) and the closing window show through it.

use std::collections::HashMap;
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;
use trellis_core::reminders::Open;
use trellis_core::settings::APP_NAME;

use crate::commands::OpenScreen;
use crate::mutex::lock;
use crate::session::display_name;
use crate::state::AppState;

/// The icon of a notification shown as "Notes": a plain text editor's, from the desktop's theme.
const NEUTRAL_ICON: &str = "accessories-text-editor";
/// The icon installed with Trellis (the packages name it after the program).
const OWN_ICON: &str = "trellis-app";

/// Where each shown notification leads, by the id it was shown with (the notification server
/// reports clicks by id).
#[derive(Default)]
pub struct Shown {
    #[cfg(not(target_os = "linux"))]
    next: std::sync::atomic::AtomicI32,
    open: Mutex<HashMap<u32, Open>>,
    #[cfg(target_os = "linux")]
    bus: Mutex<Option<zbus::blocking::Connection>>,
}

/// Returns the name and icon a notification is shown with now.
fn sender<R: Runtime>(app: &AppHandle<R>) -> (String, &'static str) {
    let name = display_name(&app.state::<AppState>());
    let icon = if name == APP_NAME { OWN_ICON } else { NEUTRAL_ICON };
    (name, icon)
}

/// Shows a notification; a click on it opens `open` (after unlock, if locked). Returns at once:
/// the notification server is asked on a thread of its own.
pub fn show<R: Runtime>(app: &AppHandle<R>, title: String, body: String, open: Option<Open>) {
    let (name, icon) = sender(app);
    let app = app.clone();
    let _ = std::thread::Builder::new().name("trellis-notify".into()).spawn(move || {
        if send(&app, &name, icon, &title, &body, open).is_err() {
            eprintln!("trellis: a notification could not be shown");
        }
    });
}

/// Shows a notification from the app itself (the first time the window closes to the tray),
/// under the name the person chose.
pub fn tell<R: Runtime>(app: &AppHandle<R>, body: &str) {
    let title = display_name(&app.state::<AppState>());
    show(app, title, body.to_owned(), None);
}

/// A click on a notification: the window comes forward, and the UI opens the screen.
fn clicked<R: Runtime>(app: &AppHandle<R>, id: u32) {
    let open = lock(&app.state::<Shown>().open).remove(&id);
    crate::window::focus_main(app);
    if let Some(open) = open {
        let _ = OpenScreen { screen: open.screen, id: open.id }.emit(app);
    }
}

#[cfg(target_os = "linux")]
const BUS: (&str, &str, &str) =
    ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications");

/// Sends the notification on the connection `Shown` keeps open (some servers close a
/// notification when the connection that sent it goes away), opening it and starting the
/// thread that hears clicks the first time.
#[cfg(target_os = "linux")]
fn send<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    icon: &str,
    title: &str,
    body: &str,
    open: Option<Open>,
) -> zbus::Result<()> {
    use zbus::zvariant::Value;
    let shown = app.state::<Shown>();
    let conn = {
        let mut bus = lock(&shown.bus);
        match bus.as_ref() {
            Some(c) => c.clone(),
            None => {
                let c = zbus::blocking::Connection::session()?;
                listen(app.clone(), c.clone());
                bus.insert(c).clone()
            }
        }
    };
    // A click on the notification itself is the action "default", offered only when it leads
    // somewhere.
    let actions: Vec<&str> = if open.is_some() { vec!["default", ""] } else { Vec::new() };
    let hints: HashMap<&str, Value<'_>> = HashMap::new();
    let reply = conn.call_method(
        Some(BUS.0),
        BUS.1,
        Some(BUS.2),
        "Notify",
        &(name, 0u32, icon, title, body, actions, hints, -1i32),
    )?;
    let id: u32 = reply.body().deserialize()?;
    if let Some(open) = open {
        lock(&shown.open).insert(id, open);
    }
    Ok(())
}

/// Hears the notification server's `ActionInvoked` on `conn` for as long as it lasts.
#[cfg(target_os = "linux")]
fn listen<R: Runtime>(app: AppHandle<R>, conn: zbus::blocking::Connection) {
    let rule = "type='signal',interface='org.freedesktop.Notifications',member='ActionInvoked'";
    let _ = std::thread::Builder::new().name("trellis-notify-clicks".into()).spawn(move || {
        let Ok(messages) = zbus::blocking::MessageIterator::for_match_rule(rule, &conn, Some(16)) else {
            eprintln!("trellis: clicks on notifications cannot be heard");
            return;
        };
        for message in messages.flatten() {
            let Ok((id, action)) = message.body().deserialize::<(u32, String)>() else { continue };
            if action == "default" && lock(&app.state::<Shown>().open).contains_key(&id) {
                clicked(&app, id);
            }
        }
    });
}

/// Shows it through the notification plugin, which reports clicks to [`on_action`].
#[cfg(not(target_os = "linux"))]
fn send<R: Runtime>(
    app: &AppHandle<R>,
    _name: &str,
    icon: &str,
    title: &str,
    body: &str,
    open: Option<Open>,
) -> tauri_plugin_notification::Result<()> {
    use std::sync::atomic::Ordering;
    use tauri_plugin_notification::NotificationExt;
    let shown = app.state::<Shown>();
    let id = shown.next.fetch_add(1, Ordering::Relaxed) + 1;
    if let Some(open) = open {
        lock(&shown.open).insert(id as u32, open);
    }
    app.notification().builder().id(id).title(title).body(body).icon(icon).show()
}

/// A notification shown through the plugin was clicked.
pub fn on_action<R: Runtime>(app: &AppHandle<R>, action: &tauri_plugin_notification::ActionPerformed) {
    if action.action_id() != "tap" {
        return;
    }
    let Some(id) = action.notification().map(|n| n.id()) else { return };
    clicked(app, id as u32);
}
