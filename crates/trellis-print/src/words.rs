//! The words of the printed documents, in each language Trellis is written in: one Fluent
//! catalogue per language, `locales/<lang>/print.ftl`, compiled in. The templates read them as
//! `data.words` (ids with `_` for `-`); counts are said here, where the plural rules are, and
//! dates in the core's words for days and months.

use chrono::NaiveDate;
use serde_json::{Map, Value};
use trellis_core::say::{Catalogue, FluentValue};

const CATALOGUES: [(&str, &str); 2] =
    [("en", include_str!("../locales/en/print.ftl")), ("es", include_str!("../locales/es/print.ftl"))];

static PRINT: Catalogue = Catalogue::new(&CATALOGUES);

/// Returns the language a document in `lang` is printed in: `lang` if the documents are
/// written in it, else English.
pub(crate) fn language(lang: &str) -> &'static str {
    CATALOGUES.iter().find(|(l, _)| *l == lang).map_or(CATALOGUES[0].0, |(l, _)| l)
}

/// Says message `id` in `lang`.
pub(crate) fn say(lang: &str, id: &str) -> String {
    PRINT.say(lang, id, &[])
}

/// Says message `id` in `lang` with `args`.
pub(crate) fn say_with(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    PRINT.say(lang, id, args)
}

/// Says a message that counts `n` of something ("3 journal entries").
pub(crate) fn count(lang: &str, id: &str, n: usize) -> String {
    say_with(lang, id, &[("count", FluentValue::from(n))])
}

/// Writes a date as people read it on paper: "Sunday 3 May 2026", "domingo, 3 de mayo de 2026"
/// (the core's words for days and months).
pub(crate) fn long_day(lang: &str, d: NaiveDate) -> String {
    trellis_core::say::long_day(lang, d)
}

/// Every message of the catalogue in `lang`, for the templates: `{ "page_of": "Page {page} of
/// {pages}", "yes": "Yes", … }`. A message that takes a value has it as `{name}`, for the
/// template to fill in (the page numbers are only known while laying out).
pub(crate) fn all(lang: &str) -> Value {
    let mut words = Map::new();
    for id in PRINT.ids() {
        let placeholders = [("page", FluentValue::from("{page}")), ("pages", FluentValue::from("{pages}"))];
        // A value the template fills in reads `{name}`; a message written over several lines
        // is one paragraph.
        let said = say_with(lang, &id, &placeholders).replace("{$", "{").replace('\n', " ");
        words.insert(id.replace('-', "_"), Value::from(said));
    }
    Value::Object(words)
}

/// Returns what each language's catalogue lacks, or has that English does not: empty when all
/// are complete.
pub fn gaps() -> Vec<String> {
    PRINT.gaps()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_is_complete_and_each_is_a_language_of_the_library() {
        assert_eq!(gaps(), Vec::<String>::new());
        for (lang, _) in CATALOGUES {
            assert!(trellis_core::library::languages().iter().any(|l| l.code == lang), "{lang}");
        }
    }

    #[test]
    fn dates_and_counts_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 5, 3).unwrap();
        assert_eq!(long_day("en", d), "Sunday 3 May 2026");
        assert_eq!(long_day("es", d), "domingo, 3 de mayo de 2026");
        assert_eq!(count("en", "packet-entries", 1), "1 journal entry");
        assert_eq!(count("es", "packet-entries", 12), "12 entradas del diario");
        assert_eq!(language("es"), "es");
        assert_eq!(language("fr"), "en", "a language the documents are not written in: English");
        assert_eq!(all("es")["page_of"], "Página {page} de {pages}");
        assert_eq!(all("en")["printed_on"], "Printed on {date}.");
        assert!(!all("en")["kit_opens"].as_str().unwrap().contains('\n'));
    }
}
