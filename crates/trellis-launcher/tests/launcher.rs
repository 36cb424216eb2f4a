//! The launcher starts the real app binary (the debug `trellis-app` the workspace's build puts
//! beside it) as the command, as it will inside the macOS bundle: the `exec` path. The Windows
//! path (spawn, wait, the console) is run under Wine by `make windows-check`.
#![cfg(unix)]

use std::io::Write;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Held while the launcher is copied and while a program is started: a program started while
/// another test's copy is still open for writing would inherit that open file, and starting
/// the copy would then fail ("Text file busy").
static COPYING_OR_STARTING: Mutex<()> = Mutex::new(());

const PASS: &str = "a launcher's passphrase";

/// A folder laid out as an installed bundle: `trellis` (the launcher) beside `trellis-app`,
/// and a folder on the PATH holding a link to the launcher.
struct Installed {
    tmp: tempfile::TempDir,
}

impl Installed {
    fn new() -> Self {
        let launcher = PathBuf::from(env!("CARGO_BIN_EXE_trellis-launcher"));
        let app = launcher.with_file_name("trellis-app");
        assert!(
            app.is_file(),
            "{} is missing: build the workspace (cargo test --workspace) so the app's binary is beside the launcher",
            app.display()
        );
        let tmp = tempfile::tempdir().unwrap();
        let bundle = tmp.path().join("Trellis.app/Contents/MacOS");
        std::fs::create_dir_all(&bundle).unwrap();
        {
            let _alone = COPYING_OR_STARTING.lock().unwrap_or_else(|e| e.into_inner());
            std::fs::copy(&launcher, bundle.join("trellis")).unwrap();
        }
        symlink(&app, bundle.join("trellis-app")).unwrap();
        std::fs::create_dir(tmp.path().join("bin")).unwrap();
        symlink(bundle.join("trellis"), tmp.path().join("bin/trellis")).unwrap();
        let pass = tmp.path().join("pass");
        std::fs::write(&pass, format!("{PASS}\n")).unwrap();
        std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o600)).unwrap();
        Installed { tmp }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// `trellis ARGS` as typed in a shell: the link on the PATH, no display (were the window to
    /// open instead of the command, it would fail rather than appear), an English locale.
    fn trellis(&self, args: &[&str], input: &str) -> Output {
        let mut c = Command::new(self.path("bin/trellis"));
        c.args(args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("TRELLIS_VAULT")
            .env_remove("TRELLIS_PASSPHRASE")
            .env_remove("TRELLIS_PASSPHRASE_FILE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .env("HOME", self.tmp.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = {
            let _alone = COPYING_OR_STARTING.lock().unwrap_or_else(|e| e.into_inner());
            c.spawn().unwrap()
        };
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        finished(child)
    }

    fn vault_args<'a>(&'a self, vault: &'a Path, pass: &'a Path, rest: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["--vault", vault.to_str().unwrap(), "--passphrase-file", pass.to_str().unwrap()];
        args.extend_from_slice(rest);
        args
    }
}

/// Waits at most a minute (a window opened by mistake would never end by itself).
fn finished(mut child: std::process::Child) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the launched program did not end within a minute: was the window opened instead of the command?");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_launcher_runs_the_apps_binary_as_the_command() {
    let installed = Installed::new();

    // Alone, and with only an option, the app's binary would open its window; launched, it is
    // the command and speaks under the command's name.
    let help = installed.trellis(&["--help"], "");
    assert!(help.status.success(), "{}", text(&help.stderr));
    assert!(text(&help.stdout).contains("Usage: trellis "), "{}", text(&help.stdout));
    let bare = installed.trellis(&[], "");
    assert_eq!(bare.status.code(), Some(2), "{}", text(&bare.stderr));
    assert!(text(&bare.stderr).contains("Usage: trellis "), "{}", text(&bare.stderr));

    // A vault made, written to from standard input, and read back, all through the link.
    let vault = installed.path("vault");
    let pass = installed.path("pass");
    let init = installed.trellis(&installed.vault_args(&vault, &pass, &["init", "--kdf-work-factor", "4"]), "");
    assert!(init.status.success(), "{}", text(&init.stderr));
    let add = installed.trellis(
        &installed.vault_args(&vault, &pass, &["journal", "add"]),
        "Title: Through the launcher\n\nThe words came in on standard input.",
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    let list = installed.trellis(&installed.vault_args(&vault, &pass, &["journal", "list"]), "");
    assert!(list.status.success(), "{}", text(&list.stderr));
    assert!(text(&list.stdout).contains("Through the launcher"), "{}", text(&list.stdout));

    // The command's exit codes come back through the launcher: 3 is a wrong passphrase.
    let wrong = installed.path("wrong");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    std::fs::set_permissions(&wrong, std::fs::Permissions::from_mode(0o600)).unwrap();
    let refused = installed.trellis(&installed.vault_args(&vault, &wrong, &["journal", "list"]), "");
    assert_eq!(refused.status.code(), Some(3), "{}", text(&refused.stderr));
}

#[test]
fn without_the_app_beside_it_the_launcher_says_what_is_missing() {
    let installed = Installed::new();
    std::fs::remove_file(installed.path("Trellis.app/Contents/MacOS/trellis-app")).unwrap();
    let out = installed.trellis(&["journal", "list"], "");
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("is not beside this one") && said.contains("Contents/MacOS/trellis-app"), "{said}");
}
