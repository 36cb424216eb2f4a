//! Together → With my partner: connecting with the partner's own Trellis by cards and six
//! words, sharing a chosen page as a file, and opening a share from them.

use std::path::Path;

use serde::Serialize;
use specta::Type;
use trellis_core::{
    Agreement, PartnerConnected, QrCode, Share, ShareChoice, ShareId, ShareOpened, SharedItem, Worksheet, WorksheetId,
};

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;

/// This Trellis's card and the partner it is connected with.
#[derive(Clone, Debug, Serialize, Type)]
pub struct PartnerView {
    pub card: String,
    /// The card as a QR code.
    pub card_qr: QrCode,
    pub connected: Option<PartnerConnected>,
}

fn view(v: &mut trellis_core::Vault) -> Result<PartnerView, AppError> {
    let mut partner = v.partner()?;
    Ok(PartnerView { card: partner.my_card()?, card_qr: partner.my_card_qr()?, connected: partner.connected()? })
}

#[tauri::command]
#[specta::specta]
pub fn partner_status(state: tauri::State<'_, AppState>) -> Result<PartnerView, AppError> {
    state.with_vault(view)
}

/// The six words for connecting with the Trellis whose card was pasted (nothing is kept).
#[tauri::command]
#[specta::specta]
pub fn partner_words(state: tauri::State<'_, AppState>, card: String) -> Result<String, AppError> {
    state.with_vault(|v| Ok(v.partner()?.words_with(&card)?))
}

/// Connects, once the person said the six words on both screens match.
#[tauri::command]
#[specta::specta]
pub fn partner_connect(
    state: tauri::State<'_, AppState>,
    card: String,
    name: String,
    words: String,
) -> Result<PartnerView, AppError> {
    state.with_vault(|v| {
        v.partner()?.connect(&card, &name, &words, clock::now())?;
        view(v)
    })
}

#[tauri::command]
#[specta::specta]
pub fn partner_forget(state: tauri::State<'_, AppState>) -> Result<PartnerView, AppError> {
    state.with_vault(|v| {
        v.partner()?.forget()?;
        view(v)
    })
}

/// Exactly what a share of `choice` holds.
#[tauri::command]
#[specta::specta]
pub fn share_preview(state: tauri::State<'_, AppState>, choice: ShareChoice) -> Result<Vec<SharedItem>, AppError> {
    state.with_vault(|v| Ok(v.partner()?.preview(&choice, clock::today())?))
}

/// Writes the share of `choice` to `path` (a new file).
#[tauri::command]
#[specta::specta]
pub fn share_write(
    state: tauri::State<'_, AppState>,
    choice: ShareChoice,
    path: String,
) -> Result<Vec<SharedItem>, AppError> {
    state.with_vault(|v| Ok(v.partner()?.share_to(&choice, Path::new(&path), clock::now(), clock::today())?))
}

/// Opens the share file at `path` and keeps it.
#[tauri::command]
#[specta::specta]
pub fn share_open(state: tauri::State<'_, AppState>, path: String) -> Result<ShareOpened, AppError> {
    state.with_vault(|v| Ok(v.partner()?.open_file(Path::new(&path), clock::now())?))
}

/// The shares from the partner kept here, newest first.
#[tauri::command]
#[specta::specta]
pub fn shares(state: tauri::State<'_, AppState>) -> Result<Vec<Share>, AppError> {
    state.with_vault(|v| Ok(v.partner()?.shares()?))
}

/// Fills "my partner's expectation" of a worksheet from a shared one, as told by them.
#[tauri::command]
#[specta::specta]
pub fn fill_their_side(
    state: tauri::State<'_, AppState>,
    worksheet: WorksheetId,
    share: ShareId,
) -> Result<Worksheet, AppError> {
    state.with_vault(|v| Ok(v.fill_their_side(worksheet, share, clock::now())?))
}

/// Keeps the agreement a share holds in the ledger: a new one held with the partner, or their
/// words for one held already (the earlier words stay in its history).
#[tauri::command]
#[specta::specta]
pub fn share_keep_agreement(
    state: tauri::State<'_, AppState>,
    share: ShareId,
    index: u32,
) -> Result<Agreement, AppError> {
    state.with_vault(|v| Ok(v.partner()?.keep_agreement(share, index as usize, clock::now())?))
}
