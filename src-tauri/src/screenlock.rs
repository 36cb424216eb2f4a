//! Locking when the desktop locks the screen or the computer is about to sleep.
//!
//! The desktop says so on D-Bus: the screen saver's `ActiveChanged(true)` on the session bus
//! (under the freedesktop name, and the names GNOME, MATE and Cinnamon use), and logind's
//! `Session.Lock` and `Manager.PrepareForSleep(true)` on the system bus. Signals are matched
//! by interface and member from any sender and path: screen savers differ in both, and a
//! signal that locks too often costs a passphrase, never a word of writing. Where a bus is
//! missing (containers, CI) the app says so once, without detail, and relies on its clock
//! (`autolock` notices a sleep by the jump of the wall clock).
//!
//! A platform piece: it locks through the session.

use tauri::{AppHandle, Runtime};
#[cfg(any(target_os = "linux", test))]
use trellis_core::autolock::LockReason;

/// Interfaces whose `ActiveChanged(true)` means the screen locked.
#[cfg(any(target_os = "linux", test))]
const SCREEN_SAVERS: [&str; 4] =
    ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.mate.ScreenSaver", "org.cinnamon.ScreenSaver"];

/// Match rules on the session bus. One rule for every screen saver; `lock_reason` picks.
#[cfg(target_os = "linux")]
const SESSION_RULES: [&str; 1] = ["type='signal',member='ActiveChanged'"];

/// Match rules on the system bus. Any session's Lock locks: `loginctl lock-sessions` locks
/// them all, and a lock of another person's session costs this one only a passphrase.
#[cfg(target_os = "linux")]
const SYSTEM_RULES: [&str; 2] = [
    "type='signal',interface='org.freedesktop.login1.Session',member='Lock'",
    "type='signal',interface='org.freedesktop.login1.Manager',member='PrepareForSleep'",
];

/// Says whether a signal (its interface, member and first argument if it is a boolean) means
/// "lock now", and why.
#[cfg(any(target_os = "linux", test))]
pub(crate) fn lock_reason(interface: &str, member: &str, first_arg: Option<bool>) -> Option<LockReason> {
    match (interface, member, first_arg) {
        (i, "ActiveChanged", Some(true)) if SCREEN_SAVERS.contains(&i) => Some(LockReason::ScreenLocked),
        ("org.freedesktop.login1.Session", "Lock", _) => Some(LockReason::ScreenLocked),
        ("org.freedesktop.login1.Manager", "PrepareForSleep", Some(true)) => Some(LockReason::Slept),
        _ => None,
    }
}

/// Starts listening on both buses, each rule on a thread of its own.
#[cfg(target_os = "linux")]
pub fn start<R: Runtime>(app: AppHandle<R>) {
    use zbus::blocking::Connection;
    for (bus, rules, connect) in [
        ("session", &SESSION_RULES[..], Connection::session as fn() -> zbus::Result<Connection>),
        ("system", &SYSTEM_RULES[..], Connection::system),
    ] {
        let app = app.clone();
        let spawned = std::thread::Builder::new().name(format!("trellis-{bus}-bus")).spawn(move || {
            let Ok(conn) = connect() else {
                eprintln!("trellis: no D-Bus {bus} bus here; the screen lock and sleep are noticed by the clock alone");
                return;
            };
            for rule in rules {
                let (app, conn) = (app.clone(), conn.clone());
                let _ = std::thread::Builder::new().name(format!("trellis-{bus}-watch")).spawn(move || {
                    if watch(&app, &conn, rule).is_err() {
                        eprintln!("trellis: could not listen on the D-Bus {bus} bus");
                    }
                });
            }
        });
        if spawned.is_err() {
            eprintln!("trellis: could not start listening for the screen lock");
        }
    }
}

/// Not on this platform yet: the clock notices sleep.
#[cfg(not(target_os = "linux"))]
pub fn start<R: Runtime>(_app: AppHandle<R>) {}

/// Locks on every signal matching `rule` that means "lock now"; returns when the bus goes.
#[cfg(target_os = "linux")]
fn watch<R: Runtime>(app: &AppHandle<R>, conn: &zbus::blocking::Connection, rule: &str) -> zbus::Result<()> {
    let messages = zbus::blocking::MessageIterator::for_match_rule(rule, conn, Some(16))?;
    for message in messages {
        let Ok(message) = message else { continue };
        let header = message.header();
        let (Some(interface), Some(member)) = (header.interface(), header.member()) else { continue };
        let first_arg = message.body().deserialize::<bool>().ok();
        if let Some(reason) = lock_reason(interface.as_str(), member.as_str(), first_arg) {
            crate::session::lock_now(app, reason);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_savers_lock_when_they_start_not_when_they_stop() {
        for i in SCREEN_SAVERS {
            assert_eq!(lock_reason(i, "ActiveChanged", Some(true)), Some(LockReason::ScreenLocked), "{i}");
            assert_eq!(lock_reason(i, "ActiveChanged", Some(false)), None, "{i}: the screen came back");
        }
        assert_eq!(lock_reason("org.example.Player", "ActiveChanged", Some(true)), None, "not a screen saver");
    }

    #[test]
    fn logind_locks_on_lock_and_before_sleep_not_after() {
        assert_eq!(lock_reason("org.freedesktop.login1.Session", "Lock", None), Some(LockReason::ScreenLocked));
        assert_eq!(lock_reason("org.freedesktop.login1.Session", "Unlock", None), None);
        assert_eq!(
            lock_reason("org.freedesktop.login1.Manager", "PrepareForSleep", Some(true)),
            Some(LockReason::Slept)
        );
        assert_eq!(lock_reason("org.freedesktop.login1.Manager", "PrepareForSleep", Some(false)), None, "waking up");
        assert_eq!(lock_reason("org.freedesktop.login1.Manager", "PrepareForShutdown", Some(true)), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_rules_parse() {
        for rule in SESSION_RULES.iter().chain(&SYSTEM_RULES) {
            assert!(zbus::MatchRule::try_from(*rule).is_ok(), "{rule}");
        }
    }
}
