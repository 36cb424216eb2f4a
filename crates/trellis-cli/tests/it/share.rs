//! `trellis partner` and `trellis share`: two people's own vaults connect by cards and six
//! words, and a worksheet travels as a file and fills the other side, from the terminal.

use crate::{code, stderr, Env};

#[test]
fn two_partners_share_a_worksheet_from_the_terminal() {
    let alex = Env::new();
    let robin = Env::new();
    alex.init();
    robin.init();
    let card_alex = alex.ok(&["partner", "show"]);
    let card_robin = robin.ok(&["partner", "show"]);
    assert!(card_alex.starts_with("trellis-partner-1 "), "{card_alex}");
    let alex_card = robin.file("alex.card", &card_alex);
    let robin_card = alex.file("robin.card", &card_robin);
    // The words come from both cards: the same on both screens.
    let wrong = alex.run_in(
        &[
            "partner",
            "connect",
            "--card-file",
            robin_card.to_str().unwrap(),
            "--words",
            "apple apple apple apple apple apple",
        ],
        "Robin\n",
    );
    assert_eq!(code(&wrong), 2, "{}", stderr(&wrong));
    let asked = robin.run_in(&["partner", "connect", "--card-file", alex_card.to_str().unwrap()], "Alex\n\n");
    let words = stderr(&asked).lines().skip_while(|l| !l.contains("should show")).nth(1).unwrap().trim().to_owned();
    assert_eq!(words.split(' ').count(), 6, "{}", stderr(&asked));
    robin.ok_in(&["partner", "connect", "--card-file", alex_card.to_str().unwrap(), "--words", &words], "Alex\n");
    alex.ok_in(&["partner", "connect", "--card-file", robin_card.to_str().unwrap(), "--words", &words], "Robin\n");

    let sheet = alex.ok_in(&["worksheet", "new"], "Our week").trim().to_owned();
    alex.ok_in(&["worksheet", "fill", &sheet, "communication"], "Mine: Text me when plans change\n");
    let file = alex.root.join("for-robin.trellis-share");
    let shown = alex.ok(&["share", "worksheet", &sheet, "--out", file.to_str().unwrap(), "--yes"]);
    assert!(shown.contains("Text me when plans change"), "shown before it is written: {shown}");
    let twice = alex.run(&["share", "worksheet", &sheet, "--out", file.to_str().unwrap(), "--yes"]);
    assert_ne!(code(&twice), 0, "a file is never written over");
    let bytes = std::fs::read(&file).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("plans change"), "the file holds nothing readable");

    let mine = robin.ok_in(&["worksheet", "new"], "My week").trim().to_owned();
    let opened = robin.ok(&["share", "open", file.to_str().unwrap(), "--into-worksheet", &mine]);
    assert!(opened.contains("Text me when plans change"), "{opened}");
    let listed = robin.ok(&["share", "list"]);
    assert!(listed.contains("from Alex") && listed.contains("expectations worksheet"), "{listed}");
    let sheet_json: serde_json::Value =
        serde_json::from_str(&robin.ok(&["worksheet", "show", &mine, "--json"])).unwrap();
    let area = sheet_json["areas"].as_array().unwrap().iter().find(|a| a["area"] == "communication").unwrap();
    assert_eq!(area["theirs"], "Text me when plans change");
    assert_eq!(area["theirs_from"], "told");
    // An agreement goes back and forth until both said yes to the same version.
    let agreed =
        alex.run_in(&["worksheet", "fill", &sheet, "time-together", "--agreed"], "Middle: An evening a week\n");
    let aid = stderr(&agreed).split("agreement ").nth(1).unwrap().split(' ').next().unwrap().to_owned();
    let to_robin = alex.root.join("agreement.trellis-share");
    let shown = alex.ok(&["share", "agreement", &aid, "--agree", "--out", to_robin.to_str().unwrap(), "--yes"]);
    assert!(shown.contains("An evening a week") && shown.contains("version 1, agreed to on"), "{shown}");
    robin.ok(&["share", "open", to_robin.to_str().unwrap()]);
    let shares: serde_json::Value = serde_json::from_str(&robin.ok(&["share", "list", "--json"])).unwrap();
    let share_id = shares[0]["id"].as_str().unwrap().to_owned();
    let kept = robin.ok(&["share", "keep-agreement", &share_id]);
    assert!(kept.contains("Alex agreed to version 1"), "{kept}");
    let list: serde_json::Value = serde_json::from_str(&robin.ok(&["agreement", "list", "--json"])).unwrap();
    let rid = list[0]["agreement"]["id"].as_str().unwrap().to_owned();
    let to_alex = robin.root.join("agreement-back.trellis-share");
    robin.ok(&["share", "agreement", &rid, "--agree", "--out", to_alex.to_str().unwrap(), "--yes"]);
    alex.ok(&["share", "open", to_alex.to_str().unwrap()]);
    let standing = alex.ok(&["agreement", "show", &aid]);
    assert!(standing.contains("You both agreed to version 1 on"), "{standing}");
    // A share opened where it was made is refused, with nothing kept.
    let own = alex.run(&["share", "open", file.to_str().unwrap()]);
    assert_eq!(code(&own), 1, "{}", stderr(&own));
    assert!(stderr(&own).contains("a share you made"), "{}", stderr(&own));
}
