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

/// As `run_in_locale`, with `words` on standard input (the way private words are given).
fn run_in_locale_with(env: &Env, lang: &str, args: &[&str], words: &str) -> Output {
    env.seen.private(words);
    let mut c = env.cmd(args);
    c.env("LANG", lang)
        .arg("--passphrase-file")
        .arg(&env.pass_file)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let _ = child.stdin.take().unwrap().write_all(words.as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn syncing_through_a_folder_is_said_in_spanish() {
    const ES: &str = "es_ES.UTF-8";
    let env = Env::new();
    env.init();
    let (en, es) = (env.run(&["sync", "status"]), run_in_locale(&env, ES, &["sync", "status"]));
    assert_eq!(code(&es), code(&en), "the same exit code in every language");
    assert!(stderr(&es).contains("este equipo todavía no se sincroniza"), "{}", stderr(&es));

    let folder = env.root.join("compartida");
    let out = run_in_locale(&env, ES, &["sync", "folder", folder.to_str().unwrap(), "--name", "Portátil"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("Este equipo ya se sincroniza a través de") && said.contains("En tu otro equipo:"), "{said}");
    assert!(!said.contains("This computer") && !said.contains("changes written"), "{said}");

    let status = run_in_locale(&env, ES, &["sync", "status"]);
    assert_eq!(code(&status), 0, "{}", stderr(&status));
    let shown = stdout(&status);
    assert!(shown.contains("Carpeta: ") && shown.contains("Este equipo: Portátil"), "{shown}");
    assert!(shown.contains("Cambios que aún no se escribieron en la carpeta: 0"), "{shown}");
    assert!(!shown.contains("Folder:") && !shown.contains("This computer"), "{shown}");
    let devices = stdout(&run_in_locale(&env, ES, &["sync", "devices"]));
    assert!(devices.contains("Portátil  este equipo"), "{devices}");
    assert!(!devices.contains("this computer"), "{devices}");
    let now = stdout(&run_in_locale(&env, ES, &["sync", "now"]));
    assert!(now.starts_with("Se escribi") && now.contains("y se leyeron 0."), "{now}");
    for args in [&["sync", "status", "--json"][..], &["sync", "devices", "--json"]] {
        assert_eq!(stdout(&run_in_locale(&env, ES, args)), env.ok(args), "{args:?} is the same in every language");
    }

    let out = run_in_locale(&env, ES, &["sync", "leave"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("Este equipo ya no se sincroniza"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("no longer syncs"), "{}", stderr(&out));
}

#[test]
fn a_partner_and_a_share_are_said_in_spanish() {
    const ES: &str = "es_ES.UTF-8";
    let alex = Env::new();
    let robin = Env::new();
    alex.init();
    robin.init();
    let shown = run_in_locale(&alex, ES, &["partner", "show"]);
    assert_eq!(code(&shown), 0, "{}", stderr(&shown));
    assert!(stderr(&shown).contains("La tarjeta de este Trellis"), "{}", stderr(&shown));
    assert!(stderr(&shown).contains("Todavía no hay conexión con tu pareja."), "{}", stderr(&shown));
    assert_eq!(stdout(&shown), alex.ok(&["partner", "show"]), "the card is the same in every language");
    let none = run_in_locale(&alex, ES, &["share", "list"]);
    assert_eq!(stderr(&none).trim(), "Tu pareja aún no te ha enviado nada.");
    let sheet = alex.ok_in(&["worksheet", "new"], "Nuestra semana").trim().to_owned();
    alex.ok_in(&["worksheet", "fill", &sheet, "communication"], "Mine: Mensajes cortos\nMiddle: Un aviso\n");
    let file = alex.root.join("para-robin.trellis-share");
    let share = ["share", "worksheet", &sheet, "--out", file.to_str().unwrap()];
    let alone = run_in_locale(&alex, ES, &share);
    assert_eq!(code(&alone), code(&alex.run(&share)), "the same exit code in every language");
    assert!(stderr(&alone).contains("primero conéctate con tu pareja"), "{}", stderr(&alone));

    // Connecting: the six words are asked for in Spanish.
    let alex_card = robin.file("alex.card", &stdout(&shown));
    let robin_card = alex.file("robin.card", &robin.ok(&["partner", "show"]));
    let asked =
        run_in_locale_with(&robin, ES, &["partner", "connect", "--card-file", alex_card.to_str().unwrap()], "Alex\n\n");
    let said = stderr(&asked);
    assert!(said.contains("¿Qué nombre usas para tu pareja?") && said.contains("no te conectes"), "{said}");
    let words = said.lines().skip_while(|l| !l.contains("debería mostrar")).nth(1).unwrap().trim().to_owned();
    assert_eq!(words.split(' ').count(), 6, "{said}");
    let connect = |env: &Env, card: &std::path::Path, name: &str| {
        let out = run_in_locale_with(
            env,
            ES,
            &["partner", "connect", "--card-file", card.to_str().unwrap(), "--words", &words],
            name,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stderr(&out)
    };
    let connected = connect(&robin, &alex_card, "Alex\n");
    assert!(connected.contains("Conexión hecha con Alex") && !connected.contains("Connected"), "{connected}");
    connect(&alex, &robin_card, "Robin\n");
    let since = stderr(&run_in_locale(&alex, ES, &["partner", "show"]));
    assert!(since.contains("Hay conexión con Robin desde el ") && since.contains(" de 20"), "a day in words: {since}");

    // A share shown before it is written, the question, and the file written.
    let refused = run_in_locale_with(&alex, ES, &share, "n\n");
    assert_eq!(code(&refused), 1);
    let said = stderr(&refused);
    assert!(said.contains("Esto es exactamente lo que verá Robin:") && said.contains("¿Lo escribo en "), "{said}");
    assert!(said.contains("Compartir nunca es una obligación") && said.contains("no se escribió nada"), "{said}");
    assert!(!said.contains("exactly what") && !said.contains("nothing was written"), "{said}");
    let written = run_in_locale(&alex, ES, &[&share[..], &["--yes"]].concat());
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    let shown = stdout(&written);
    assert!(
        shown.contains("Hoja de expectativas «Nuestra semana»") && shown.contains("punto medio: Un aviso"),
        "{shown}"
    );
    assert!(stderr(&written).contains("Dáselo a Robin como prefieras"), "{}", stderr(&written));

    let opened = run_in_locale(&robin, ES, &["share", "open", file.to_str().unwrap()]);
    assert_eq!(code(&opened), 0, "{}", stderr(&opened));
    assert!(stderr(&opened).starts_with("Se guardó un envío de Alex (id "), "{}", stderr(&opened));
    let again = run_in_locale(&robin, ES, &["share", "open", file.to_str().unwrap()]);
    assert!(stderr(&again).contains("Este envío ya se había abierto"), "{}", stderr(&again));
    let listed = stdout(&run_in_locale(&robin, ES, &["share", "list"]));
    assert!(listed.contains("de Alex: hoja de expectativas") && !listed.contains("from Alex"), "{listed}");
    let json = ["share", "list", "--json"];
    assert_eq!(stdout(&run_in_locale(&robin, ES, &json)), robin.ok(&json), "--json is the same in every language");

    let forgot = run_in_locale(&robin, ES, &["partner", "forget"]);
    assert_eq!(code(&forgot), 0, "{}", stderr(&forgot));
    assert_eq!(stderr(&forgot).trim(), "Se olvidó la conexión. Los envíos que guardaste aquí se quedan.");
}

#[test]
fn a_reminders_rule_and_its_times_are_said_in_spanish() {
    const ES: &str = "es_ES.UTF-8";
    let env = Env::new();
    env.init();
    let add = |rule: &[&str]| {
        let args = [&["reminder", "add", "custom"][..], rule, &["--zone", "Europe/Madrid"]].concat();
        env.ok_in(&args, "Llamar").trim().to_owned()
    };
    let weekly = add(&["--every", "weekly", "--days", "sun,wed", "--at", "19:00"]);
    add(&["--every", "once", "--on", "2030-05-03", "--at", "08:00"]);
    add(&["--every", "monthly", "--day", "22", "--at", "08:05"]);
    add(&["--every", "daily", "--at", "01:15"]);

    let listed = stdout(&run_in_locale(&env, ES, &["reminder", "list"]));
    assert!(listed.contains("    cada miércoles y domingo a las 19:00 (Europe/Madrid), siguiente: "), "{listed}");
    assert!(
        listed.contains(
            "    una vez, el 3 de mayo de 2030 a las 08:00 (Europe/Madrid), siguiente: vie, 3 may 2030 08:00 CEST"
        ),
        "{listed}"
    );
    assert!(listed.contains("    cada mes el día 22 a las 08:05 (Europe/Madrid)"), "{listed}");
    assert!(listed.contains("    todos los días a la 01:15 (Europe/Madrid)"), "{listed}");
    assert!(!listed.contains("every") && !listed.contains("Fri 3 May"), "{listed}");
    let english = env.ok(&["reminder", "list"]);
    assert!(
        english.contains("once, on 3 May 2030 at 08:00 (Europe/Madrid), next Fri 3 May 2030 08:00 CEST"),
        "{english}"
    );
    let json = ["reminder", "list", "--json"];
    assert_eq!(stdout(&run_in_locale(&env, ES, &json)), env.ok(&json), "--json says the rule in English");

    // Snoozing needs no passphrase; its time is said in Spanish too.
    let out = run_in_locale(&env, ES, &["reminder", "snooze", &weekly, "--for", "tomorrow"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.starts_with("Pospuesto hasta ") && said.contains(" 09:00 CE"), "tomorrow at 09:00 in Madrid: {said}");
    let day = said.trim_start_matches("Pospuesto hasta ").split(',').next().unwrap();
    assert!(["lun", "mar", "mié", "jue", "vie", "sáb", "dom"].contains(&day), "{said}");
}

#[test]
fn help_is_said_in_spanish_and_english_help_is_claps() {
    const ES: &str = "es_ES.UTF-8";
    let env = Env::new();
    let help = |lang: &str, args: &[&str]| {
        let out = env.cmd(args).env("LANG", lang).output().unwrap();
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let top = help(ES, &["--help"]);
    for said in
        ["Trellis: un diario privado y cifrado", "Uso: trellis", "Comandos:", "Opciones:", "Lo que escribes nunca"]
    {
        assert!(top.contains(said), "{said}: {top}");
    }
    assert!(
        top.lines()
            .any(|l| l.trim_start().starts_with("journal") && l.ends_with("Escribe, lee y busca entradas del diario")),
        "{top}"
    );
    for english in ["Usage:", "Commands:", "Print help", "Write, read and search", "never an argument"] {
        assert!(!top.contains(english), "{english}: {top}");
    }
    let journal = help(ES, &["journal", "--help"]);
    assert!(
        journal.contains("Escribe, lee y busca entradas del diario") && journal.contains("Añade una entrada"),
        "{journal}"
    );
    assert!(journal.contains("La carpeta del diario") && !journal.contains("Add an entry"), "{journal}");
    assert_eq!(help(ES, &["help", "journal"]), journal, "`help journal` is `journal --help`");
    let add = help(ES, &["journal", "add", "--help"]);
    assert!(add.contains("Ánimo, de 1 (bajo) a 5 (bueno)") && add.contains("Opciones:"), "{add}");

    let english = help("C.UTF-8", &["--help"]);
    assert!(english.contains("Trellis: a private, encrypted journal") && english.contains("Commands:"), "{english}");
    assert!(help("C.UTF-8", &["journal", "--help"]).contains("Write, read and search journal entries"));
}
