//! The `trellis` command as scripts use it: its flags, outputs and exit codes are a contract.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

struct Env {
    _tmp: tempfile::TempDir,
    vault: PathBuf,
    pass_file: PathBuf,
    root: PathBuf,
}

const PASS: &str = "cli test passphrase";

impl Env {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_owned();
        let pass_file = root.join("pass");
        std::fs::write(&pass_file, format!("{PASS}\n")).unwrap();
        Env { vault: root.join("vault"), pass_file, root, _tmp: tmp }
    }

    /// Runs `trellis` with a clean environment, the vault flag and the passphrase file.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_trellis"));
        c.env_remove("TRELLIS_VAULT")
            .env_remove("TRELLIS_PASSPHRASE")
            .env_remove("TRELLIS_PASSPHRASE_FILE")
            .arg("--vault")
            .arg(&self.vault)
            .args(args)
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut c = self.cmd(args);
        c.arg("--passphrase-file").arg(&self.pass_file);
        c.output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    fn init(&self) -> String {
        let out = self.ok(&["init", "--kdf-work-factor", "4"]);
        out.lines().last().unwrap().to_owned()
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.root.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn init_prints_the_recovery_code_last() {
    let env = Env::new();
    let out = env.run(&["init", "--kdf-work-factor", "4"]);
    assert_eq!(code(&out), 0);
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(stdout.lines().last().unwrap().starts_with("AGE-SECRET-KEY-1"), "{stdout}");
    assert!(stderr(&out).contains("weak"), "a low work factor is called weak");
    let again = env.run(&["init", "--kdf-work-factor", "4"]);
    assert_eq!(code(&again), 1);
    assert!(stderr(&again).contains("already exists"));
}

#[test]
fn journal_round_trip() {
    let env = Env::new();
    env.init();
    let id = env.ok(&[
        "journal",
        "add",
        "--title",
        "Evening walk",
        "--tag",
        "Calm",
        "--tag",
        "us",
        "--mood",
        "4",
        "We walked by the river.",
    ]);
    let id = id.trim().to_owned();
    let mut child = env
        .cmd(&["journal", "add", "--title", "From stdin", "-"])
        .arg("--passphrase-file")
        .arg(&env.pass_file)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("line one\nline two with ünïcode\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let id2 = String::from_utf8(out.stdout).unwrap().trim().to_owned();

    let list: Value = serde_json::from_str(&env.ok(&["journal", "list", "--json"])).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], id2, "newest first");
    assert_eq!(list[1]["tags"], serde_json::json!(["calm", "us"]));
    assert_eq!(env.ok(&["journal", "list", "--limit", "1"]).lines().count(), 1);

    let shown: Value = serde_json::from_str(&env.ok(&["journal", "show", &id2, "--json"])).unwrap();
    assert_eq!(shown["body"], "line one\nline two with ünïcode\n");
    assert!(env.ok(&["journal", "show", &id]).contains("We walked by the river."));

    env.ok(&["journal", "edit", &id, "--title", "Renamed", "--no-mood"]);
    let shown: Value = serde_json::from_str(&env.ok(&["journal", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["title"], "Renamed");
    assert_eq!(shown["mood"], Value::Null);
    assert_eq!(shown["body"], "We walked by the river.", "fields not given are kept");

    let hits: Value = serde_json::from_str(&env.ok(&["journal", "search", "rive", "--json"])).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["id"], id.as_str());
    assert!(env.ok(&["journal", "search", "river"]).contains("[river]"), "hits are marked");
    assert_eq!(env.ok(&["journal", "tags"]), "calm\t1\nus\t1\n");
    assert_eq!(env.ok(&["journal", "today"]), "", "nothing from earlier years");

    env.ok(&["journal", "delete", &id]);
    let out = env.run(&["journal", "show", &id]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("no entry"));
}

#[test]
fn exit_codes_and_messages() {
    let env = Env::new();
    let out = env.run(&["journal", "list"]);
    assert_eq!(code(&out), 1, "no vault yet");
    assert!(stderr(&out).contains("trellis init"), "says what to do: {}", stderr(&out));

    env.init();
    assert_eq!(code(&env.run(&["journal", "nonsense"])), 2, "usage");
    assert_eq!(code(&env.run(&["journal", "show", "not-an-id"])), 2, "a malformed id is usage");
    assert_eq!(code(&env.run(&["journal", "add", "--mood", "9", "x"])), 2);

    let secret = "my-wrong-secret-words";
    let wrong = env.file("wrong", secret);
    let out = env.cmd(&["journal", "list", "--passphrase-file"]).arg(&wrong).output().unwrap();
    assert_eq!(code(&out), 3);
    assert!(!stderr(&out).contains(secret), "errors never echo a secret");
    assert_eq!(stderr(&out).lines().count(), 1, "one line");

    // Damaged record: exit 4 with its id.
    let id = env.ok(&["journal", "add", "body"]).trim().to_owned();
    let conn = rusqlite::Connection::open(env.vault.join("trellis.db")).unwrap();
    conn.execute("UPDATE entries SET data = x'01'", []).unwrap();
    drop(conn);
    let out = env.run(&["journal", "show", &id]);
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains(&id));
    let listed = env.ok(&["journal", "list"]);
    assert!(listed.contains("damaged"), "{listed}");
}

#[test]
fn passphrase_sources_in_order() {
    let env = Env::new();
    env.init();
    let other = env.file("other", "not it");
    let mut c = env.cmd(&["journal", "list"]);
    c.env("TRELLIS_PASSPHRASE", PASS);
    assert_eq!(code(&c.output().unwrap()), 0, "TRELLIS_PASSPHRASE");
    let mut c = env.cmd(&["journal", "list"]);
    c.env("TRELLIS_PASSPHRASE_FILE", &env.pass_file).env("TRELLIS_PASSPHRASE", "not it");
    assert_eq!(code(&c.output().unwrap()), 0, "the file wins over the variable");
    let mut c = env.cmd(&["journal", "list", "--passphrase-file"]);
    c.arg(&other).env("TRELLIS_PASSPHRASE_FILE", &env.pass_file);
    assert_eq!(code(&c.output().unwrap()), 3, "the flag wins over the file variable");
    let mut c = Command::new(env!("CARGO_BIN_EXE_trellis"));
    c.args(["journal", "list"]).env("TRELLIS_VAULT", &env.vault).env("TRELLIS_PASSPHRASE", PASS);
    assert_eq!(code(&c.output().unwrap()), 0, "TRELLIS_VAULT");
}

#[test]
fn passwd_and_recover() {
    let env = Env::new();
    let recovery = env.init();
    let id = env.ok(&["journal", "add", "kept safe"]).trim().to_owned();
    let new = env.file("new", "second passphrase\n");
    env.ok(&["passwd", "--new-passphrase-file", new.to_str().unwrap()]);
    assert_eq!(code(&env.run(&["journal", "list"])), 3, "the old passphrase stops working");
    let list = env.cmd(&["journal", "list", "--passphrase-file"]).arg(&new).output().unwrap();
    assert_eq!(code(&list), 0);

    let wrong_code = env.file("wrong-code", "AGE-SECRET-KEY-1QQQQ");
    let third = env.file("third", "third passphrase");
    let out = env.run(&[
        "recover",
        "--recovery-code-file",
        wrong_code.to_str().unwrap(),
        "--new-passphrase-file",
        third.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 3);
    let code_file = env.file("code", &format!("  {}\n", recovery.to_lowercase()));
    env.ok(&[
        "recover",
        "--recovery-code-file",
        code_file.to_str().unwrap(),
        "--new-passphrase-file",
        third.to_str().unwrap(),
    ]);
    let out = env.cmd(&["journal", "show", &id, "--passphrase-file"]).arg(&third).output().unwrap();
    assert_eq!(code(&out), 0);
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept safe"));
}

#[test]
fn export_writes_a_private_new_file() {
    let env = Env::new();
    env.init();
    env.ok(&["journal", "add", "--title", "one", "exported words"]);
    let out: &Path = &env.root.join("export.json");
    env.ok(&["export", "--out", out.to_str().unwrap()]);
    let json: Value = serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap();
    assert_eq!(json[0]["body"], "exported words");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(out).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(code(&env.run(&["export", "--out", out.to_str().unwrap()])), 1, "never overwrites");
}

#[test]
fn library_list_read_search_render() {
    let env = Env::new();
    let list = env.ok(&["library", "list"]);
    assert_eq!(list.lines().count(), 19, "{list}");
    assert!(list.contains("safety-first"));
    let read = env.ok(&["library", "read", "safety-first"]);
    assert!(read.starts_with("Safety first\n============\n"), "{read}");
    assert!(read.lines().all(|l| l.chars().count() <= 78 || !l.contains(' ')), "wrapped for a terminal");
    assert!(!read.contains("trellis:"), "link targets are not shown as text");
    let hits = env.ok(&["library", "search", "apology"]);
    assert!(hits.contains("if-you-broke-the-trust"), "{hits}");
    assert_eq!(code(&env.run(&["library", "read", "no-such-article"])), 2);

    let md = env.file(
        "mine.md",
        "# Mine\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) and [ok](https://example.org)\n",
    );
    let html = env.ok(&["library", "render", md.to_str().unwrap()]);
    assert!(html.contains("<h1>Mine</h1>"), "{html}");
    assert!(!html.contains("<script") && !html.contains("javascript:"), "{html}");
    assert!(html.contains(r#"href="https://example.org""#), "{html}");
}
