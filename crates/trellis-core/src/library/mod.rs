//! The library: short original articles, the guided journal prompts, the expectations
//! worksheet areas and the boundary categories, compiled into the binary from `content/<lang>/`
//! in English and in each language it has been written in (English for whatever a language
//! has no version of yet).
//!
//! Articles are public text, so unlike the journal they may be indexed freely. They are
//! Markdown with TOML front matter, rendered by pulldown-cmark and then sanitized by ammonia,
//! so nothing in content (or in a file an author previews) can run script in the app.

mod article;
mod guides;
mod links;
mod render;
mod speech;

use rusqlite::{params, Connection};
use serde::Serialize;

pub use article::{Article, ArticleMeta, TryIt, TRY_IT_HEADING};
pub use guides::{Area, BoundaryCategory, Prompt, PromptGroup, Theme, Topic};
pub use links::{LinkTarget, TrellisLink};
pub use render::{render_html, render_text};

use crate::search::SnippetPart;

/// One language's folder of `content/`, compiled in; a file a translation has not got yet
/// is `None` (and English's is used).
pub(crate) struct Content {
    lang: &'static str,
    /// Every article as (file name, text), in file-name order.
    articles: &'static [(&'static str, &'static str)],
    prompts: Option<&'static str>,
    areas: Option<&'static str>,
    boundary_categories: Option<&'static str>,
    topics: Option<&'static str>,
}

mod embedded {
    use super::Content;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

/// The language every other one falls back to.
pub const ENGLISH: &str = "en";

/// A language the library is written in: its code and its name in itself.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub name: String,
}

/// Returns the languages the library is written in, English first.
pub fn languages() -> Vec<Language> {
    embedded::LANGUAGES
        .iter()
        .filter_map(|c| speech::of(c.lang))
        .map(|s| Language { code: s.lang.to_owned(), name: s.name.to_owned() })
        .collect()
}

/// Returns the language of the library closest to a locale such as `es_MX.UTF-8` or `es-419`:
/// its language part if the library is written in it, else English.
pub fn language_for_locale(locale: &str) -> &'static str {
    let code = locale.split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
    embedded::LANGUAGES.iter().map(|c| c.lang).find(|l| *l == code && speech::of(l).is_some()).unwrap_or(ENGLISH)
}

/// "en (English), es (Español)", for a message.
pub(crate) fn language_list() -> String {
    languages().iter().map(|l| format!("{} ({})", l.code, l.name)).collect::<Vec<_>>().join(", ")
}

fn english() -> &'static Content {
    &embedded::LANGUAGES[0]
}

/// What can go wrong loading the library. Content is checked by tests, so in a released
/// build these mean a broken build, and the message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{file}: {message}")]
    Content { file: String, message: String },
    #[error("no article called `{0}`; `trellis library list` shows them all")]
    NotFound(String),
    #[error("the library is not written in `{0}`; it is in {list}", list = language_list())]
    Language(String),
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
    /// The language the article is written in: English where the chosen one has no version of
    /// it yet, so the page can say so.
    pub language: String,
    pub html: String,
    pub try_it: Vec<TryIt>,
    pub previous: Option<ArticleRef>,
    pub next: Option<ArticleRef>,
}

/// Returns the worksheet areas compiled in, in English (parsed once; the content tests keep
/// them valid). Their ids are what the vault keeps.
pub fn worksheet_areas() -> &'static [Area] {
    worksheet_areas_in(ENGLISH)
}

/// Returns the boundary categories compiled in, in English (parsed once).
pub fn boundary_categories() -> &'static [BoundaryCategory] {
    boundary_categories_in(ENGLISH)
}

/// Returns the worksheet areas in `lang`, English for what it has no version of (and for a
/// language there is none of), without loading the rest of the library.
pub fn worksheet_areas_in(lang: &str) -> &'static [Area] {
    &themes_in(lang).0
}

/// Returns the boundary categories in `lang`, as [`worksheet_areas_in`] does the areas.
pub fn boundary_categories_in(lang: &str) -> &'static [BoundaryCategory] {
    &themes_in(lang).1
}

fn themes_in(lang: &str) -> &'static (Vec<Area>, Vec<BoundaryCategory>) {
    type Themes = (&'static str, (Vec<Area>, Vec<BoundaryCategory>));
    static ALL: std::sync::OnceLock<Vec<Themes>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| {
        let en = english();
        embedded::LANGUAGES
            .iter()
            .map(|content| {
                let mut missing = Vec::new();
                let mut list = |file: &str, key: &str, pick: fn(&Content) -> Option<&'static str>| {
                    translated_list::<Theme>(en, content, file, key, pick, &mut missing)
                };
                let areas = list("areas.toml", "area", |c| c.areas).unwrap_or_default();
                let categories =
                    list("boundary-categories.toml", "category", |c| c.boundary_categories).unwrap_or_default();
                (content.lang, (areas, categories))
            })
            .collect()
    });
    let english = all.iter().find(|(l, _)| *l == ENGLISH).unwrap_or(&all[0]);
    &all.iter().find(|(l, _)| *l == lang).unwrap_or(english).1
}

/// The loaded library in one language, with a search index over its articles.
pub struct Library {
    speech: &'static speech::Speech,
    articles: Vec<Article>,
    topics: Vec<Topic>,
    prompts: Vec<Prompt>,
    groups: Vec<PromptGroup>,
    areas: Vec<Area>,
    categories: Vec<BoundaryCategory>,
    /// What this language has no version of yet, shown in English: `file: id` for each.
    missing: Vec<String>,
    index: Connection,
}

impl Library {
    /// Loads the English library and indexes its articles.
    pub fn load() -> Result<Library, LibraryError> {
        Self::load_in(ENGLISH)
    }

    /// Loads the library in `lang`, English for whatever it has no version of yet.
    pub fn load_in(lang: &str) -> Result<Library, LibraryError> {
        let en = english();
        let content = embedded::LANGUAGES.iter().find(|c| c.lang == lang);
        let (Some(content), Some(speech)) = (content, speech::of(lang)) else {
            return Err(LibraryError::Language(lang.to_owned()));
        };
        let mut missing = Vec::new();
        let mut articles = parse_articles(en, &speech::ENGLISH)?;
        if content.lang != en.lang {
            let own = parse_articles(content, speech)?;
            if let Some(a) = own.iter().find(|a| !articles.iter().any(|e| e.meta.slug == a.meta.slug)) {
                let message = format!("no English article has the slug `{}`", a.meta.slug);
                return Err(LibraryError::Content { file: format!("{lang}/{}", a.file), message });
            }
            for english in &mut articles {
                match own.iter().find(|a| a.meta.slug == english.meta.slug) {
                    Some(a) => *english = a.clone(),
                    None => missing.push(format!("articles: {}", english.meta.slug)),
                }
            }
        }
        articles.sort_by_key(|a| (a.meta.order, a.meta.slug.clone()));

        let (en_groups, en_prompts) = guides::prompts(en.prompts.unwrap_or_default())?;
        let (groups, prompts) = match content.prompts {
            _ if content.lang == en.lang => (en_groups, en_prompts),
            None => {
                missing.push("prompts.toml".to_owned());
                (en_groups, en_prompts)
            }
            Some(text) => {
                let (own_groups, own_prompts) = guides::prompts(text)?;
                let file = format!("{lang}/prompts.toml");
                let (groups, gaps) = guides::in_english_order(&file, &en_groups, own_groups)?;
                missing.extend(gaps.into_iter().map(|id| format!("prompts.toml: group {id}")));
                let (prompts, gaps) = guides::in_english_order(&file, &en_prompts, own_prompts)?;
                missing.extend(gaps.into_iter().map(|id| format!("prompts.toml: {id}")));
                if let Some(p) = prompts.iter().find(|p| en_prompts.iter().any(|e| e.id == p.id && e.group != p.group))
                {
                    let message = format!("prompt `{}` is in group `{}`, not English's", p.id, p.group);
                    return Err(LibraryError::Content { file, message });
                }
                (groups, prompts)
            }
        };
        let mut themes = |file: &str, key: &str, pick: fn(&Content) -> Option<&'static str>| {
            translated_list::<Theme>(en, content, file, key, pick, &mut missing)
        };
        let areas = themes("areas.toml", "area", |c| c.areas)?;
        let categories = themes("boundary-categories.toml", "category", |c| c.boundary_categories)?;
        let topics = translated_list::<Topic>(en, content, "topics.toml", "topic", |c| c.topics, &mut missing)?;
        for a in &articles {
            if let Some(tag) = a.meta.tags.iter().find(|t| !topics.iter().any(|topic| &topic.id == *t)) {
                let message = format!("tag `{tag}` is not a topic in topics.toml");
                return Err(LibraryError::Content { file: a.file.clone(), message });
            }
        }
        let index = Connection::open_in_memory()?;
        index.execute_batch(&format!(
            "CREATE VIRTUAL TABLE articles USING fts5(
                 slug UNINDEXED, title, summary, body,
                 tokenize = '{}'
             );",
            speech.tokenize
        ))?;
        for a in &articles {
            index.execute(
                "INSERT INTO articles (slug, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
                params![a.meta.slug, a.meta.title, a.meta.summary, render_text(&a.markdown)],
            )?;
        }
        Ok(Library { speech, articles, topics, prompts, groups, areas, categories, missing, index })
    }

    /// Returns the code of the language this library was loaded in.
    pub fn language(&self) -> &'static str {
        self.speech.lang
    }

    /// Returns what this language has no version of yet (shown in English), as `file: id`.
    pub fn missing(&self) -> &[String] {
        &self.missing
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
            language: a.language.to_owned(),
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
        let Some(q) = library_query(self.speech, query) else {
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

/// The full-text query for the library: any of the words that mean something (stop words
/// dropped) may match, with the forms a word shares; bm25 then puts the articles that match
/// more of them, in the title and summary first, on top. The last word, still being typed,
/// also matches as a prefix, unless it is a word of a `same_as` group (the stemmer cuts "lied"
/// to "li", and "li*" would find "limit"). In a language without a stemmer every word of four
/// letters or more matches as a prefix, so "límite" finds "límites".
fn library_query(speech: &speech::Speech, input: &str) -> Option<String> {
    let lower = input.to_lowercase().replace('\u{2019}', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect();
    let meaningful: Vec<&str> = words.iter().copied().filter(|w| !speech.stop_words.contains(w)).collect();
    // Only stop words ("how do I"): look for them after all rather than for nothing.
    let words = if meaningful.is_empty() { words } else { meaningful };
    let last = words.len().checked_sub(1)?;
    let typing = !input.ends_with(char::is_whitespace);
    let quote = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    let groups: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let same = speech.same_as.iter().find(|g| g.iter().any(|t| fold(t) == fold(w)));
            let mut terms: Vec<String> = same.map_or_else(|| vec![quote(w)], |g| g.iter().map(|t| quote(t)).collect());
            let prefix = (i == last && typing) || (speech.prefix_every_word && w.chars().count() >= 4);
            if prefix && same.is_none() {
                terms.push(format!("{}*", quote(w)));
            }
            format!("({})", terms.join(" OR "))
        })
        .collect();
    Some(groups.join(" OR "))
}

/// A word without its accents, as the index's tokenizer folds it ("mintió" is "mintio").
fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

/// Parses one language's articles, each marked with its language.
fn parse_articles(content: &Content, speech: &speech::Speech) -> Result<Vec<Article>, LibraryError> {
    content
        .articles
        .iter()
        .map(|(file, text)| {
            let mut a = Article::parse_with(file, text, speech.try_it).map_err(|e| match e {
                LibraryError::Content { file, message } => {
                    LibraryError::Content { file: format!("{}/{file}", content.lang), message }
                }
                other => other,
            })?;
            a.language = speech.lang;
            Ok(a)
        })
        .collect()
}

/// One of the `[[key]]` files in `content`'s language, in English's order, English for
/// whatever it lacks (noted in `missing`).
fn translated_list<T: serde::de::DeserializeOwned + guides::Identified + Clone>(
    en: &Content,
    content: &Content,
    file: &str,
    key: &str,
    pick: fn(&Content) -> Option<&'static str>,
    missing: &mut Vec<String>,
) -> Result<Vec<T>, LibraryError> {
    let english: Vec<T> = guides::id_list(file, key, pick(en).unwrap_or_default())?;
    if content.lang == en.lang {
        return Ok(english);
    }
    let Some(text) = pick(content) else {
        missing.push(file.to_owned());
        return Ok(english);
    };
    let own_file = format!("{}/{file}", content.lang);
    let (items, gaps) = guides::in_english_order(&own_file, &english, guides::id_list(&own_file, key, text)?)?;
    missing.extend(gaps.into_iter().map(|id| format!("{file}: {id}")));
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_picks_its_language_or_english() {
        assert_eq!(language_for_locale("es_MX.UTF-8"), "es");
        assert_eq!(language_for_locale("es-419"), "es");
        assert_eq!(language_for_locale("ES"), "es");
        assert_eq!(language_for_locale("fr_FR.UTF-8"), "en");
        assert_eq!(language_for_locale("C"), "en");
        assert_eq!(language_for_locale(""), "en");
    }

    #[test]
    fn an_unknown_language_is_refused_in_words() {
        let err = Library::load_in("xx").err().expect("no such language").to_string();
        assert!(err.contains("`xx`") && err.contains("es (Español)"), "{err}");
        assert_eq!(languages()[0].code, ENGLISH);
    }

    #[test]
    fn spanish_search_folds_accents_and_matches_forms() {
        let q = library_query(&speech::SPANISH, "Límite de celos").unwrap();
        assert_eq!(q, "(\"límite\" OR \"límite\"*) OR (\"celos\" OR \"celoso\" OR \"celosa\")");
    }
}
