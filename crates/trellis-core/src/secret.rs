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
/// the app, the recovery kit and the `trellis` command leave it out; a code is accepted with
/// it or without.
pub const RECOVERY_PREFIX: &str = "AGE-SECRET-KEY-1";
/// The prefix as it reads once spaces and dashes are taken out of what was typed.
const PREFIX_COMPACT: &str = "AGESECRETKEY1";
/// The characters a code is written in after its prefix (bech32, upper case): no B, I, O or 1,
/// so none can be mistaken for another.
const CODE_CHARS: &str = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
/// How many of them a code has after its prefix (32 bytes of key and a 6-character checksum).
pub const CODE_LEN: usize = 58;
/// The longest group a code is shown in; groups are as even as they can be.
const GROUP: usize = 6;

/// The recovery code: an age X25519 identity that can open the recovery slot.
/// Shown to the person once; the app never stores it.
pub struct RecoveryCode(SecretString);

/// What is wrong with a typed recovery code before it is even tried: said apart from a code
/// that is well formed but opens nothing, so the person knows to look for a typing mistake
/// and where. The messages never repeat what was typed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MistypedCode {
    #[error("type your recovery code")]
    Empty,
    #[error(
        "character {at} of the recovery code (in group {group}) cannot be right: a code has only letters and digits, and never B, I, O or 1; check that group against your saved copy"
    )]
    Character { at: usize, group: usize },
    #[error(
        "the recovery code has {found} letters and digits, and should have {CODE_LEN}; look for a group with one too many or too few"
    )]
    Length { found: usize },
    #[error("the recovery code has a typing mistake somewhere; compare each group with your saved copy, character by character")]
    Checksum,
}

impl RecoveryCode {
    /// Reads a code as typed: spaces, dashes, line breaks and case do not matter, and the fixed
    /// prefix `AGE-SECRET-KEY-1` (which the app and the kit leave out) may be there or not.
    pub fn parse(text: &str) -> Self {
        let mut compact: String =
            text.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect();
        let body = compact.strip_prefix(PREFIX_COMPACT).unwrap_or(&compact);
        let code = if body.is_empty() { String::new() } else { format!("{RECOVERY_PREFIX}{body}") };
        zeroize::Zeroize::zeroize(&mut compact);
        Self(SecretString::from(code))
    }

    pub(crate) fn from_secret(secret: SecretString) -> Self {
        Self(secret)
    }

    /// Returns the code itself, prefix and all, for age.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The code after its prefix.
    fn body(&self) -> &str {
        self.expose().strip_prefix(RECOVERY_PREFIX).unwrap_or(self.expose())
    }

    /// Tells whether the code is well formed: only the characters a code uses, as many as it
    /// has, and a checksum that adds up. A code that passes may still open nothing (another
    /// vault's, or an old one).
    pub fn check(&self) -> Result<(), MistypedCode> {
        let body = self.body();
        if body.is_empty() {
            return Err(MistypedCode::Empty);
        }
        if let Some(i) = body.chars().position(|c| !CODE_CHARS.contains(c)) {
            return Err(MistypedCode::Character { at: i + 1, group: group_of(i, body.chars().count()) });
        }
        let found = body.chars().count();
        if found != CODE_LEN {
            return Err(MistypedCode::Length { found });
        }
        match self.expose().parse::<age::x25519::Identity>() {
            Ok(_) => Ok(()),
            Err(_) => Err(MistypedCode::Checksum),
        }
    }

    /// Returns the code as people read and copy it: without its prefix, in even groups of at
    /// most six characters (ten groups of five or six). The app, the recovery kit and the
    /// `trellis` command all show this form, and [`Self::parse`] reads it back.
    pub fn groups(&self) -> Vec<String> {
        let chars: Vec<char> = self.body().chars().collect();
        let count = chars.len().div_ceil(GROUP);
        let mut out = Vec::with_capacity(count);
        let mut at = 0;
        for i in 0..count {
            // The remainder goes to the first groups, so no group is much shorter than another.
            let size = chars.len() / count + usize::from(i < chars.len() % count);
            out.push(chars[at..at + size].iter().collect());
            at += size;
        }
        out
    }

    /// Returns [`Self::groups`] joined by spaces, on one line.
    pub fn shown(&self) -> String {
        self.groups().join(" ")
    }
}

/// Returns which group (from 1) of a code of `len` characters the character at `index` is in.
fn group_of(index: usize, len: usize) -> usize {
    let count = len.div_ceil(GROUP).max(1);
    let (size, extra) = (len / count, len % count);
    // The first `extra` groups have one character more.
    let long = extra * (size + 1);
    if index < long {
        index / (size + 1) + 1
    } else {
        extra + (index - long) / size.max(1) + 1
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
    fn recovery_code_ignores_spacing_dashes_and_case() {
        let r = RecoveryCode::parse("  age-secret-key-1q qq\nzz ");
        assert_eq!(r.expose(), "AGE-SECRET-KEY-1QQQZZ");
        assert_eq!(RecoveryCode::parse("qqq-zz").expose(), "AGE-SECRET-KEY-1QQQZZ", "dashes between groups");
        assert_eq!(RecoveryCode::parse("Age Secret Key 1 qqqzz").expose(), "AGE-SECRET-KEY-1QQQZZ");
    }

    #[test]
    fn recovery_code_may_leave_out_its_prefix() {
        assert_eq!(RecoveryCode::parse("qqq zz").expose(), "AGE-SECRET-KEY-1QQQZZ");
        assert_eq!(RecoveryCode::parse("AGE-SECRET-KEY-1QQQZZ").expose(), "AGE-SECRET-KEY-1QQQZZ");
        assert_eq!(RecoveryCode::parse("  ").expose(), "", "nothing typed stays nothing");
        assert_eq!(RecoveryCode::parse("age-secret-key-1").expose(), "", "the prefix alone is nothing typed");
    }

    /// A real code, as the app makes one.
    fn real() -> String {
        age::x25519::Identity::generate().to_string().expose_secret().to_owned()
    }

    #[test]
    fn a_code_reads_back_from_the_short_grouped_form_and_from_the_whole_one() {
        for _ in 0..20 {
            let full = real();
            let code = RecoveryCode::parse(&full);
            let groups = code.groups();
            // 58 characters after the prefix, in groups of at most six: ten, none shorter than five.
            assert_eq!(groups.len(), 10);
            assert!(
                groups.iter().all(|g| (5..=6).contains(&g.len())),
                "{:?}",
                groups.iter().map(String::len).collect::<Vec<_>>()
            );
            assert_eq!(groups.concat(), full[RECOVERY_PREFIX.len()..]);
            assert!(!code.shown().contains("AGE"), "shown without the prefix");
            for typed in
                [full.clone(), full.to_lowercase(), code.shown(), code.shown().to_lowercase(), groups.join("-")]
            {
                let back = RecoveryCode::parse(&typed);
                assert_eq!(back.expose(), full);
                assert_eq!(back.check(), Ok(()));
            }
        }
    }

    #[test]
    fn a_mistyped_code_says_what_is_wrong_and_where() {
        let full = real();
        let body = &full[RECOVERY_PREFIX.len()..];
        assert_eq!(RecoveryCode::parse("  ").check(), Err(MistypedCode::Empty));
        // An O typed for a 0, in the third group (groups of 6, 6, 6, 6, 6, 6, 6, 6, 5, 5).
        let mut chars: Vec<char> = body.chars().collect();
        chars[14] = 'O';
        let typo = RecoveryCode::parse(&chars.iter().collect::<String>());
        let err = typo.check().unwrap_err();
        assert_eq!(err, MistypedCode::Character { at: 15, group: 3 });
        assert!(err.to_string().contains("group 3"), "{err}");
        assert!(!err.to_string().contains(&body[..6]), "the message never repeats the code");
        // One character left out.
        let short = RecoveryCode::parse(&body[1..]);
        assert_eq!(short.check(), Err(MistypedCode::Length { found: 57 }));
        // Two characters swapped: the right characters, the right length, a checksum that fails.
        let mut chars: Vec<char> = body.chars().collect();
        let i = (0..CODE_LEN - 1).find(|&i| chars[i] != chars[i + 1]).unwrap();
        chars.swap(i, i + 1);
        let swapped = RecoveryCode::parse(&chars.iter().collect::<String>());
        assert_eq!(swapped.check(), Err(MistypedCode::Checksum));
    }

    #[test]
    fn group_numbers_follow_the_groups_shown() {
        let code = RecoveryCode::parse(&real());
        let groups = code.groups();
        let mut index = 0;
        for (g, group) in groups.iter().enumerate() {
            for _ in group.chars() {
                assert_eq!(group_of(index, CODE_LEN), g + 1, "character {index}");
                index += 1;
            }
        }
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
