//! Every date in a Trellis document is checked against the dates Trellis keeps (1970 to 9999,
//! see [`crate::dates`]) before anything is imported: an entry dated `+262142-12-31` used to
//! import, then stop "on this day" and the session packet east of UTC. The error names the
//! record by its place in the file and the field, never what it says.

use chrono::{DateTime, NaiveDate, Utc};

use super::{BackupError, Document, Versions};
use crate::say::Message;

/// Where a date sits in the document: "entry 3 (counting from 1), earlier version 2".
struct Place<'a> {
    kind: &'a str,
    index: usize,
    version: Option<usize>,
}

impl Place<'_> {
    fn err(&self, field: &str, inner: Option<(&str, usize)>) -> BackupError {
        let mut at = Message::new("import-place").with("kind", self.kind).with("index", self.index + 1);
        if let Some(v) = self.version {
            at = Message::new("import-place-version").with("place", at).with("version", v + 1);
        }
        if let Some((what, n)) = inner {
            at = Message::new("import-place-part").with("place", at).with("part", what).with("index", n + 1);
        }
        BackupError::Invalid(Message::new("error-import-date").with("place", at).with("field", field))
    }

    fn instant(&self, field: &str, t: DateTime<Utc>) -> Result<(), BackupError> {
        crate::dates::in_range(t).then_some(()).ok_or_else(|| self.err(field, None))
    }

    fn day(&self, field: &str, d: Option<NaiveDate>, inner: Option<(&str, usize)>) -> Result<(), BackupError> {
        match d {
            Some(d) if !crate::dates::day_in_range(d) => Err(self.err(field, inner)),
            _ => Ok(()),
        }
    }
}

/// Runs `check` on a record and each of its earlier versions, each with its place.
fn each<T>(
    kind: &str,
    list: &[Versions<T>],
    check: impl Fn(&Place<'_>, &T) -> Result<(), BackupError>,
) -> Result<(), BackupError> {
    for (index, v) in list.iter().enumerate() {
        check(&Place { kind, index, version: None }, &v.current)?;
        for (n, earlier) in v.earlier.iter().enumerate() {
            check(&Place { kind, index, version: Some(n) }, earlier)?;
        }
    }
    Ok(())
}

/// Refuses a document holding a date outside 1970 to 9999, naming where.
pub(super) fn check(doc: &Document) -> Result<(), BackupError> {
    each("entry", &doc.entries, |at, e| {
        at.instant("created_at", e.created_at)?;
        at.instant("updated_at", e.updated_at)?;
        at.day("check_in.on", e.check_in.as_ref().map(|c| c.on), None)
    })?;
    each("boundary", &doc.boundaries, |at, b| {
        at.instant("created_at", b.created_at)?;
        at.instant("updated_at", b.updated_at)?;
        at.day("review_on", b.review_on, None)?;
        b.moments.iter().enumerate().try_for_each(|(n, m)| at.day("on", Some(m.on), Some(("moment", n))))
    })?;
    for (index, w) in doc.worksheets.iter().enumerate() {
        let at = Place { kind: "worksheet", index, version: None };
        at.instant("created_at", w.created_at)?;
        at.instant("updated_at", w.updated_at)?;
        at.day("on", Some(w.on), None)?;
        for (n, a) in w.areas.iter().enumerate() {
            at.day("revisit_on", a.revisit_on, Some(("area", n)))?;
        }
    }
    each("agreement", &doc.agreements, |at, a| {
        at.instant("created_at", a.created_at)?;
        at.instant("updated_at", a.updated_at)?;
        at.day("revisit_on", a.revisit_on, None)
    })
}
