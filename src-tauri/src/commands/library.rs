//! The library: topics and articles, reading, search, the guided prompts, Markdown preview,
//! and following a link from rendered Markdown.

use serde::Serialize;
use specta::Type;
use tauri::State;
use trellis_core::library::{
    render_html, ArticleHit, ArticleMeta, ArticlePage, LinkTarget, Prompt, PromptGroup, Topic,
};
use trellis_core::TrellisLink;

use crate::error::{AppError, ErrorCode};
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

/// The library's table of contents: its topics, and every article in reading order.
#[derive(Clone, Debug, Serialize, Type)]
pub struct LibraryIndex {
    pub topics: Vec<Topic>,
    pub articles: Vec<ArticleMeta>,
}

#[tauri::command]
#[specta::specta]
pub fn library_index(state: State<'_, AppState>) -> LibraryIndex {
    state.with_library(|l| LibraryIndex {
        topics: l.topics().to_vec(),
        articles: l.articles().iter().map(|a| a.meta.clone()).collect(),
    })
}

#[tauri::command]
#[specta::specta]
pub fn read_article(state: State<'_, AppState>, slug: String) -> Result<ArticlePage, AppError> {
    Ok(state.with_library(|l| l.read(&slug))?)
}

#[tauri::command]
#[specta::specta]
pub fn search_library(state: State<'_, AppState>, query: String) -> Result<Vec<ArticleHit>, AppError> {
    Ok(state.with_library(|l| l.search(&query, 20))?)
}

/// Follows a link clicked in rendered Markdown. A link into Trellis comes back for the UI to
/// open; a web or e-mail link is handed to the system's browser or mail program and `null`
/// comes back; anything else is refused. The webview itself never navigates away.
#[tauri::command]
#[specta::specta]
pub fn open_link(href: String) -> Result<Option<TrellisLink>, AppError> {
    match LinkTarget::parse(&href) {
        Some(LinkTarget::App(link)) => Ok(Some(link)),
        Some(LinkTarget::External(url)) => {
            crate::window::open_externally(&url)?;
            Ok(None)
        }
        // The link is not repeated: it may come from the person's own journal.
        None => Err(AppError::new(
            ErrorCode::LinkRefused,
            crate::words::say_with("error-link-refused", &[("name", trellis_core::settings::APP_NAME.into())]),
        )),
    }
}
