//! One instance: a second start hands over to the running one (the single-instance plugin,
//! wired in `lib.rs`), and a start that met an instance on its way out starts again.

/// How many times in a row Trellis starts itself again after meeting a closing instance.
#[cfg(unix)]
const MAX_STARTS_AGAIN: u32 = 5;
/// Counts those starts, across them (the environment is all an `exec` keeps).
#[cfg(unix)]
const STARTS_AGAIN: &str = "TRELLIS_STARTS_AGAIN";

/// Tells whether starting failed because the running instance this one handed over to went
/// away without answering: it was quitting. Started a moment later, this one is the only one.
pub fn met_a_closing_instance(e: &tauri::Error) -> bool {
    matches!(e, tauri::Error::PluginInitialization(plugin, why)
        if plugin == "single-instance" && why.starts_with("failed to forward arguments"))
}

/// Starts this program again in place of this process, with the same arguments, once the
/// closing instance has had a moment to go; returns only if it cannot (or did so too often).
pub fn start_again() {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let starts: u32 = std::env::var(STARTS_AGAIN).ok().and_then(|n| n.parse().ok()).unwrap_or(0);
        if starts >= MAX_STARTS_AGAIN {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(200 << starts.min(3)));
        let Ok(exe) = std::env::current_exe() else { return };
        let e = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(STARTS_AGAIN, (starts + 1).to_string())
            .exec();
        eprintln!("trellis: could not start again: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_hand_over_to_a_closing_instance_starts_again() {
        let closing = tauri::Error::PluginInitialization(
            "single-instance".into(),
            "failed to forward arguments to the running instance: org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying".into(),
        );
        assert!(met_a_closing_instance(&closing));
        let other_plugin = tauri::Error::PluginInitialization("dialog".into(), "failed to forward arguments".into());
        assert!(!met_a_closing_instance(&other_plugin));
        let other_failure = tauri::Error::PluginInitialization("single-instance".into(), "no session bus".into());
        assert!(!met_a_closing_instance(&other_failure));
    }
}
