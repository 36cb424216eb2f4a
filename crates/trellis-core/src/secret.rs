//! Secrets a person types or is shown: the passphrase and the recovery code, and the scrypt
//! work factor that protects the passphrase. Each is a zeroizing container whose `Debug`
//! never shows its contents, so a secret cannot leak through a log line or an error.

use std::fmt;

use age::secrecy::{ExposeSecret, SecretString};

/// A passphrase, held in zeroizing memory.
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Wraps a passphrase. Surrounding line breaks (from a file or a pipe) are not part of it.
    pub fn new(text: String) -> Self {
        let trimmed = text.trim_end_matches(['\r', '\n']).to_owned();
        let mut text = text;
        zeroize::Zeroize::zeroize(&mut text);
        Self(SecretString::from(trimmed))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.expose_secret().is_empty()
    }

    pub(crate) fn secret(&self) -> SecretString {
        SecretString::from(self.0.expose_secret().to_owned())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The fixed start of every recovery code (an age identity). It tells nobody anything, so
/// the app and the recovery kit leave it out; a code is accepted with it or without.
pub const RECOVERY_PREFIX: &str = "AGE-SECRET-KEY-1";

/// The recovery code: an age X25519 identity that can open the recovery slot.
/// Shown to the person once; the app never stores it.
pub struct RecoveryCode(SecretString);

impl RecoveryCode {
    /// Reads a code as typed: spaces, line breaks and case do not matter, and the fixed
    /// prefix `AGE-SECRET-KEY-1` (which the app and the kit leave out) may be there or not.
    pub fn parse(text: &str) -> Self {
        let mut cleaned: String = text.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect();
        if !cleaned.is_empty() && !cleaned.starts_with(RECOVERY_PREFIX) {
            cleaned.insert_str(0, RECOVERY_PREFIX);
        }
        Self(SecretString::from(cleaned))
    }

    pub(crate) fn from_secret(secret: SecretString) -> Self {
        Self(secret)
    }

    /// Returns the code itself, for showing it to the person exactly once.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(<redacted>)")
    }
}

/// The scrypt work factor (log2 N) for a passphrase slot.
///
/// 18 is the default and the lowest value a person gets; lower values exist only through
/// [`KdfWorkFactor::insecure_for_tests`], so tests and benchmarks can run quickly without
/// that shortcut being reachable by accident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfWorkFactor(u8);

impl KdfWorkFactor {
    /// The default work factor: about a second of work on a laptop.
    pub const DEFAULT: Self = Self(18);
    /// The highest work factor unlock accepts; more would let a damaged or hostile slot
    /// make unlock take minutes and gigabytes.
    pub const MAX: u8 = 22;

    /// Returns a work factor between the default and the maximum, or `None`.
    pub fn new(log_n: u8) -> Option<Self> {
        (Self::DEFAULT.0..=Self::MAX).contains(&log_n).then_some(Self(log_n))
    }

    /// Returns any work factor from 1 to the maximum. Weak: for tests and benchmarks only.
    pub fn insecure_for_tests(log_n: u8) -> Option<Self> {
        (1..=Self::MAX).contains(&log_n).then_some(Self(log_n))
    }

    /// Returns log2 N.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for KdfWorkFactor {
    fn default() -> Self {
        Self::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let p = Passphrase::new("correct horse".into());
        let r = RecoveryCode::parse("age-secret-key-1abc");
        assert!(!format!("{p:?}").contains("horse"));
        assert!(!format!("{r:?}").to_lowercase().contains("abc"));
    }

    #[test]
    fn recovery_code_ignores_spacing_and_case() {
        let r = RecoveryCode::parse("  age-secret-key-1q qq\nzz ");
        assert_eq!(r.expose(), "AGE-SECRET-KEY-1QQQZZ");
    }

    #[test]
    fn recovery_code_may_leave_out_its_prefix() {
        assert_eq!(RecoveryCode::parse("qqq zz").expose(), "AGE-SECRET-KEY-1QQQZZ");
        assert_eq!(RecoveryCode::parse("AGE-SECRET-KEY-1QQQZZ").expose(), "AGE-SECRET-KEY-1QQQZZ");
        assert_eq!(RecoveryCode::parse("  ").expose(), "", "nothing typed stays nothing");
    }

    #[test]
    fn passphrase_drops_trailing_newline_only() {
        let p = Passphrase::new(" pass word \n".into());
        assert_eq!(p.0.expose_secret(), " pass word ");
    }

    #[test]
    fn work_factor_bounds() {
        assert!(KdfWorkFactor::new(17).is_none());
        assert!(KdfWorkFactor::new(18).is_some());
        assert!(KdfWorkFactor::new(23).is_none());
        assert!(KdfWorkFactor::insecure_for_tests(4).is_some());
        assert!(KdfWorkFactor::insecure_for_tests(0).is_none());
    }
}
