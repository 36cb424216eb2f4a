//! The desktop app's own words (its errors that are not the core's, the file dialogs' titles,
//! the tray's menu and notification), in the language the screens are shown in: a Fluent
//! catalogue per language, `locales/<lang>/app.ftl`, read the way the core reads its own.

use trellis_core::say::{Catalogue, FluentValue};

const CATALOGUES: [(&str, &str); 2] =
    [("en", include_str!("../locales/en/app.ftl")), ("es", include_str!("../locales/es/app.ftl"))];

static APP: Catalogue = Catalogue::new(&CATALOGUES);

/// Says message `id` in the language shown.
pub fn say(id: &str) -> String {
    APP.say(crate::error::shown_language(), id, &[])
}

/// Says message `id` in the language shown, with `args`.
pub fn say_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    APP.say(crate::error::shown_language(), id, args)
}

/// Says message `id`, whose `$reason` is the system's own words for what failed.
pub fn because(id: &str, reason: impl std::fmt::Display) -> String {
    say_with(id, &[("reason", FluentValue::from(reason.to_string()))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_is_complete_and_spanish_has_words_of_its_own() {
        assert_eq!(APP.gaps(), Vec::<String>::new());
        let same: Vec<String> =
            APP.ids().into_iter().filter(|id| APP.say("es", id, &[]) == APP.say("en", id, &[])).collect();
        assert_eq!(same, Vec::<String>::new(), "said the same in Spanish as in English");
        assert_eq!(APP.say("es", "tray-quit", &[]), "Salir");
    }
}
