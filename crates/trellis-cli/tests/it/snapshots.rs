//! `trellis snapshot …` and `passwd --rekey` with snapshots: what each snapshot holds, and the
//! re-key replacing the snapshots that open with the old passphrase.

use super::{code, stderr, Env};

#[test]
fn rekey_replaces_the_snapshots_and_says_so() {
    let env = Env::new();
    env.init();
    let first = env.ok(&["snapshot", "create"]).trim().to_owned();
    let second = env.ok(&["snapshot", "create", "--keep", "5"]).trim().to_owned();
    assert_ne!(first, second);
    let list = env.ok(&["snapshot", "list"]);
    assert_eq!(list.lines().count(), 2, "{list}");
    assert!(list.lines().all(|l| l.ends_with("(no records)")), "each says what it holds: {list}");

    let new = env.file("new", "a passphrase nobody else knows\n");
    let out = env.run(&["passwd", "--rekey", "--kdf-work-factor", "4", "--new-passphrase-file", new.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("Deleted 2 snapshots made with the old key"), "{}", stderr(&out));
    let list = env.cmd(&["snapshot", "list", "--passphrase-file"]).arg(&new).output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert_eq!(list.lines().count(), 1, "one fresh snapshot in their place: {list}");
    let fresh = list.split_whitespace().find(|w| w.ends_with(".snapshot")).unwrap().to_owned();
    assert!(!std::path::Path::new(&first).exists() && !std::path::Path::new(&second).exists());
    assert_eq!(code(&env.run(&["snapshot", "verify", &fresh])), 3, "the old passphrase opens no snapshot");
    let ok = env.cmd(&["snapshot", "verify", &fresh, "--passphrase-file"]).arg(&new).output().unwrap();
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    assert!(stderr(&ok).contains("The snapshot holds no records."), "{}", stderr(&ok));
}
