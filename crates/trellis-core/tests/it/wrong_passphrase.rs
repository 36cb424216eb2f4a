//! A wrong passphrase is its own error and writes nothing: the files are byte-identical.

use chrono::Utc;
use trellis_core::{Passphrase, RecoveryCode, UnlockMode, Vault, VaultError};

use crate::support::*;

#[test]
fn wrong_passphrase_changes_no_byte() {
    let (_tmp, dir, mut vault, _code) = new_vault();
    vault.journal().unwrap().add(draft("t", "b", &["x"]), Utc::now()).unwrap();
    drop(vault);
    let before = files(&dir);

    let mut vault = Vault::open(&dir).unwrap();
    let err = vault.unlock(&Passphrase::new("not it".into()), UnlockMode::Full).unwrap_err();
    assert!(matches!(err, VaultError::WrongPassphrase), "{err:?}");
    assert!(!err.to_string().contains("not it"), "errors never echo a secret");
    let err = vault.recover(&RecoveryCode::parse("AGE-SECRET-KEY-1XYZ"), &pass(), UnlockMode::Full).unwrap_err();
    assert!(matches!(err, VaultError::WrongRecoveryCode), "{err:?}");
    assert!(matches!(vault.journal(), Err(VaultError::Locked)));
    drop(vault);

    assert_eq!(files(&dir), before, "the vault files must be byte-identical after a wrong passphrase");
}
