//! The guided prompts and Markdown preview (the library screen comes with its own issue).

use serde::Serialize;
use specta::Type;
use tauri::State;
use trellis_core::library::{render_html, Prompt, PromptGroup};

use crate::state::AppState;

/// The prompts, grouped.
#[derive(Clone, Debug, Serialize, Type)]
pub struct Prompts {
    pub groups: Vec<PromptGroup>,
    pub prompts: Vec<Prompt>,
}

#[tauri::command]
#[specta::specta]
pub fn prompts(state: State<'_, AppState>) -> Prompts {
    state.with_library(|l| Prompts { groups: l.prompt_groups().to_vec(), prompts: l.prompts().to_vec() })
}

/// Renders Markdown the way the app shows it: sanitized HTML, safe to insert.
#[tauri::command]
#[specta::specta]
pub fn render_markdown(markdown: String) -> String {
    render_html(&markdown)
}
