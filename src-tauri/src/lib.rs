//! The Trellis desktop shell: a Tauri window over `trellis-core`.
//!
//! It holds no domain logic. It registers typed commands (tauri-specta, so
//! `ui/src/lib/bindings.ts` is generated), keeps the vault in its state, runs the auto-lock
//! clock, locks when the screen locks, asks the UI to save before the window closes, keeps
//! the window title neutral, and keeps to one instance.
//!
//! It is built in layers (`docs/architecture.md`, "Inside the shell"); each reaches only
//! down, and `scripts/check-module-cycles.py` (`make lint`) fails on a circle:
//!
//! - this file, the wiring: registers the commands and events, and connects the platform's
//!   events (tray menu, window close, notification clicks, a second start) to what they do;
//! - `commands`: the typed commands, imported by nothing but this file;
//! - behaviour that combines the pieces below: `closing` (where a closed window goes),
//!   `safety` (quick hide), `printing` (a preview a lock overtook is dropped);
//! - background jobs: `lifecycle` (the clock thread: auto-lock, catch-up, index, snapshots)
//!   and `reminders`;
//! - platform pieces: `window`, `tray`, `notify`, `dialog`, `print_dialog`, `screenlock`,
//!   `instance`;
//! - the session: `session` (lock, display name) over `state` (the vault, the library), and
//!   `clipboard` below it (every lock takes the recovery code back);
//! - foundations: `clock` (the one clock), `config`, `error`, `mutex`, `startup` (where a start's
//!   time goes).
//!
//! The event types the UI receives are declared in `commands/mod.rs` beside the commands; the
//! layers below take those types from there, never a command.

#![forbid(unsafe_code)]

pub mod clipboard;
pub mod clock;
pub mod closing;
pub mod commands;
pub mod config;
pub mod dialog;
pub mod error;
pub mod instance;
pub mod lifecycle;
pub mod mutex;
pub mod notify;
pub mod print_dialog;
pub mod printing;
pub mod reminders;
pub mod safety;
mod screenlock;
pub mod session;
pub mod startup;
pub mod state;
pub mod tray;
pub mod window;
pub mod words;

/// Builds the typed command and event registry for a runtime: `tauri::Wry` for the app and
/// the generated bindings, `tauri::test::MockRuntime` for the command tests. (A macro, since
/// `collect_commands!` cannot use a generic parameter of an enclosing function.)
#[macro_export]
macro_rules! specta_builder {
    ($runtime:ty) => {
        tauri_specta::Builder::<$runtime>::new()
            .commands(tauri_specta::collect_commands![
                $crate::commands::vault::vault_status,
                $crate::commands::vault::create_vault::<$runtime>,
                $crate::commands::vault::unlock::<$runtime>,
                $crate::commands::vault::recover::<$runtime>,
                $crate::commands::vault::lock::<$runtime>,
                $crate::commands::vault::touch,
                $crate::commands::vault::settings,
                $crate::commands::vault::set_auto_lock_minutes,
                $crate::commands::vault::set_journal_history,
                $crate::commands::vault::confirm_passphrase::<$runtime>,
                $crate::commands::vault::change_passphrase::<$runtime>,
                $crate::commands::vault::change_passphrase_and_rekey::<$runtime>,
                $crate::commands::vault::new_recovery_code::<$runtime>,
                $crate::commands::vault::close_now::<$runtime>,
                $crate::commands::journal::list_entries,
                $crate::commands::journal::list_tagged,
                $crate::commands::journal::get_entry,
                $crate::commands::journal::save_entry,
                $crate::commands::journal::save_thought_record,
                $crate::commands::journal::delete_entry,
                $crate::commands::journal::undo_delete_entry,
                $crate::commands::journal::entry_history,
                $crate::commands::journal::search_entries,
                $crate::commands::journal::tags,
                $crate::commands::journal::on_this_day,
                $crate::commands::journal::mood_by_day,
                $crate::commands::library::prompts,
                $crate::commands::library::render_markdown,
                $crate::commands::library::library_index,
                $crate::commands::library::read_article,
                $crate::commands::library::search_library,
                $crate::commands::library::open_link,
                $crate::commands::clipboard::clear_clipboard_if::<$runtime>,
                $crate::commands::clipboard::copy_secret::<$runtime>,
                $crate::commands::backup::backup_status,
                $crate::commands::backup::set_snapshots,
                $crate::commands::backup::snapshot_now::<$runtime>,
                $crate::commands::backup::check_snapshot::<$runtime>,
                $crate::commands::backup::restore_snapshot::<$runtime>,
                $crate::commands::backup::write_backup::<$runtime>,
                $crate::commands::backup::export_readable::<$runtime>,
                $crate::commands::backup::import_file::<$runtime>,
                $crate::commands::backup::choose_path::<$runtime>,
                $crate::commands::sync::sync_status,
                $crate::commands::sync::sync_start,
                $crate::commands::sync::sync_join,
                $crate::commands::sync::sync_join_with_recovery,
                $crate::commands::sync::sync_now::<$runtime>,
                $crate::commands::sync::sync_approve,
                $crate::commands::sync::sync_remove,
                $crate::commands::sync::sync_leave,
                $crate::commands::partner::partner_status,
                $crate::commands::partner::partner_words,
                $crate::commands::partner::partner_connect,
                $crate::commands::partner::partner_forget,
                $crate::commands::partner::share_preview,
                $crate::commands::partner::share_write,
                $crate::commands::partner::share_open,
                $crate::commands::partner::shares,
                $crate::commands::partner::fill_their_side,
                $crate::commands::partner::share_keep_agreement,
                $crate::commands::print::print_preview::<$runtime>,
                $crate::commands::print::print_save::<$runtime>,
                $crate::commands::print::choose_pdf_path::<$runtime>,
                $crate::commands::print::print_pages::<$runtime>,
                $crate::commands::print::print_window::<$runtime>,
                $crate::commands::tools::guides,
                $crate::commands::tools::search_everything,
                $crate::commands::tools::list_boundaries,
                $crate::commands::tools::get_boundary,
                $crate::commands::tools::add_boundary,
                $crate::commands::tools::edit_boundary,
                $crate::commands::tools::retire_boundary,
                $crate::commands::tools::log_moment,
                $crate::commands::tools::unlog_moment,
                $crate::commands::tools::undo_unlog_moment,
                $crate::commands::tools::boundary_history,
                $crate::commands::tools::delete_boundary,
                $crate::commands::tools::undo_delete_boundary,
                $crate::commands::tools::list_worksheets,
                $crate::commands::tools::get_worksheet,
                $crate::commands::tools::new_worksheet,
                $crate::commands::tools::retitle_worksheet,
                $crate::commands::tools::fill_area,
                $crate::commands::tools::add_area,
                $crate::commands::tools::remove_area,
                $crate::commands::tools::agree_area,
                $crate::commands::tools::compare_worksheets,
                $crate::commands::tools::delete_worksheet,
                $crate::commands::tools::undo_delete_worksheet,
                $crate::commands::tools::list_agreements,
                $crate::commands::tools::get_agreement,
                $crate::commands::tools::add_agreement,
                $crate::commands::tools::agreement_from_boundary,
                $crate::commands::tools::edit_agreement,
                $crate::commands::tools::agreement_history,
                $crate::commands::tools::delete_agreement,
                $crate::commands::tools::undo_delete_agreement,
                $crate::commands::checkin::checkin_agenda,
                $crate::commands::checkin::save_checkin,
                $crate::commands::checkin::list_checkins,
                $crate::commands::checkin::unsaved_checkin,
                $crate::commands::checkin::keep_unsaved_checkin,
                $crate::commands::checkin::forget_unsaved_checkin,
                $crate::commands::safety::quick_hide::<$runtime>,
                $crate::commands::safety::display_name,
                $crate::commands::language::chosen_language,
                $crate::commands::language::choose_language,
                $crate::commands::language::show_language::<$runtime>,
                $crate::commands::safety::set_name_as_notes::<$runtime>,
                $crate::commands::safety::vault_folder,
                $crate::commands::safety::safety_check,
                $crate::commands::safety::save_safety_check,
                $crate::commands::safety::clear_safety_check,
                $crate::commands::reminders::list_reminders,
                $crate::commands::reminders::add_reminder,
                $crate::commands::reminders::edit_reminder,
                $crate::commands::reminders::remove_reminder,
                $crate::commands::reminders::snooze_reminder,
                $crate::commands::reminders::skip_reminder,
                $crate::commands::reminders::pause_reminder,
                $crate::commands::reminders::show_reminder_words,
                $crate::commands::reminders::reminder_setup::<$runtime>,
                $crate::commands::reminders::set_autostart::<$runtime>,
            ])
            .events(tauri_specta::collect_events![
                $crate::commands::Locked,
                $crate::commands::FlushRequested,
                $crate::commands::VaultChanged,
                $crate::commands::IndexReady,
                $crate::commands::OpenScreen,
                $crate::commands::ShareDropped,
            ])
            // Every type crossing IPC reads the same in both directions.
            .disable_serde_phases()
            // Every integer crossing IPC is a count, an offset or a mood: far below 2^53.
            .dangerously_cast_bigints_to_number()
    };
}

/// Adds what the shell keeps besides the vault (the tray's presence, shown notifications,
/// where a closing window goes): for the app and for the command tests alike.
pub fn with_shell_state<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.manage(notify::Shown::default()).manage(tray::Tray::default()).manage(closing::Departure::default())
}

/// What each item of the tray's menu does.
fn on_tray_item<R: tauri::Runtime>(app: &tauri::AppHandle<R>, item: tray::Item) {
    match item {
        tray::Item::Open => window::focus_main(app),
        tray::Item::Lock => {
            session::lock_now(app, trellis_core::autolock::LockReason::User);
        }
        tray::Item::SnoozeAll => reminders::snooze_all(app),
        tray::Item::Quit => closing::quit(app),
    }
}

/// The argument the login item starts Trellis with: the window stays hidden in the tray.
const IN_TRAY: &str = "--in-tray";

/// The login item's name, as the desktop's list of startup programs shows it: neutral, like
/// the name a person can choose for the window.
const LOGIN_ITEM: &str = "Notes";

/// Moves a login item written under the app's own name (before it had a neutral one) to the
/// neutral name. Linux only: elsewhere the old item stays until "Start when I log in" is
/// turned off and on again.
fn move_login_item<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        use tauri_plugin_autostart::ManagerExt;
        let Some(old) = dirs::config_dir().map(|d| d.join("autostart").join("Trellis.desktop")) else { return };
        if old.is_file() && app.autolaunch().enable().is_ok() {
            let _ = std::fs::remove_file(old);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Starts the app.
pub fn run() {
    startup::begin();
    // A panic's message can quote what the code was working on (a value in an `unwrap`):
    // the log keeps only where it happened and on which thread.
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current().name().unwrap_or("unnamed").to_owned();
        let at = info.location().map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        eprintln!("trellis: thread {thread} stopped on an internal error{at} (its message is not shown)");
    }));
    let started_in_tray = std::env::args().any(|a| a == IN_TRAY);
    let builder = specta_builder!(tauri::Wry);
    let config = state::Config::from_env();
    let app_state = match state::AppState::new(config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("trellis: could not start: {e}");
            std::process::exit(1);
        }
    };
    startup::step("the vault's folder read");
    with_shell_state(tauri::Builder::default())
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| window::focus_main(app)))
        .plugin(window::navigation_guard())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        // Started at login, Trellis waits in the tray (window hidden) for its reminders.
        .plugin(tauri_plugin_autostart::Builder::new().app_name(LOGIN_ITEM).arg(IN_TRAY).build())
        .manage(app_state)
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            startup::step("the event loop and plugins set up");
            builder.mount_events(app);
            move_login_item(app.handle());
            // The window is made here, not from the configuration, so that its first title
            // is already the chosen name ("Notes" shows no flash of "Trellis").
            let in_tray = tray::start(app.handle(), on_tray_item);
            startup::step("the tray icon asked for");
            window::open_main_window(app.handle(), in_tray && started_in_tray)?;
            startup::step("the window and its webview made");
            let handle = app.handle().clone();
            use tauri_plugin_notification::NotificationExt;
            let _ = app.notification().on_action(move |action| notify::on_action(&handle, action));
            lifecycle::start_ticker(app.handle().clone());
            screenlock::start(app.handle().clone());
            // Parse the PDF fonts now, off the main thread, so the first preview is quick.
            std::thread::spawn(trellis_print::warm_up);
            startup::step("the rest of set-up done");
            Ok(())
        })
        .on_window_event(|window, event| {
            closing::on_window_event(window, event);
            window::on_drop(window, event);
        })
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            if instance::met_a_closing_instance(&e) {
                instance::start_again();
            }
            eprintln!("trellis: the window could not start: {e}");
            std::process::exit(1);
        })
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // The recovery code does not outlive Trellis on the clipboard.
                use tauri::Manager;
                app.state::<state::AppState>().copied.take_back_soon(std::time::Duration::from_secs(1));
            }
        });
}
