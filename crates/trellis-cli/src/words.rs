//! Private words come in on standard input, never as arguments.
//!
//! Anything a person writes (a title, a body, tags, a note, an answer, the words to search for)
//! would be readable by every local user in `/proc/PID/cmdline` and kept in the shell's
//! history file if it were an argument. So flags carry only what is not private (dates, moods,
//! ids, choices), and every command that takes words reads them one way:
//!
//! - from standard input, when it is a pipe or a file (`trellis journal add < entry.txt`);
//! - from `--from-file FILE` (`-` is standard input);
//! - else, on a terminal, by asking for each field in turn.
//!
//! The input is a small form: `Field: value` lines (the field names are the command's own,
//! in any case), then the command's main text (an entry's body, a boundary's text, the words
//! to search for), after a blank line or right away. Or a JSON object with the same field
//! names (`if_crossed` or `If crossed`), for values of several lines. A field left out is left
//! as it is (when editing) or empty; a field given empty is emptied.
//!
//! Errors name a field or a line number, never what was written.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::say::{say, say_with, text as as_is};
use crate::Usage;

/// `--from-file`: where the private words come from, when not standard input or a prompt.
#[derive(Args, Clone, Default)]
pub(crate) struct Source {
    /// Read the words (`Field: value` lines, then the text; or JSON) from FILE; `-` is standard
    /// input. Without it: standard input when piped, else each field is asked for
    #[arg(long, value_name = "FILE")]
    pub(crate) from_file: Option<PathBuf>,
}

/// One private field of a command.
#[derive(Clone, Copy)]
pub(crate) struct Field {
    /// Its name in a form (`If crossed`); JSON keys may use `_` for the spaces.
    pub(crate) name: &'static str,
    /// The message that asks for it on a terminal (`ask-title` of `cli.ftl`).
    pub(crate) ask: &'static str,
    /// Takes an id after its name (`Boundary ID: note`); never asked for.
    pub(crate) with_id: bool,
}

impl Field {
    pub(crate) const fn new(name: &'static str, ask: &'static str) -> Self {
        Self { name, ask, with_id: false }
    }

    pub(crate) const fn with_id(name: &'static str, ask: &'static str) -> Self {
        Self { name, ask, with_id: true }
    }
}

/// What a command reads: its fields in the order they are asked, which one takes the text
/// after the `Field:` lines, and whether that text is kept exactly (a body of several lines).
pub(crate) struct Form {
    pub(crate) fields: &'static [Field],
    /// The index in `fields` of the main text, if the command has one.
    pub(crate) main: Option<usize>,
    /// The main text is a body of several lines, kept as written.
    pub(crate) body: bool,
}

/// The words given, by field.
#[derive(Default)]
pub(crate) struct Words {
    given: Vec<(&'static str, Option<String>, String)>,
}

impl Words {
    /// Takes a field's value, if it was given.
    pub(crate) fn take(&mut self, name: &str) -> Option<String> {
        let at = self.given.iter().position(|(n, id, _)| *n == name && id.is_none())?;
        Some(self.given.remove(at).2)
    }

    /// Takes every `Name ID: value` of a field with an id.
    pub(crate) fn take_with_id(&mut self, name: &str) -> Vec<(String, String)> {
        let (mine, rest) =
            std::mem::take(&mut self.given).into_iter().partition(|(n, id, _)| *n == name && id.is_some());
        self.given = rest;
        mine.into_iter().map(|(_, id, v)| (id.unwrap_or_default(), v)).collect()
    }

    fn set(&mut self, name: &'static str, id: Option<String>, value: String) {
        self.given.retain(|(n, i, _)| !(*n == name && *i == id));
        self.given.push((name, id, value));
    }
}

/// Splits tags written as `calm, us` (a `#` before one is fine).
pub(crate) fn tags(text: &str) -> Vec<String> {
    text.split([',', '\n'])
        .map(|t| t.trim().trim_start_matches('#').trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Form {
    /// Reads the words: from `--from-file`, else standard input when it is not a terminal,
    /// else by asking on the terminal. `editing`: a prompt answered with Enter leaves the
    /// field as it is.
    pub(crate) fn read(&self, source: &Source, editing: bool) -> Result<Words> {
        match source.from_file.as_deref() {
            Some(p) if p == Path::new("-") => self.parse(&read_stdin()?),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| say_with("words-read-file", &[("file", as_is(p.display()))]))?;
                self.parse(&text)
            }
            None if std::io::stdin().is_terminal() => {
                let stdin = std::io::stdin();
                self.ask(&mut stdin.lock(), &mut std::io::stderr().lock(), editing)
            }
            None => self.parse(&read_stdin()?),
        }
    }

    fn names(&self) -> String {
        self.fields
            .iter()
            .map(|f| if f.with_id { format!("{} ID", f.name) } else { f.name.to_owned() })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Finds the field a `Name` or `Name ID` refers to.
    fn field(&self, name: &str) -> Option<(&'static str, Option<String>)> {
        let wanted = normal(name);
        // `Boundary 0192…-…` or `boundary_0192…`: the id is the last word, kept as written
        // (ids hold `-`, which names treat as a space).
        let name = name.trim();
        let with_id = name.rsplit_once(char::is_whitespace).or_else(|| name.rsplit_once('_'));
        for f in self.fields {
            let own = normal(f.name);
            if !f.with_id && wanted == own {
                return Some((f.name, None));
            }
            if let Some((_, id)) = with_id.filter(|(head, _)| f.with_id && normal(head) == own) {
                return Some((f.name, Some(id.trim().to_owned())));
            }
        }
        None
    }

    /// Parses a form: JSON when it starts with `{`, else `Field: value` lines and the main text.
    pub(crate) fn parse(&self, text: &str) -> Result<Words> {
        // A file saved by a Windows editor may begin with a byte-order mark (its lines may end
        // in CRLF, which the trims below and the blank-line rule take care of).
        let text = text.strip_prefix(crate::secrets::BOM).unwrap_or(text);
        if text.trim_start().starts_with('{') {
            return self.parse_json(text);
        }
        let mut words = Words::default();
        let mut rest = text;
        let mut headers = false;
        loop {
            let (line, after) = match rest.find('\n') {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, ""),
            };
            let Some((name, value)) = line.split_once(':') else { break };
            let Some((field, id)) = self.field(name) else { break };
            words.set(field, id, value.trim().to_owned());
            headers = true;
            rest = after;
            if rest.is_empty() {
                break;
            }
        }
        if headers {
            // One blank line may part the fields from the text.
            rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).unwrap_or(rest);
        }
        if rest.trim().is_empty() {
            return Ok(words);
        }
        let Some(main) = self.main else {
            let line = text[..text.len() - rest.len()].lines().count() + 1;
            let args = [("line", as_is(line)), ("fields", as_is(self.names()))];
            return Err(Usage(say_with("words-not-a-field-line", &args)).into());
        };
        let value = if self.body { rest.to_owned() } else { rest.trim().to_owned() };
        words.set(self.fields[main].name, None, value);
        Ok(words)
    }

    fn parse_json(&self, text: &str) -> Result<Words> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Usage(say_with("words-not-json", &[("line", as_is(e.line())), ("column", as_is(e.column()))]))
        })?;
        let serde_json::Value::Object(map) = value else {
            return Err(Usage(say("words-json-not-an-object")).into());
        };
        let mut words = Words::default();
        for (key, value) in map {
            let Some((field, id)) = self.field(&key) else {
                return Err(Usage(say_with("words-unknown-field", &[("fields", as_is(self.names()))])).into());
            };
            let value = match value {
                serde_json::Value::String(s) => s,
                serde_json::Value::Null => String::new(),
                serde_json::Value::Array(items) => {
                    let mut parts = Vec::new();
                    for item in items {
                        match item {
                            serde_json::Value::String(s) => parts.push(s),
                            _ => return Err(Usage(say_with("words-list-not-text", &[("field", as_is(field))])).into()),
                        }
                    }
                    parts.join(", ")
                }
                _ => return Err(Usage(say_with("words-not-text", &[("field", as_is(field))])).into()),
            };
            words.set(field, id, value);
        }
        Ok(words)
    }

    /// Asks for each field on `ask`, reading the answers from `input` (a terminal).
    pub(crate) fn ask(&self, input: &mut impl BufRead, ask: &mut impl Write, editing: bool) -> Result<Words> {
        let mut words = Words::default();
        for (i, f) in self.fields.iter().enumerate() {
            if f.with_id {
                continue;
            }
            if self.body && self.main == Some(i) {
                let id = if editing { "ask-body-end-editing" } else { "ask-body-end" };
                writeln!(ask, "{}", say_with(id, &[("ask", as_is(say(f.ask))), ("keys", as_is(END_OF_INPUT))]))?;
                ask.flush()?;
                let mut text = String::new();
                input.read_to_string(&mut text).with_context(|| say("words-read-written"))?;
                if !(editing && text.is_empty()) {
                    words.set(f.name, None, text);
                }
                continue;
            }
            let asked = if editing { say_with("ask-keeps", &[("ask", as_is(say(f.ask)))]) } else { say(f.ask) };
            write!(ask, "{asked}: ")?;
            ask.flush()?;
            let mut line = String::new();
            input.read_line(&mut line).with_context(|| say("words-read-answer"))?;
            let line = line.trim();
            if !(editing && line.is_empty()) {
                words.set(f.name, None, line.to_owned());
            }
        }
        Ok(words)
    }
}

/// The keys that end typed input at a terminal: a Windows console reads Ctrl-Z as the end.
const END_OF_INPUT: &str = if cfg!(windows) { "Ctrl-Z" } else { "Ctrl-D" };

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).with_context(|| say("words-read-stdin"))?;
    Ok(text)
}

/// A field's name as compared: lower case, `_` and `-` as spaces, single spaces.
fn normal(name: &str) -> String {
    name.trim().to_lowercase().replace(['_', '-'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[Field] =
        &[Field::new("Title", "ask-title"), Field::new("Tags", "ask-tags"), Field::new("Body", "ask-entry-body")];
    const ENTRY: Form = Form { fields: FIELDS, main: Some(2), body: true };
    const TALK: &[Field] = &[Field::new("Well me", "ask-well-me"), Field::with_id("Boundary", "ask-boundary-note")];
    const CHECKIN: Form = Form { fields: TALK, main: None, body: false };

    #[test]
    fn fields_then_the_body_as_written() {
        let mut w = ENTRY.parse("title: Sunday\nTAGS: calm, #us\n\nWe talked.\nTitle: not a field here\n").unwrap();
        assert_eq!(w.take("Title").as_deref(), Some("Sunday"));
        assert_eq!(tags(&w.take("Tags").unwrap()), ["calm", "us"]);
        assert_eq!(w.take("Body").as_deref(), Some("We talked.\nTitle: not a field here\n"));
    }

    /// A form saved by Notepad: a byte-order mark first and CRLF line ends. The fields read as
    /// written; the body is kept exactly, its line ends included.
    #[test]
    fn a_form_saved_on_windows_reads_its_fields() {
        let mut w = ENTRY.parse("\u{feff}Title: Sunday\r\nTags: calm, us\r\n\r\nWe talked.\r\n").unwrap();
        assert_eq!(w.take("Title").as_deref(), Some("Sunday"));
        assert_eq!(w.take("Tags").map(|t| tags(&t)), Some(vec!["calm".to_owned(), "us".to_owned()]));
        assert_eq!(w.take("Body").as_deref(), Some("We talked.\r\n"));
    }

    #[test]
    fn plain_text_is_the_main_text_and_a_colon_in_it_is_no_field() {
        let mut w = ENTRY.parse("Dear me: a day\nline two\n").unwrap();
        assert_eq!(w.take("Body").as_deref(), Some("Dear me: a day\nline two\n"));
        assert!(w.take("Title").is_none(), "fields not given stay as they are");
        let w = ENTRY.parse("Title: only this\n").unwrap();
        assert_eq!(w.given.len(), 1, "no body given");
    }

    #[test]
    fn json_with_lists_ids_and_several_lines() {
        let mut w = ENTRY.parse(r#"{"title": "A", "tags": ["x", "y"], "body": "one\ntwo"}"#).unwrap();
        assert_eq!(w.take("Tags").as_deref(), Some("x, y"));
        assert_eq!(w.take("Body").as_deref(), Some("one\ntwo"));
        let mut w = CHECKIN.parse(r#"{"well_me": "ok", "boundary 0192-x": "held"}"#).unwrap();
        assert_eq!(w.take_with_id("Boundary"), [("0192-x".to_owned(), "held".to_owned())]);
        assert_eq!(w.take("Well me").as_deref(), Some("ok"));
    }

    #[test]
    fn fail_errors_never_quote_the_words() {
        for bad in ["Well me: fine\nzqsecret words\n", "{\"zqsecret\": \"x\"}", "{\"well_me\": 3}", "{zqsecret"] {
            let e = CHECKIN.parse(bad).err().expect(bad).to_string();
            assert!(!e.contains("zqsecret"), "{e}");
        }
        let e = CHECKIN.parse("Well me: fine\nzqsecret words\n").err().unwrap().to_string();
        // The line's number and the fields' names, in the locale's language.
        assert!(e.contains(" 2 ") && e.contains("Well me, Boundary ID"), "{e}");
    }

    #[test]
    fn asking_keeps_a_field_on_enter_when_editing() {
        let mut out = Vec::new();
        let mut w = ENTRY.ask(&mut "\nx, y\nthe body\n".as_bytes(), &mut out, true).unwrap();
        assert!(w.take("Title").is_none());
        assert_eq!(w.take("Tags").as_deref(), Some("x, y"));
        assert_eq!(w.take("Body").as_deref(), Some("the body\n"));
        let mut w = ENTRY.ask(&mut "\n".as_bytes(), &mut out, false).unwrap();
        assert_eq!(w.take("Title").as_deref(), Some(""), "adding: Enter is empty");
    }
}
