//! The core's own words that reach a person (notifications, every error), in each language the
//! app is written in: one Fluent catalogue per language, `locales/<lang>/core.ftl`, compiled
//! in. The same format as the UI's catalogues (`ui/src/locales/`), so a translator works in one
//! format. A message a language lacks is said in English; a test lists what is missing.
//!
//! An error is [`Said`]: it names its [`Message`] (an id of the catalogue and its values), and
//! the front end says it in the language it shows. Its English is its `Display` text, word for
//! word, so the `trellis` command and the logs read as before.

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

/// Writes a date in words in `lang`: "Sunday 3 May 2026", "domingo, 3 de mayo de 2026".
pub fn long_day(lang: &str, d: chrono::NaiveDate) -> String {
    date_in_words(lang, d, "long-day", "weekday", "month")
}

/// Writes a date in words in `lang`, without the day of the week: "3 May 2026", "3 de mayo de
/// 2026".
pub fn day_month_year(lang: &str, d: chrono::NaiveDate) -> String {
    date_in_words(lang, d, "day-month-year", "weekday", "month")
}

/// Writes a date in short words in `lang`: "Sun 3 May 2026", "dom, 3 may 2026".
pub fn short_day(lang: &str, d: chrono::NaiveDate) -> String {
    date_in_words(lang, d, "short-day", "weekday-short", "month-short")
}

/// Says message `id` with the parts of `d`: its day and year in digits, its month and day of
/// the week as the messages `<month>-N` and `<weekday>-N` (Monday is 1) say them.
fn date_in_words(lang: &str, d: chrono::NaiveDate, id: &str, weekday: &str, month: &str) -> String {
    use chrono::Datelike;
    let weekday = say(lang, &format!("{weekday}-{}", d.weekday().number_from_monday()), &[]);
    let month = say(lang, &format!("{month}-{}", d.month()), &[]);
    // Day and year as text: no digit grouping ("2,026") whatever the language.
    let args = [
        ("weekday", FluentValue::from(weekday)),
        ("day", FluentValue::from(d.day().to_string())),
        ("month", FluentValue::from(month)),
        ("year", FluentValue::from(d.year().to_string())),
    ];
    say(lang, id, &args)
}

/// Something the core says to a person in each language: every error that can reach a screen.
pub trait Said {
    /// The message that says it, with its values.
    fn message(&self) -> Message;

    /// Says it in `lang` (English where `lang` lacks the message): in English, exactly its
    /// `Display` text.
    fn say_in(&self, lang: &str) -> String {
        self.message().say_in(lang)
    }
}

/// A message of the core's catalogue with its values, not said yet. An error whose words are
/// chosen where it happens (an `Invalid`) carries one instead of English text, so the screen
/// can say it in its own language; `Display` says it in English.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value a [`Message`] is said with.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number: a count (for plurals) or a size.
    Number(f64),
    /// A number written with one decimal ("8.5" in English, "8,5" in Spanish): a size in MB.
    Tenths(f64),
    /// Text said as it is, in every language: a path, an id, a name, the system's own words.
    Text(String),
    /// Another message, said in the same language (a part of a sentence).
    Message(Message),
}

impl Message {
    /// Message `id` of the core's catalogue, with no values yet.
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// Adds the value `name` is said with.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// Text from elsewhere (the system, another program), passed on as it is in every language.
    pub fn as_is(text: impl Into<String>) -> Message {
        Message::new("as-is").with("text", text.into())
    }

    /// Says it in `lang` (English where `lang` lacks it).
    pub fn say_in(&self, lang: &str) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Tenths(n) => FluentValue::from(tenths(*n, lang)),
                    Arg::Text(t) => FluentValue::from(t.as_str()),
                    Arg::Message(m) => FluentValue::from(m.say_in(lang)),
                };
                (*name, value)
            })
            .collect();
        say(lang, self.id, &args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say_in("en"))
    }
}

/// `n` with one decimal and the decimal mark of `lang` (`decimal-mark` in core.ftl: a comma
/// in Spanish). Fluent's Rust side formats no numbers by locale.
pub fn tenths(n: f64, lang: &str) -> String {
    format!("{n:.1}").replace('.', &say(lang, "decimal-mark", &[]))
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(message)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}

number_arg!(u8, u32, u64, usize, i64);

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

    /// Every message has Spanish words of its own (but the one that passes words on as they are,
    /// and a word both languages write alike).
    #[test]
    fn every_message_is_said_in_spanish() {
        let alike = ["as-is", "md-no"];
        let same: Vec<String> = CORE
            .ids()
            .into_iter()
            .filter(|id| !alike.contains(&id.as_str()) && say("es", id, &[]) == say("en", id, &[]))
            .collect();
        assert_eq!(same, Vec::<String>::new(), "said the same in Spanish as in English");
    }

    #[test]
    fn dates_in_words_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 5, 3).unwrap();
        assert_eq!(long_day("en", d), "Sunday 3 May 2026");
        assert_eq!(long_day("es", d), "domingo, 3 de mayo de 2026");
        assert_eq!(day_month_year("en", d), "3 May 2026");
        assert_eq!(day_month_year("es", d), "3 de mayo de 2026");
        assert_eq!(short_day("en", d), "Sun 3 May 2026");
        assert_eq!(short_day("es", d), "dom, 3 may 2026");
        let september = chrono::NaiveDate::from_ymd_opt(2026, 9, 16).unwrap();
        assert_eq!(short_day("en", september), "Wed 16 Sep 2026", "as chrono's %a %-d %b %Y wrote it");
        assert_eq!(short_day("es", september), "mié, 16 sept 2026");
    }

    #[test]
    fn a_message_says_its_values_and_the_messages_inside_it() {
        let field = Message::new("error-import-field")
            .with("entry", 3usize)
            .with("field", "date")
            .with("what", Message::new("error-field-date-range"));
        assert_eq!(field.to_string(), "entry 3 (counting from 1): `date` must be a date between 1970 and 9999");
        assert_eq!(
            field.say_in("es"),
            "entrada 3 (contando desde 1): `date` tiene que ser una fecha entre 1970 y 9999"
        );
        assert_eq!(Message::as_is("Header is invalid").say_in("es"), "Header is invalid");
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
