//! Reading what other journaling apps export: jrnl's JSON and Day One's. Every field is
//! checked and every error names the entry and the field, never what was written in it.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde_json::Value;

use super::{field_errors, BackupError};
use crate::ids::EntryId;
use crate::journal::{Entry, MAX_ENTRY_BYTES};
use crate::say::Message;

/// Entry `entry` (from 0) has a field `field` that is wrong; message `what` says how.
fn invalid(entry: usize, field: &str, what: &'static str) -> BackupError {
    BackupError::Invalid(
        Message::new("error-import-field")
            .with("entry", entry + 1)
            .with("field", field)
            .with("what", Message::new(what)),
    )
}

fn out_of_range(entry: usize, field: &str) -> BackupError {
    invalid(entry, field, "error-field-date-range")
}

fn text_field(e: &Value, i: usize, field: &str, required: bool) -> Result<String, BackupError> {
    match e.get(field) {
        Some(Value::String(s)) => Ok(s.clone()),
        None | Some(Value::Null) if !required => Ok(String::new()),
        None | Some(Value::Null) => Err(invalid(i, field, "error-field-missing")),
        Some(_) => Err(invalid(i, field, "error-field-text")),
    }
}

fn tags_field(e: &Value, i: usize) -> Result<Vec<String>, BackupError> {
    match e.get("tags") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(tags)) => tags
            .iter()
            .map(|t| match t {
                Value::String(s) => Ok(s.trim_start_matches(['@', '#']).to_owned()),
                _ => Err(invalid(i, "tags", "error-field-tags")),
            })
            .collect(),
        Some(_) => Err(invalid(i, "tags", "error-field-tags")),
    }
}

fn starred(e: &Value, i: usize, field: &str) -> Result<bool, BackupError> {
    match e.get(field) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(invalid(i, field, "error-field-true-or-false")),
    }
}

fn entries_of<'a>(root: &'a Value, what: &str) -> Result<&'a [Value], BackupError> {
    match root.get("entries") {
        Some(Value::Array(entries)) => Ok(entries),
        _ => Err(BackupError::Invalid(Message::new("error-not-an-export").with("app", what))),
    }
}

/// An entry as another app wrote it.
struct Foreign {
    at: DateTime<Utc>,
    title: String,
    body: String,
    tags: Vec<String>,
    starred: bool,
}

/// Makes entry `i` from another app, with an id derived from where it came from (`source`, and
/// `key`: what that app identifies it by) and what it holds.
fn entry(i: usize, source: &str, key: &str, f: Foreign) -> Result<Entry, BackupError> {
    let Foreign { at, title, body, mut tags, starred } = f;
    if title.len() + body.len() > MAX_ENTRY_BYTES {
        return Err(invalid(i, "body", "error-field-too-large"));
    }
    if starred {
        tags.push("starred".into());
    }
    let seed = format!("{source}\u{0}{key}\u{0}{title}\u{0}{body}");
    let at = crate::dates::whole_ms(at);
    let mut draft = crate::journal::EntryDraft { title, body, tags, ..Default::default() };
    draft = crate::journal::tidy(draft);
    Ok(Entry {
        id: EntryId::derived(at, seed.as_bytes()),
        created_at: at,
        updated_at: at,
        title: draft.title,
        body: draft.body,
        mood: None,
        tags: draft.tags,
        prompt_id: None,
        about: Vec::new(),
        check_in: None,
    })
}

/// Reads `jrnl --export json`. Dates have no time zone there: they are read in `tz`.
pub(crate) fn parse_jrnl<Tz: TimeZone>(bytes: &[u8], tz: &Tz) -> Result<Vec<Entry>, BackupError> {
    let root: Value = field_errors(serde_json::from_slice(bytes))?;
    let entries = entries_of(&root, "jrnl")?;
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        if !e.is_object() {
            return Err(BackupError::Invalid(Message::new("error-import-not-an-object").with("entry", i + 1)));
        }
        let date = text_field(e, i, "date", true)?;
        let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| invalid(i, "date", "error-field-date"))?;
        if !crate::dates::day_in_range(date) {
            return Err(out_of_range(i, "date"));
        }
        let time = text_field(e, i, "time", false)?;
        let time = if time.is_empty() {
            NaiveTime::MIN
        } else {
            NaiveTime::parse_from_str(&time, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&time, "%H:%M:%S"))
                .map_err(|_| invalid(i, "time", "error-field-time"))?
        };
        let at = tz
            .from_local_datetime(&date.and_time(time))
            .earliest()
            .ok_or_else(|| invalid(i, "time", "error-field-no-such-time"))?
            .with_timezone(&Utc);
        if !crate::dates::in_range(at) {
            return Err(out_of_range(i, "date"));
        }
        let title = text_field(e, i, "title", false)?;
        let body = text_field(e, i, "body", false)?;
        let key = format!("{date}T{time}");
        let (tags, starred) = (tags_field(e, i)?, starred(e, i, "starred")?);
        out.push(entry(i, "jrnl", &key, Foreign { at, title, body, tags, starred })?);
    }
    Ok(out)
}

/// Reads Day One's JSON (one journal file). Returns the entries and how many photos they had.
pub(crate) fn parse_day_one(bytes: &[u8]) -> Result<(Vec<Entry>, u32), BackupError> {
    let root: Value = field_errors(serde_json::from_slice(bytes))?;
    let entries = entries_of(&root, "Day One")?;
    let (mut out, mut photos) = (Vec::with_capacity(entries.len()), 0u32);
    for (i, e) in entries.iter().enumerate() {
        if !e.is_object() {
            return Err(BackupError::Invalid(Message::new("error-import-not-an-object").with("entry", i + 1)));
        }
        let created = text_field(e, i, "creationDate", true)?;
        let at = DateTime::parse_from_rfc3339(&created)
            .map_err(|_| invalid(i, "creationDate", "error-field-date-time"))?
            .with_timezone(&Utc);
        if !crate::dates::in_range(at) {
            return Err(out_of_range(i, "creationDate"));
        }
        let text = text_field(e, i, "text", false)?;
        let (title, body) = match text.split_once('\n') {
            Some((first, rest)) if first.starts_with("# ") => {
                (first[2..].trim().to_owned(), rest.trim_start_matches('\n').to_owned())
            }
            None if text.starts_with("# ") => (text[2..].trim().to_owned(), String::new()),
            _ => (String::new(), text),
        };
        match e.get("photos") {
            None | Some(Value::Null) => {}
            Some(Value::Array(p)) => photos = photos.saturating_add(p.len() as u32),
            Some(_) => return Err(invalid(i, "photos", "error-field-list")),
        }
        let uuid = text_field(e, i, "uuid", false)?;
        let (tags, starred) = (tags_field(e, i)?, starred(e, i, "starred")?);
        out.push(entry(i, "dayone", &format!("{uuid}\u{0}{created}"), Foreign { at, title, body, tags, starred })?);
    }
    Ok((out, photos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::portable::parse_document;
    use crate::backup::without_values;
    use crate::dates::strategies::any_instant;
    use proptest::prelude::*;

    const JRNL: &str = r#"{"tags": {"@work": 1}, "entries": [
        {"title": "Walk", "body": "By the river.", "date": "2024-05-31", "time": "21:05", "tags": ["@work"], "starred": true},
        {"title": "Quiet", "body": "", "date": "2024-06-01", "time": "07:00", "tags": [], "starred": false}
    ]}"#;

    #[test]
    fn errors_say_where_but_never_what_was_written() {
        let doc = r#"{"format": "trellis-backup", "version": 1, "made_at": "2026-01-01T00:00:00Z", "entries": [
            {"id": "0192f3a4-5b6c-7d8e-9f00-112233445566", "created_at": "2026-01-01T00:00:00Z",
             "updated_at": "2026-01-01T00:00:00Z", "title": "t", "body": "b", "mood": "my \"secret\" feeling",
             "tags": [], "prompt_id": null, "about": []}]}"#;
        let e = parse_document(doc.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("invalid type") && !e.contains("secret") && !e.contains("feeling"), "{e}");
        let e = without_values("unknown variant `private words`, expected `boundary` or `agreement`");
        assert_eq!(e, "unknown variant `…`, expected `boundary` or `agreement`");
        assert_eq!(
            without_values("missing field `title` at line 3 column 9"),
            "missing field `title` at line 3 column 9"
        );
    }

    #[test]
    fn jrnl_reads_dates_in_the_given_zone_and_maps_tags_and_stars() {
        let tz = chrono::FixedOffset::east_opt(2 * 3600).unwrap();
        let e = parse_jrnl(JRNL.as_bytes(), &tz).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].created_at.to_rfc3339(), "2024-05-31T19:05:00+00:00");
        assert_eq!(e[0].tags, ["work", "starred"]);
        assert_eq!(e[0].id, parse_jrnl(JRNL.as_bytes(), &tz).unwrap()[0].id, "the same entry, the same id");
    }

    #[test]
    fn fail_jrnl_errors_name_the_entry_and_field() {
        let bad = JRNL.replace("\"2024-06-01\"", "\"June\"");
        let e = parse_jrnl(bad.as_bytes(), &Utc).unwrap_err().to_string();
        assert!(e.contains("entry 2") && e.contains("`date`"), "{e}");
        let bad = JRNL.replace("\"By the river.\"", "5");
        let e = parse_jrnl(bad.as_bytes(), &Utc).unwrap_err().to_string();
        assert!(e.contains("entry 1") && e.contains("`body` must be text"), "{e}");
        assert!(parse_jrnl(b"[]", &Utc).unwrap_err().to_string().contains("no list of \"entries\""));
    }

    #[test]
    fn day_one_takes_a_heading_as_the_title_and_counts_photos() {
        let json = r##"{"metadata": {"version": "1.0"}, "entries": [
            {"uuid": "A1", "creationDate": "2024-05-31T21:05:00Z", "timeZone": "Europe/London",
             "text": "# Sunday\n\nWe talked.", "tags": ["us"], "starred": true, "photos": [{"md5": "x"}, {"md5": "y"}]},
            {"uuid": "A2", "creationDate": "2024-06-01T07:00:00Z", "text": "No heading here"}
        ]}"##;
        let (e, photos) = parse_day_one(json.as_bytes()).unwrap();
        assert_eq!(photos, 2);
        assert_eq!((e[0].title.as_str(), e[0].body.as_str()), ("Sunday", "We talked."));
        assert_eq!(e[0].tags, ["us", "starred"]);
        assert_eq!((e[1].title.as_str(), e[1].body.as_str()), ("", "No heading here"));
        let bad = json.replace("2024-06-01T07:00:00Z", "yesterday");
        let err = parse_day_one(bad.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("entry 2") && err.contains("creationDate"), "{err}");
    }

    /// A Trellis document with one entry dated `created` (as JSON text).
    fn trellis_doc(created: &str) -> String {
        format!(
            r#"{{"format": "trellis-backup", "version": 1, "made_at": "2026-01-01T00:00:00Z", "entries": [
            {{"id": "0192f3a4-5b6c-7d8e-9f00-112233445566", "created_at": "2026-01-01T00:00:00Z",
             "updated_at": "2026-01-01T00:00:00Z", "title": "t", "body": "private words", "mood": null,
             "tags": [], "prompt_id": null, "about": []}},
            {{"id": "0192f3a4-5b6c-7d8e-9f00-112233445567", "created_at": "{created}",
             "updated_at": "2026-01-01T00:00:00Z", "title": "t", "body": "private words", "mood": null,
             "tags": [], "prompt_id": null, "about": []}}]}}"#
        )
    }

    #[test]
    fn fail_dates_outside_1970_to_9999_are_refused_by_every_importer_naming_entry_and_field() {
        // `+262142-12-31T23:59:59Z` used to import, then stop "on this day" and the packet
        // east of UTC. Each importer refuses it, and the days just past either end.
        let west = chrono::FixedOffset::west_opt(12 * 3600).unwrap();
        let utc = chrono::FixedOffset::east_opt(0).unwrap();
        for (date, time, tz) in
            [("+262142-12-31", "23:59", utc), ("1969-12-31", "23:59", utc), ("9999-12-31", "12:30", west)]
        {
            let json =
                JRNL.replace("\"2024-06-01\"", &format!("\"{date}\"")).replace("\"07:00\"", &format!("\"{time}\""));
            let e = parse_jrnl(json.as_bytes(), &tz).unwrap_err().to_string();
            assert!(
                e.contains("entry 2 (counting from 1): `date` must be a date between 1970 and 9999"),
                "{date}: {e}"
            );
            assert!(!e.contains("Quiet"), "{e}");
        }
        for created in [
            "+262142-12-31T23:59:59Z",
            "1969-12-31T23:59:59Z",
            "9999-12-31T23:00:00-12:00",
            "1970-01-01T00:00:00+00:01",
        ] {
            let json = format!(
                r#"{{"entries": [{{"creationDate": "2024-05-31T21:05:00Z"}}, {{"creationDate": "{created}", "text": "private words"}}]}}"#
            );
            let e = parse_day_one(json.as_bytes()).unwrap_err().to_string();
            assert!(e.contains("entry 2 (counting from 1): `creationDate`"), "{created}: {e}");
            assert!(!e.contains("private"), "{e}");
        }
        for created in ["+262142-12-31T23:59:59Z", "1969-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z"] {
            let e = parse_document(trellis_doc(created).as_bytes()).unwrap_err().to_string();
            assert!(
                e.contains("entry 2 (counting from 1): `created_at` must be a date between 1970 and 9999"),
                "{created}: {e}"
            );
            assert!(!e.contains("private"), "{e}");
            let older = trellis_doc(created).replace(
                r#"{"format": "trellis-backup", "version": 1, "made_at": "2026-01-01T00:00:00Z", "entries": "#,
                "",
            );
            let older = older.trim_end().strip_suffix('}').unwrap();
            let e = parse_document(older.as_bytes()).unwrap_err().to_string();
            assert!(e.contains("entry 2 (counting from 1): `created_at`"), "the older export too: {e}");
        }
        // The ends themselves are kept, in any zone.
        let json = JRNL.replace("\"2024-06-01\"", "\"1970-01-01\"").replace("\"07:00\"", "\"00:00\"");
        assert_eq!(parse_jrnl(json.as_bytes(), &Utc).unwrap()[1].created_at.to_rfc3339(), "1970-01-01T00:00:00+00:00");
        let json =
            r#"{"entries": [{"creationDate": "9999-12-31T23:59:59Z"}, {"creationDate": "1970-01-01T09:00:00+09:00"}]}"#;
        assert_eq!(parse_day_one(json.as_bytes()).unwrap().0.len(), 2);
        parse_document(trellis_doc("9999-12-31T23:59:59.999Z").as_bytes()).unwrap();
        parse_document(trellis_doc("1970-01-01T00:00:00Z").as_bytes()).unwrap();
    }

    #[test]
    fn fail_dates_outside_1970_to_9999_in_any_record_of_a_document_are_refused() {
        let base = r#"{"format": "trellis-backup", "version": 1, "made_at": "2026-01-01T00:00:00Z"}"#;
        let mut doc: Value = serde_json::from_str(&trellis_doc("2026-01-01T00:00:00Z")).unwrap();
        doc["entries"][1]["earlier"] = serde_json::json!([doc["entries"][0].clone()]);
        doc["entries"][1]["earlier"][0]["updated_at"] = "+262142-12-31T23:59:59Z".into();
        let e = parse_document(doc.to_string().as_bytes()).unwrap_err().to_string();
        assert!(e.contains("entry 2 (counting from 1), earlier version 1: `updated_at`"), "{e}");
        let boundary = serde_json::json!({"id": "0192f3a4-5b6c-7d8e-9f00-112233445568", "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z", "text": "private words", "whose": "mine", "category": "other", "why": "",
            "if_crossed": "", "status": "draft", "review_on": "+262142-12-31", "note": "", "moments": []});
        let mut doc: Value = serde_json::from_str(base).unwrap();
        doc["boundaries"] = serde_json::json!([boundary]);
        match parse_document(doc.to_string().as_bytes()) {
            Err(e) => assert!(e.to_string().contains("boundary 1 (counting from 1): `review_on`"), "{e}"),
            Ok(d) => panic!("a boundary reviewed in the year 262142 imported: {d:?}"),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1_000))]
        /// Whatever the date and offset, every importer answers without panicking, and what it
        /// takes lies within 1970 to 9999.
        #[test]
        fn fail_extreme_and_boundary_dates_never_panic_any_importer(t in any_instant(), offset in -50_399i32..50_400) {
            let tz = chrono::FixedOffset::east_opt(offset).unwrap();
            // The instant's UTC wall time, read as a local time in `tz`: just past either end
            // of the range when `t` is at it.
            let local = t.naive_utc();
            let jrnl = format!(r#"{{"entries": [{{"date": "{}", "time": "{}", "body": "b"}}]}}"#, local.format("%Y-%m-%d"), local.format("%H:%M"));
            if let Ok(e) = parse_jrnl(jrnl.as_bytes(), &tz) {
                prop_assert!(crate::dates::in_range(e[0].created_at));
            }
            let with_offset = format!("{}{tz}", local.format("%Y-%m-%dT%H:%M:%S"));
            for created in [t.to_rfc3339(), with_offset] {
                let day_one = format!(r#"{{"entries": [{{"creationDate": "{created}", "text": "b"}}]}}"#);
                if let Ok((e, _)) = parse_day_one(day_one.as_bytes()) {
                    prop_assert!(crate::dates::in_range(e[0].created_at));
                }
            }
            let taken = parse_document(trellis_doc(&t.to_rfc3339()).as_bytes()).is_ok();
            prop_assert_eq!(taken, crate::dates::in_range(t));
        }
    }

    /// Bytes of a valid export with some of them changed, cut or repeated.
    fn mangled(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
        (proptest::collection::vec((0usize..400, any::<u8>()), 0..6), 0usize..400, any::<bool>()).prop_map(
            move |(flips, cut, cut_it)| {
                let mut b = base.as_bytes().to_vec();
                for (at, byte) in flips {
                    let n = b.len();
                    b[at % n] = byte;
                }
                if cut_it {
                    b.truncate(cut % (base.len() + 1));
                }
                b
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]
        #[test]
        fn fail_mangled_jrnl_never_panics(bytes in mangled(JRNL)) {
            let _ = parse_jrnl(&bytes, &Utc);
        }

        #[test]
        fn fail_mangled_day_one_never_panics(bytes in mangled(r##"{"entries": [{"uuid": "A1", "creationDate": "2024-05-31T21:05:00Z", "text": "# T\n\nb", "tags": ["us"], "starred": true, "photos": [{}]}]}"##)) {
            let _ = parse_day_one(&bytes);
        }
    }
}
