//! The background jobs: the clock thread that, about every second, locks the vault after the
//! idle time or a sleep, catches up with what another front end wrote, says when the search
//! index is ready, fires reminders and takes the daily snapshot. Above the session (it locks
//! through the state) and the notifications (reminders); it calls no command.

use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;
use trellis_core::CatchUp;

use crate::commands::{IndexReady, Locked, VaultChanged};
use crate::mutex::lock;
use crate::state::AppState;

/// How often the clock is read. Timers stop during suspend; the wall clock does not.
const TICK: Duration = Duration::from_secs(1);

/// What one tick of the clock found.
enum Tick {
    Nothing,
    Locked(&'static str),
    /// Another front end wrote; the index has caught up. The kinds whose records changed.
    Changed(Vec<trellis_core::RecordKind>),
    /// The search index finished building behind the list.
    IndexReady(Vec<trellis_core::DamagedRecord>),
}

/// How often the clock thread asks whether the daily snapshot is due (a minute after start,
/// then every ten minutes).
const SNAPSHOT_EVERY_TICKS: u64 = 600;

/// How often the clock thread runs a pass of sync while unlocked (when this computer syncs);
/// at the next tick already while a pass stopped with files left.
const SYNC_EVERY_TICKS: u64 = 5;

/// How long one pass of sync may hold the vault before it stops starting new files: the
/// window's other commands wait for the vault at most about this long, plus one file.
pub const SYNC_PASS_BUDGET: Duration = Duration::from_millis(40);

/// What the clock thread keeps between ticks.
pub struct Clock {
    /// Ticks so far.
    n: u64,
    index_was_ready: bool,
    reminders_every: u64,
}

impl Clock {
    /// A clock that has not ticked yet.
    pub fn new() -> Clock {
        Clock { n: 0, index_was_ready: true, reminders_every: crate::reminders::every().as_secs().max(1) }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}

/// Starts the thread that, about every second: locks the vault after the idle time or after
/// sleep; catches up with what the `trellis` command or another window wrote; says when the
/// search index built behind the list is ready; fires reminders; takes the daily snapshot.
pub fn start_ticker<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let mut clock = Clock::new();
        loop {
            std::thread::sleep(TICK);
            run_tick(&app, &mut clock);
        }
    });
}

/// Runs one tick's duties: the daily snapshot and the reminders when they are due, then the
/// auto-lock and catching up. Each runs on its own ([`duty`]): one that panics (a hostile row
/// once made the reminder check panic) is logged and skipped, and the others still run, at
/// this tick and every later one. The auto-lock above all must never stop with it.
pub fn run_tick<R: Runtime>(app: &AppHandle<R>, clock: &mut Clock) {
    let n = clock.n;
    clock.n += 1;
    let state = app.state::<AppState>();
    if n % SNAPSHOT_EVERY_TICKS == 60 {
        duty("snapshot", || daily_snapshot(&state));
    }
    // A few seconds after start (what was missed while closed), then every 30 s.
    if n % clock.reminders_every == 2 % clock.reminders_every {
        duty("reminders", || crate::reminders::check(app));
    }
    if n % SYNC_EVERY_TICKS == 3 || state.last_sync().0.is_some_and(|r| r.more) {
        if let Some(Some(kinds)) = duty("sync", || sync_pass(&state)) {
            let _ = VaultChanged { kinds }.emit(app);
        }
    }
    duty("auto-lock", || {
        let _ = match tick(&state, &mut clock.index_was_ready) {
            Tick::Nothing => Ok(()),
            Tick::Locked(reason) => Locked { reason: reason.into() }.emit(app),
            Tick::Changed(kinds) => VaultChanged { kinds }.emit(app),
            Tick::IndexReady(damaged) => IndexReady { damaged }.emit(app),
        };
    });
}

/// Runs one duty of the clock, catching a panic so it takes nothing else down. The log says
/// which duty, never what the panic said (it could quote what it was working on). A panic
/// while the vault was held poisons its mutex; every lock of it goes through
/// [`crate::mutex::lock`], which takes the vault back, so the next tick can still lock it.
pub fn duty<T>(name: &str, f: impl FnOnce() -> T) -> Option<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => Some(v),
        Err(_) => {
            eprintln!("trellis: the clock's {name} duty stopped unexpectedly; it runs again at its next time");
            None
        }
    }
}

/// One tick. The decision to lock is taken while holding the vault, the same lock unlock
/// holds while it restarts the idle clock: so a tick can never lock a vault that an unlock
/// has just opened (it used to, when a tick landed during the key derivation).
fn tick(state: &AppState, index_was_ready: &mut bool) -> Tick {
    let Ok(mut guard) = state.vault() else { return Tick::Nothing };
    let Some(vault) = guard.as_mut() else { return Tick::Nothing };
    let reason = lock(&state.autolock).tick(crate::clock::wall());
    if !vault.is_unlocked() {
        *index_was_ready = true;
        return Tick::Nothing;
    }
    if let Some(reason) = reason {
        state.lock_vault(vault);
        return Tick::Locked(reason.as_str());
    }
    match vault.catch_up() {
        Ok(CatchUp::Nothing) | Err(_) => {}
        Ok(CatchUp::Changed(kinds)) => return Tick::Changed(kinds),
        Ok(CatchUp::Relocked) => {
            state.forget_decrypted();
            return Tick::Locked("rekeyed");
        }
    }
    let ready = vault.index_ready();
    if ready && !*index_was_ready {
        *index_was_ready = true;
        return Tick::IndexReady(vault.damaged());
    }
    *index_was_ready = ready;
    Tick::Nothing
}

/// Runs a pass of sync while unlocked, when this computer syncs; says which kinds changed
/// when something arrived from another computer. Nothing is read or written while locked.
fn sync_pass(state: &AppState) -> Option<Vec<trellis_core::RecordKind>> {
    let Ok(mut guard) = state.vault() else { return None };
    let vault = guard.as_mut().filter(|v| v.is_unlocked())?;
    if !vault.syncs() {
        return None;
    }
    let report = vault.sync_for(crate::clock::now(), SYNC_PASS_BUDGET, &mut |_| {});
    state.note_sync(&report);
    // What arrived may touch any kind; the screens reload what they show.
    report.ok().filter(|r| r.received > 0).map(|_| trellis_core::RecordKind::ALL.to_vec())
}

/// Takes the daily snapshot when it is due (a day after the last, if the vault changed). Runs
/// on the clock thread every few minutes; a failure is kept for the settings screen.
fn daily_snapshot(state: &AppState) {
    let Ok(guard) = state.vault() else { return };
    if let Some(vault) = guard.as_ref() {
        let _ = vault.snapshot_if_due(crate::clock::now());
    }
}
