//! `trellis` on Windows and macOS: starts the app's binary beside it as the command (see the
//! library's documentation).

use std::process::ExitCode;

fn main() -> ExitCode {
    // Links resolved on Unix (a link on the PATH to the bundle's launcher); Windows gives the
    // path itself, which canonicalize would turn into a \\?\ path.
    let me = std::env::current_exe().and_then(|me| if cfg!(unix) { std::fs::canonicalize(me) } else { Ok(me) });
    let me = match me {
        Ok(me) => me,
        Err(error) => {
            eprintln!("trellis: could not find where this program is: {error}");
            return ExitCode::FAILURE;
        }
    };
    let app = trellis_launcher::app_beside(&me);
    if !app.is_file() {
        eprintln!(
            "trellis: the Trellis app's program is not beside this one (looked for {}). Reinstalling Trellis puts it back; your vaults are not touched.",
            app.display()
        );
        return ExitCode::FAILURE;
    }
    let code = trellis_launcher::run(&app, std::env::args_os().skip(1));
    std::process::exit(code)
}
