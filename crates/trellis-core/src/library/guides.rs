//! The guides behind the tools: journal prompts (grouped by the five steps plus "daily"),
//! expectations worksheet areas and boundary categories, each from a TOML file in `content/<lang>/`.

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::LibraryError;

/// A group of prompts: one of the five steps, or "daily".
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PromptGroup {
    pub id: String,
    pub title: String,
    pub summary: String,
}

/// A guided journal prompt.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub id: String,
    pub group: String,
    pub text: String,
    pub hint: String,
}

/// An area of the expectations worksheet, or a category of the boundaries list: one shape,
/// since both are a titled theme with a short explanation and sample sentences.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub title: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

/// An area of the expectations worksheet.
pub type Area = Theme;
/// A category of the boundaries list.
pub type BoundaryCategory = Theme;

/// A topic of the library: the articles tagged with its id.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub title: String,
}

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LibraryError> {
    toml::from_str(text).map_err(|e| LibraryError::Content { file: file.to_owned(), message: e.to_string() })
}

fn check_ids<'a>(file: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), LibraryError> {
    let mut seen = HashSet::new();
    for id in ids {
        if id.trim().is_empty() || !seen.insert(id) {
            let message = format!("id `{id}` is empty or used twice");
            return Err(LibraryError::Content { file: file.to_owned(), message });
        }
    }
    Ok(())
}

pub(super) fn prompts(text: &str) -> Result<(Vec<PromptGroup>, Vec<Prompt>), LibraryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        group: Vec<PromptGroup>,
        prompt: Vec<Prompt>,
    }
    const FILE: &str = "prompts.toml";
    let f: File = parse(FILE, text)?;
    check_ids(FILE, f.group.iter().map(|g| g.id.as_str()))?;
    check_ids(FILE, f.prompt.iter().map(|p| p.id.as_str()))?;
    if let Some(p) = f.prompt.iter().find(|p| !f.group.iter().any(|g| g.id == p.group)) {
        let message = format!("prompt `{}` names unknown group `{}`", p.id, p.group);
        return Err(LibraryError::Content { file: FILE.into(), message });
    }
    Ok((f.group, f.prompt))
}

/// The items of a file that holds one list of tables, `[[key]]`, each with a unique `id`:
/// the worksheet areas, the boundary categories, the topics.
pub(super) fn id_list<T: DeserializeOwned + Identified>(
    file: &str,
    key: &str,
    text: &str,
) -> Result<Vec<T>, LibraryError> {
    // Read straight from the text, so a mistake in an item is reported with its line.
    let mut tables: BTreeMap<String, Vec<T>> = parse(file, text)?;
    if let Some(other) = tables.keys().find(|k| *k != key) {
        let message = format!("unknown `{other}`; this file holds only `[[{key}]]` entries");
        return Err(LibraryError::Content { file: file.to_owned(), message });
    }
    let items = tables.remove(key).unwrap_or_default();
    check_ids(file, items.iter().map(Identified::id))?;
    Ok(items)
}

/// An item known by its `id`.
pub(super) trait Identified {
    fn id(&self) -> &str;
}

macro_rules! identified {
    ($($t:ty),*) => {$(
        impl Identified for $t {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}
identified!(Theme, Topic, Prompt, PromptGroup);

/// Another language's items in English's order: each translated item where there is one, else
/// the English one. Returns the ids that fell back to English. An id that English does not
/// have is an error (a renamed or removed item left behind in a translation).
pub(super) fn in_english_order<T: Identified + Clone>(
    file: &str,
    english: &[T],
    translated: Vec<T>,
) -> Result<(Vec<T>, Vec<String>), LibraryError> {
    if let Some(stray) = translated.iter().find(|t| !english.iter().any(|e| e.id() == t.id())) {
        let message = format!("id `{}` is not in the English file", stray.id());
        return Err(LibraryError::Content { file: file.to_owned(), message });
    }
    let mut translated: Vec<Option<T>> = translated.into_iter().map(Some).collect();
    let mut missing = Vec::new();
    let items = english
        .iter()
        .map(|e| match translated.iter_mut().find(|t| t.as_ref().is_some_and(|t| t.id() == e.id())) {
            Some(t) => t.take().expect("found above"),
            None => {
                missing.push(e.id().to_owned());
                e.clone()
            }
        })
        .collect();
    Ok((items, missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_duplicate_prompt_id() {
        let text = "[[group]]\nid='g'\ntitle='G'\nsummary='s'\n[[prompt]]\nid='a'\ngroup='g'\ntext='t'\nhint='h'\n[[prompt]]\nid='a'\ngroup='g'\ntext='t'\nhint='h'\n";
        assert!(prompts(text).is_err());
    }

    #[test]
    fn fail_id_lists_with_a_stray_table_or_a_repeated_id() {
        let ok = "[[topic]]\nid='a'\ntitle='A'\n[[topic]]\nid='b'\ntitle='B'\n";
        assert_eq!(id_list::<Topic>("topics.toml", "topic", ok).unwrap().len(), 2);
        let stray = format!("{ok}[[topics]]\nid='c'\ntitle='C'\n");
        assert!(id_list::<Topic>("topics.toml", "topic", &stray).is_err());
        let twice = format!("{ok}[[topic]]\nid='a'\ntitle='Again'\n");
        assert!(id_list::<Topic>("topics.toml", "topic", &twice).is_err());
        let err = id_list::<Topic>("topics.toml", "topic", "[[topic]]\nid='a'\n").unwrap_err().to_string();
        assert!(err.contains("title") && err.contains("line"), "{err}");
    }

    #[test]
    fn a_translation_keeps_english_order_and_falls_back_per_item() {
        let english =
            id_list::<Topic>("topics.toml", "topic", "[[topic]]\nid='a'\ntitle='A'\n[[topic]]\nid='b'\ntitle='B'\n")
                .unwrap();
        let es = id_list::<Topic>("topics.toml", "topic", "[[topic]]\nid='b'\ntitle='Be'\n").unwrap();
        let (items, missing) = in_english_order("topics.toml", &english, es).unwrap();
        assert_eq!(items.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(), ["A", "Be"]);
        assert_eq!(missing, ["a"]);
        let stray = id_list::<Topic>("topics.toml", "topic", "[[topic]]\nid='c'\ntitle='Ce'\n").unwrap();
        assert!(in_english_order("topics.toml", &english, stray).is_err());
    }

    #[test]
    fn fail_prompt_in_unknown_group() {
        let text = "[[group]]\nid='g'\ntitle='G'\nsummary='s'\n[[prompt]]\nid='a'\ngroup='nope'\ntext='t'\nhint='h'\n";
        assert!(prompts(text).is_err());
    }
}
