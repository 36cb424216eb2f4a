//! A mistake in how the command was typed (an unknown option, a value it does not take, a
//! missing argument), said in the locale's language. clap finds the mistake and says it in
//! English; in another language [`InLanguage`] says the same thing, line for line, with the
//! `mistake-*` messages of `cli.ftl`. In English clap's own words are kept as they are, and a
//! test holds the English messages to them word for word.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use trellis_core::say::FluentValue;

use crate::say::lang;

/// clap's usage mistakes said in the locale's language.
pub(crate) struct InLanguage;

impl ErrorFormatter for InLanguage {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let said = said_in(error, lang()).unwrap_or_else(|| {
            // Kinds clap has no words of its own for here (a failed write, say): its summary.
            format!("{}\n", error.kind().as_str().unwrap_or_default())
        });
        StyledStr::from(said)
    }
}

/// Says `error` in `lang` as clap lays it out: the mistake, what would be accepted, a tip,
/// the usage, and where to read more. `None` for a kind clap says without its context.
pub(crate) fn said_in<F: ErrorFormatter>(error: &clap::error::Error<F>, lang: &str) -> Option<String> {
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| crate::say::say_in(lang, id, args);
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let mut out = String::new();
    match error.kind() {
        ErrorKind::ArgumentConflict => {
            let mut prior = error.get(ContextKind::PriorArg);
            if let Some(arg) = &arg {
                if prior == Some(&ContextValue::String(arg.clone())) {
                    prior = None;
                    out += &say("mistake-used-twice", &[("arg", arg.clone().into())]);
                } else {
                    out += &say("mistake-conflict", &[("arg", arg.clone().into())]);
                }
            } else {
                let sub = string(ContextKind::InvalidSubcommand)?;
                out += &say("mistake-conflict-subcommand", &[("name", sub.into())]);
            }
            match prior {
                None => {}
                Some(ContextValue::Strings(values)) => {
                    out.push(':');
                    for v in values {
                        let _ = write!(out, "\n  {v}");
                    }
                }
                Some(ContextValue::String(v)) => {
                    let _ = write!(out, " '{v}'");
                }
                Some(_) => {
                    out.push(' ');
                    out += &say("mistake-conflict-others", &[]);
                }
            }
        }
        ErrorKind::NoEquals => out += &say("mistake-no-equals", &[("arg", arg?.into())]),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            if value.is_empty() {
                out += &say("mistake-value-missing", &[("arg", arg.into())]);
            } else {
                out += &say("mistake-invalid-value", &[("arg", arg.into()), ("value", value.into())]);
            }
            list(&mut out, error.get(ContextKind::ValidValue), |values| say("mistake-possible-values", values));
        }
        ErrorKind::InvalidSubcommand => {
            out += &say("mistake-unknown-subcommand", &[("name", string(ContextKind::InvalidSubcommand)?.into())]);
        }
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) else { return None };
            out += &say("mistake-missing", &[]);
            for v in missing {
                let _ = write!(out, "\n  {v}");
            }
        }
        ErrorKind::MissingSubcommand => {
            out += &say("mistake-needs-subcommand", &[("name", string(ContextKind::InvalidSubcommand)?.into())]);
            list(&mut out, error.get(ContextKind::ValidSubcommand), |values| say("mistake-subcommands", values));
        }
        ErrorKind::InvalidUtf8 => out += &say("mistake-not-utf8", &[]),
        ErrorKind::TooManyValues => {
            out += &say("mistake-too-many-values", &[("arg", arg?.into()), ("value", value?.into())]);
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let (id, wanted) = if error.kind() == ErrorKind::TooFewValues {
                ("mistake-too-few-values", number(ContextKind::MinValues)?)
            } else {
                ("mistake-wrong-number-of-values", number(ContextKind::ExpectedNumValues)?)
            };
            let given = number(ContextKind::ActualNumValues)?;
            out += &say(id, &[("arg", arg?.into()), ("wanted", wanted.into()), ("given", given.into())]);
        }
        ErrorKind::ValueValidation => {
            // What the value's check said is in English (clap's own ranges and number parsing):
            // the help says which values the argument takes, in the language.
            let (arg, value) = (arg?, value?);
            out += &say("mistake-invalid-value", &[("arg", arg.into()), ("value", value.into())]);
            if lang == "en" {
                if let Some(source) = std::error::Error::source(error) {
                    let _ = write!(out, ": {source}");
                }
            }
        }
        ErrorKind::UnknownArgument => out += &say("mistake-unknown-argument", &[("arg", arg?.into())]),
        // Help and version are said by the help (`help::in_language`); a failed write has no
        // context to say.
        _ => return None,
    }
    let tips: Vec<String> = [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ]
    .into_iter()
    .filter_map(|(kind, what)| {
        let similar = match error.get(kind)? {
            ContextValue::String(s) => vec![s.clone()],
            ContextValue::Strings(v) => v.clone(),
            _ => return None,
        };
        let quoted: Vec<String> = similar.iter().map(|s| format!("'{s}'")).collect();
        let args = [("what", what.into()), ("count", similar.len().into()), ("similar", quoted.join(", ").into())];
        Some(say("mistake-similar", &args))
    })
    .collect();
    // clap's other tips ("to pass '-x' as a value, use '-- -x'") are English sentences it
    // builds whole: said in English only.
    let suggested = match error.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(s)) if lang == "en" => s.iter().map(|s| format!("tip: {s}")).collect(),
        _ => Vec::new(),
    };
    if !tips.is_empty() || !suggested.is_empty() {
        out.push('\n');
    }
    for tip in tips.iter().chain(&suggested) {
        let _ = write!(out, "\n  {tip}");
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| say("help-usage", &[]) + rest);
        let _ = write!(out, "\n\n{usage}");
    }
    let said = say("mistake-error", &[("mistake", out.into())]);
    Some(format!("{said}\n\n{}\n", say("mistake-more", &[("help", "--help".into())])))
}

/// Adds what would have been accepted, said by `said` with `$values`, on a line of its own.
fn list(out: &mut String, values: Option<&ContextValue>, said: impl Fn(&[(&str, FluentValue<'_>)]) -> String) {
    if let Some(ContextValue::Strings(values)) = values {
        if !values.is_empty() {
            let _ = write!(out, "\n  {}", said(&[("values", values.join(", ").into())]));
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Mistakes of every kind the command can meet, as typed.
    const MISTAKES: &[&[&str]] = &[
        &["trellis", "journal", "add", "--moood", "3"],
        &["trellis", "jornal", "list"],
        &["trellis", "export", "--format", "pdf", "--out", "x"],
        &["trellis", "export", "--format"],
        &["trellis", "export"],
        &["trellis", "journal", "add", "--mood", "9"],
        &["trellis", "journal", "list", "--limit", "many"],
        &["trellis", "journal", "list", "--limit", "1", "--limit", "2"],
        &["trellis", "journal", "list", "extra"],
        &["trellis", "journal", "add", "-x"],
    ];

    fn mistake(args: &[&str]) -> clap::Error {
        crate::Cli::command().try_get_matches_from(args).expect_err("a mistake")
    }

    #[test]
    fn in_english_every_mistake_reads_as_clap_says_it() {
        for args in MISTAKES {
            let e = mistake(args);
            let clap_s = e.render().to_string();
            assert_eq!(said_in(&e, "en").as_deref(), Some(clap_s.as_str()), "{args:?}");
        }
    }

    #[test]
    fn in_spanish_no_mistake_has_english_left() {
        let es = |args: &[&str]| {
            let cmd = crate::help::in_language(crate::Cli::command(), "es");
            said_in(&cmd.try_get_matches_from(args).expect_err("a mistake"), "es").expect("said")
        };
        for args in MISTAKES {
            let said = es(args);
            for english in ["error: unexpected", "Usage:", "For more information", "tip:", "invalid value", "required"]
            {
                assert!(!said.contains(english), "{english} in {said}");
            }
            let with_usage = mistake(args).render().to_string().contains("\nUsage: trellis");
            assert_eq!(said.contains("\nUso: trellis"), with_usage, "{said}");
            assert!(said.starts_with("error: ") && said.ends_with("\n\nPara saber más, prueba '--help'.\n"), "{said}");
        }
        let unknown = es(&["trellis", "journal", "add", "--moood", "3"]);
        assert!(unknown.starts_with("error: no se esperaba el argumento '--moood'"), "{unknown}");
        assert!(unknown.contains("consejo: existe un argumento parecido: '--mood'"), "{unknown}");
        let value = es(&["trellis", "export", "--format", "pdf", "--out", "x"]);
        assert!(value.contains("'pdf'") && value.contains("[valores posibles: json, md]"), "{value}");
    }
}
