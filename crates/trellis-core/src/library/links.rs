//! `trellis:` links: how content points into the app's tools.

use serde::Serialize;

/// A link into Trellis. Every form the content may use is listed here, so a link the app
/// cannot follow is caught by the content checks rather than by a person clicking it.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "target", rename_all = "snake_case")]
pub enum TrellisLink {
    /// A new journal entry started from the prompt with this id.
    Prompt(String),
    /// A new, blank journal entry.
    JournalNew,
    /// The boundaries list.
    Boundaries,
    /// The expectations worksheet.
    Expectations,
    /// The printable worksheets.
    Worksheets,
    /// The mood-over-time chart.
    Mood,
    /// The weekly check-in.
    Checkin,
    /// The thought record for a worry spike, a guided page saved in the journal.
    ThoughtRecord,
    /// The private "Is this safe?" self-check in the Safety & help panel.
    SafetyCheck,
    /// A new reminder of this kind: `checkin`, `journal` or `boundary-review`.
    NewReminder(String),
    /// Another article.
    Article(String),
}

const REMINDER_KINDS: &[&str] = &["checkin", "journal", "boundary-review"];

impl TrellisLink {
    /// Parses a `trellis:` URL; `None` for anything else or a form the app does not know.
    pub fn parse(url: &str) -> Option<TrellisLink> {
        let rest = url.strip_prefix("trellis:")?;
        let ok_id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        Some(match rest.split_once('/') {
            None => match rest {
                "boundaries" => TrellisLink::Boundaries,
                "expectations" => TrellisLink::Expectations,
                "worksheets" => TrellisLink::Worksheets,
                "mood" => TrellisLink::Mood,
                "checkin" => TrellisLink::Checkin,
                "thought-record" => TrellisLink::ThoughtRecord,
                "safety-check" => TrellisLink::SafetyCheck,
                _ => return None,
            },
            Some(("prompt", id)) if ok_id(id) => TrellisLink::Prompt(id.to_owned()),
            Some(("article", slug)) if ok_id(slug) => TrellisLink::Article(slug.to_owned()),
            Some(("journal", "new")) => TrellisLink::JournalNew,
            Some(("reminders", kind)) => {
                let kind = kind.strip_prefix("new/")?;
                if !REMINDER_KINDS.contains(&kind) {
                    return None;
                }
                TrellisLink::NewReminder(kind.to_owned())
            }
            _ => return None,
        })
    }

    /// Tells whether the link opens a tool (rather than another article).
    pub fn is_tool(&self) -> bool {
        !matches!(self, TrellisLink::Article(_))
    }
}

/// Where a link in rendered Markdown leads, once checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// Somewhere inside Trellis.
    App(TrellisLink),
    /// A web page or an e-mail address, for the system's browser or mail program: an http or
    /// https URL with a host, or a mailto URL, re-serialised so what is opened is what was checked.
    External(String),
}

impl LinkTarget {
    /// Checks a link's `href`; `None` for anything Trellis will not follow (a relative path,
    /// `javascript:`, `data:`, `file:`, an unknown `trellis:` form, …).
    pub fn parse(href: &str) -> Option<LinkTarget> {
        let href = href.trim();
        // By bytes, but only where byte 8 is a character boundary: `href[..8]` alone panics
        // on text like "ééééé" (it did, from the UI).
        if let Some(rest) = href.get(8..).filter(|_| href[..8].eq_ignore_ascii_case("trellis:")) {
            return TrellisLink::parse(&format!("trellis:{rest}")).map(LinkTarget::App);
        }
        let url = url::Url::parse(href).ok()?;
        let fit = match url.scheme() {
            "http" | "https" => url.host_str().is_some_and(|h| !h.is_empty()),
            "mailto" => url.path().contains('@'),
            _ => false,
        };
        fit.then(|| LinkTarget::External(url.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever arrives over IPC, parsing a link answers and never panics.
        #[test]
        fn any_text_parses_without_panic(href in "\\PC{0,24}", prefix in "(trellis:|TRELLIS:|tréllis:|é{1,4}|https://)?") {
            let _ = LinkTarget::parse(&format!("{prefix}{href}"));
        }
    }

    #[test]
    fn multibyte_text_around_byte_eight_is_refused_not_a_panic() {
        for href in ["ééééé", "trellisé:x", "tréllis:journal", "日本語のリンク"] {
            assert!(LinkTarget::parse(href).is_none(), "{href}");
        }
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(TrellisLink::parse("trellis:prompt/daily-1"), Some(TrellisLink::Prompt("daily-1".into())));
        assert_eq!(
            TrellisLink::parse("trellis:article/safety-first"),
            Some(TrellisLink::Article("safety-first".into()))
        );
        assert_eq!(TrellisLink::parse("trellis:journal/new"), Some(TrellisLink::JournalNew));
        assert_eq!(TrellisLink::parse("trellis:checkin"), Some(TrellisLink::Checkin));
        assert_eq!(TrellisLink::parse("trellis:thought-record"), Some(TrellisLink::ThoughtRecord));
        assert_eq!(TrellisLink::parse("trellis:safety-check"), Some(TrellisLink::SafetyCheck));
        assert_eq!(TrellisLink::parse("trellis:thought-record/x"), None);
        assert_eq!(TrellisLink::parse("trellis:boundaries"), Some(TrellisLink::Boundaries));
        assert_eq!(
            TrellisLink::parse("trellis:reminders/new/checkin"),
            Some(TrellisLink::NewReminder("checkin".into()))
        );
    }

    #[test]
    fn link_targets() {
        assert_eq!(LinkTarget::parse("trellis:mood"), Some(LinkTarget::App(TrellisLink::Mood)));
        assert_eq!(LinkTarget::parse("TRELLIS:mood"), Some(LinkTarget::App(TrellisLink::Mood)));
        assert_eq!(
            LinkTarget::parse("https://example.org/a b"),
            Some(LinkTarget::External("https://example.org/a%20b".into()))
        );
        assert_eq!(LinkTarget::parse(" HTTP://Example.org"), Some(LinkTarget::External("http://example.org/".into())));
        assert_eq!(
            LinkTarget::parse("mailto:help@example.org"),
            Some(LinkTarget::External("mailto:help@example.org".into()))
        );
    }

    #[test]
    fn fail_link_targets_that_are_not_followed() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "/relative",
            "#top",
            "http://",
            "https://",
            "mailto:",
            "trellis:nowhere",
            "tauri://localhost/",
            "vbscript:x",
            "",
        ] {
            assert_eq!(LinkTarget::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn fail_unknown_forms() {
        for bad in [
            "trellis:",
            "trellis:nowhere",
            "trellis:prompt/",
            "trellis:prompt/../x",
            "trellis:reminders/new/party",
            "https://x",
            "trellis:article/A B",
        ] {
            assert_eq!(TrellisLink::parse(bad), None, "{bad}");
        }
    }
}
