//! What every kind of record offers the rest of the core, as a trait object, so unlock, the
//! background index, catch-up, re-key, the format upgrade and the guards' tests can loop over
//! one list (`crate::kinds::KINDS`) instead of naming each kind. In the spirit of ripgrep's
//! `FLAGS: &[&dyn Flag]`.
//!
//! This module defines the interface and its one generic implementation, [`Of`]; it names no
//! kind. The list itself lives in `crate::kinds`, above the feature modules, so nothing below
//! the features depends on them.

use std::any::Any;
use std::marker::PhantomData;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::ids::RecordId;
use crate::record::{doc_of, DamagedRecord, Doc, Kind, Record, RecordKey, RecordKind, Records};
use crate::store::StoreError;
use crate::sync::merge::{self, Merged, NotApplied};
use crate::sync::Change;

/// A record as the index takes it, or the name of one that could not be read.
pub(crate) type DocOrDamaged = Result<Doc, DamagedRecord>;

/// A record as `(id, created ms, updated ms, payload as JSON)`.
pub(crate) type Dumped = ([u8; 16], i64, i64, String);

/// One kind of record, reached without naming its type.
pub(crate) trait AnyKind: Sync {
    fn kind(&self) -> RecordKind;
    /// Counts its records.
    fn count(&self, records: &Records<'_>) -> Result<usize, StoreError>;
    /// Reads every record as a [`Doc`], or as damaged.
    fn feed(&self, records: &Records<'_>, sink: &mut dyn FnMut(DocOrDamaged)) -> Result<(), StoreError>;
    /// Reads the records with these ids.
    fn by_id(&self, records: &Records<'_>, ids: &[[u8; 16]]) -> Result<Vec<DocOrDamaged>, StoreError>;
    /// Reseals every readable record under `to`, in the caller's transaction.
    fn reseal_all(
        &self,
        records: &Records<'_>,
        to: &RecordKey,
        progress: &mut dyn FnMut(),
    ) -> Result<usize, StoreError>;
    /// Reseals every record still in the first format; returns how many.
    fn upgrade_format(&self, records: &Records<'_>) -> Result<usize, StoreError>;
    /// Runs after a record of the kind was written, in the same transaction: what the kind
    /// keeps in step with its records (a dated boundary's reminder). `payload` is the kind's
    /// own payload type.
    fn written(&self, conn: &Connection, id: &[u8; 16], payload: &dyn Any, at: DateTime<Utc>)
        -> Result<(), StoreError>;
    /// Runs after a record of the kind was deleted, in the same transaction.
    fn removed(&self, conn: &Connection, id: &[u8; 16]) -> Result<(), StoreError>;
    /// Applies another computer's change ([`crate::sync::merge`]) and runs the hook for what it
    /// wrote or removed, in the caller's transaction.
    fn apply_change(&self, records: &Records<'_>, change: &Change, now: DateTime<Utc>) -> Result<Merged, NotApplied>;
    /// Every readable record as `(id, created ms, updated ms, payload as JSON)`, for tests that
    /// compare two vaults.
    fn dump(&self, records: &Records<'_>) -> Result<Vec<Dumped>, StoreError>;
    /// Gives every record written before sync was set up its first version, and settles those
    /// other computers sent other versions of already; returns how many, and what settling wrote.
    fn first_versions(&self, records: &Records<'_>, now: DateTime<Utc>) -> Result<(usize, Merged), NotApplied>;
    /// Saves one record with `words` in every field a person writes (see [`Kind::sample`]),
    /// straight through the record layer; returns it as the index takes it.
    fn add_sample(&self, records: &Records<'_>, words: &str, now: DateTime<Utc>) -> Result<Doc, StoreError>;
}

/// What a kind keeps in step with its records, run by the write path after each write.
pub(crate) trait Hook<K: Kind>: Sync {
    fn written(conn: &Connection, id: &K::Id, payload: &K::Payload, at: DateTime<Utc>) -> Result<(), StoreError>;
    fn removed(conn: &Connection, id: &K::Id) -> Result<(), StoreError>;
}

/// Nothing to keep in step.
pub(crate) struct NoHook;

impl<K: Kind> Hook<K> for NoHook {
    fn written(_: &Connection, _: &K::Id, _: &K::Payload, _: DateTime<Utc>) -> Result<(), StoreError> {
        Ok(())
    }

    fn removed(_: &Connection, _: &K::Id) -> Result<(), StoreError> {
        Ok(())
    }
}

/// The registry entry of kind `K`, with hook `H`.
pub(crate) struct Of<K, H = NoHook>(PhantomData<fn() -> (K, H)>);

impl<K, H> Of<K, H> {
    pub(crate) const ENTRY: Self = Of(PhantomData);
}

impl<K: Kind, H: Hook<K>> Of<K, H> {
    /// Runs the hook for what settling wrote or removed, and gives it as the index takes it.
    fn merged(records: &Records<'_>, applied: merge::Applied<K>, now: DateTime<Utc>) -> Result<Merged, NotApplied> {
        let mut merged = Merged { conflict: applied.conflict, ..Merged::default() };
        for rec in applied.written {
            // What follows a record from another computer counts from now (a weekly reminder
            // made last month fires next week, not at once).
            H::written(records.conn(), &rec.id, &rec.payload, now.max(rec.updated_at))?;
            merged.docs.push(Doc::of::<K>(&rec.id, rec.created_at, rec.updated_at, rec.payload));
        }
        for id in applied.removed {
            H::removed(records.conn(), &id)?;
            merged.removed.push((K::KIND, *id.as_bytes()));
        }
        Ok(merged)
    }
}

impl<K: Kind, H: Hook<K>> AnyKind for Of<K, H> {
    fn kind(&self) -> RecordKind {
        K::KIND
    }

    fn count(&self, records: &Records<'_>) -> Result<usize, StoreError> {
        records.count::<K>()
    }

    fn feed(&self, records: &Records<'_>, sink: &mut dyn FnMut(DocOrDamaged)) -> Result<(), StoreError> {
        records.for_each::<K>(|row| sink(doc_of(row)))
    }

    fn by_id(&self, records: &Records<'_>, ids: &[[u8; 16]]) -> Result<Vec<DocOrDamaged>, StoreError> {
        let ids: Vec<K::Id> = ids.iter().filter_map(|b| K::Id::from_bytes(b)).collect();
        Ok(records.get_many::<K>(&ids)?.into_iter().map(doc_of).collect())
    }

    fn reseal_all(
        &self,
        records: &Records<'_>,
        to: &RecordKey,
        progress: &mut dyn FnMut(),
    ) -> Result<usize, StoreError> {
        records.reseal_all::<K>(to, progress)
    }

    fn upgrade_format(&self, records: &Records<'_>) -> Result<usize, StoreError> {
        records.upgrade_format::<K>()
    }

    fn written(
        &self,
        conn: &Connection,
        id: &[u8; 16],
        payload: &dyn Any,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match (K::Id::from_bytes(id), payload.downcast_ref::<K::Payload>()) {
            (Some(id), Some(payload)) => H::written(conn, &id, payload, at),
            _ => Ok(()),
        }
    }

    fn removed(&self, conn: &Connection, id: &[u8; 16]) -> Result<(), StoreError> {
        match K::Id::from_bytes(id) {
            Some(id) => H::removed(conn, &id),
            None => Ok(()),
        }
    }

    fn apply_change(&self, records: &Records<'_>, change: &Change, now: DateTime<Utc>) -> Result<Merged, NotApplied> {
        let applied = merge::apply::<K>(records, change, now)?;
        Self::merged(records, applied, now)
    }

    fn dump(&self, records: &Records<'_>) -> Result<Vec<Dumped>, StoreError> {
        let mut out = Vec::new();
        records.for_each::<K>(|row| {
            if let crate::record::Row::Ok(r) = row {
                let json = serde_json::to_string(&r.payload).expect("payloads always encode");
                out.push((*r.id.as_bytes(), r.created_at.timestamp_millis(), r.updated_at.timestamp_millis(), json));
            }
        })?;
        Ok(out)
    }

    fn first_versions(&self, records: &Records<'_>, now: DateTime<Utc>) -> Result<(usize, Merged), NotApplied> {
        let (first, settle) = crate::sync::log::first_versions::<K>(records)?;
        let applied = merge::settle_announced::<K>(records, &settle, now)?;
        Ok((first, Self::merged(records, applied, now)?))
    }

    fn add_sample(&self, records: &Records<'_>, words: &str, now: DateTime<Utc>) -> Result<Doc, StoreError> {
        let now = crate::dates::whole_ms(now);
        let rec: Record<K> =
            Record { id: K::Id::fresh(now), created_at: now, updated_at: now, payload: K::sample(words) };
        // A fresh id is never taken and a sample is small: only the store can fail here.
        records.insert(&rec).map_err(|e| match e {
            crate::record::RecordError::Store(s) => s,
            _ => StoreError::Interrupted,
        })?;
        H::written(records.conn(), &rec.id, &rec.payload, now)?;
        crate::sync::log::put(records, &rec, false, &[])?;
        Ok(Doc::of::<K>(&rec.id, rec.created_at, rec.updated_at, rec.payload))
    }
}

/// The list of every kind, as [`crate::kinds::KINDS`] gives it.
#[derive(Clone, Copy)]
pub(crate) struct Registry(pub(crate) &'static [&'static dyn AnyKind]);

impl Registry {
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static dyn AnyKind> {
        self.0.iter().copied()
    }

    /// The entry of `kind`. Every kind has one: a test of `crate::kinds` checks it.
    pub(crate) fn of(self, kind: RecordKind) -> &'static dyn AnyKind {
        self.iter().find(|k| k.kind() == kind).expect("every kind is in the registry")
    }

    /// Counts every record of every kind.
    pub(crate) fn count(self, records: &Records<'_>) -> Result<usize, StoreError> {
        self.iter().map(|k| k.count(records)).sum()
    }

    /// Reads every record of every kind, in the order of the list.
    pub(crate) fn feed(self, records: &Records<'_>, sink: &mut dyn FnMut(DocOrDamaged)) -> Result<(), StoreError> {
        self.iter().try_for_each(|k| k.feed(records, sink))
    }

    /// Reseals every readable record of every kind under `to`; runs in the caller's transaction.
    pub(crate) fn reseal_all(
        self,
        records: &Records<'_>,
        to: &RecordKey,
        progress: &mut dyn FnMut(),
    ) -> Result<usize, StoreError> {
        self.iter().map(|k| k.reseal_all(records, to, progress)).sum()
    }

    /// Reseals every record still in format 1; returns how many. Runs in the caller's transaction.
    pub(crate) fn upgrade_format(self, records: &Records<'_>) -> Result<usize, StoreError> {
        self.iter().map(|k| k.upgrade_format(records)).sum()
    }
}
