//! The command's words in the locale's language: its own (`locales/<lang>/cli.ftl`) and the
//! core's errors, with the same exit codes; `--json` the same in every language.

use super::*;

/// Runs `trellis` as `env.run` does, with `LANG` set to `lang`.
fn run_in_locale(env: &Env, lang: &str, args: &[&str]) -> Output {
    env.cmd(args).env("LANG", lang).arg("--passphrase-file").arg(&env.pass_file).output().unwrap()
}

#[test]
fn a_spanish_locale_hears_the_command_and_the_cores_errors_in_spanish() {
    let env = Env::new();
    let out = run_in_locale(&env, "es_ES.UTF-8", &["init", "--kdf-work-factor", "4"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("Se creó un diario nuevo en") && said.contains("código de recuperación"), "{said}");
    assert!(!said.contains("Created a new vault"), "{said}");
    let code_line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(code_line.lines().count(), 1, "standard output is the recovery code alone: {code_line}");

    let id = env.ok_in(&["journal", "add"], "Title: Sunday\n\nWe talked.\n");
    let id = id.trim();
    let mut edit = env.cmd(&["journal", "edit", id, "--mood", "4"]);
    edit.env("LANG", "es_ES.UTF-8").arg("--passphrase-file").arg(&env.pass_file);
    let out = edit.output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out).trim(), format!("Entrada {id} guardada."));
    let shown = String::from_utf8(run_in_locale(&env, "es_ES.UTF-8", &["journal", "show", id]).stdout).unwrap();
    assert!(shown.contains("ánimo 4/5") && shown.contains("We talked."), "{shown}");

    // The worksheet's areas with the library's Spanish titles.
    let wid = env.ok_in(&["worksheet", "new"], "Otoño").trim().to_owned();
    env.ok_in(&["worksheet", "fill", &wid, "communication"], "Mine: mensajes cortos");
    let shown = String::from_utf8(run_in_locale(&env, "es_ES.UTF-8", &["worksheet", "show", &wid]).stdout).unwrap();
    assert!(shown.contains("Comunicación") && !shown.contains("Communication"), "{shown}");

    let pdf = env.root.join("hoja.pdf");
    let out = run_in_locale(&env, "es_ES.UTF-8", &["print", "worksheet", "--blank", "--out", pdf.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).starts_with(&format!("Se escribió {} (", pdf.display())), "{}", stderr(&out));
    assert!(stderr(&out).contains("página"), "{}", stderr(&out));
    let pdf = env.root.join("limites.pdf");
    let out = run_in_locale(&env, "es_ES.UTF-8", &["print", "boundaries", "--out", pdf.to_str().unwrap()]);
    assert!(stderr(&out).contains("Un PDF no está cifrado"), "{}", stderr(&out));

    // A core error: the core's Spanish, with the exit code English has.
    let missing = ["journal", "show", "0192f3a4-5b6c-7d8e-9f00-112233445566"];
    let (en, es) = (env.run(&missing), run_in_locale(&env, "es_ES.UTF-8", &missing));
    assert_eq!((code(&en), code(&es)), (1, 1));
    assert!(stderr(&en).starts_with("trellis: no entry with id"), "{}", stderr(&en));
    assert!(stderr(&es).starts_with("trellis: no hay ninguna entrada con el id"), "{}", stderr(&es));
    let wrong = env.file("wrong", "not the passphrase\n");
    let mut en = env.cmd(&["journal", "list"]);
    en.arg("--passphrase-file").arg(&wrong);
    let mut es = env.cmd(&["journal", "list"]);
    es.env("LANG", "es_MX.UTF-8").arg("--passphrase-file").arg(&wrong);
    let (en, es) = (en.output().unwrap(), es.output().unwrap());
    assert_eq!((code(&en), code(&es)), (3, 3));
    assert!(stderr(&en).contains("that passphrase does not open this journal"), "{}", stderr(&en));
    assert!(stderr(&es).contains("esa frase de contraseña no abre este diario"), "{}", stderr(&es));
    // A usage mistake found by the command: its own Spanish, exit code 2.
    let out = run_in_locale(&env, "es_ES.UTF-8", &["print", "worksheet", "--out", "x.pdf"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("indica una hoja de expectativas"), "{}", stderr(&out));

    // What scripts read is the same in every language.
    for args in [&["journal", "list", "--json"][..], &["journal", "show", id, "--json"], &["journal", "tags", "--json"]]
    {
        let es = run_in_locale(&env, "es_ES.UTF-8", args);
        assert_eq!(code(&es), 0, "{}", stderr(&es));
        assert_eq!(String::from_utf8(es.stdout).unwrap(), env.ok(args), "{args:?}");
    }
}
