//! The command's own words to people, in each language the command is written in: one Fluent
//! catalogue per language, `locales/<lang>/cli.ftl`, compiled in. The language is the locale's
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), as for the library and the printed documents; a message a
//! language lacks is said in English. The core's errors are said in the same language through
//! [`Said`]. What a script reads (`--json`, ids, the recovery code) is never translated.

use trellis_core::say::{Catalogue, FluentValue, Said};

const CATALOGUES: [(&str, &str); 2] =
    [("en", include_str!("../locales/en/cli.ftl")), ("es", include_str!("../locales/es/cli.ftl"))];

static CLI: Catalogue = Catalogue::new(&CATALOGUES);

/// The language the command speaks in: the locale's.
pub(crate) fn lang() -> &'static str {
    crate::library_cmd::locale_language()
}

/// Says message `id` in the locale's language.
pub(crate) fn say(id: &str) -> String {
    CLI.say(lang(), id, &[])
}

/// Says message `id` in the locale's language with `args`.
pub(crate) fn say_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    CLI.say(lang(), id, args)
}

/// Says message `id` in `lang` (English where `lang` lacks it) with `args`.
pub(crate) fn say_in(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    CLI.say(lang, id, args)
}

/// Says message `id` in `lang` (English where `lang` lacks it), or `None` when no catalogue
/// has it.
pub(crate) fn message_in(lang: &str, id: &str) -> Option<String> {
    // A message nobody wrote comes back as its id (`Catalogue::say`).
    let said = CLI.say(lang, id, &[]);
    (said != id).then_some(said)
}

/// The ids of the English catalogue's messages.
#[cfg(test)]
pub(crate) fn ids() -> Vec<String> {
    CLI.ids()
}

/// Says a message that counts `n` of something ("3 pages"), with `args` besides the count.
pub(crate) fn count(id: &str, n: impl Into<FluentValue<'static>>, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut all = vec![("count", n.into())];
    all.extend(args.iter().cloned());
    say_with(id, &all)
}

/// Which answer `line` gives to a question whose answers message `id` lists: groups of words
/// split by `/`, one group per answer ("y yes / n no"). The locale's words count, and English's
/// too (a script's, or a hand used to them); any case. `None` when it is none of them.
pub(crate) fn answer(line: &str, id: &str) -> Option<usize> {
    answer_in(lang(), line, id)
}

fn answer_in(lang: &str, line: &str, id: &str) -> Option<usize> {
    let line = line.trim().to_lowercase();
    [lang, "en"].into_iter().find_map(|lang| {
        CLI.say(lang, id, &[]).split('/').position(|group| group.split_whitespace().any(|w| w == line))
    })
}

/// A value for [`say_with`]: text said as it is (a path, an id).
pub(crate) fn text(t: impl std::fmt::Display) -> FluentValue<'static> {
    FluentValue::from(t.to_string())
}

/// Says a core error in the locale's language (for a usage mistake the core found, such as an
/// id that is not one).
pub(crate) fn said(e: &impl Said) -> String {
    e.say_in(lang())
}

/// Says one cause of a failure: a core error in `lang` (its `Display` text in English), any
/// other as it is.
pub(crate) fn cause_in(e: &(dyn std::error::Error + 'static), lang: &str) -> String {
    macro_rules! try_as {
        ($($t:ty),*) => {$(
            if let Some(e) = e.downcast_ref::<$t>() {
                return e.say_in(lang);
            }
        )*};
    }
    try_as!(
        trellis_core::VaultError,
        trellis_core::JournalError,
        trellis_core::CheckInError,
        trellis_core::backup::BackupError,
        trellis_core::ToolError,
        trellis_core::ReminderError,
        trellis_core::reminders::RuleError,
        trellis_core::LibraryError,
        trellis_core::SyncError,
        trellis_core::PartnerError,
        trellis_core::StoreError,
        trellis_core::FileError,
        trellis_core::ParseIdError,
        trellis_core::MistypedCode,
        trellis_print::PrintError
    );
    e.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_is_complete_and_says_each_message_in_its_own_words() {
        assert_eq!(CLI.gaps(), Vec::<String>::new());
        // "error:" starts a usage mistake in both languages.
        for id in CLI.ids().into_iter().filter(|id| id != "mistake-error") {
            assert_ne!(CLI.say("es", &id, &[]), CLI.say("en", &id, &[]), "{id} is said in Spanish");
        }
    }

    #[test]
    fn answers_are_read_in_the_language_and_in_english() {
        let yes_no = |lang: &str, line: &str| answer_in(lang, line, "answer-yes-no");
        assert_eq!(
            [yes_no("es", "s"), yes_no("es", " Sí\n"), yes_no("es", "si"), yes_no("es", "N")],
            [Some(0), Some(0), Some(0), Some(1)]
        );
        assert_eq!(
            [yes_no("es", "y"), yes_no("es", "yes"), yes_no("es", "no"), yes_no("es", "x")],
            [Some(0), Some(0), Some(1), None]
        );
        assert_eq!([yes_no("en", "s"), yes_no("en", "Y"), yes_no("en", "no")], [None, Some(0), Some(1)]);
        let kcr = |lang: &str, line: &str| answer_in(lang, line, "answer-keep-change-retire");
        assert_eq!(
            [kcr("es", "m"), kcr("es", "cambiar"), kcr("es", "r"), kcr("es", "k")],
            [Some(0), Some(1), Some(2), Some(0)]
        );
        assert_eq!([kcr("en", "m"), kcr("en", "kept"), kcr("en", "")], [None, Some(0), None]);
    }

    #[test]
    fn counts_and_core_errors_in_each_language() {
        let pages = |lang: &str, n: usize| CLI.say(lang, "pages", &[("count", FluentValue::from(n))]);
        assert_eq!(pages("en", 1), "1 page");
        assert_eq!(pages("en", 3), "3 pages");
        assert_eq!(pages("es", 1), "1 página");
        assert_eq!(pages("es", 3), "3 páginas");
        let checks = |lang: &str| {
            let answer = |a: &'static str| FluentValue::from(a);
            let args = [
                ("specific", answer("yes")),
                ("in_control", answer("no")),
                ("hold_myself", answer("unknown")),
                ("room_to_flex", answer("yes")),
                ("leaves_free", answer("yes")),
            ];
            CLI.say(lang, "worksheet-checks", &args)
        };
        assert_eq!(
            checks("en"),
            "Specific: yes · Within their control: no · I'd hold myself to it: – · Room to flex: yes · Leaves each of \
             us free: yes"
        );
        assert!(checks("es").starts_with("Concreta: sí · Depende de mi pareja: no · "), "{}", checks("es"));
        let e = trellis_core::VaultError::WrongPassphrase;
        assert_eq!(cause_in(&e, "en"), e.to_string());
        assert_ne!(cause_in(&e, "es"), e.to_string());
        let other = std::io::Error::other("disk says no");
        assert_eq!(cause_in(&other, "es"), "disk says no");
    }
}
