//! `trellis print …` and `--recovery-kit`: new private files, read back with pdftotext, and the
//! usual exit codes.

use std::process::Command;

use super::{code, readback_tools, stderr, Env};

/// The PDF's text in the order it was written (`-raw`: row by row, as a person reads the code);
/// `None` where pdftotext cannot report back (under Wine, see `readback_tools`), once the file
/// is known to be a PDF.
fn pdf_text(path: &std::path::Path) -> Option<String> {
    if !readback_tools() {
        assert!(std::fs::read(path).unwrap().starts_with(b"%PDF-"), "{} is a PDF", path.display());
        return None;
    }
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    Some(String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_writes_the_recovery_kit_with_the_code_it_prints() {
    let env = Env::new();
    let kit = env.root.join("kit.pdf");
    let out = env.ok(&["init", "--kdf-work-factor", "4", "--recovery-kit", kit.to_str().unwrap()]);
    let code_line = out.lines().last().unwrap().to_owned();
    // The kit and the command both show the short form (no fixed prefix); the groups match.
    let on_paper = |code: &str| code.trim_start_matches(trellis_core::RECOVERY_PREFIX).replace(' ', "");
    let kit_text = pdf_text(&kit);
    assert!(kit_text.is_none_or(|t| t.replace(' ', "").contains(&on_paper(&code_line))), "the kit holds the code");
    #[cfg(unix)]
    assert_eq!(mode(&kit), 0o600);

    // A new code: its kit, and a taken name refused before the old code is replaced.
    let taken = env.run(&["recovery", "new", "--recovery-kit", kit.to_str().unwrap()]);
    assert_eq!(code(&taken), 1);
    assert!(stderr(&taken).contains("already exists"), "{}", stderr(&taken));
    let recover = env.file("code", &code_line);
    let new_pass = env.file("new-pass", "cli test passphrase\n");
    env.ok(&[
        "recover",
        "--recovery-code-file",
        recover.to_str().unwrap(),
        "--new-passphrase-file",
        new_pass.to_str().unwrap(),
    ]);
    let kit2 = env.root.join("kit2.pdf");
    let out = env.ok(&["recovery", "new", "--recovery-kit", kit2.to_str().unwrap()]);
    let new_code = out.lines().last().unwrap();
    assert_ne!(new_code, code_line);
    assert!(pdf_text(&kit2).is_none_or(|t| t.replace(' ', "").contains(&on_paper(new_code))));
}

#[test]
fn print_commands_write_new_pdfs() {
    let env = Env::new();
    env.init();
    let canary = "zqcanary left out of the packet";
    let chosen = env.ok_in(&["journal", "add"], "Title: Chosen\nTags: session\n\nWe talked it through.");
    env.ok_in(&["journal", "add"], &format!("Title: Other\nTags: work\n\n{canary}"));
    env.ok_in(
        &["boundary", "add", "--whose", "ours", "--category", "communication", "--status", "agreed"],
        "Phones away by ten",
    );

    let blank = env.root.join("blank.pdf");
    let out = env.run(&["print", "worksheet", "--blank", "--paper", "letter", "--out", blank.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&blank).is_none_or(|t| t.contains("Communication")));
    assert!(!stderr(&out).contains("not encrypted"), "a blank worksheet holds nothing private");

    let again = env.run(&["print", "worksheet", "--blank", "--out", blank.to_str().unwrap()]);
    assert_eq!(code(&again), 1, "never over a file");

    // In the locale's language.
    let es = env.root.join("es.pdf");
    let mut spanish = env.cmd(&["print", "worksheet", "--blank", "--out", es.to_str().unwrap()]);
    spanish.env("LANG", "es_MX.UTF-8").arg("--passphrase-file").arg(&env.pass_file);
    assert!(spanish.output().unwrap().status.success());
    assert!(pdf_text(&es).is_none_or(|t| t.contains("Hoja de expectativas") && !t.contains("Communication")));

    let boundaries = env.root.join("b.pdf");
    let out = env.run(&["print", "boundaries", "--out", boundaries.to_str().unwrap()]);
    assert!(stderr(&out).contains("not encrypted"), "{}", stderr(&out));
    assert!(pdf_text(&boundaries).is_none_or(|t| t.contains("Phones away by ten")));

    let packet = env.root.join("p.pdf");
    env.ok(&["print", "packet", "--entry", chosen.trim(), "--out", packet.to_str().unwrap()]);
    if let Some(text) = pdf_text(&packet) {
        assert!(text.contains("We talked it through."));
        assert!(!text.contains("zqcanary"), "an entry not chosen stays out");
    }

    let tagged = env.root.join("t.pdf");
    env.ok_in(&["print", "packet", "--tagged", "--out", tagged.to_str().unwrap()], "session\n");
    assert!(pdf_text(&tagged).is_none_or(|t| !t.contains("zqcanary")));

    let agreements = env.root.join("a.pdf");
    env.ok(&["print", "agreements", "--out", agreements.to_str().unwrap()]);
    assert!(pdf_text(&agreements).is_none_or(|t| t.contains("no agreements")));

    // Usage mistakes are exit code 2.
    assert_eq!(code(&env.run(&["print", "worksheet", "--out", "x.pdf"])), 2);
    assert_eq!(code(&env.run(&["print", "packet", "--entry", "not-an-id", "--out", "x.pdf"])), 2);
    assert_eq!(code(&env.run(&["print", "packet", "--from", "2026-05-02", "--to", "2026-05-01", "--out", "x.pdf"])), 2);
}
