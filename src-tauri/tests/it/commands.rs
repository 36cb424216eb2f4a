//! The commands through Tauri's mock runtime: create, write, search, lock, wrong passphrase,
//! unlock, recover. Arguments and results cross as JSON, as they do from the webview.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;
use trellis_app::state::{AppState, Config};
use trellis_core::KdfWorkFactor;

struct App {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    _app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

/// Builds the shell as the app does (its state, commands and events) on the mock runtime.
pub(crate) fn mock_app(config: Config) -> tauri::App<MockRuntime> {
    let builder = trellis_app::specta_builder!(MockRuntime);
    let app = trellis_app::with_shell_state(mock_builder())
        .manage(AppState::new(config).unwrap())
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    builder.mount_events(&app);
    app
}

/// The language shown is one for the process (the core's errors are said in it), so the tests
/// that show one take turns.
fn showing_a_language() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn app() -> App {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let config = Config {
        dir: dir.clone(),
        work: KdfWorkFactor::insecure_for_tests(4).unwrap(),
        auto_lock_override: None,
        language: None,
    };
    let app = mock_app(config);
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    App { _tmp: tmp, dir, _app: app, webview }
}

impl App {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        tauri::test::get_ipc_response(&self.webview, request).map(|b| b.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }
}

#[test]
fn a_thought_record_is_saved_as_an_entry_the_journal_finds() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "harbor maple seventeen" }));
    let blank = app.call("save_thought_record", json!({ "record": { "happened": "  ", "waited": true } })).unwrap_err();
    assert_eq!(blank["code"], "invalid", "an empty thought record is not saved: {blank}");
    let record = json!({
        "happened": "The phone lit up at midnight.",
        "story": "Someone else is texting.",
        "evidence_for": "",
        "evidence_against": "It was the bank's alert.",
        "evidence_real": false,
        "worry_before": 7,
        "worry_after": 3,
        "waited": true,
        "ask": "Who texts so late?",
        "ask_when": "Tomorrow at breakfast"
    });
    let entry = app.ok("save_thought_record", json!({ "record": record }));
    assert!(entry["title"].as_str().unwrap().starts_with("When the worry spiked, "));
    assert_eq!(entry["tags"], json!(["thought record"]));
    let hits = app.ok("search_entries", json!({ "query": "midnight" }));
    assert_eq!(hits[0]["id"], entry["id"]);
    let listed = app.ok("list_entries", json!({ "offset": 0, "limit": 10 }));
    assert_eq!(listed[0]["id"], entry["id"]);
    let tagged = app.ok("list_tagged", json!({ "tag": "thought record", "offset": 0, "limit": 10 }));
    assert_eq!(tagged.as_array().unwrap().len(), 1);
}

#[test]
fn the_safety_check_is_kept_and_answers_with_next_steps() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "harbor maple seventeen" }));
    assert_eq!(app.ok("safety_check", json!({})), Value::Null, "none until one is saved");
    let saved = app.ok("save_safety_check", json!({ "ticked": ["afraid", "choked"] }));
    assert_eq!(saved["ticked"], json!(["afraid", "choked"]));
    assert_eq!(saved["next_steps"], "danger");
    assert_eq!(app.ok("safety_check", json!({})), saved);
    assert!(app.call("save_safety_check", json!({ "ticked": ["a_sign_nobody_knows"] })).is_err());
    assert_eq!(app.ok("save_safety_check", json!({ "ticked": [] }))["next_steps"], "nothing");
    app.ok("clear_safety_check", json!({}));
    assert_eq!(app.ok("safety_check", json!({})), Value::Null);
    app.ok("lock", json!({}));
    assert_eq!(app.call("safety_check", json!({})).unwrap_err()["code"], "locked");
}

#[test]
fn a_day_with_the_journal() {
    let app = app();
    assert_eq!(app.ok("vault_status", json!({})), json!({ "exists": false, "unlocked": false }));
    let err = app.call("list_entries", json!({ "offset": 0, "limit": 10 })).unwrap_err();
    assert_eq!(err["code"], "no_vault");

    let code = app.ok("create_vault", json!({ "passphrase": "harbor maple seventeen" }));
    // The short form people are shown: ten groups, without the fixed prefix.
    assert!(!code.as_str().unwrap().contains("AGE-SECRET-KEY"), "{code}");
    assert_eq!(code.as_str().unwrap().split(' ').count(), 10);
    assert_eq!(app.ok("vault_status", json!({})), json!({ "exists": true, "unlocked": true }));

    let draft =
        json!({ "title": "Sunday", "body": "We talked by the river.", "mood": 4, "tags": ["Calm"], "prompt_id": null });
    let saved = app.ok("save_entry", json!({ "id": null, "opened": null, "draft": draft, "written": null }));
    assert_eq!(saved["kept_apart"], false);
    let saved = saved["entry"].clone();
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(saved["tags"], json!(["calm"]));
    let edited = app.ok("save_entry", json!({ "id": id, "opened": saved["updated_at"], "draft": { "title": "Sunday evening", "body": "We talked by the river.", "mood": 4, "tags": ["calm"], "prompt_id": null }, "written": null }));
    assert_eq!(edited["kept_apart"], false);
    assert_eq!(edited["entry"]["created_at"], saved["created_at"]);

    let hits = app.ok("search_entries", json!({ "query": "rive" }));
    assert_eq!(hits[0]["id"], id.as_str());
    assert_eq!(app.ok("tags", json!({})), json!([{ "tag": "calm", "count": 1 }]));
    let listed = app.ok("list_entries", json!({ "offset": 0, "limit": 10 }));
    assert_eq!(listed[0]["kind"], "entry");
    assert_eq!(listed[0]["title"], "Sunday evening");
    assert_eq!(app.ok("mood_by_day", json!({ "days": 30 }))[0]["average"], 4.0);

    // Undo is by id: the window sends no entry back to be written, and gets it back whole.
    assert_eq!(app.ok("delete_entry", json!({ "id": id })), json!(true), "undo is offered");
    assert!(app.ok("list_entries", json!({ "offset": 0, "limit": 10 })).as_array().unwrap().is_empty());
    let back = app.ok("undo_delete_entry", json!({ "id": id }));
    assert_eq!(
        (back["title"].as_str(), back["updated_at"].clone()),
        (Some("Sunday evening"), edited["entry"]["updated_at"].clone())
    );
    assert_eq!(app.ok("list_entries", json!({ "offset": 0, "limit": 10 })).as_array().unwrap().len(), 1);
    assert_eq!(app.call("undo_delete_entry", json!({ "id": id })).unwrap_err()["code"], "not_found", "only once");
    assert!(app.call("restore_entry", json!({ "entry": back })).is_err(), "no command writes an entry sent whole");

    app.ok("lock", json!({}));
    assert_eq!(app.call("search_entries", json!({ "query": "river" })).unwrap_err()["code"], "locked");

    let err =
        app.call("recover", json!({ "recoveryCode": "AGE-SECRET-KEY-1QQQ", "newPassphrase": "x y z" })).unwrap_err();
    assert_eq!(err["code"], "wrong_recovery_code");
    app.ok("recover", json!({ "recoveryCode": code, "newPassphrase": "new harbor words" }));
    assert_eq!(app.ok("get_entry", json!({ "id": id }))["title"], "Sunday evening");
    // The new passphrase is the one that works now.
    app.ok("lock", json!({}));
    let err =
        app.call("change_passphrase", json!({ "current": "new harbor words", "newPassphrase": "x" })).unwrap_err();
    assert_eq!(err["code"], "locked", "locked again");
    let vault = trellis_core::Vault::open(&app.dir).unwrap();
    assert!(vault.check_passphrase(&trellis_core::Passphrase::new("new harbor words".into())).is_ok());
}

#[test]
fn settings_and_passphrase_change() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "first words here" }));
    assert_eq!(app.ok("settings", json!({}))["auto_lock_minutes"], 5);
    assert_eq!(app.ok("set_auto_lock_minutes", json!({ "minutes": 0 }))["auto_lock_minutes"], 1, "at least a minute");
    let err =
        app.call("change_passphrase", json!({ "current": "wrong", "newPassphrase": "second words" })).unwrap_err();
    assert_eq!(err["code"], "wrong_passphrase");
    app.ok("change_passphrase", json!({ "current": "first words here", "newPassphrase": "second words" }));
    let err = app.call("new_recovery_code", json!({ "current": "first words here" })).unwrap_err();
    assert_eq!(err["code"], "wrong_passphrase", "a new recovery code asks for the current passphrase");
    let code = app.ok("new_recovery_code", json!({ "current": "second words" }));
    assert_eq!(code.as_str().unwrap().split(' ').count(), 10, "the short form: {code}");
    assert_eq!(app.ok("set_journal_history", json!({ "on": true }))["journal_history"], true);
    let html = app.ok("render_markdown", json!({ "markdown": "**hi** <script>alert(1)</script>" }));
    assert!(html.as_str().unwrap().contains("<strong>hi</strong>"));
    assert!(!html.as_str().unwrap().contains("<script"));
    assert!(app.ok("prompts", json!({}))["prompts"].as_array().unwrap().len() >= 40);
}

#[test]
fn the_name_shown_outside_the_unlocked_window_is_chosen_before_unlock_too() {
    let app = app();
    assert_eq!(app.ok("display_name", json!({})), "Trellis", "no vault yet");
    assert_eq!(app.ok("vault_folder", json!({})), app.dir.display().to_string());
    app.ok("create_vault", json!({ "passphrase": "quiet words here" }));
    assert_eq!(app.ok("settings", json!({}))["name_as_notes"], false);
    assert_eq!(app.ok("set_name_as_notes", json!({ "on": true }))["name_as_notes"], true);
    // (The mock runtime keeps no window title; the end-to-end test reads the real one.)
    app.ok("lock", json!({}));
    // The setting is plaintext: the locked app, and a fresh start of it, still say "Notes".
    assert_eq!(app.ok("display_name", json!({})), "Notes");
    let vault = trellis_core::Vault::open(&app.dir).unwrap();
    assert_eq!(vault.settings().unwrap().display_name(), "Notes");
}

#[test]
fn the_language_chosen_is_kept_before_unlock_and_the_library_follows_it() {
    let _turn = showing_a_language();
    let app = app();
    assert_eq!(app.ok("chosen_language", json!({})), Value::Null, "no vault: follow the system");
    app.ok("create_vault", json!({ "passphrase": "quiet words here" }));
    assert_eq!(app.ok("choose_language", json!({ "lang": "es" }))["language"], "es");
    assert_eq!(app.call("choose_language", json!({ "lang": "xx" })).unwrap_err()["code"], "not_found");
    app.ok("set_name_as_notes", json!({ "on": true }));
    app.ok("lock", json!({}));
    assert_eq!(app.ok("chosen_language", json!({})), "es", "readable while locked");
    app.ok("show_language", json!({ "lang": "es" }));
    assert_eq!(app.ok("display_name", json!({})), "Notas");
    let page = app.ok("read_article", json!({ "slug": "setting-boundaries" }));
    assert_eq!((page["meta"]["title"].as_str(), page["language"].as_str()), (Some("Poner límites"), Some("es")));
    assert_eq!(app.ok("prompts", json!({}))["groups"][0]["id"], "acknowledge");
    assert_ne!(app.ok("prompts", json!({}))["groups"][0]["title"], "Acknowledge", "the prompts follow");
    assert!(!app.ok("search_library", json!({ "query": "corazon" })).as_array().unwrap().is_empty());
    assert_eq!(app.call("show_language", json!({ "lang": "xx" })).unwrap_err()["code"], "not_found");
    // A recovery code that does not work is said in Spanish on the recover screen.
    let err = app.call("recover", json!({ "recoveryCode": "ABC", "newPassphrase": "new quiet words" })).unwrap_err();
    assert!(err["message"].as_str().unwrap().starts_with("el c"), "a character or the length, in Spanish: {err}");
    let err = app.call("unlock", json!({ "passphrase": "not the one" })).unwrap_err();
    assert_eq!(err["code"], "wrong_passphrase");
    assert!(err["message"].as_str().unwrap().starts_with("esa frase de contraseña no abre"), "{err}");
    app.ok("show_language", json!({ "lang": "en" }));
    assert_eq!(app.ok("display_name", json!({})), "Notes");
    assert_eq!(app.ok("choose_language", json!({ "lang": null }))["language"], Value::Null);
}

#[test]
fn the_core_errors_are_said_in_the_language_shown() {
    let _turn = showing_a_language();
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "quiet words here" }));
    let no_entry = || app.call("get_entry", json!({ "id": "0192f3a4-5b6c-7d8e-9f00-112233445566" })).unwrap_err();
    let blank =
        || app.call("save_thought_record", json!({ "record": { "happened": " ", "waited": true } })).unwrap_err();
    app.ok("show_language", json!({ "lang": "es" }));
    let err = no_entry();
    assert_eq!(err["code"], "not_found");
    assert_eq!(
        err["message"],
        "no hay ninguna entrada con el id 0192f3a4-5b6c-7d8e-9f00-112233445566; mira la lista de entradas para ver sus ids"
    );
    let err = blank();
    assert_eq!(err["code"], "invalid");
    assert!(err["message"].as_str().unwrap().starts_with("este registro de pensamientos está vacío"), "{err}");
    app.ok("show_language", json!({ "lang": "en" }));
    assert_eq!(
        no_entry()["message"],
        "no entry with id 0192f3a4-5b6c-7d8e-9f00-112233445566; list entries to see their ids"
    );
    assert!(blank()["message"].as_str().unwrap().starts_with("this thought record is empty"));
}

#[test]
fn a_document_and_a_check_in_are_written_in_the_language_shown() {
    let _turn = showing_a_language();
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "quiet words here" }));
    let pdf_text = |lang: &str| {
        app.ok("show_language", json!({ "lang": lang }));
        let path = app.dir.parent().unwrap().join(format!("worksheet-{lang}.pdf"));
        let request = json!({ "request": { "kind": "worksheet_blank" }, "paper": "a4", "path": path });
        assert_eq!(app.ok("print_save", request), 13, "one page for each area");
        let out = std::process::Command::new("pdftotext").args([path.as_os_str(), "-".as_ref()]).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let es = pdf_text("es");
    assert!(es.contains("Hoja de expectativas") && es.contains("Página 1 de 13"), "{es}");
    assert!(!es.contains("Expectations"));
    assert!(pdf_text("en").contains("Expectations worksheet"));
    app.ok("show_language", json!({ "lang": "es" }));
    let entry = app.ok("save_checkin", json!({ "draft": { "well_me": "nos reímos" } }));
    assert!(entry["title"].as_str().unwrap().starts_with("Revisión semanal, "), "{entry}");
    assert!(entry["body"].as_str().unwrap().starts_with("## Lo que fue bien\n\n- Para mí: nos reímos"), "{entry}");
    app.ok("show_language", json!({ "lang": "en" }));
}

#[test]
fn quick_hide_locks_at_once_and_hides_the_window() {
    let app = app();
    // With no vault, quick hide still hides the window.
    let hidden = app.ok("quick_hide", json!({ "copied": null }));
    assert_eq!(hidden, json!({ "locked": false, "clipboard_cleared": false, "window_hidden": true }));
    app.ok("create_vault", json!({ "passphrase": "quiet words here" }));
    let hidden = app.ok("quick_hide", json!({ "copied": null }));
    assert_eq!(hidden["locked"], true);
    assert_eq!(hidden["window_hidden"], true);
    assert_eq!(app.ok("vault_status", json!({}))["unlocked"], false);
    assert_eq!(app.call("list_entries", json!({ "offset": 0, "limit": 10 })).unwrap_err()["code"], "locked");
    assert_eq!(app.ok("quick_hide", json!({ "copied": null }))["locked"], false, "already locked: nothing to lock");
}

#[test]
fn the_library_reads_searches_and_follows_links_without_a_vault() {
    let app = app();
    let index = app.ok("library_index", json!({}));
    assert!(index["topics"].as_array().unwrap().len() >= 5);
    let every = trellis_core::Library::load().unwrap().articles().len();
    assert_eq!(index["articles"].as_array().unwrap().len(), every, "every article");

    let page = app.ok("read_article", json!({ "slug": "setting-boundaries" }));
    assert_eq!(page["meta"]["title"], "Setting boundaries");
    assert!(page["html"].as_str().unwrap().contains("<p>"));
    assert_eq!(page["try_it"][0]["link"], json!({ "kind": "boundaries" }));
    assert!(page["previous"]["slug"].is_string() && page["next"]["slug"].is_string());
    let err = app.call("read_article", json!({ "slug": "nope" })).unwrap_err();
    assert_eq!(err["code"], "not_found");

    let hits = app.ok("search_library", json!({ "query": "apology" }));
    assert_eq!(hits[0]["slug"], "if-you-broke-the-trust");

    let link = app.ok("open_link", json!({ "href": "trellis:prompt/daily-1" }));
    assert_eq!(link, json!({ "kind": "prompt", "target": "daily-1" }));
    for refused in ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "/index.html"] {
        let err = app.call("open_link", json!({ "href": refused })).unwrap_err();
        assert_eq!(err["code"], "link_refused", "{refused}");
        assert!(!err["message"].as_str().unwrap().contains(refused), "the link is not repeated");
    }
}

/// Whatever text arrives over IPC, every command answers (with a value or an error) and never
/// panics: multi-byte characters at awkward byte offsets, control characters, huge strings.
#[test]
fn fail_arbitrary_strings_in_every_argument_never_panic() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "fuzz words here" }));
    let texts = [
        String::new(),
        "é".repeat(5),
        "trellis:é".into(),
        "tréllis:journal".into(),
        "\u{0}\u{1b}[31m\r\n".into(),
        "日本語のリンク".into(),
        "🙂".repeat(40),
        "x".repeat(100_000),
        "0192f3a4-5b6c-7d8e-9f00-11223344556".into(),
        "'; DROP TABLE entries; --".into(),
        "\"*\" OR NEAR(".into(),
    ];
    let string_args: &[(&str, &str)] = &[
        ("open_link", "href"),
        ("search_entries", "query"),
        ("search_library", "query"),
        ("read_article", "slug"),
        ("render_markdown", "markdown"),
        ("get_entry", "id"),
        ("delete_entry", "id"),
        ("undo_delete_entry", "id"),
        ("entry_history", "id"),
        ("list_tagged", "tag"),
        ("change_passphrase", "current"),
        ("new_recovery_code", "current"),
        ("search_everything", "query"),
        ("get_boundary", "id"),
        ("boundary_history", "id"),
        ("delete_boundary", "id"),
        ("undo_delete_boundary", "id"),
        ("get_worksheet", "id"),
        ("remove_area", "area"),
        ("agree_area", "area"),
        ("compare_worksheets", "before"),
        ("get_agreement", "id"),
        ("agreement_history", "id"),
        ("new_worksheet", "title"),
        ("new_worksheet", "on"),
        ("show_language", "lang"),
        ("choose_language", "lang"),
    ];
    for text in &texts {
        for (cmd, arg) in string_args {
            let mut args = json!({ "offset": 0, "limit": 5, "newPassphrase": "fuzz words here" });
            args[*arg] = json!(text);
            let _ = app.call(cmd, args);
        }
        let draft = json!({ "title": text, "body": text, "mood": null, "tags": [text], "prompt_id": text });
        let _ = app.call("save_entry", json!({ "id": null, "opened": text, "draft": draft, "written": null }));
        let _ = app.call("save_entry", json!({ "id": text, "opened": null, "draft": draft, "written": text }));
        let boundary = json!({ "text": text, "whose": "mine", "category": text, "why": text, "if_crossed": text,
                               "status": "draft", "review_on": text });
        let _ = app.call("add_boundary", json!({ "draft": boundary, "note": text }));
        let filter = json!({ "whose": null, "category": text, "status": null, "text": text });
        let _ = app.call("list_boundaries", json!({ "filter": filter }));
    }
    // Still answering, and the vault still opens with its passphrase.
    assert_eq!(app.ok("vault_status", json!({}))["unlocked"], true);
}

/// Boundaries, a worksheet and the ledger as the screens use them, over IPC.
#[test]
fn boundaries_worksheets_and_agreements_over_ipc() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "tool words here" }));
    let guides = app.ok("guides", json!({}));
    assert!(guides["areas"].as_array().unwrap().len() >= 13);
    let draft = |text: &str, status: &str| {
        json!({ "text": text, "whose": "ours", "category": "communication", "why": "", "if_crossed": "",
                "status": status, "review_on": "2020-01-01" })
    };
    let b = app.ok("add_boundary", json!({ "draft": draft("No phones at dinner", "draft"), "note": "" }));
    let opened = b["updated_at"].clone();
    let id = b["id"].clone();
    app.ok(
        "edit_boundary",
        json!({ "id": id, "draft": draft("No phones at meals", "agreed"), "note": "we talked", "opened": opened }),
    );
    let stale =
        app.call("edit_boundary", json!({ "id": id, "draft": draft("x", "draft"), "note": "", "opened": opened }));
    assert_eq!(stale.unwrap_err()["code"], "changed");
    app.ok("log_moment", json!({ "id": id, "moment": { "on": "2026-11-20", "kind": "crossed", "note": "" } }));
    let history = app.ok("boundary_history", json!({ "id": id }));
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[0]["note"], "we talked");
    let listed = app.ok(
        "list_boundaries",
        json!({ "filter": { "whose": "ours", "category": null, "status": null, "text": "meals" } }),
    );
    assert_eq!(listed[0]["kind"], "boundary");
    assert_eq!(listed[0]["review_due"], true);
    let bad = app.call("add_boundary", json!({ "draft": draft("   ", "draft"), "note": "" })).unwrap_err();
    assert_eq!(bad["code"], "invalid");

    let w = app.ok("new_worksheet", json!({ "title": "Autumn", "on": "2026-11-23", "from": null }));
    let answer = json!({ "area": "money", "name": "", "mine": "Split by income", "theirs": "", "theirs_from": "told",
                         "check": { "specific": true }, "middle": "Split by income, review in spring",
                         "revisit_on": null, "agreement": null });
    app.ok("fill_area", json!({ "id": w["id"], "answer": answer, "opened": null }));
    let agreed = app.ok("agree_area", json!({ "id": w["id"], "area": "money" }));
    assert_eq!(agreed["agreement"]["text"], "Split by income, review in spring");
    let copy = app.ok("new_worksheet", json!({ "title": "Winter", "on": "2026-12-23", "from": w["id"] }));
    assert_eq!(copy["filled"], 1);
    let compared = app.ok("compare_worksheets", json!({ "before": w["id"], "after": copy["id"] }));
    assert!(compared["areas"].as_array().unwrap().iter().all(|a| a["change"] == "same"));
    let ledger = app.ok("list_agreements", json!({}));
    assert_eq!(ledger.as_array().unwrap().len(), 1);
    let found = app.ok("search_everything", json!({ "query": "income" }));
    let kinds: Vec<&str> = found.as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"worksheet") && kinds.contains(&"agreement"), "{kinds:?}");
    app.ok("delete_boundary", json!({ "id": id }));
    assert_eq!(app.ok("undo_delete_boundary", json!({ "id": id }))["text"], "No phones at meals");
}

/// Settings → Backup & export over IPC: snapshots, the JSON export and importing it back.
#[test]
fn backup_and_export_over_ipc() {
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "backup words here" }));
    let draft = json!({ "title": "kept", "body": "words to keep", "mood": null, "tags": [], "prompt_id": null });
    app.ok("save_entry", json!({ "id": null, "opened": null, "draft": draft, "written": null }));
    let status = app.ok("backup_status", json!({}));
    assert_eq!(status["default_folder"], true);
    assert_eq!(status["snapshots"], json!([]));
    let status = app.ok("snapshot_now", json!({}));
    let snap = status["snapshots"][0]["path"].as_str().unwrap().to_owned();
    let checked = app.ok("check_snapshot", json!({ "path": snap, "passphrase": "backup words here" }));
    assert_eq!(checked["damaged"], json!([]));
    let wrong = app.call("check_snapshot", json!({ "path": snap, "passphrase": "not it" })).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    let bad = app.call("set_snapshots", json!({ "folder": "relative/folder", "keep": 3 })).unwrap_err();
    assert_eq!(bad["code"], "invalid");
    let out = app.dir.parent().unwrap().join("export.json");
    let channel = json!("__CHANNEL__:1");
    let report = app.ok("export_readable", json!({ "format": "json", "path": out, "onProgress": channel }));
    assert_eq!(report["entries"], 1);
    let again =
        app.call("export_readable", json!({ "format": "json", "path": out, "onProgress": channel })).unwrap_err();
    assert_eq!(again["code"], "file_exists");
    let imported = app.ok("import_file", json!({ "source": "trellis", "path": out, "passphrase": null }));
    assert_eq!((imported["added"].as_u64(), imported["already_there"].as_u64()), (Some(0), Some(1)));
    // A backup file that would open for anyone is not made.
    let file = app.dir.parent().unwrap().join("backup.age");
    let empty = app.call("write_backup", json!({ "path": file, "passphrase": "" })).unwrap_err();
    assert_eq!(empty["code"], "empty_passphrase");
    assert!(!file.exists());
    let to = app.dir.parent().unwrap().join("restored");
    app.ok("restore_snapshot", json!({ "path": snap, "to": to }));
    assert!(to.join("trellis.db").is_file());
}

#[test]
fn every_lock_forgets_the_print_layouts() {
    use tauri::Manager;
    let app = app();
    app.ok("create_vault", json!({ "passphrase": "harbor maple seventeen" }));
    let preview = app.ok("print_preview", json!({ "request": { "kind": "worksheet_blank" }, "paper": "a4" }));
    assert!(preview["pages"].as_array().is_some_and(|p| !p.is_empty()), "{preview}");
    let state = app._app.state::<AppState>();
    let before = state.locks();
    app.ok("lock", json!({}));
    // The counter moves only in `AppState::lock_vault` / `forget_decrypted`, which also evict
    // typst's memoised layouts: a preview under way across it is dropped.
    assert_eq!(state.locks(), before + 1);
}
