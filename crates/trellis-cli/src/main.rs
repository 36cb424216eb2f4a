//! The `trellis` command (see the library's documentation).

#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    trellis_cli::main_with(std::env::args_os())
}
