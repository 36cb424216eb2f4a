//! One article: TOML front matter between `+++` lines, then Markdown.

use serde::{Deserialize, Serialize};

use super::LibraryError;

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

/// An article: its front matter and its Markdown body.
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    pub file: String,
    pub meta: ArticleMeta,
    pub markdown: String,
}

/// The tools an article may name in `related_tools`.
pub const TOOLS: &[&str] = &["journal", "boundaries", "expectations", "reminders", "worksheets", "mood"];

impl Article {
    /// Parses an article file.
    pub fn parse(file: &str, text: &str) -> Result<Article, LibraryError> {
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
        if markdown.trim().is_empty() {
            return Err(err("the article has no text".into()));
        }
        Ok(Article { file: file.to_owned(), meta, markdown })
    }
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
