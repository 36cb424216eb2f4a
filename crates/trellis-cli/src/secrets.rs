//! Getting secrets from the person without ever echoing them: the passphrase from
//! `--passphrase-file`, `TRELLIS_PASSPHRASE_FILE`, `TRELLIS_PASSPHRASE`, or a prompt without
//! echo (restic's order); the recovery code from a file.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use trellis_core::{Passphrase, RecoveryCode};

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
            return read_secret_file(file, "passphrase").map(Passphrase::new);
        }
        if let Ok(p) = std::env::var("TRELLIS_PASSPHRASE") {
            return Ok(Passphrase::new(p));
        }
        prompt("Passphrase: ").map(Passphrase::new)
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
        Some(f) => read_secret_file(f, "new passphrase").map(Passphrase::new),
        None => ask_twice(),
    }
}

/// Reads a recovery code from `file`.
pub(crate) fn read_recovery_code(file: &Path) -> Result<RecoveryCode> {
    let mut text = read_secret_file(file, "recovery code")?;
    let code = RecoveryCode::parse(&text);
    zeroize::Zeroize::zeroize(&mut text);
    Ok(code)
}

fn ask_twice() -> Result<Passphrase> {
    let first = prompt("New passphrase: ")?;
    let mut second = prompt("Repeat the new passphrase: ")?;
    let same = first == second;
    zeroize::Zeroize::zeroize(&mut second);
    if !same {
        bail!("the two passphrases differ; nothing was changed, try again");
    }
    Ok(Passphrase::new(first))
}

fn prompt(label: &str) -> Result<String> {
    rpassword::prompt_password(label).context(
        "no passphrase given and no terminal to ask on; use --passphrase-file FILE, \
         TRELLIS_PASSPHRASE_FILE or TRELLIS_PASSPHRASE",
    )
}

/// Reads a secret file. Errors name the file, never its contents.
fn read_secret_file(path: &Path, what: &str) -> Result<String> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("could not read the {what} file {}", path.display()))?;
    Ok(text)
}
