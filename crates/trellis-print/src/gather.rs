//! Reading from an unlocked vault what a document prints, for the two front ends to share.

use chrono::NaiveDate;
use trellis_core::{Agreement, Boundary, BoundaryStatus, ListedAgreement, Vault};

use crate::PrintError;

/// Returns the boundaries to print: the agreed ones, or with `all` every one but the retired,
/// in the order the boundaries list shows them.
pub fn boundaries_to_print(vault: &mut Vault, all: bool) -> Result<Vec<Boundary>, PrintError> {
    let list = vault.boundaries()?.all()?;
    Ok(list
        .into_iter()
        .filter(|b| if all { b.status != BoundaryStatus::Retired } else { b.status == BoundaryStatus::Agreed })
        .collect())
}

/// Returns the agreements ledger as the app lists it on `today` (due ones first); a damaged
/// agreement cannot be read, so it is left out.
pub fn ledger(vault: &mut Vault, today: NaiveDate) -> Result<Vec<Agreement>, PrintError> {
    Ok(vault
        .agreements()?
        .list(today)?
        .into_iter()
        .filter_map(|row| match row {
            ListedAgreement::Agreement { agreement, .. } => Some(agreement),
            ListedAgreement::Damaged { .. } => None,
        })
        .collect())
}
