//! The registry of record kinds: the one list that names every kind, so unlock, the background
//! index, catch-up, re-key, the format upgrade and the guards' tests reach all of them by
//! looping over it. It sits above the feature modules (it names their kinds) and nothing below
//! the vault imports it: the rest of the core gets the list as a value
//! ([`crate::registry::Registry`]).
//!
//! Adding a kind: its payload type implementing `Kind`, its migration, and one line in
//! [`KINDS`] (with the `FollowDate` hook if it has a date with a reminder of its own, and a
//! line in [`DATED`]). A test below fails if a kind is missing.

use crate::checkin::DraftKind;
use crate::journal::EntryKind;
use crate::partner::shared::ShareKind;
use crate::registry::{AnyKind, Of, Registry};
use crate::reminders::{Dated, DatedOf, FollowDate, KeepSchedule, ReminderKind};
use crate::tools::agreements::AgreementKind;
use crate::tools::boundaries::BoundaryKind;
use crate::tools::safety_check::SafetyCheckKind;
use crate::tools::worksheets::WorksheetKind;

/// Every kind of record, in the order they are indexed.
pub(crate) static KINDS: Registry = Registry(&[
    &Of::<EntryKind>::ENTRY as &dyn AnyKind,
    &Of::<BoundaryKind, FollowDate>::ENTRY,
    &Of::<WorksheetKind>::ENTRY,
    &Of::<AgreementKind, FollowDate>::ENTRY,
    &Of::<ReminderKind, KeepSchedule>::ENTRY,
    &Of::<DraftKind>::ENTRY,
    &Of::<SafetyCheckKind>::ENTRY,
    &Of::<ShareKind>::ENTRY,
]);

/// The kinds with a date that has a reminder of its own.
pub(crate) static DATED: &[&dyn Dated] =
    &[&DatedOf::<BoundaryKind>::ENTRY as &dyn Dated, &DatedOf::<AgreementKind>::ENTRY];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RecordKind;

    #[test]
    fn every_kind_is_in_the_registry_once() {
        for kind in RecordKind::ALL {
            let n = KINDS.iter().filter(|k| k.kind() == *kind).count();
            assert_eq!(n, 1, "{} is in the registry {n} times; it must be there once", kind.name());
        }
        assert_eq!(KINDS.iter().count(), RecordKind::ALL.len());
    }
}
