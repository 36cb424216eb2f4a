//! The vault's side of the partner exchange (`crate::partner`): what takes two features at once,
//! a share kept and one's own worksheet.

use chrono::{DateTime, Utc};

use super::{Vault, VaultError};
use crate::ids::{ShareId, WorksheetId};
use crate::partner::{Partner, PartnerError};
use crate::say::Message;
use crate::tools::ToolError;
use crate::SharedItem;

impl Vault {
    /// Returns the partner connection and shares, or [`VaultError::Locked`].
    pub fn partner(&mut self) -> Result<Partner<'_>, VaultError> {
        Ok(Partner::new(self.collection()?))
    }
    /// Fills "my partner's expectation" of the worksheet `worksheet`, area by area, with what
    /// the partner wrote as their own expectation in the worksheet shared as `share`, marked as
    /// told by them. Areas the partner added are added too. Areas they did not share are left
    /// as they were. Returns the worksheet.
    pub fn fill_their_side(
        &mut self,
        worksheet: WorksheetId,
        share: ShareId,
        now: DateTime<Utc>,
    ) -> Result<crate::Worksheet, PartnerError> {
        let shared = self.partner().map_err(vault_error)?.get(share)?;
        let Some(areas) = shared.items.into_iter().find_map(|i| match i {
            SharedItem::Worksheet { areas, .. } => Some(areas),
            _ => None,
        }) else {
            return Err(PartnerError::Invalid(Message::new("error-share-no-worksheet")));
        };
        let mut sheets = self.worksheets().map_err(vault_error)?;
        let mut sheet = sheets.get(worksheet)?;
        for theirs in areas.into_iter().filter(|a| !a.expectation.is_empty()) {
            let own = theirs.area.starts_with("own-");
            let found = sheet.areas.iter().find(|a| if own { a.name == theirs.name } else { a.area == theirs.area });
            let slot = match found {
                Some(a) => a.clone(),
                None if own && !theirs.name.is_empty() => {
                    sheet = sheets.add_area(worksheet, theirs.name.clone(), now)?;
                    match sheet.areas.last() {
                        Some(a) => a.clone(),
                        None => continue,
                    }
                }
                // An area from a newer Trellis's content: nowhere to put it here.
                None => continue,
            };
            let answer = crate::AreaAnswer { theirs: theirs.expectation, theirs_from: crate::TheirSide::Told, ..slot };
            sheet = sheets.fill(worksheet, answer, None, now)?;
        }
        Ok(sheet)
    }
}

fn vault_error(e: VaultError) -> PartnerError {
    match e {
        VaultError::Store(s) => PartnerError::Tool(ToolError::Store(s)),
        _ => PartnerError::Locked,
    }
}
