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

fn app() -> App {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let config =
        Config { dir: dir.clone(), work: KdfWorkFactor::insecure_for_tests(4).unwrap(), auto_lock_override: None };
    let builder = trellis_app::specta_builder!(MockRuntime);
    let app = mock_builder()
        .manage(AppState::new(config).unwrap())
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    builder.mount_events(&app);
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
fn a_day_with_the_journal() {
    let app = app();
    assert_eq!(app.ok("vault_status", json!({})), json!({ "exists": false, "unlocked": false }));
    let err = app.call("list_entries", json!({ "offset": 0, "limit": 10 })).unwrap_err();
    assert_eq!(err["code"], "no_vault");

    let code = app.ok("create_vault", json!({ "passphrase": "harbor maple seventeen" }));
    assert!(code.as_str().unwrap().starts_with("AGE-SECRET-KEY-1"));
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

    let gone = app.ok("delete_entry", json!({ "id": id }));
    assert!(app.ok("list_entries", json!({ "offset": 0, "limit": 10 })).as_array().unwrap().is_empty());
    app.ok("restore_entry", json!({ "entry": gone }));
    assert_eq!(app.ok("list_entries", json!({ "offset": 0, "limit": 10 })).as_array().unwrap().len(), 1);

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
    assert!(code.as_str().unwrap().starts_with("AGE-SECRET-KEY-1"));
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
    assert_eq!(index["articles"].as_array().unwrap().len(), 20);

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
        ("entry_history", "id"),
        ("list_tagged", "tag"),
        ("change_passphrase", "current"),
        ("new_recovery_code", "current"),
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
    }
    // Still answering, and the vault still opens with its passphrase.
    assert_eq!(app.ok("vault_status", json!({}))["unlocked"], true);
}
