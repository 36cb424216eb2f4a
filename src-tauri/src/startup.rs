//! Where a start's time goes. With `TRELLIS_START_LOG=FILE` in the environment, each step from
//! the process's start to the first screen is appended to FILE once, as
//! `<milliseconds since the process started> <step>` (the package test reads it). Only step
//! names and times go there, and nothing at all without the variable.

use std::collections::HashSet;
use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// When `begin` ran, and how long the process had been running by then.
static BEGUN: OnceLock<(Instant, f64)> = OnceLock::new();
static LOGGED: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);

/// Marks the start of `run` (the first step).
pub fn begin() {
    BEGUN.get_or_init(|| (Instant::now(), before_main_ms().unwrap_or(0.0)));
    step("app code starts (after the loader and libraries)");
}

/// Notes `name` the first time it is reached.
pub fn step(name: &'static str) {
    let Some(path) = std::env::var_os("TRELLIS_START_LOG") else { return };
    let Some((at, before)) = BEGUN.get() else { return };
    let mut logged = crate::mutex::lock(&LOGGED);
    if !logged.get_or_insert_with(HashSet::new).insert(name) {
        return;
    }
    let ms = before + at.elapsed().as_secs_f64() * 1000.0;
    let line = format!("{ms:.1} {name}\n");
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = file.write_all(line.as_bytes());
    }
}

/// How long the process ran before `begin`: now since boot, less the process's start since
/// boot (Linux's /proc, in clock ticks of 10 ms; elsewhere unknown).
fn before_main_ms() -> Option<f64> {
    let uptime: f64 = std::fs::read_to_string("/proc/uptime").ok()?.split_whitespace().next()?.parse().ok()?;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name (which may hold spaces) start after its ')'.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let ticks: f64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    Some(((uptime - ticks / 100.0) * 1000.0).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_before_main_is_read_from_proc() {
        let ms = before_main_ms();
        if cfg!(target_os = "linux") {
            // This test process started within the last hour (and not in the future).
            let ms = ms.expect("read from /proc");
            assert!((0.0..3_600_000.0).contains(&ms), "{ms}");
        }
    }
}
