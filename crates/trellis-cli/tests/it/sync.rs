//! `trellis sync`: two computers (two vaults with their own passphrases) keep in step through
//! one folder, from the terminal.

use crate::{code, code as code_of, stderr, Env};

#[test]
fn two_computers_sync_through_a_folder() {
    let laptop = Env::new();
    let desk = Env::new();
    laptop.init();
    desk.init();
    let folder = laptop.root.join("shared");
    let folder = folder.to_str().unwrap();
    laptop.ok_in(&["journal", "add"], "Title: From the laptop\n\nWritten before syncing.");
    laptop.ok(&["sync", "folder", folder, "--name", "Laptop"]);

    let words = desk.ok(&["sync", "join", folder, "--name", "Desk"]).trim().to_owned();
    assert_eq!(words.split(' ').count(), 6, "{words}");
    let waiting = desk.ok(&["sync", "now"]);
    assert!(waiting.contains(&words), "the desk says it waits, with its words: {waiting}");

    let devices = laptop.ok(&["sync", "devices"]);
    let line = devices.lines().find(|l| l.contains("asks to join")).expect("the desk asks to join");
    assert!(line.contains(&words), "{devices}");
    let id = line.split_whitespace().next().unwrap();
    let wrong = laptop.run(&["sync", "approve", id, "--words", "apple apple apple apple apple apple"]);
    assert_eq!(code(&wrong), 2, "{}", stderr(&wrong));
    assert!(stderr(&wrong).contains("do not match"));
    laptop.ok(&["sync", "approve", id, "--words", &words]);

    let read = desk.ok(&["sync", "now"]);
    assert!(read.contains("read 1."), "{read}");
    let found = desk.ok_in(&["journal", "search"], "laptop");
    assert!(found.contains("From the laptop"), "{found}");

    desk.ok_in(&["journal", "add"], "Title: From the desk\n\nWritten on the second computer.");
    desk.ok(&["sync", "now"]);
    laptop.ok(&["sync", "now"]);
    assert!(laptop.ok_in(&["journal", "search"], "second computer").contains("From the desk"));

    let status: serde_json::Value = serde_json::from_str(&laptop.ok(&["sync", "status", "--json"])).unwrap();
    let names: Vec<&str> =
        status["computers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Laptop", "Desk"]);
    let text = laptop.ok(&["sync", "status"]);
    assert!(text.contains("Desk") && text.contains("in step"), "{text}");

    let again = desk.run(&["sync", "folder", folder, "--name", "Desk"]);
    assert_eq!(code(&again), 2, "already set up is a usage mistake: {}", stderr(&again));
    laptop.ok(&["sync", "leave"]);
    let none = laptop.run(&["sync", "now"]);
    assert!(stderr(&none).contains("does not sync yet"), "{}", stderr(&none));
}

#[test]
fn a_lost_computer_is_replaced_with_its_recovery_code() {
    let laptop = Env::new();
    let spare = Env::new();
    let code = laptop.init();
    spare.init();
    let folder = laptop.root.join("shared");
    let folder = folder.to_str().unwrap();
    laptop.ok_in(&["journal", "add"], "Title: Kept through the loss\n\nWritten on the laptop.");
    laptop.ok(&["sync", "folder", folder, "--name", "Laptop"]);

    let wrong = spare.file("wrong-code", "TRELLIS-ABCD-EFGH\n");
    let mistyped =
        spare.run(&["sync", "join", folder, "--name", "Spare", "--recovery-code-file", wrong.to_str().unwrap()]);
    assert_ne!(code_of(&mistyped), 0, "{}", stderr(&mistyped));
    assert!(stderr(&mistyped).contains("recovery code"), "{}", stderr(&mistyped));

    let right = spare.file("code", &format!("{code}\n"));
    spare.ok(&["sync", "join", folder, "--name", "Spare", "--recovery-code-file", right.to_str().unwrap()]);
    assert!(spare.ok_in(&["journal", "search"], "laptop").contains("Kept through the loss"));
    let status: serde_json::Value = serde_json::from_str(&spare.ok(&["sync", "status", "--json"])).unwrap();
    assert_eq!(status["joined"], true);
    assert_eq!(status["recovery_ready"], true);
}
