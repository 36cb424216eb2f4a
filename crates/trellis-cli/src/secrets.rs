//! Getting secrets from the person without ever echoing them: the passphrase from
//! `--passphrase-file`, `TRELLIS_PASSPHRASE_FILE`, `TRELLIS_PASSPHRASE`, or a prompt without
//! echo (restic's order); the recovery code from a file.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use trellis_core::{Passphrase, RecoveryCode};

use crate::say::{say, say_with, text};

/// Where the current passphrase comes from.
pub(crate) struct PassphraseSource {
    file: Option<PathBuf>,
}

impl PassphraseSource {
    pub(crate) fn new(flag: Option<PathBuf>) -> Self {
        let file = flag.or_else(|| std::env::var_os("TRELLIS_PASSPHRASE_FILE").map(PathBuf::from));
        Self { file }
    }

    /// Reads the passphrase of an existing vault.
    pub(crate) fn read(&self) -> Result<Passphrase> {
        if let Some(file) = &self.file {
            return read_secret_file(file, "secret-passphrase").map(|t| Passphrase::new(first_line(t)));
        }
        if let Ok(p) = std::env::var("TRELLIS_PASSPHRASE") {
            return Ok(Passphrase::new(p));
        }
        prompt(&label("prompt-passphrase")).map(Passphrase::new)
    }

    /// Reads a new passphrase: from the same sources, or asked twice at the terminal.
    pub(crate) fn read_new(&self) -> Result<Passphrase> {
        if self.file.is_some() || std::env::var_os("TRELLIS_PASSPHRASE").is_some() {
            return self.read();
        }
        ask_twice()
    }
}

/// Reads a new passphrase from `file`, or asks for it twice.
pub(crate) fn new_passphrase(file: Option<&Path>) -> Result<Passphrase> {
    match file {
        Some(f) => read_secret_file(f, "secret-new-passphrase").map(|t| Passphrase::new(first_line(t))),
        None => ask_twice(),
    }
}

/// Reads a passphrase (the first line) from `file`; `what` is the message naming it
/// (`secret-backup-passphrase`).
pub(crate) fn read_passphrase_file(file: &Path, what: &str) -> Result<Passphrase> {
    read_secret_file(file, what).map(|t| Passphrase::new(first_line(t)))
}

/// Asks for a passphrase once, without echo; `label` is the message that asks
/// (`prompt-backup-passphrase`).
pub(crate) fn prompt_passphrase(label: &str) -> Result<Passphrase> {
    prompt(&self::label(label)).map(Passphrase::new)
}

/// Reads a recovery code from `file`.
pub(crate) fn read_recovery_code(file: &Path) -> Result<RecoveryCode> {
    let mut text = read_secret_file(file, "secret-recovery-code")?;
    let code = RecoveryCode::parse(&text);
    zeroize::Zeroize::zeroize(&mut text);
    Ok(code)
}

fn ask_twice() -> Result<Passphrase> {
    let first = prompt(&label("prompt-new-passphrase"))?;
    let mut second = prompt(&label("prompt-repeat-passphrase"))?;
    let same = first == second;
    zeroize::Zeroize::zeroize(&mut second);
    if !same {
        bail!(say("passphrases-differ"));
    }
    Ok(Passphrase::new(first))
}

/// What a prompt shows: message `id`, then `: `.
fn label(id: &str) -> String {
    format!("{}: ", say(id))
}

fn prompt(label: &str) -> Result<String> {
    rpassword::prompt_password(label).with_context(|| say("no-terminal"))
}

/// Keeps the first line of a passphrase file (its help says so), without its line break.
fn first_line(mut text: String) -> String {
    let line = text.lines().next().unwrap_or("").to_owned();
    zeroize::Zeroize::zeroize(&mut text);
    line
}

/// Reads a secret file, warning when other users could read it too. Errors name the file,
/// never its contents; `what` is the message naming the secret (`secret-passphrase`).
fn read_secret_file(path: &Path, what: &str) -> Result<String> {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            let args = [("what", text(say(what))), ("file", text(path.display()))];
            eprintln!("trellis: {}", say_with("warning-readable-secret-file", &args));
        }
    }
    let mut text = std::fs::read_to_string(path).with_context(|| {
        say_with("error-read-secret-file", &[("what", text(say(what))), ("file", text(path.display()))])
    })?;
    // Windows Notepad may begin a file with a byte-order mark; it is not part of the secret.
    if text.starts_with(BOM) {
        text.replace_range(..BOM.len_utf8(), "");
    }
    Ok(text)
}

/// The byte-order mark some Windows editors put at the start of a text file.
pub(crate) const BOM: char = '\u{feff}';

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_file_gives_its_first_line() {
        assert_eq!(first_line("correct horse\r\nsecond line\n".into()), "correct horse");
        assert_eq!(first_line("only\n".into()), "only");
        assert_eq!(first_line(String::new()), "");
    }

    /// A file saved on Windows ends its lines with CRLF and may start with a byte-order mark:
    /// neither is part of the passphrase or the code.
    #[test]
    fn a_secret_file_saved_on_windows_reads_as_its_words() {
        let dir = tempfile::tempdir().unwrap();
        let pass = dir.path().join("pass.txt");
        std::fs::write(&pass, "\u{feff}correct horse\r\n").unwrap();
        let read = |p: &Path| first_line(read_secret_file(p, "secret-passphrase").unwrap());
        assert_eq!(read(&pass), "correct horse", "no mark, no \\r");
        std::fs::write(&pass, "correct horse\r\nsecond line\r\n").unwrap();
        assert_eq!(read(&pass), "correct horse");
        let code = dir.path().join("code.txt");
        let written = trellis_core::RecoveryCode::parse("TRELLIS-ABCD-EFGH\r\n");
        std::fs::write(&code, format!("\u{feff}{}\r\n", written.expose())).unwrap();
        assert_eq!(read_recovery_code(&code).unwrap().expose(), written.expose());
    }
}
