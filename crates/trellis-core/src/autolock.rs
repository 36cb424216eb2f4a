//! When to lock by itself: after an idle time, and after the computer slept.
//!
//! The shell ticks this about every few seconds with the wall clock and tells it about
//! activity. Timers do not run during suspend, so a jump of the wall clock between two ticks
//! means the machine slept (or the screen was locked and the session suspended): lock then
//! too. Pure logic: every method takes `now`.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// Why the vault locked (or should lock now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockReason {
    /// No activity for the auto-lock time.
    Idle,
    /// The computer slept (the wall clock jumped, or the system said it is going to sleep).
    Slept,
    /// The desktop's screen locked.
    ScreenLocked,
    /// The person hid the app at once (quick hide).
    Hidden,
    /// The window was closed and Trellis went on in the tray.
    Closed,
    /// The person locked it (the tray's Lock).
    User,
}

impl LockReason {
    /// Returns the word the UI receives in the `Locked` event. The UI words it calmly, and for
    /// `hidden` says nothing that would tell an onlooker the app was hidden in a hurry.
    pub fn as_str(self) -> &'static str {
        match self {
            LockReason::Idle => "idle",
            LockReason::Slept => "slept",
            LockReason::ScreenLocked => "screen-locked",
            LockReason::Hidden => "hidden",
            LockReason::Closed => "closed",
            LockReason::User => "user",
        }
    }
}

/// Tracks activity and ticks.
#[derive(Clone, Debug)]
pub struct AutoLock {
    timeout: Duration,
    last_activity: DateTime<Utc>,
    last_tick: DateTime<Utc>,
}

/// A gap between ticks longer than this means the machine was asleep.
pub const SLEEP_GAP: Duration = Duration::from_secs(60);

impl AutoLock {
    /// Starts tracking at `now` with the given idle time.
    pub fn new(timeout: Duration, now: DateTime<Utc>) -> Self {
        AutoLock { timeout, last_activity: now, last_tick: now }
    }

    /// Changes the idle time.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Starts a fresh idle period at `now` (an unlock): earlier ticks and idleness no longer count.
    pub fn restart(&mut self, now: DateTime<Utc>) {
        self.last_activity = now;
        self.last_tick = now;
    }

    /// Notes activity (a key, a click) at `now`.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.last_activity = self.last_activity.max(now);
    }

    /// Notes a tick at `now` and says whether to lock.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Option<LockReason> {
        let gap = (now - self.last_tick).to_std().unwrap_or_default();
        self.last_tick = now;
        if gap > SLEEP_GAP {
            return Some(LockReason::Slept);
        }
        let idle = (now - self.last_activity).to_std().unwrap_or_default();
        (idle >= self.timeout).then_some(LockReason::Idle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap()
    }

    #[test]
    fn locks_after_idle_time_only() {
        let mut a = AutoLock::new(Duration::from_secs(300), t(0));
        // Ticks every 5 s, as the shell does; activity at 200 s keeps it open until 500 s.
        let mut now = 0;
        while now < 495 {
            now += 5;
            if now == 200 {
                a.touch(t(200));
            }
            assert_eq!(a.tick(t(now)), None, "at {now} s");
        }
        assert_eq!(a.tick(t(500)), Some(LockReason::Idle));
    }

    #[test]
    fn a_clock_jump_means_sleep() {
        let mut a = AutoLock::new(Duration::from_secs(3600), t(0));
        assert_eq!(a.tick(t(5)), None);
        assert_eq!(a.tick(t(5 + 61)), Some(LockReason::Slept));
    }

    #[test]
    fn an_unlock_after_a_long_idle_starts_a_fresh_period() {
        // Locked and idle for ten minutes (the shell ticks all along), then unlocked.
        let mut a = AutoLock::new(Duration::from_secs(60), t(0));
        for s in (2..600).step_by(2) {
            a.tick(t(s));
        }
        a.restart(t(600));
        assert_eq!(a.tick(t(602)), None, "a vault just unlocked is not idle");
        assert_eq!(a.tick(t(660)), Some(LockReason::Idle));
    }

    #[test]
    fn a_clock_going_back_does_not_lock() {
        let mut a = AutoLock::new(Duration::from_secs(300), t(100));
        assert_eq!(a.tick(t(50)), None);
    }
}
