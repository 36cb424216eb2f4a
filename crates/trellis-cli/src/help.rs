//! The command's `--help` in the locale's language. clap writes it in English from the doc
//! comments of the derive (`Cli`), and in English it is left exactly as clap writes it. In
//! another language each command's and each argument's text is replaced by the catalogue's
//! message with the same words (`help-*` in `cli.ftl`), and so are clap's own: the headings,
//! `--help`, `--version` and the `help` subcommand, and what clap adds to an argument's line
//! (`[default: a4]`, `[possible values: …]`, `[env: …]`). Its usage mistakes are said in
//! `mistakes`.
//!
//! Message ids: `help-trellis` for the command itself, `help-<command>[-<subcommand>]` for a
//! command, `help-arg-<name>` for an argument said the same in every command it is in, and
//! `help-<command>[-<subcommand>]-arg-<name>` for one a command says differently. The tests walk
//! the whole command, so an argument or a command cannot be left without its message.

use clap::{Arg, Command};

use crate::say::message_in;

/// Returns `cmd` with its help in `lang` (as it is, in English).
pub(crate) fn in_language(mut cmd: Command, lang: &str) -> Command {
    if lang == "en" {
        return cmd;
    }
    // Built first, so that what clap adds is there to be said too: the `--help` and
    // `--version` flags, the `help` subcommands, the global options in every subcommand.
    cmd.build();
    let word = |id: &str| message_in(lang, id).unwrap_or_default();
    // clap takes a heading as text that lives as long as the program; this runs once.
    let heading = |id: &str| -> &'static str { Box::leak(word(id).into_boxed_str()) };
    let words = Words {
        lang,
        template: format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            word("help-usage")
        ),
        commands: heading("help-commands"),
        arguments: heading("help-arguments"),
        options: heading("help-options"),
    };
    say_command(cmd, "help-trellis", "help", &words)
}

/// What every command's help is said with.
struct Words<'a> {
    lang: &'a str,
    /// clap's own template, with the usage heading in the language.
    template: String,
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
}

/// Says `cmd` (message `id`) and its arguments, then its subcommands (messages `<prefix>-<name>`).
fn say_command(mut cmd: Command, id: &str, prefix: &str, words: &Words<'_>) -> Command {
    if let Some(about) = message_in(words.lang, id) {
        cmd = cmd.about(about);
    }
    if cmd.get_after_help().is_some() {
        if let Some(after) = message_in(words.lang, &format!("{id}-after")) {
            cmd = cmd.after_help(after);
        }
    }
    cmd = cmd
        .help_template(words.template.clone())
        .subcommand_help_heading(words.commands)
        .mut_args(|a| say_arg(a, id, words));
    for sub in cmd.get_subcommands_mut() {
        // `help` lists the same subcommands as its parent: they keep their parent's ids.
        let (id, prefix) = match sub.get_name() {
            "help" => ("help-help".to_owned(), prefix.to_owned()),
            name => (format!("{prefix}-{name}"), format!("{prefix}-{name}")),
        };
        *sub = say_command(std::mem::take(sub), &id, &prefix, words);
    }
    cmd
}

/// Says argument `a` of the command with message `command`, under a heading in the language.
fn say_arg(a: Arg, command: &str, words: &Words<'_>) -> Arg {
    let a = if a.get_id() == "help" && a.get_long_help().is_some() {
        // clap's `--help` where the long help says more than the short one.
        let said = |id: &str| message_in(words.lang, id).unwrap_or_default();
        a.help(said("help-arg-help-more")).long_help(said("help-arg-help-summary"))
    } else {
        match a.get_help().and_then(|_| arg_message(command, a.get_id().as_str(), words.lang)) {
            Some(help) => a.help(help),
            None => a,
        }
    };
    let a = say_what_clap_adds(a, words.lang);
    match (a.get_help_heading().is_some(), a.is_positional()) {
        (true, _) => a,
        (false, true) => a.help_heading(words.arguments),
        (false, false) => a.help_heading(words.options),
    }
}

/// Says at the end of `a`'s help what clap would add there in English: the environment
/// variable it reads, its value when not given, the values it takes.
fn say_what_clap_adds(a: Arg, lang: &str) -> Arg {
    let say = |id: &str, key: &str, value: String| crate::say::say_in(lang, id, &[(key, value.into())]);
    let takes_values = a.get_action().takes_values();
    let mut added = Vec::new();
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        added.push(say("arg-env", "name", env.to_string_lossy().into_owned()));
    }
    let defaults: Vec<_> = a.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
    if takes_values && !a.is_hide_default_value_set() && !defaults.is_empty() {
        added.push(say("arg-default", "value", defaults.join(" ")));
    }
    let possible: Vec<String> =
        a.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_owned()).collect();
    if takes_values && !a.is_hide_possible_values_set() && !possible.is_empty() {
        added.push(say("arg-possible-values", "values", possible.join(", ")));
    }
    if added.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    let help = format!("{help} {}", added.join(" ")).trim().to_owned();
    a.help(help).hide_env(true).hide_default_value(true).hide_possible_values(true)
}

/// The message of argument `name` of the command with message `command`: its own in that
/// command, else the one it has everywhere.
fn arg_message(command: &str, name: &str, lang: &str) -> Option<String> {
    let name = name.replace('_', "-");
    message_in(lang, &format!("{command}-arg-{name}")).or_else(|| message_in(lang, &format!("help-arg-{name}")))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;

    /// Every text of the built English command with the message that says it, walked as
    /// `in_language` walks it: `(message id, English text)`.
    fn texts() -> Vec<(String, String)> {
        fn walk(cmd: &Command, id: &str, prefix: &str, out: &mut Vec<(String, String)>) {
            if let Some(about) = cmd.get_about() {
                out.push((id.to_owned(), about.to_string()));
            }
            if let Some(after) = cmd.get_after_help() {
                out.push((format!("{id}-after"), after.to_string()));
            }
            for a in cmd.get_arguments() {
                if let (Some(help), Some(long)) = (a.get_help(), a.get_long_help()) {
                    assert_eq!(a.get_id(), "help", "only clap's --help has a long help");
                    out.push(("help-arg-help-more".to_owned(), help.to_string()));
                    out.push(("help-arg-help-summary".to_owned(), long.to_string()));
                } else if let Some(help) = a.get_help() {
                    let name = a.get_id().as_str().replace('_', "-");
                    let own = format!("{id}-arg-{name}");
                    let said = if message_in("en", &own).is_some() { own } else { format!("help-arg-{name}") };
                    out.push((said, help.to_string()));
                }
            }
            for sub in cmd.get_subcommands() {
                match sub.get_name() {
                    "help" => walk(sub, "help-help", prefix, out),
                    name => walk(sub, &format!("{prefix}-{name}"), &format!("{prefix}-{name}"), out),
                }
            }
        }
        let mut cmd = crate::Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, "help-trellis", "help", &mut out);
        out
    }

    /// The catalogue says each command and argument in English word for word as its doc comment
    /// (so a changed doc comment fails here until its message changes too), and has no `help-`
    /// message nothing uses. Spanish has every one of them (`say::tests`).
    #[test]
    fn every_command_and_argument_has_its_message_in_english_word_for_word() {
        let texts = texts();
        assert!(texts.len() > 200, "the whole command was walked: {}", texts.len());
        for (id, text) in &texts {
            assert_eq!(message_in("en", id).as_deref(), Some(text.as_str()), "{id}");
        }
        let used: BTreeSet<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        let headings = ["help-usage", "help-commands", "help-arguments", "help-options"];
        let unused: Vec<String> = crate::say::ids()
            .into_iter()
            .filter(|id| id.starts_with("help-") && !used.contains(id.as_str()) && !headings.contains(&id.as_str()))
            .collect();
        assert_eq!(unused, Vec::<String>::new(), "help messages nothing says");
    }

    #[test]
    fn english_help_is_clap_s_own_and_spanish_help_has_no_english_left() {
        let english = crate::Cli::command().render_help().to_string();
        assert_eq!(in_language(crate::Cli::command(), "en").render_help().to_string(), english);
        let mut es = in_language(crate::Cli::command(), "es");
        let top = es.render_help().to_string();
        for word in ["Uso: trellis", "Comandos:", "Opciones:", "Muestra la ayuda", "un diario privado y cifrado"] {
            assert!(top.contains(word), "{word}: {top}");
        }
        for word in ["Usage:", "Commands:", "Options:", "Print help", "encrypted journal", "never an argument"] {
            assert!(!top.contains(word), "{word}: {top}");
        }
        let journal = es.find_subcommand_mut("journal").unwrap();
        let add = journal.find_subcommand_mut("add").unwrap().render_help().to_string();
        assert!(add.contains("Añade una entrada") && add.contains("Ánimo, de 1 (bajo) a 5 (bueno)"), "{add}");
        assert!(add.contains("La carpeta del diario"), "a global option, said in every subcommand: {add}");
        assert!(!add.contains("Add an entry") && !add.contains("Options:"), "{add}");
        let export = es.find_subcommand_mut("export").unwrap().render_help().to_string();
        assert!(export.contains("[por defecto: json] [valores posibles: json, md]"), "{export}");
        assert!(export.contains("[variable de entorno: TRELLIS_VAULT]"), "{export}");
        for word in ["[default:", "[possible values:", "[env:"] {
            assert!(!export.contains(word), "{word}: {export}");
        }
    }
}
