//! The guides behind the tools: journal prompts (grouped by the five steps plus "daily"),
//! expectations worksheet areas and boundary categories, each from a TOML file in `content/`.

use std::collections::HashSet;

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

/// An area of the expectations worksheet.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

/// A category of the boundaries list.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryCategory {
    pub id: String,
    pub title: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

/// A topic of the library: the articles tagged with its id.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub title: String,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, LibraryError> {
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

pub(super) fn areas(text: &str) -> Result<Vec<Area>, LibraryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        area: Vec<Area>,
    }
    let f: File = parse("areas.toml", text)?;
    check_ids("areas.toml", f.area.iter().map(|a| a.id.as_str()))?;
    Ok(f.area)
}

pub(super) fn boundary_categories(text: &str) -> Result<Vec<BoundaryCategory>, LibraryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        category: Vec<BoundaryCategory>,
    }
    let f: File = parse("boundary-categories.toml", text)?;
    check_ids("boundary-categories.toml", f.category.iter().map(|c| c.id.as_str()))?;
    Ok(f.category)
}

pub(super) fn topics(text: &str) -> Result<Vec<Topic>, LibraryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        topic: Vec<Topic>,
    }
    let f: File = parse("topics.toml", text)?;
    check_ids("topics.toml", f.topic.iter().map(|t| t.id.as_str()))?;
    Ok(f.topic)
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
    fn fail_prompt_in_unknown_group() {
        let text = "[[group]]\nid='g'\ntitle='G'\nsummary='s'\n[[prompt]]\nid='a'\ngroup='nope'\ntext='t'\nhint='h'\n";
        assert!(prompts(text).is_err());
    }
}
