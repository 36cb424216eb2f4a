//! The library: short original articles, the guided journal prompts, the expectations
//! worksheet areas and the boundary categories, compiled into the binary from `content/`.
//!
//! Articles are public text, so unlike the journal they may be indexed freely. They are
//! Markdown with TOML front matter, rendered by pulldown-cmark and then sanitized by ammonia,
//! so nothing in content (or in a file an author previews) can run script in the app.

mod article;
mod guides;
mod links;
mod render;

use rusqlite::{params, Connection};
use serde::Serialize;

pub use article::{Article, ArticleMeta, TryIt, TRY_IT_HEADING};
pub use guides::{Area, BoundaryCategory, Prompt, PromptGroup, Theme, Topic};
pub use links::{LinkTarget, TrellisLink};
pub use render::{render_html, render_text};

use crate::search::SnippetPart;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

/// What can go wrong loading the library. Content is checked by tests, so in a released
/// build these mean a broken build, and the message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{file}: {message}")]
    Content { file: String, message: String },
    #[error("no article called `{0}`; `trellis library list` shows them all")]
    NotFound(String),
    #[error("the library index could not be built: {0}")]
    Index(#[from] rusqlite::Error),
}

/// One article search result.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Serialize)]
pub struct ArticleHit {
    pub slug: String,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
}

/// An article by name, for "previous" and "next".
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Serialize)]
pub struct ArticleRef {
    pub slug: String,
    pub title: String,
}

/// An article ready to read: sanitized HTML of its body, its "Try it in Trellis" links,
/// and its neighbours in reading order.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Serialize)]
pub struct ArticlePage {
    pub meta: ArticleMeta,
    pub html: String,
    pub try_it: Vec<TryIt>,
    pub previous: Option<ArticleRef>,
    pub next: Option<ArticleRef>,
}

/// Returns the worksheet areas compiled in (parsed once; the content tests keep them valid).
pub fn worksheet_areas() -> &'static [Area] {
    static AREAS: std::sync::OnceLock<Vec<Area>> = std::sync::OnceLock::new();
    AREAS.get_or_init(|| guides::id_list("areas.toml", "area", embedded::AREAS).unwrap_or_default())
}

/// Returns the boundary categories compiled in (parsed once).
pub fn boundary_categories() -> &'static [BoundaryCategory] {
    static CATEGORIES: std::sync::OnceLock<Vec<BoundaryCategory>> = std::sync::OnceLock::new();
    CATEGORIES.get_or_init(|| {
        guides::id_list("boundary-categories.toml", "category", embedded::BOUNDARY_CATEGORIES).unwrap_or_default()
    })
}

/// The loaded library, with a search index over the articles.
pub struct Library {
    articles: Vec<Article>,
    topics: Vec<Topic>,
    prompts: Vec<Prompt>,
    groups: Vec<PromptGroup>,
    areas: Vec<Area>,
    categories: Vec<BoundaryCategory>,
    index: Connection,
}

impl Library {
    /// Loads everything compiled in and indexes the articles.
    pub fn load() -> Result<Library, LibraryError> {
        let mut articles =
            embedded::ARTICLES.iter().map(|(file, text)| Article::parse(file, text)).collect::<Result<Vec<_>, _>>()?;
        articles.sort_by_key(|a| (a.meta.order, a.meta.slug.clone()));
        let (groups, prompts) = guides::prompts(embedded::PROMPTS)?;
        let areas: Vec<Area> = guides::id_list("areas.toml", "area", embedded::AREAS)?;
        let categories: Vec<BoundaryCategory> =
            guides::id_list("boundary-categories.toml", "category", embedded::BOUNDARY_CATEGORIES)?;
        let topics: Vec<Topic> = guides::id_list("topics.toml", "topic", embedded::TOPICS)?;
        for a in &articles {
            if let Some(tag) = a.meta.tags.iter().find(|t| !topics.iter().any(|topic| &topic.id == *t)) {
                let message = format!("tag `{tag}` is not a topic in topics.toml");
                return Err(LibraryError::Content { file: a.file.clone(), message });
            }
        }
        let index = Connection::open_in_memory()?;
        index.execute_batch(
            "CREATE VIRTUAL TABLE articles USING fts5(
                 slug UNINDEXED, title, summary, body,
                 tokenize = 'porter unicode61 remove_diacritics 2'
             );",
        )?;
        for a in &articles {
            index.execute(
                "INSERT INTO articles (slug, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
                params![a.meta.slug, a.meta.title, a.meta.summary, render_text(&a.markdown)],
            )?;
        }
        Ok(Library { articles, topics, prompts, groups, areas, categories, index })
    }

    /// Returns every article, in reading order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Returns the article called `slug`.
    pub fn article(&self, slug: &str) -> Result<&Article, LibraryError> {
        self.articles.iter().find(|a| a.meta.slug == slug).ok_or_else(|| LibraryError::NotFound(slug.to_owned()))
    }

    /// Returns the article called `slug` ready to read.
    pub fn read(&self, slug: &str) -> Result<ArticlePage, LibraryError> {
        let at = self
            .articles
            .iter()
            .position(|a| a.meta.slug == slug)
            .ok_or_else(|| LibraryError::NotFound(slug.to_owned()))?;
        let a = &self.articles[at];
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| self.articles.get(i))
                .map(|n| ArticleRef { slug: n.meta.slug.clone(), title: n.meta.title.clone() })
        };
        Ok(ArticlePage {
            meta: a.meta.clone(),
            html: render_html(a.body()),
            try_it: a.try_it.clone(),
            previous: neighbour(at.checked_sub(1)),
            next: neighbour(Some(at + 1)),
        })
    }

    /// Returns the topics, in the order the library offers them.
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Returns the guided prompts, grouped in order.
    pub fn prompts(&self) -> &[Prompt] {
        &self.prompts
    }

    /// Returns the prompt groups (the five steps, then daily).
    pub fn prompt_groups(&self) -> &[PromptGroup] {
        &self.groups
    }

    /// Returns the prompt with this id.
    pub fn prompt(&self, id: &str) -> Option<&Prompt> {
        self.prompts.iter().find(|p| p.id == id)
    }

    /// Returns the expectations worksheet areas.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// Returns the boundary categories.
    pub fn boundary_categories(&self) -> &[BoundaryCategory] {
        &self.categories
    }

    /// Tells whether a `trellis:` link points at something that exists.
    pub fn resolves(&self, link: &TrellisLink) -> bool {
        match link {
            TrellisLink::Prompt(id) => self.prompt(id).is_some(),
            TrellisLink::Article(slug) => self.article(slug).is_ok(),
            _ => true,
        }
    }

    /// Searches titles, summaries and text of the articles, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<ArticleHit>, LibraryError> {
        let Some(q) = library_query(query) else {
            return Ok(Vec::new());
        };
        let (start, end) = (crate::search::HIT_START, crate::search::HIT_END);
        let sql = format!(
            "SELECT slug, title, snippet(articles, 3, '{start}', '{end}', '…', 14)
             FROM articles WHERE articles MATCH ?1 ORDER BY bm25(articles, 0, 10, 4, 1) LIMIT ?2"
        );
        let mut stmt = self.index.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![q, limit as i64], |r| {
            Ok(ArticleHit {
                slug: r.get(0)?,
                title: r.get(1)?,
                snippet: crate::search::split_snippet(&r.get::<_, String>(2)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Words that say nothing about what a person looks for ("he lied to me" is about lying).
const STOP_WORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "can't", "cannot", "could", "did",
    "do", "does", "don't", "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "i", "i'm", "if",
    "in", "is", "it", "it's", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "they",
    "this", "to", "us", "was", "we", "what", "when", "where", "who", "why", "will", "with", "would", "you", "your",
];

/// Words people type whose forms the stemmer does not join ("lied" and "lie" stem apart), or
/// that the articles say another way; each finds the articles that use any of its group.
const SAME_AS: &[&[&str]] = &[
    &["lie", "lied", "lies", "lying", "liar", "dishonest"],
    &["cheat", "cheated", "cheating", "cheats", "affair", "unfaithful", "infidelity"],
    &["jealous", "jealousy"],
    &["forgive", "forgave", "forgiven", "forgiving", "forgiveness"],
    &["betrayed", "betrayal", "betray"],
    &["afraid", "scared", "fear", "frightened", "unsafe"],
    &["hit", "hits", "hitting", "violent", "violence", "abuse", "abusive", "threatens", "threats"],
];

/// The full-text query for the library: any of the words that mean something (stop words
/// dropped) may match, with the forms a word shares; bm25 then puts the articles that match
/// more of them, in the title and summary first, on top. The last word, still being typed,
/// also matches as a prefix, unless it is a word of [`SAME_AS`] (the stemmer cuts "lied" to
/// "li", and "li*" would find "limit").
fn library_query(input: &str) -> Option<String> {
    let lower = input.to_lowercase().replace('\u{2019}', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect();
    let meaningful: Vec<&str> = words.iter().copied().filter(|w| !STOP_WORDS.contains(w)).collect();
    // Only stop words ("how do I"): look for them after all rather than for nothing.
    let words = if meaningful.is_empty() { words } else { meaningful };
    let last = words.len().checked_sub(1)?;
    let typing = !input.ends_with(char::is_whitespace);
    let quote = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    let groups: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let same = SAME_AS.iter().find(|g| g.contains(w));
            let mut terms: Vec<String> = same.map_or_else(|| vec![quote(w)], |g| g.iter().map(|t| quote(t)).collect());
            if i == last && typing && same.is_none() {
                terms.push(format!("{}*", quote(w)));
            }
            format!("({})", terms.join(" OR "))
        })
        .collect();
    Some(groups.join(" OR "))
}
