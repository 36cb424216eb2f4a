//! The desktop notifications for what came due: neutral unless the person allowed a
//! reminder's own words, and never more than two at once.

use serde::{Deserialize, Serialize};

use crate::say::say;

use super::{Due, Fired, Purpose};

/// What a click on a notification opens (after unlock): a screen of the app, and the
/// boundary or agreement when the reminder is about one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Open {
    /// `checkin`, `journal`, `boundaries`, `agreements` or `reminders`.
    pub screen: String,
    pub id: Option<String>,
}

/// One desktop notification to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
    pub open: Open,
}

impl Open {
    fn of(f: &Fired) -> Open {
        let screen = match f.purpose {
            Purpose::Checkin => "checkin",
            Purpose::Journal => "journal",
            Purpose::BoundaryReview => "boundaries",
            Purpose::AgreementRevisit => "agreements",
            Purpose::Custom => "reminders",
        };
        Open { screen: screen.into(), id: f.target.clone() }
    }

    fn list() -> Open {
        Open { screen: "reminders".into(), id: None }
    }
}

/// The notifications for what came due, in `lang`: never more than two (one for what is due
/// now, one for everything missed), titled with the app's display name, and saying nothing a
/// person wrote unless `words` gives the one due reminder's words (the person allowed it, and
/// the vault is unlocked).
pub(crate) fn notices(due: &Due, name: &str, words: Option<(String, String)>, lang: &str) -> Vec<Notice> {
    use fluent_bundle::FluentValue;
    let mut out = Vec::new();
    match due.on_time.as_slice() {
        [] => {}
        [one] => {
            let body = match words {
                Some((title, note)) if note.is_empty() => title,
                Some((title, note)) => format!("{title}\n{note}"),
                None => say(lang, "notice-one-due", &[]),
            };
            out.push(Notice { title: name.into(), body, open: Open::of(one) });
        }
        many => out.push(Notice {
            title: name.into(),
            body: say(lang, "notice-many-due", &[("count", FluentValue::from(many.len()))]),
            open: Open::list(),
        }),
    }
    match due.missed.len() {
        0 => {}
        n => out.push(Notice {
            title: name.into(),
            body: say(lang, "notice-missed", &[("count", FluentValue::from(n)), ("name", FluentValue::from(name))]),
            open: if n == 1 { Open::of(&due.missed[0]) } else { Open::list() },
        }),
    }
    out
}
