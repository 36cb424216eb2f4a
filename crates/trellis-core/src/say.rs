//! The core's own words that reach a person (notifications, for now), in each language the
//! app is written in: one Fluent catalogue per language, `locales/<lang>/core.ftl`, compiled
//! in. The same format as the UI's catalogues (`ui/src/locales/`), so a translator works in one
//! format. A message a language lacks is said in English; a test lists what is missing.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// Each language's catalogue, English first.
const CATALOGUES: [(&str, &str); 2] =
    [("en", include_str!("../locales/en/core.ftl")), ("es", include_str!("../locales/es/core.ftl"))];

const ENGLISH: &str = "en";

fn bundles() -> &'static HashMap<&'static str, FluentBundle<FluentResource>> {
    static BUNDLES: OnceLock<HashMap<&'static str, FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(lang, text)| {
                let id: unic_langid::LanguageIdentifier = lang.parse().expect("a language code");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks: a notification is not HTML, and they would show.
                bundle.set_use_isolating(false);
                // The catalogues are checked by the tests below; a broken one says ids.
                if let Ok(resource) = FluentResource::try_new((*text).to_owned()) {
                    let _ = bundle.add_resource(resource);
                }
                (*lang, bundle)
            })
            .collect()
    })
}

/// Says message `id` in `lang` (English where `lang` lacks it), with `args`. A message nobody
/// wrote comes back as its id, so it is seen.
pub fn say(lang: &str, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    let all = bundles();
    let bundle = match all.get(lang) {
        Some(b) if b.has_message(id) => b,
        _ => &all[ENGLISH],
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentValue;

    /// The ids of a catalogue's messages: each line that starts `id =`.
    fn ids(text: &str) -> Vec<String> {
        assert!(FluentResource::try_new(text.to_owned()).is_ok(), "the catalogue parses");
        text.lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !id.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_catalogue_parses_and_holds_what_english_holds() {
        let english = ids(CATALOGUES[0].1);
        assert!(!english.is_empty());
        for (lang, text) in CATALOGUES {
            let own = ids(text);
            let missing: Vec<_> = english.iter().filter(|id| !own.contains(id)).collect();
            let stray: Vec<_> = own.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "{lang}: missing (said in English): {missing:?}");
            assert!(stray.is_empty(), "{lang}: not in English: {stray:?}");
            assert!(crate::library::languages().iter().any(|l| l.code == lang), "{lang} is a language of the library");
        }
    }

    #[test]
    fn says_in_the_language_with_plurals_and_falls_back_to_english() {
        let n = |v: usize| FluentValue::from(v);
        assert_eq!(say("en", "notice-many-due", &[("count", n(3))]), "3 reminders are due.");
        assert_eq!(say("es", "notice-many-due", &[("count", n(3))]), "Tocan 3 recordatorios.");
        let missed = |lang, count| say(lang, "notice-missed", &[("count", n(count)), ("name", "Notas".into())]);
        assert_eq!(missed("es", 1), "Tocó un recordatorio mientras Notas estaba cerrado o el equipo en reposo.");
        assert!(missed("en", 2).starts_with("2 reminders came due while Notas"));
        assert_eq!(say("xx", "notice-one-due", &[]), "A reminder is due.", "an unknown language: English");
        assert_eq!(say("es", "no-such-message", &[]), "no-such-message");
    }
}
