//! The core's own words that reach a person (notifications, errors before unlock), in each language the
//! app is written in: one Fluent catalogue per language, `locales/<lang>/core.ftl`, compiled
//! in. The same format as the UI's catalogues (`ui/src/locales/`), so a translator works in one
//! format. A message a language lacks is said in English; a test lists what is missing.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A value a message is said with: a number (for plurals) or a string.
pub use fluent_bundle::FluentValue;

/// Each language's catalogue, English first.
const CATALOGUES: [(&str, &str); 2] =
    [("en", include_str!("../locales/en/core.ftl")), ("es", include_str!("../locales/es/core.ftl"))];

static CORE: Catalogue = Catalogue::new(&CATALOGUES);

/// Says message `id` of the core's catalogue in `lang` (English where `lang` lacks it), with
/// `args`. A message nobody wrote comes back as its id, so it is seen.
pub fn say(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    CORE.say(lang, id, args)
}

/// A set of Fluent catalogues, one per language, English first; parsed on first use. The core
/// has one ([`say`]); a crate with words of its own (the printed documents) keeps another.
pub struct Catalogue {
    sources: &'static [(&'static str, &'static str)],
    bundles: OnceLock<HashMap<&'static str, FluentBundle<FluentResource>>>,
}

impl Catalogue {
    /// A catalogue of `sources`: `(language code, .ftl text)`, English first.
    pub const fn new(sources: &'static [(&'static str, &'static str)]) -> Catalogue {
        Catalogue { sources, bundles: OnceLock::new() }
    }

    fn bundles(&self) -> &HashMap<&'static str, FluentBundle<FluentResource>> {
        self.bundles.get_or_init(|| {
            self.sources
                .iter()
                .map(|(lang, text)| {
                    let id: unic_langid::LanguageIdentifier = lang.parse().expect("a language code");
                    let mut bundle = FluentBundle::new_concurrent(vec![id]);
                    // No Unicode isolation marks: a notification or a PDF is not HTML, and they
                    // would show.
                    bundle.set_use_isolating(false);
                    // The catalogues are checked by tests ([`Catalogue::gaps`]); a broken one
                    // says ids.
                    if let Ok(resource) = FluentResource::try_new((*text).to_owned()) {
                        let _ = bundle.add_resource(resource);
                    }
                    (*lang, bundle)
                })
                .collect()
        })
    }

    /// Says message `id` in `lang` (English where `lang` lacks it), with `args`. A message
    /// nobody wrote comes back as its id, so it is seen.
    pub fn say(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let all = self.bundles();
        let bundle = match all.get(lang) {
            Some(b) if b.has_message(id) => b,
            _ => &all[self.sources[0].0],
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// Returns the ids of English's messages, in the catalogue's order.
    pub fn ids(&self) -> Vec<String> {
        ids(self.sources[0].1)
    }

    /// Returns, for each language, what it lacks of English's messages and what it has that
    /// English does not, or which catalogue does not parse: empty when all are complete.
    pub fn gaps(&self) -> Vec<String> {
        let english = self.ids();
        let mut gaps = Vec::new();
        for (lang, text) in self.sources {
            if FluentResource::try_new((*text).to_owned()).is_err() {
                gaps.push(format!("{lang}: the catalogue does not parse"));
            }
            let own = ids(text);
            gaps.extend(english.iter().filter(|id| !own.contains(id)).map(|id| format!("{lang}: lacks {id}")));
            gaps.extend(
                own.iter().filter(|id| !english.contains(id)).map(|id| format!("{lang}: {id} is not in English")),
            );
        }
        gaps
    }
}

/// The ids of a catalogue's messages: each line that starts `id =`.
fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses_and_holds_what_english_holds() {
        assert!(!CORE.ids().is_empty());
        assert_eq!(CORE.gaps(), Vec::<String>::new());
        for (lang, _) in CATALOGUES {
            assert!(crate::library::languages().iter().any(|l| l.code == lang), "{lang} is a language of the library");
        }
        let broken = Catalogue::new(&[("en", "a = one\nb = two\n"), ("es", "a = uno\nc = tres\n")]);
        assert_eq!(broken.gaps(), ["es: lacks b", "es: c is not in English"]);
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
