//! Key slots: the vault key wrapped with age, once per way of unlocking.
//!
//! A passphrase slot uses age's scrypt recipient with an explicit work factor; a recovery
//! slot uses an X25519 recipient whose identity is the recovery code. A wrong passphrase is
//! detected by its slot failing to open: no password hash is stored anywhere.

use age::DecryptError;

use crate::record::VaultKey;
use crate::secret::{KdfWorkFactor, MistypedCode, Passphrase, RecoveryCode};

/// Why a slot did not open.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SlotError {
    #[error("the passphrase or recovery code does not open this slot")]
    WrongSecret,
    /// The recovery code is not one at all (a typing mistake); nothing was tried.
    #[error(transparent)]
    Mistyped(MistypedCode),
    #[error("the key slot asks for more work than allowed (2^{0})")]
    TooCostly(u8),
    #[error("the key slot is damaged")]
    Damaged,
}

/// Wraps the vault key with a passphrase.
pub(crate) fn wrap_with_passphrase(key: &VaultKey, passphrase: &Passphrase, work: KdfWorkFactor) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.secret());
    recipient.set_work_factor(work.get());
    age::encrypt(&recipient, key.expose()).expect("age encryption to a buffer cannot fail")
}

/// Unwraps the vault key with a passphrase.
pub(crate) fn unwrap_with_passphrase(wrapped: &[u8], passphrase: &Passphrase) -> Result<VaultKey, SlotError> {
    let mut identity = age::scrypt::Identity::new(passphrase.secret());
    identity.set_max_work_factor(KdfWorkFactor::MAX);
    unwrap(age::decrypt(&identity, wrapped))
}

/// Wraps the vault key for a new recovery code, and returns that code.
pub(crate) fn wrap_for_recovery(key: &VaultKey) -> (Vec<u8>, RecoveryCode) {
    let identity = age::x25519::Identity::generate();
    let wrapped = age::encrypt(&identity.to_public(), key.expose()).expect("age encryption to a buffer cannot fail");
    (wrapped, RecoveryCode::from_secret(identity.to_string()))
}

/// Unwraps the vault key with a recovery code.
pub(crate) fn unwrap_with_recovery(wrapped: &[u8], code: &RecoveryCode) -> Result<VaultKey, SlotError> {
    code.check().map_err(SlotError::Mistyped)?;
    let identity: age::x25519::Identity = code.expose().parse().map_err(|_| SlotError::WrongSecret)?;
    unwrap(age::decrypt(&identity, wrapped))
}

fn unwrap(result: Result<Vec<u8>, DecryptError>) -> Result<VaultKey, SlotError> {
    match result {
        Ok(mut bytes) => {
            let key = VaultKey::from_slice(&bytes).ok_or(SlotError::Damaged);
            zeroize::Zeroize::zeroize(&mut bytes);
            key
        }
        Err(DecryptError::ExcessiveWork { required, .. }) => Err(SlotError::TooCostly(required)),
        Err(DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed | DecryptError::NoMatchingKeys) => {
            Err(SlotError::WrongSecret)
        }
        Err(_) => Err(SlotError::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn weak() -> KdfWorkFactor {
        KdfWorkFactor::insecure_for_tests(2).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        #[test]
        fn passphrase_round_trip(pass in "\\PC{1,40}") {
            let key = VaultKey::generate();
            let wrapped = wrap_with_passphrase(&key, &Passphrase::new(pass.clone()), weak());
            let back = unwrap_with_passphrase(&wrapped, &Passphrase::new(pass)).unwrap();
            prop_assert_eq!(back.expose(), key.expose());
        }

        #[test]
        fn recovery_round_trip(_seed in any::<u8>()) {
            let key = VaultKey::generate();
            let (wrapped, code) = wrap_for_recovery(&key);
            let typed = RecoveryCode::parse(&code.expose().to_lowercase());
            let back = unwrap_with_recovery(&wrapped, &typed).unwrap();
            prop_assert_eq!(back.expose(), key.expose());
        }
    }

    #[test]
    fn wrong_passphrase_is_its_own_error() {
        let key = VaultKey::generate();
        let wrapped = wrap_with_passphrase(&key, &Passphrase::new("right".into()), weak());
        let err = unwrap_with_passphrase(&wrapped, &Passphrase::new("wrong".into())).unwrap_err();
        assert!(matches!(err, SlotError::WrongSecret), "{err:?}");
    }

    #[test]
    fn wrong_recovery_code_is_refused() {
        let key = VaultKey::generate();
        let (wrapped, _) = wrap_for_recovery(&key);
        let (_, other) = wrap_for_recovery(&VaultKey::generate());
        assert!(matches!(unwrap_with_recovery(&wrapped, &other), Err(SlotError::WrongSecret)));
        // Not a code at all: said as a typing mistake, not as a code that opens nothing.
        assert!(matches!(
            unwrap_with_recovery(&wrapped, &RecoveryCode::parse("nonsense")),
            Err(SlotError::Mistyped(MistypedCode::Character { at: 2, group: 1 }))
        ));
    }

    #[test]
    fn excessive_work_factor_is_refused_before_any_work() {
        let key = VaultKey::generate();
        // Forge a header naming 2^30; unwrap must refuse from the header alone.
        let wrapped = wrap_with_passphrase(&key, &Passphrase::new("p".into()), weak());
        let text = String::from_utf8_lossy(&wrapped).replacen(" 2\n", " 30\n", 1).into_bytes();
        assert!(matches!(unwrap_with_passphrase(&text, &Passphrase::new("p".into())), Err(SlotError::TooCostly(30))));
    }

    #[test]
    fn garbage_slot_is_damaged() {
        assert!(matches!(unwrap_with_passphrase(b"garbage", &Passphrase::new("p".into())), Err(SlotError::Damaged)));
    }
}
