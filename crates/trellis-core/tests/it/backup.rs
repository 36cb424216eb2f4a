//! Backups, export and import: snapshot → verify → restore → identical; the portable `.age`
//! backup; export → import into a new vault → identical; jrnl and Day One; all or nothing; no
//! duplicates on a second import; tampered and truncated files refused with nothing changed.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use proptest::prelude::*;
use trellis_core::backup::{restore_snapshot, verify_snapshot, BackupError, Document, Opener, Source};
use trellis_core::{Mood, Passphrase, RecordKind, UnlockMode, Vault, DB_FILE};

use crate::support::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

/// A vault with a little of everything, with earlier versions.
fn full_vault() -> (tempfile::TempDir, PathBuf, Vault) {
    let (tmp, dir, mut vault, _) = new_vault();
    vault.set_journal_history(true).unwrap();
    {
        let mut j = vault.journal().unwrap();
        let mut d = draft("Sunday", "We talked over dinner.", &["us"]);
        d.mood = Mood::new(4);
        let e = j.add(d, at(2026, 3, 1, 20)).unwrap();
        j.edit(e.id, draft("Sunday evening", "We talked over dinner, calmly.", &["us"]), at(2026, 3, 1, 21)).unwrap();
        j.add(draft("", "no title", &[]), at(2026, 3, 2, 8)).unwrap();
    }
    let b =
        vault.boundaries().unwrap().add(boundary("Phones away at dinner"), "first".into(), at(2026, 3, 3, 9)).unwrap();
    vault
        .boundaries()
        .unwrap()
        .edit(b.id, boundary("Phones away at meals"), "we talked".into(), None, at(2026, 3, 4, 9))
        .unwrap();
    vault.boundaries().unwrap().log(b.id, moment(), at(2026, 3, 5, 9)).unwrap();
    let w = vault.worksheets().unwrap().new_sheet("Spring".into(), day(), at(2026, 3, 6, 9)).unwrap();
    vault.worksheets().unwrap().fill(w.id, answer("money", "split by income"), None, at(2026, 3, 6, 10)).unwrap();
    vault.worksheets().unwrap().agree(w.id, "money", at(2026, 3, 6, 11)).unwrap();
    (tmp, dir, vault)
}

/// A document without its making time, for comparing vaults.
fn content(vault: &mut Vault) -> Document {
    let mut doc = vault.document(at(2000, 1, 1, 0)).unwrap();
    doc.made_at = at(2000, 1, 1, 0);
    doc
}

#[test]
fn snapshot_verify_restore_is_identical() {
    let (tmp, dir, mut vault) = full_vault();
    let folder = vault.snapshot_folder().unwrap();
    assert_eq!(folder, dir.join("snapshots"), "inside the vault folder by default");
    let info = vault.snapshot(&folder, 10, at(2026, 3, 7, 9)).unwrap();
    let path = Path::new(&info.path);
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("trellis-") && name.ends_with("-20260307-090000.snapshot"), "{name}");
    let verified = verify_snapshot(path, Opener::Passphrase(&pass()), Utc::now()).unwrap();
    assert!(verified.damaged.is_empty());
    assert_eq!(verified.checked, 5 + 2, "five records and two earlier versions");
    assert!(matches!(
        verify_snapshot(path, Opener::Passphrase(&Passphrase::new("wrong".into())), Utc::now()),
        Err(BackupError::Vault(_))
    ));

    let to = tmp.path().join("restored");
    restore_snapshot(path, &to).unwrap();
    let mut restored = Vault::open(&to).unwrap();
    restored.unlock(&pass(), UnlockMode::Full).unwrap();
    assert!(content(&mut restored) == content(&mut vault), "the restored vault holds exactly the same records");
    assert!(matches!(restore_snapshot(path, &to), Err(BackupError::NotEmpty(_))), "never over a vault");
    assert!(matches!(restore_snapshot(path, &dir), Err(BackupError::NotEmpty(_))));
    // Nothing but snapshots is left in the folder (the check's copy is gone).
    let names: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn snapshots_keep_the_newest_and_come_only_when_due() {
    let (_tmp, _dir, vault) = full_vault();
    let folder = vault.snapshot_folder().unwrap();
    for h in 0..5 {
        vault.snapshot(&folder, 3, at(2026, 4, 1, h)).unwrap();
    }
    let list = vault.snapshots(&folder).unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].made_at, at(2026, 4, 1, 4), "newest first");
    // Two in the same second get two names.
    vault.snapshot(&folder, 10, at(2026, 4, 1, 4)).unwrap();
    assert_eq!(vault.snapshots(&folder).unwrap().len(), 4);
    // Due only a day after the newest, and only if the vault changed since.
    let (_tmp, _dir, mut vault) = full_vault();
    let folder = vault.snapshot_folder().unwrap();
    vault.snapshot(&folder, 10, Utc::now() - Duration::days(3)).unwrap();
    let soon = Utc::now() + Duration::seconds(2);
    assert!(vault.snapshot_if_due(soon).unwrap().is_some(), "three days old, and written since");
    assert!(vault.snapshot_if_due(soon + Duration::hours(3)).unwrap().is_none(), "at most one a day");
    assert!(vault.snapshot_if_due(soon + Duration::days(2)).unwrap().is_none(), "nothing changed since");
    std::thread::sleep(std::time::Duration::from_millis(2_500));
    vault.journal().unwrap().add(draft("new", "words", &[]), Utc::now()).unwrap();
    assert!(vault.snapshot_if_due(soon + Duration::days(2)).unwrap().is_some(), "changed, and a day later");
    assert_eq!(vault.snapshots(&folder).unwrap().len(), 3);
    assert!(vault.settings().unwrap().snapshot_problem.is_none());
}

#[test]
fn a_tampered_snapshot_names_the_damaged_record() {
    let (tmp, _dir, vault) = full_vault();
    let folder = tmp.path().join("elsewhere");
    let info = vault.snapshot(&folder, 10, Utc::now()).unwrap();
    let conn = rusqlite::Connection::open(&info.path).unwrap();
    conn.execute(
        "UPDATE revisions SET data = substr(data, 1, 30) || x'00' || substr(data, 32) WHERE tbl = 'boundaries'",
        [],
    )
    .unwrap();
    drop(conn);
    let verified = verify_snapshot(Path::new(&info.path), Opener::Passphrase(&pass()), Utc::now()).unwrap();
    assert_eq!(verified.damaged.len(), 1);
    assert_eq!(verified.damaged[0].kind, RecordKind::Boundary);
}

#[test]
fn the_age_backup_round_trips_and_refuses_damage() {
    let (tmp, _dir, mut vault) = full_vault();
    let path = tmp.path().join("backup.age");
    let backup_pass = Passphrase::new("a different backup passphrase".into());
    let report = vault.write_backup(&path, &backup_pass, weak(), at(2026, 3, 8, 9)).unwrap();
    assert_eq!((report.entries, report.boundaries, report.worksheets, report.agreements), (2, 1, 1, 1));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "), "a standard age file with a scrypt stanza");
    assert_eq!(count(&bytes, b"dinner"), 0);
    let mut read = trellis_core::backup::read_backup(&path, &backup_pass).unwrap();
    assert_eq!(read.made_at, at(2026, 3, 8, 9));
    read.made_at = at(2000, 1, 1, 0);
    assert!(read == content(&mut vault), "the backup holds exactly the vault's records");
    assert!(vault.write_backup(&path, &backup_pass, weak(), Utc::now()).is_err(), "never overwrites");

    let wrong = trellis_core::backup::read_backup(&path, &pass());
    assert!(matches!(wrong, Err(BackupError::WrongPassphrase)), "{wrong:?}");
    let cut = tmp.path().join("cut.age");
    std::fs::write(&cut, &bytes[..bytes.len() - 40]).unwrap();
    assert!(matches!(trellis_core::backup::read_backup(&cut, &backup_pass), Err(BackupError::Damaged(_))));
    let mut flipped = bytes.clone();
    let n = flipped.len();
    flipped[n - 100] ^= 1;
    let altered = tmp.path().join("altered.age");
    std::fs::write(&altered, &flipped).unwrap();
    assert!(matches!(trellis_core::backup::read_backup(&altered, &backup_pass), Err(BackupError::Damaged(_))));

    // Importing the backup into a new vault gives the same records; a broken one imports nothing.
    let (_t2, _d2, mut other, _) = new_vault();
    assert!(other.import(Source::Trellis, &cut, Some(&backup_pass), &Utc).is_err());
    assert!(content(&mut other).is_empty(), "nothing imported from a broken file");
    let report = other.import(Source::Trellis, &path, Some(&backup_pass), &Utc).unwrap();
    assert_eq!((report.added, report.already_there), (5, 0));
    assert!(content(&mut other) == content(&mut vault));
    let again = other.import(Source::Trellis, &path, Some(&backup_pass), &Utc).unwrap();
    assert_eq!((again.added, again.already_there), (0, 5), "a second import adds nothing");
}

#[test]
fn jrnl_and_day_one_import_once_all_or_nothing() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let r = vault.import(Source::Jrnl, &fixture("jrnl.json"), None, &Utc).unwrap();
    assert_eq!((r.added, r.already_there), (3, 0));
    let r = vault.import(Source::Jrnl, &fixture("jrnl.json"), None, &Utc).unwrap();
    assert_eq!((r.added, r.already_there), (0, 3), "no duplicates");
    let entries = vault.journal().unwrap().list(0, 10).unwrap();
    assert_eq!(entries.len(), 3);
    let walk = vault.journal().unwrap().search("river", 5).unwrap();
    assert_eq!(walk.len(), 1);
    let walk = vault.journal().unwrap().get(walk[0].id).unwrap();
    assert_eq!(walk.tags, ["us", "starred"]);
    assert_eq!(walk.created_at, at(2024, 5, 31, 21) + Duration::minutes(5));

    // Day One: the folder, and the same export as a zip (photos skipped and counted).
    let r = vault.import(Source::DayOne, &fixture("dayone"), None, &Utc).unwrap();
    assert_eq!((r.added, r.photos_skipped), (2, 2));
    let zip_path = tmp.path().join("export.zip");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("Journal.json", opts).unwrap();
        zip.write_all(&std::fs::read(fixture("dayone/Journal.json")).unwrap()).unwrap();
        zip.start_file("photos/a1.jpeg", opts).unwrap();
        zip.write_all(b"\xff\xd8 not really a photo").unwrap();
        zip.finish().unwrap();
    }
    let r = vault.import(Source::DayOne, &zip_path, None, &Utc).unwrap();
    assert_eq!((r.added, r.already_there, r.photos_skipped), (0, 2, 2), "the zip holds the same entries");
    let sunday = vault.journal().unwrap().search("feared", 5).unwrap();
    let sunday = vault.journal().unwrap().get(sunday[0].id).unwrap();
    assert_eq!(sunday.title, "Sunday");
    assert_eq!(sunday.tags, ["us", "dinner", "starred"]);

    // Broken files: a clear error naming the entry and field, and nothing imported.
    let before = vault.journal().unwrap().count().unwrap();
    for (source, name, says) in [
        (Source::Jrnl, "fail_jrnl_bad_date.json", "entry 2 (counting from 1): `date`"),
        (Source::Jrnl, "fail_jrnl_tags_not_a_list.json", "entry 1 (counting from 1): `tags`"),
        (Source::Jrnl, "fail_jrnl_truncated.json", "line"),
        (Source::DayOne, "fail_dayone_bad_creation_date.json", "entry 2 (counting from 1): `creationDate`"),
        (Source::DayOne, "fail_dayone_no_entries.json", "no list of \"entries\""),
    ] {
        let err = vault.import(source, &fixture(name), None, &Utc).unwrap_err().to_string();
        assert!(err.contains(says) && err.contains("nothing was imported"), "{name}: {err}");
    }
    assert_eq!(vault.journal().unwrap().count().unwrap(), before);
}

#[test]
fn markdown_export_writes_one_private_file_per_entry() {
    let (tmp, _dir, mut vault) = full_vault();
    let out = tmp.path().join("export");
    let mut seen = Vec::new();
    let report = vault.export_markdown(&out, Utc::now(), "en", &mut |done, total| seen.push((done, total))).unwrap();
    assert_eq!((report.entries, report.boundaries, report.worksheets, report.agreements), (2, 1, 1, 1));
    assert_eq!(seen.last(), Some(&(5, 5)));
    let mut names: Vec<String> = std::fs::read_dir(out.join("entries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["2026-03-01-2000-sunday-evening.md", "2026-03-02-0800-entry.md"]);
    let sunday = std::fs::read_to_string(out.join("entries").join(&names[0])).unwrap();
    assert!(sunday.starts_with("+++\n"), "{sunday}");
    let front: toml::Table = sunday.split("+++").nth(1).unwrap().parse().unwrap();
    assert_eq!(front["tags"].as_array().unwrap().len(), 1);
    assert!(sunday.contains("# Sunday evening\n\nWe talked over dinner, calmly."));
    let boundaries = std::fs::read_to_string(out.join("boundaries.md")).unwrap();
    assert!(
        boundaries.contains("Phones away at meals") && boundaries.contains("Phones away at dinner"),
        "with history"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(out.join("entries").join(&names[0])).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o700);
    }
    assert!(matches!(vault.export_markdown(&out, Utc::now(), "en", &mut |_, _| {}), Err(BackupError::NotEmpty(_))));
}

#[test]
fn markdown_export_speaks_the_language_shown() {
    let (tmp, _dir, mut vault) = full_vault();
    let read = |dir: &Path, name: &str| std::fs::read_to_string(dir.join(name)).unwrap();

    let en = tmp.path().join("en");
    vault.export_markdown(&en, Utc::now(), "en", &mut |_, _| {}).unwrap();
    let boundaries = read(&en, "boundaries.md");
    assert!(boundaries.starts_with("# Boundaries\n"), "{boundaries}");
    assert!(boundaries.contains("- Whose: mine\n- Category: Communication\n- Status: draft"), "{boundaries}");
    assert!(boundaries.contains("Moments:") && boundaries.contains(" crossed"), "{boundaries}");
    let sheets = read(&en, "worksheets.md");
    assert!(sheets.contains("### Money\n") && sheets.contains("- Middle ground: split by income"), "{sheets}");

    let es = tmp.path().join("es");
    vault.export_markdown(&es, Utc::now(), "es", &mut |_, _| {}).unwrap();
    let mut names: Vec<String> =
        std::fs::read_dir(&es).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["acuerdos.md", "entradas", "hojas-de-expectativas.md", "limites.md"]);
    let mut entries: Vec<String> = std::fs::read_dir(es.join("entradas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    entries.sort();
    assert_eq!(entries, ["2026-03-01-2000-sunday-evening.md", "2026-03-02-0800-entrada.md"]);
    let boundaries = read(&es, "limites.md");
    assert!(boundaries.starts_with("# Límites\n"), "{boundaries}");
    assert!(boundaries.contains("- De quién: mío\n- Categoría: Comunicación\n- Estado: borrador"), "{boundaries}");
    assert!(boundaries.contains("Momentos:") && boundaries.contains(" cruzado"), "{boundaries}");
    assert!(boundaries.contains("Versiones anteriores:"), "{boundaries}");
    let sheets = read(&es, "hojas-de-expectativas.md");
    assert!(sheets.starts_with("# Hojas de expectativas\n") && sheets.contains("### Dinero\n"), "{sheets}");
    assert!(sheets.contains("- El punto medio: split by income") && sheets.contains("Concreta: "), "{sheets}");
    let agreements = read(&es, "acuerdos.md");
    assert!(agreements.starts_with("# Acuerdos\n") && agreements.contains("- Estado: "), "{agreements}");
    // No English label and no message id is left in the Spanish files.
    for text in [&boundaries, &sheets, &agreements] {
        for english in ["Whose", "Category", "Status", "Moments", "Earlier", "Middle ground", "Specific", "md-"] {
            assert!(!text.contains(english), "{english} in {text}");
        }
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        Just("\u{0}inside\u{0}".to_owned()),
        Just("مرحبا بالعالم — שלום".to_owned()),
        Just("🙂👩‍👩‍👧 family".to_owned()),
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    /// Export → import into a new vault → identical records, for generated journals.
    #[test]
    fn export_then_import_gives_identical_records(
        entries in proptest::collection::vec((any_text(), any_text(), proptest::option::of(1u8..=5), 0i64..5_000), 0..12),
        big in any::<bool>(),
    ) {
        let (tmp, _dir, mut vault, _) = new_vault();
        {
            let mut j = vault.journal().unwrap();
            for (i, (title, body, mood, minutes)) in entries.iter().enumerate() {
                let mut d = draft(title, body, &["t"]);
                d.mood = mood.and_then(Mood::new);
                j.add(d, at(2025, 1, 1, 0) + Duration::minutes(*minutes) + Duration::milliseconds(i as i64)).unwrap();
            }
            if big {
                j.add(draft("big", &"x".repeat(5 * 1024 * 1024), &[]), Utc::now()).unwrap();
            }
        }
        let path = tmp.path().join("all.json");
        vault.export_json(&path, Utc::now()).unwrap();
        let (_t2, _d2, mut other, _) = new_vault();
        let report = other.import(Source::Trellis, &path, None, &Utc).unwrap();
        prop_assert_eq!(report.added as usize, entries.len() + usize::from(big));
        prop_assert!(content(&mut other) == content(&mut vault));
    }
}

#[test]
fn the_older_json_export_still_imports() {
    let (tmp, _dir, mut vault, _) = new_vault();
    vault.journal().unwrap().add(draft("Old", "exported before backups existed", &["x"]), Utc::now()).unwrap();
    let path = tmp.path().join("old.json");
    let mut out = Vec::new();
    vault.journal().unwrap().export_json(&mut out).unwrap();
    std::fs::write(&path, out).unwrap();
    let (_t2, _d2, mut other, _) = new_vault();
    assert_eq!(other.import(Source::Trellis, &path, None, &Utc).unwrap().added, 1);
    assert!(content(&mut other) == content(&mut vault));
    let newer = tmp.path().join("newer.json");
    std::fs::write(&newer, br#"{"format": "trellis-backup", "version": 99}"#).unwrap();
    let err = other.import(Source::Trellis, &newer, None, &Utc).unwrap_err().to_string();
    assert!(err.contains("newer Trellis"), "{err}");
    let db = std::fs::read(_d2.join(DB_FILE)).unwrap();
    assert_eq!(count(&db, b"before backups"), 0);
}

/// Mangled exports (bytes changed, files cut short) either import whole or import nothing.
#[test]
fn fail_mangled_imports_import_whole_or_nothing() {
    let (tmp, _dir, mut vault, _) = new_vault();
    let jrnl = std::fs::read(fixture("jrnl.json")).unwrap();
    let day_one = std::fs::read(fixture("dayone/Journal.json")).unwrap();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let path = tmp.path().join("mangled.json");
    let (mut refused, mut taken) = (0, 0);
    for round in 0..300 {
        let (source, base) = if round % 2 == 0 { (Source::Jrnl, &jrnl) } else { (Source::DayOne, &day_one) };
        let mut bytes = base.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() as usize) % bytes.len();
            bytes[at] = next() as u8;
        }
        if next() % 3 == 0 {
            bytes.truncate((next() as usize) % bytes.len());
        }
        std::fs::write(&path, &bytes).unwrap();
        let before = vault.journal().unwrap().count().unwrap();
        match vault.import(source, &path, None, &Utc) {
            Ok(r) => {
                taken += 1;
                assert_eq!(vault.journal().unwrap().count().unwrap(), before + r.added as usize);
            }
            Err(e) => {
                refused += 1;
                assert!(matches!(e, BackupError::Invalid(_)), "round {round}: {e}");
                assert_eq!(vault.journal().unwrap().count().unwrap(), before, "round {round}: nothing imported");
            }
        }
    }
    assert!(refused > 100 && taken > 0, "refused {refused}, taken {taken}");
}

/// Where the zip bomb's child finds the zip and the vault to import into.
const BOMB_CHILD_ENV: &str = "TRELLIS_DAY_ONE_BOMB_FOR_TESTS";

/// A Day One "export" of 1 MB holding a journal file of 300 MB of zeros, made here: refused
/// with a plain error, in a process that never holds more than a few tens of MB. It once read
/// such a file whole (up to 2 GiB per file) before looking at it.
#[test]
fn fail_a_day_one_zip_bomb_is_refused_without_unpacking_it() {
    if std::env::var(BOMB_CHILD_ENV).is_ok() {
        return;
    }
    let (tmp, dir, vault, _) = new_vault();
    drop(vault);
    let zip_path = tmp.path().join("bomb.zip");
    {
        let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(std::fs::File::create(&zip_path).unwrap()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(1))
            .large_file(true);
        zip.start_file("Journal.json", opts).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    let size = std::fs::metadata(&zip_path).unwrap().len();
    assert!(size < 4 << 20, "a small file: {size} bytes");
    // The import runs in a process of its own, so its peak memory is its own.
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "backup::day_one_bomb_child", "--nocapture", "--test-threads", "1"])
        .env(BOMB_CHILD_ENV, format!("{}\n{}", zip_path.display(), dir.display()))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    let line = |key: &str| {
        said.lines().find_map(|l| l.split_once(key).map(|(_, v)| v)).unwrap_or_else(|| panic!("{said}")).to_owned()
    };
    let refused = line("REFUSED ");
    assert!(refused.contains("unpacks to more than 256 MB of journal text"), "{refused}");
    assert!(refused.ends_with("nothing was imported"), "{refused}");
    let peak_kb: u64 = line("PEAK_KB ").parse().unwrap();
    assert!(peak_kb < 100 << 10, "the import peaked at {peak_kb} kB");
    let mut vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    assert_eq!(vault.journal().unwrap().count().unwrap(), 0);
}

/// The child of the test above: imports the zip and says what happened and its peak memory.
#[test]
fn day_one_bomb_child() {
    let Ok(paths) = std::env::var(BOMB_CHILD_ENV) else { return };
    let (zip_path, dir) = paths.split_once('\n').unwrap();
    let mut vault = Vault::open(Path::new(dir)).unwrap();
    vault.unlock(&pass(), UnlockMode::Lazy).unwrap();
    let err = vault.import(Source::DayOne, Path::new(zip_path), None, &Utc).unwrap_err();
    println!("REFUSED {err}");
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let peak = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).unwrap();
    println!("PEAK_KB {}", peak.trim().trim_end_matches(" kB"));
}
