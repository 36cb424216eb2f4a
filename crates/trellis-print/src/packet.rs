//! The session packet: what a person chose to bring to a counsellor, and nothing else.
//!
//! Entries are either the ones ticked (by id) or the ones written in a date range, narrowed to
//! some tags when tags are given. Boundaries and agreements are included only by id. The mood
//! chart is drawn from the included entries only, so an entry left out does not show even as
//! a point on the chart.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};
use trellis_core::{Agreement, AgreementId, Boundary, BoundaryId, Entry, EntryId, Listed, Vault};

use crate::PrintError;

/// What the person chose for a packet.
#[derive(Clone, Debug, Default)]
pub struct PacketChoice {
    /// First day of the range (inclusive); default: 30 days before `to`, or the first ticked entry.
    pub from: Option<NaiveDate>,
    /// Last day of the range (inclusive); default: today, or the last ticked entry.
    pub to: Option<NaiveDate>,
    /// With a range: only entries carrying at least one of these tags (none: every entry).
    pub tags: Vec<String>,
    /// Ticked entries. When any are ticked, only they are included, whatever the range.
    pub entries: Vec<EntryId>,
    pub boundaries: Vec<BoundaryId>,
    pub agreements: Vec<AgreementId>,
}

/// A packet's contents, gathered from the vault.
pub struct Packet {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The time zone the person's days are counted in.
    pub zone: FixedOffset,
    /// Oldest first.
    pub entries: Vec<Entry>,
    pub boundaries: Vec<Boundary>,
    pub agreements: Vec<Agreement>,
}

impl std::fmt::Debug for Packet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Packet({}..{}, {} entries, <private>)", self.from, self.to, self.entries.len())
    }
}

impl Packet {
    /// Returns the average mood of each day that has an included entry with a mood, oldest first.
    pub(crate) fn mood_days(&self) -> Vec<(NaiveDate, f64)> {
        let mut days: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
        for e in &self.entries {
            if let (Some(m), Some(day)) = (e.mood, self.day_of(e.created_at)) {
                let slot = days.entry(day).or_default();
                slot.0 += u32::from(m.get());
                slot.1 += 1;
            }
        }
        days.into_iter().map(|(d, (sum, n))| (d, f64::from(sum) / f64::from(n))).collect()
    }

    /// The person's day of `t`; `None` for a date outside 1970 to 9999 (an entry imported
    /// before such dates were refused), which has no place on the chart.
    pub(crate) fn day_of(&self, t: DateTime<Utc>) -> Option<NaiveDate> {
        trellis_core::dates::local_day(t, &self.zone)
    }
}

/// Gathers what `choice` names from an unlocked vault, counting days in `zone`.
pub fn choose_entries(
    vault: &mut Vault,
    choice: &PacketChoice,
    zone: FixedOffset,
    today: NaiveDate,
) -> Result<Packet, PrintError> {
    // Checked: an entry dated outside 1970 to 9999 has no local day (the conversion would
    // overflow); it is in no range, and a ticked one does not stretch the packet's dates.
    let day = |t: DateTime<Utc>| trellis_core::dates::local_day(t, &zone);
    let mut entries: Vec<Entry> = Vec::new();
    let (from, to);
    if choice.entries.is_empty() {
        to = choice.to.unwrap_or(today);
        from = choice.from.unwrap_or_else(|| to.checked_sub_days(Days::new(29)).unwrap_or(to));
        let tags: Vec<String> = choice.tags.iter().map(|t| t.trim().to_lowercase()).collect();
        let journal = vault.journal()?;
        for row in journal.list(0, usize::MAX)? {
            // A damaged entry cannot be read, so it cannot be printed; the app lists it elsewhere.
            let Listed::Entry(e) = row else { continue };
            let Some(d) = day(e.created_at) else { continue };
            if (from..=to).contains(&d) && (tags.is_empty() || e.tags.iter().any(|t| tags.contains(t))) {
                entries.push(e);
            }
        }
    } else {
        let journal = vault.journal()?;
        for id in &choice.entries {
            entries.push(journal.get(*id)?);
        }
        let first = entries.iter().filter_map(|e| day(e.created_at)).min().unwrap_or(today);
        let last = entries.iter().filter_map(|e| day(e.created_at)).max().unwrap_or(today);
        from = choice.from.map_or(first, |f| f.min(first));
        to = choice.to.map_or(last, |t| t.max(last));
    }
    entries.sort_by_key(|e| (e.created_at, e.id));
    entries.dedup_by_key(|e| e.id);
    let boundaries = {
        let b = vault.boundaries()?;
        choice.boundaries.iter().map(|id| b.get(*id)).collect::<Result<Vec<_>, _>>()?
    };
    let agreements = {
        let a = vault.agreements()?;
        choice.agreements.iter().map(|id| a.get(*id)).collect::<Result<Vec<_>, _>>()?
    };
    Ok(Packet { from: from.min(to), to: to.max(from), zone, entries, boundaries, agreements })
}
