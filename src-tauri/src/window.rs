//! The window: bringing it forward, opening it under the chosen name, keeping its title on
//! that name, taking it out of sight, and a webview that never leaves the app's own pages.
//! A platform piece: it names through the session and asks the tray whether one shows.

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewWindow};
use trellis_core::library::LinkTarget;

use crate::error::{AppError, ErrorCode};
use crate::session::display_name;
use crate::state::AppState;

/// Brings the existing window forward (a second start of Trellis, the tray's Open, a click on
/// a notification).
pub fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Opens the main window (`tauri.conf.json`, where it is not created by itself) titled with
/// the display name from the start, before anything is unlocked.
pub fn open_main_window<R: Runtime>(app: &AppHandle<R>, hidden: bool) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main").cloned() else {
        return Ok(());
    };
    let name = display_name(&app.state::<AppState>());
    tauri::WebviewWindowBuilder::from_config(app, &config)?.title(name).visible(!hidden).build()?;
    Ok(())
}

/// Sets the window title to the display name whenever the setting changes. Nothing else ever goes into the title (no entry titles, no
/// counts), locked or unlocked.
pub fn apply_name<R: Runtime>(app: &AppHandle<R>) {
    let name = display_name(&app.state::<AppState>());
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&name);
    }
    crate::tray::apply_name(app, &name);
}

/// Takes the window out of sight: hidden when the tray's Open can bring it back, else
/// minimised (the taskbar brings it back).
pub fn take_out_of_sight<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    if window.state::<crate::tray::Tray>().showing() {
        window.hide()
    } else {
        window.minimize()
    }
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
                let _ = open_externally(&url);
            }
            false
        })
        .build()
}

/// Hands a checked web or e-mail URL to the desktop (xdg-open on Linux).
pub fn open_externally(url: &str) -> Result<(), AppError> {
    tauri_plugin_opener::open_url(url, None::<&str>).map_err(|_| {
        AppError::new(
            ErrorCode::Internal,
            crate::words::say_with("error-no-browser", &[("name", trellis_core::settings::APP_NAME.into())]),
        )
    })
}

/// A file dropped on the window: the first share file among them (else the first file, so a
/// wrong one is refused in words rather than ignored) goes to the UI, which opens it once
/// unlocked. Only the path crosses; the file is read by the core when it is opened.
pub fn on_drop<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    use tauri_specta::Event;
    let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event else { return };
    if let Some(path) = dropped_share(paths) {
        let _ = crate::commands::ShareDropped { path: path.to_string_lossy().into_owned() }.emit(window.app_handle());
    }
}

/// The file to open of those dropped together.
fn dropped_share(paths: &[std::path::PathBuf]) -> Option<&std::path::PathBuf> {
    let share = |p: &&std::path::PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("trellis-share"));
    paths.iter().find(share).or_else(|| paths.iter().find(|p| p.is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_share_file_is_chosen_from_those_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("notes.txt");
        std::fs::write(&other, "x").unwrap();
        let share = PathBuf::from("/somewhere/For Robin.TRELLIS-SHARE");
        assert_eq!(dropped_share(&[other.clone(), share.clone()]), Some(&share));
        assert_eq!(dropped_share(&[dir.path().to_owned(), other.clone()]), Some(&other), "a folder is not opened");
        assert_eq!(dropped_share(&[dir.path().to_owned()]), None);
        assert_eq!(dropped_share(&[]), None);
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
