//! The shell's one clock. Every time the shell hands to the core (when a record was written,
//! when a reminder is due, today's date for a check-in, a tool or a file name, the daily
//! snapshot) is read here, so the test-only offset moves all of them together.
//!
//! A debug build reads `TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS`: the seconds in that file are
//! added to the wall clock, read again at every call (an end-to-end test changes it while the
//! app runs, to let a reminder come due without waiting). A release build never does.
//!
//! The auto-lock is the one exception, on purpose: it measures how long the person has been
//! away (idle time, a sleep seen as a jump between ticks) on the wall clock as it is
//! ([`wall`]). Moving the calendar is not the computer sleeping, so a test that moves it does
//! not lock the vault.

use chrono::{DateTime, Local, NaiveDate, Utc};

use crate::config::test_only_var;

/// What time it is, for everything the shell does at a time.
pub fn now() -> DateTime<Utc> {
    wall() + chrono::Duration::seconds(offset_for_tests())
}

/// What time it is in the computer's zone.
pub fn local_now() -> DateTime<Local> {
    now().with_timezone(&Local)
}

/// The person's date today, in the computer's zone.
pub fn today() -> NaiveDate {
    local_now().date_naive()
}

/// The wall clock without the test offset: only for the auto-lock's idle time and its
/// noticing of a sleep (see the module's text).
pub fn wall() -> DateTime<Utc> {
    Utc::now()
}

/// The seconds a test moved the clock by, or 0.
fn offset_for_tests() -> i64 {
    test_only_var("TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS")
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_offset_moves_the_calendar_but_not_the_auto_locks_clock() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("clock-offset");
        std::fs::write(&file, format!("{}\n", 3 * 86_400)).unwrap();
        // Set for the whole test process; no other test here reads the clock.
        std::env::set_var("TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS", &file);
        let moved = (now() - Utc::now()).num_seconds();
        assert!((3 * 86_400 - 5..=3 * 86_400).contains(&moved), "moved by {moved} s");
        assert_eq!(today(), (Utc::now() + chrono::Duration::days(3)).with_timezone(&Local).date_naive());
        assert!((wall() - Utc::now()).num_seconds().abs() < 5, "the auto-lock's clock is not moved");
        // Read again at every call: the test changes it while the app runs.
        std::fs::write(&file, "-60").unwrap();
        assert!((now() - Utc::now()).num_seconds() <= -55);
        std::fs::write(&file, "0").unwrap();
        assert!((now() - Utc::now()).num_seconds().abs() < 5);
    }

    /// Every place in the shell that reads the time goes through this module: a `now()` of
    /// chrono or std anywhere else would not see the test offset.
    #[test]
    fn the_shell_reads_the_time_only_here() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut readers = Vec::new();
        let mut dirs = vec![src];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("clock.rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (i, line) in text.lines().enumerate() {
                        let code = line.split("//").next().unwrap_or_default();
                        if ["Utc::now(", "Local::now(", "SystemTime::now("].iter().any(|r| code.contains(r)) {
                            readers.push(format!("{}:{}", path.display(), i + 1));
                        }
                    }
                }
            }
        }
        assert!(readers.is_empty(), "read the time through crate::clock instead: {readers:?}");
    }
}
