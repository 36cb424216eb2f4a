// Keeps a console window from opening with the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

/// One program: started as `trellis` (the name the Linux packages install beside the app), by
/// the `trellis` launcher beside it on Windows and macOS, or with one of the command's
/// subcommands, it is the `trellis` command; otherwise the window.
fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().collect();
    if trellis_launcher::started_as_command() {
        args = trellis_launcher::as_command(args);
    }
    if trellis_cli::is_command(&args) {
        return trellis_cli::main_with(args);
    }
    trellis_app::run();
    ExitCode::SUCCESS
}
