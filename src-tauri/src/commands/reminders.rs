//! Reminders: their words and schedules, snoozing, pausing, and starting Trellis at login.
//! The time is the shell's one clock (`crate::clock::now`), the one the reminder job reads.

use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_autostart::ManagerExt;
use trellis_core::reminders::{Schedule, Snooze};
use trellis_core::{Reminder, ReminderDraft, ReminderId};

use crate::clock::now;
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_reminders(state: State<'_, AppState>) -> Result<Vec<Reminder>, AppError> {
    let lang = state.language();
    state.with_vault(|v| Ok(v.reminders()?.in_language(lang).list()?))
}

#[tauri::command]
#[specta::specta]
pub fn add_reminder(state: State<'_, AppState>, draft: ReminderDraft) -> Result<Reminder, AppError> {
    let lang = state.language();
    state.with_vault(|v| Ok(v.reminders()?.in_language(lang).add(draft, now())?))
}

#[tauri::command]
#[specta::specta]
pub fn edit_reminder(state: State<'_, AppState>, id: ReminderId, draft: ReminderDraft) -> Result<Reminder, AppError> {
    let lang = state.language();
    state.with_vault(|v| Ok(v.reminders()?.in_language(lang).edit(id, draft, now())?))
}

#[tauri::command]
#[specta::specta]
pub fn remove_reminder(state: State<'_, AppState>, id: ReminderId) -> Result<(), AppError> {
    state.with_vault(|v| Ok(v.reminders()?.remove(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn snooze_reminder(state: State<'_, AppState>, id: ReminderId, how: Snooze) -> Result<Schedule, AppError> {
    state.with_vault(|v| Ok(v.snooze_reminder(id, how, now())?))
}

#[tauri::command]
#[specta::specta]
pub fn skip_reminder(state: State<'_, AppState>, id: ReminderId) -> Result<Schedule, AppError> {
    state.with_vault(|v| Ok(v.skip_reminder(id)?))
}

#[tauri::command]
#[specta::specta]
pub fn pause_reminder(state: State<'_, AppState>, id: ReminderId, paused: bool) -> Result<Schedule, AppError> {
    state.with_vault(|v| Ok(v.pause_reminder(id, paused, now())?))
}

#[tauri::command]
#[specta::specta]
pub fn show_reminder_words(state: State<'_, AppState>, id: ReminderId, show: bool) -> Result<Schedule, AppError> {
    state.with_vault(|v| Ok(v.show_reminder_words(id, show)?))
}

/// What the reminders screen needs to know about this computer.
#[derive(Clone, Debug, Serialize, Type)]
pub struct ReminderSetup {
    /// This computer's IANA zone, the default for a new reminder.
    pub zone: String,
    /// Whether closing the window keeps Trellis running in the tray.
    pub tray: bool,
    /// Whether Trellis starts when the person logs in.
    pub autostart: bool,
}

#[tauri::command]
#[specta::specta]
pub fn reminder_setup<R: Runtime>(app: AppHandle<R>) -> ReminderSetup {
    ReminderSetup {
        zone: trellis_core::reminders::system_zone().name().to_owned(),
        tray: tauri::Manager::state::<crate::tray::Tray>(&app).showing(),
        autostart: app.autolaunch().is_enabled().unwrap_or(false),
    }
}

/// Turns "Start Trellis when I log in" on or off; returns what it is now.
#[tauri::command]
#[specta::specta]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, on: bool) -> Result<bool, AppError> {
    let launcher = app.autolaunch();
    let done = if on { launcher.enable() } else { launcher.disable() };
    done.map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-login-setting", e)))?;
    Ok(launcher.is_enabled().unwrap_or(on))
}
