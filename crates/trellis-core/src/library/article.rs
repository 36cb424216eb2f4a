//! One article: TOML front matter between `+++` lines, then Markdown.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use super::{LibraryError, TrellisLink};

/// The front matter of an article.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub order: u32,
    pub tags: Vec<String>,
    pub related_tools: Vec<String>,
}

/// An article: its front matter and its Markdown, whose last section is "Try it in Trellis".
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    pub file: String,
    pub meta: ArticleMeta,
    /// The whole Markdown after the front matter, "Try it in Trellis" included.
    pub markdown: String,
    /// Where the "Try it in Trellis" section starts in `markdown` (its length if there is none).
    body_end: usize,
    /// The links of the "Try it in Trellis" section, in order.
    pub try_it: Vec<TryIt>,
    /// The language it is written in (set by the library as it loads).
    pub language: &'static str,
}

/// One link of an article's "Try it in Trellis" section, shown as a button.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TryIt {
    pub label: String,
    pub link: TrellisLink,
}

/// The heading of the closing section that links an article to the app's tools.
pub const TRY_IT_HEADING: &str = "## Try it in Trellis";

/// The tools an article may name in `related_tools`.
pub const TOOLS: &[&str] = &["journal", "boundaries", "expectations", "reminders", "worksheets", "mood", "checkin"];

impl Article {
    /// Parses an English article file.
    pub fn parse(file: &str, text: &str) -> Result<Article, LibraryError> {
        Self::parse_with(file, text, TRY_IT_HEADING)
    }

    /// Parses an article file whose closing section has `heading` (its language's words for
    /// "Try it in Trellis").
    pub fn parse_with(file: &str, text: &str, heading: &str) -> Result<Article, LibraryError> {
        let err = |message: String| LibraryError::Content { file: file.to_owned(), message };
        let text = text.replace("\r\n", "\n");
        let rest = text.strip_prefix("+++\n").ok_or_else(|| err("must start with a `+++` line".into()))?;
        let end = rest.find("\n+++\n").ok_or_else(|| err("front matter has no closing `+++` line".into()))?;
        let meta: ArticleMeta = toml::from_str(&rest[..end]).map_err(|e| err(format!("front matter: {e}")))?;
        let markdown = rest[end + 5..].trim_start_matches('\n').to_owned();
        for (field, value) in [("title", &meta.title), ("slug", &meta.slug), ("summary", &meta.summary)] {
            if value.trim().is_empty() {
                return Err(err(format!("`{field}` is empty")));
            }
        }
        if !meta.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(err(format!("slug `{}` must be lower-case letters, digits and dashes", meta.slug)));
        }
        if let Some(tool) = meta.related_tools.iter().find(|t| !TOOLS.contains(&t.as_str())) {
            return Err(err(format!("unknown related tool `{tool}`; use one of {TOOLS:?}")));
        }
        let body_end = markdown.find(&format!("\n{heading}\n")).map_or(markdown.len(), |i| i + 1);
        if markdown[..body_end].trim().is_empty() {
            return Err(err("the article has no text".into()));
        }
        let try_it = try_it_links(&markdown[body_end..], heading).map_err(err)?;
        Ok(Article { file: file.to_owned(), meta, markdown, body_end, try_it, language: super::ENGLISH })
    }

    /// Returns the Markdown before the "Try it in Trellis" section.
    pub fn body(&self) -> &str {
        &self.markdown[..self.body_end]
    }
}

/// Reads the links of a "Try it in Trellis" section: a list holding only `trellis:` links.
fn try_it_links(section: &str, heading: &str) -> Result<Vec<TryIt>, String> {
    let mut links = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in Parser::new(section.strip_prefix(heading).unwrap_or(section)) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => current = Some((dest_url.to_string(), String::new())),
            Event::End(TagEnd::Link) => {
                let (href, label) = current.take().unwrap_or_default();
                let link = TrellisLink::parse(&href)
                    .ok_or_else(|| format!("\"Try it in Trellis\" link `{href}` is not a link into Trellis"))?;
                links.push(TryIt { label: label.trim().to_owned(), link });
            }
            Event::Text(t) | Event::Code(t) => match &mut current {
                Some((_, label)) => label.push_str(&t),
                None if t.trim().is_empty() => {}
                None => return Err(format!("\"Try it in Trellis\" holds only a list of links, not `{t}`")),
            },
            Event::Start(Tag::Heading { .. }) => {
                return Err("\"Try it in Trellis\" must be the last section".into());
            }
            _ => {}
        }
    }
    Ok(links)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\ntitle = \"T\"\nslug = \"t\"\nsummary = \"S\"\norder = 1\ntags = []\nrelated_tools = [\"journal\"]\n+++\n\nBody.\n";

    #[test]
    fn parses_front_matter_and_body() {
        let a = Article::parse("t.md", GOOD).unwrap();
        assert_eq!(a.meta.slug, "t");
        assert_eq!(a.markdown, "Body.\n");
        assert_eq!(a.body(), "Body.\n");
        assert!(a.try_it.is_empty());
    }

    #[test]
    fn splits_off_try_it_links() {
        let text = format!(
            "{GOOD}\n{TRY_IT_HEADING}\n\n- [Write *it*](trellis:prompt/daily-1)\n- [Read](trellis:article/t)\n"
        );
        let a = Article::parse("t.md", &text).unwrap();
        assert_eq!(a.body(), "Body.\n\n");
        assert_eq!(
            a.try_it,
            vec![
                TryIt { label: "Write it".into(), link: TrellisLink::Prompt("daily-1".into()) },
                TryIt { label: "Read".into(), link: TrellisLink::Article("t".into()) },
            ]
        );
    }

    #[test]
    fn fail_try_it_sections_that_are_not_links_into_trellis() {
        for (section, why) in [
            ("- [Web](https://example.org)\n", "web link"),
            ("- [Nowhere](trellis:nowhere)\n", "unknown form"),
            ("Some words.\n", "prose"),
            ("- [Ok](trellis:mood)\n\n## More\n\nText\n", "a later section"),
        ] {
            let text = format!("{GOOD}\n{TRY_IT_HEADING}\n\n{section}");
            assert!(Article::parse("t.md", &text).is_err(), "{why} must be refused");
        }
    }

    #[test]
    fn fail_broken_front_matter() {
        for (bad, why) in [
            (GOOD.replace("+++\ntitle", "title"), "no opening line"),
            (GOOD.replace("\n+++\n\nBody", "\nBody"), "no closing line"),
            (GOOD.replace("order = 1\n", ""), "missing field"),
            (GOOD.replace("slug = \"t\"", "slug = \"T t\""), "bad slug"),
            (GOOD.replace("\"journal\"", "\"hammer\""), "unknown tool"),
            (GOOD.replace("order = 1", "order = 1\ncolour = \"red\""), "unknown field"),
            (GOOD.replace("title = \"T\"", "title = \" \""), "empty title"),
        ] {
            assert!(Article::parse("bad.md", &bad).is_err(), "{why} must be refused");
        }
    }
}
