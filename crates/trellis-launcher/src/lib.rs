//! One program on every platform: the app's binary is also the `trellis` command.
//!
//! On Linux the packages install `/usr/bin/trellis` as a two-line script that starts the app's
//! binary under the command's name. Windows and macOS cannot do that: a Windows program is
//! either a console program or a windowed one (the app is windowed, so a shell neither waits for
//! it nor gives it its console), and a macOS app's binary lives inside its bundle. There the
//! packages put this crate's small program beside the app's binary under the name `trellis`. It
//! starts the app's binary with [`AS_COMMAND`] set, waits for it (Windows) or becomes it
//! (macOS, `exec`), and passes on its exit code. The app's binary, told so by
//! [`started_as_command`], runs the command, which on Windows first takes the console of the
//! shell it was started from ([`attach_parent_console`]).
//!
//! The launcher is about 0.34 MB (a release build); a second whole `trellis` binary was about 55 MB.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Set by the launcher in the environment of the app's binary it starts.
pub const AS_COMMAND: &str = "TRELLIS_AS_COMMAND";

/// The app's binary: Tauri's `mainBinaryName` (tauri.package.json) on every platform.
pub const APP_PROGRAM: &str = "trellis-app";

/// Where the launcher at `launcher` finds the app's binary: beside itself. `launcher` should
/// be the launcher's own path with links resolved, so that a link to it from a folder on the
/// PATH (`/usr/local/bin/trellis` on macOS) still finds the bundle.
pub fn app_beside(launcher: &Path) -> PathBuf {
    launcher.with_file_name(format!("{APP_PROGRAM}{}", std::env::consts::EXE_SUFFIX))
}

/// In the app's binary, first thing in `main`: whether the launcher started it as the command.
/// Takes [`AS_COMMAND`] out of the environment, so that nothing the command starts inherits it
/// (and an app window opened from there would open as a window). Call it before any thread
/// starts: changing the environment is only sound while one thread runs.
pub fn started_as_command() -> bool {
    let told = std::env::var_os(AS_COMMAND).is_some();
    if told {
        std::env::remove_var(AS_COMMAND);
    }
    told
}

/// The arguments the app's binary runs the command with: its own, under the command's name
/// (`trellis`), so that the command's help and mistakes name the command the person typed.
pub fn as_command(mut args: Vec<OsString>) -> Vec<OsString> {
    match args.first_mut() {
        Some(first) => *first = "trellis".into(),
        None => args.push("trellis".into()),
    }
    args
}

/// On Windows, in the command: takes the console of the program that started this one, when
/// this one has none (the app's release binary is a windowed program, which Windows starts
/// without a console). Standard handles that were given (the launcher's, or a file a shell
/// redirected output to) are kept; those that were not are opened on that console. The
/// passphrase prompt reads the console itself, which it can only do once attached. Elsewhere,
/// and when this process already has a console, it does nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    windows::attach_parent_console();
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod windows {
    use windows_sys::Win32::Foundation::{GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::Storage::FileSystem::{CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING};
    use windows_sys::Win32::System::Console::{
        AttachConsole, GetStdHandle, SetConsoleCtrlHandler, SetStdHandle, ATTACH_PARENT_PROCESS, CTRL_BREAK_EVENT,
        CTRL_C_EVENT, STD_ERROR_HANDLE, STD_HANDLE, STD_INPUT_HANDLE, STD_OUTPUT_HANDLE,
    };

    fn given(handle: HANDLE) -> bool {
        !handle.is_null() && handle != INVALID_HANDLE_VALUE
    }

    pub(super) fn attach_parent_console() {
        let ids: [STD_HANDLE; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];
        // SAFETY: reads this process's table of standard handles; no pointers are passed.
        let before = ids.map(|id| unsafe { GetStdHandle(id) });
        // SAFETY: a constant argument. It fails, changing nothing, when this process already has
        // a console (the launcher's, a debug build's) or its parent has none (a menu's start).
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        for (id, handle) in ids.into_iter().zip(before) {
            let handle = if given(handle) { handle } else { open_console(id == STD_INPUT_HANDLE) };
            if given(handle) {
                // SAFETY: `handle` is a valid handle this process holds (given at its start or
                // just opened, and never closed); `id` is one of the three standard ids.
                unsafe { SetStdHandle(id, handle) };
            }
        }
    }

    fn open_console(input: bool) -> HANDLE {
        let name: Vec<u16> = if input { "CONIN$" } else { "CONOUT$" }.encode_utf16().chain([0]).collect();
        // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; the other
        // pointers are null, which CreateFileW takes as "none".
        unsafe {
            CreateFileW(
                name.as_ptr(),
                GENERIC_READ | GENERIC_WRITE,
                FILE_SHARE_READ | FILE_SHARE_WRITE,
                std::ptr::null(),
                OPEN_EXISTING,
                0,
                std::ptr::null_mut(),
            )
        }
    }

    unsafe extern "system" fn leave_to_the_command(event: u32) -> i32 {
        i32::from(event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT)
    }

    /// In the launcher, once the command has started: Ctrl-C and Ctrl-Break reach every program
    /// on the console; the launcher leaves them to the command and waits for its exit code.
    pub(crate) fn leave_ctrl_c_to_the_command() {
        // SAFETY: the handler is a plain function that lives as long as the process.
        unsafe { SetConsoleCtrlHandler(Some(leave_to_the_command), 1) };
    }
}

/// Starts the app's binary at `app` as the command with `args` (without the launcher's own
/// name) and returns the exit code to end with. On Unix the launcher becomes the app's binary
/// (`exec`), so this returns only if that failed; on Windows it waits for it.
pub fn run(app: &Path, args: impl IntoIterator<Item = OsString>) -> i32 {
    let mut command = std::process::Command::new(app);
    command.args(args).env(AS_COMMAND, "1");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let error = command.exec();
        eprintln!("trellis: could not start {}: {error}", app.display());
        1
    }
    #[cfg(windows)]
    {
        match command.spawn() {
            Ok(mut child) => {
                windows::leave_ctrl_c_to_the_command();
                match child.wait() {
                    Ok(status) => status.code().unwrap_or(1),
                    Err(error) => {
                        eprintln!("trellis: lost the command: {error}");
                        1
                    }
                }
            }
            Err(error) => {
                eprintln!("trellis: could not start {}: {error}", app.display());
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_is_looked_for_beside_the_launcher() {
        let app = app_beside(Path::new("/Applications/Trellis.app/Contents/MacOS/trellis"));
        let expected = format!("/Applications/Trellis.app/Contents/MacOS/trellis-app{}", std::env::consts::EXE_SUFFIX);
        assert_eq!(app, PathBuf::from(expected));
    }

    #[test]
    fn the_command_is_run_under_its_own_name() {
        let args = as_command(vec!["C:\\Program Files\\Trellis\\trellis-app.exe".into(), "journal".into()]);
        assert_eq!(args, vec![OsString::from("trellis"), OsString::from("journal")]);
        assert_eq!(as_command(Vec::new()), vec![OsString::from("trellis")]);
    }
}
