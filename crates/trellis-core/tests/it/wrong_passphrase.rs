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
    let err = vault
        .recover(&RecoveryCode::parse("AGE-SECRET-KEY-1XYZ"), &pass(), weak(), UnlockMode::Full, Utc::now())
        .unwrap_err();
    // Too short to be a code: said as a typing mistake, and nothing is tried or written.
    assert!(
        matches!(err, VaultError::MistypedRecoveryCode(trellis_core::MistypedCode::Length { found: 3 })),
        "{err:?}"
    );
    assert!(matches!(vault.journal(), Err(VaultError::Locked)));
    drop(vault);

    assert_eq!(files(&dir), before, "the vault files must be byte-identical after a wrong passphrase");
}

/// One flipped byte inside the passphrase slot's scrypt stanza is damage, not a forgotten
/// passphrase: saying "wrong passphrase" would send a person hunting for one they never forgot.
#[test]
fn fail_a_damaged_slot_is_not_a_wrong_passphrase() {
    let (_tmp, dir, vault, _code) = new_vault();
    drop(vault);
    let raw = rusqlite::Connection::open(dir.join(trellis_core::DB_FILE)).unwrap();
    let mut slot: Vec<u8> =
        raw.query_row("SELECT wrapped FROM key_slots WHERE kind = 'passphrase'", [], |r| r.get(0)).unwrap();
    // The stanza line is "-> scrypt <salt> <work>"; flip a letter of the salt.
    let at = slot.windows(9).position(|w| w == b"-> scrypt").unwrap() + 12;
    slot[at] = if slot[at] == b'A' { b'B' } else { b'A' };
    raw.execute("UPDATE key_slots SET wrapped = ?1 WHERE kind = 'passphrase'", [&slot]).unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    let err = vault.unlock(&pass(), UnlockMode::Lazy).unwrap_err();
    assert!(matches!(err, VaultError::SlotDamaged), "{err:?}");
    let err = vault.unlock(&Passphrase::new("not it".into()), UnlockMode::Lazy).unwrap_err();
    assert!(matches!(err, VaultError::SlotDamaged), "damage is damage whatever is typed: {err:?}");
}
