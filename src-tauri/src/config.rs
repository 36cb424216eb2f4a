//! What the shell reads from its command line and environment at start, and the rule for the
//! settings only tests may make (never read by a release build).

use std::path::PathBuf;
use std::time::Duration;

use trellis_core::KdfWorkFactor;

/// Settings the shell reads from its environment at start.
#[derive(Clone, Debug)]
pub struct Config {
    /// The vault folder: `--vault DIR`, else `$TRELLIS_VAULT`, else the OS data folder
    /// (the same one the `trellis` command uses).
    pub dir: PathBuf,
    /// The scrypt work factor for new passphrases: 18, unless an end-to-end test lowers it
    /// with `TRELLIS_INSECURE_KDF_FOR_TESTS` (debug builds only).
    pub work: KdfWorkFactor,
    /// An auto-lock time in seconds that overrides the setting; only for end-to-end tests
    /// (`TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS`, debug builds only).
    pub auto_lock_override: Option<Duration>,
    /// A language to show whatever the vault's setting says, not kept: `--language LANG`.
    /// `qps` is the pseudo-language (every string bracketed and 40 % longer), for a translator
    /// or a test to see a string left in the code or a label too long for its place.
    pub language: Option<String>,
}

/// Reads a test-only setting from the environment. A release build never does, so nobody can
/// weaken the app a person uses by setting a variable.
pub(crate) fn test_only_var(name: &str) -> Option<String> {
    test_var_if(cfg!(debug_assertions), name)
}

fn test_var_if(debug_build: bool, name: &str) -> Option<String> {
    debug_build.then(|| std::env::var(name).ok()).flatten()
}

impl Config {
    /// Reads the configuration from the command line and the environment.
    pub fn from_env() -> Config {
        let mut args = std::env::args_os().skip(1);
        let (mut flag, mut language) = (None, None);
        while let Some(a) = args.next() {
            if a == "--vault" {
                flag = args.next().map(PathBuf::from);
            } else if a == "--language" {
                language = args.next().and_then(|l| l.into_string().ok());
            }
        }
        let dir = flag
            .or_else(|| std::env::var_os("TRELLIS_VAULT").map(PathBuf::from))
            .or_else(trellis_core::default_vault_dir)
            .unwrap_or_else(|| PathBuf::from("trellis"));
        let work = test_only_var("TRELLIS_INSECURE_KDF_FOR_TESTS")
            .and_then(|v| v.parse().ok())
            .and_then(KdfWorkFactor::insecure_for_tests)
            .unwrap_or_default();
        let auto_lock_override =
            test_only_var("TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS").and_then(|v| v.parse().ok()).map(Duration::from_secs);
        Config { dir, work, auto_lock_override, language }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_ignores_the_test_variables() {
        // Set for the whole test process; harmless, nothing else here reads it.
        std::env::set_var("TRELLIS_INSECURE_KDF_FOR_TESTS", "4");
        assert_eq!(test_var_if(true, "TRELLIS_INSECURE_KDF_FOR_TESTS").as_deref(), Some("4"));
        assert_eq!(test_var_if(false, "TRELLIS_INSECURE_KDF_FOR_TESTS"), None, "release builds never read it");
    }
}
