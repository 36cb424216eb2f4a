//! Running poppler on a PDF, and a vault to print from.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use trellis_core::{KdfWorkFactor, Passphrase, RecoveryCode, Vault};
use trellis_print::{typeset, Document, Paper};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 3).unwrap()
}

pub fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

/// A vault for tests (a weak key derivation on purpose) and its recovery code.
pub fn new_vault() -> (tempfile::TempDir, Vault, RecoveryCode) {
    let tmp = tempfile::tempdir().unwrap();
    let pass = Passphrase::new("a long test passphrase".into());
    let work = KdfWorkFactor::insecure_for_tests(4).unwrap();
    let (vault, code) = Vault::create(&tmp.path().join("vault"), &pass, work, at(2026, 1, 1, 9)).unwrap();
    (tmp, vault, code)
}

/// A PDF made and written to a folder of its own, with what poppler says about it.
pub struct Made {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Lays out `doc`, writes the PDF, and checks what holds for every document: poppler reads
/// it, the page count agrees, the paper is the one asked for, every font is embedded and
/// every page renders.
pub fn make(doc: &Document, paper: Paper, name: &str) -> Made {
    let set = typeset(doc, paper, today()).unwrap_or_else(|e| panic!("{name}: {e} ({:?})", e.detail()));
    let bytes = set.pdf().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.pdf"));
    std::fs::write(&path, &bytes).unwrap();
    let made = Made { _dir: dir, path, bytes, pages: set.page_count() };

    let info = run("pdfinfo", &[made.path.as_os_str()]);
    let pages: usize = field(&info, "Pages:").parse().unwrap();
    assert_eq!(pages, made.pages, "{name}: pdfinfo counts the pages typst made");
    let size = field(&info, "Page size:");
    let want = match paper {
        Paper::A4 => "595.276 x 841.89 pts (A4)",
        Paper::Letter => "612 x 792 pts (letter)",
    };
    assert_eq!(size, want, "{name}: paper");

    let fonts = run("pdffonts", &[made.path.as_os_str()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{name}: some font is used");
    for row in rows {
        // Columns: name, type, encoding, emb, sub, uni, object ID. `emb` and `sub` are "yes".
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "{name}: font not embedded: {row}");
        assert_eq!(cols[n - 4], "yes", "{name}: font not subset: {row}");
    }

    let pngs = tempfile::tempdir().unwrap();
    let prefix = pngs.path().join("page");
    run("pdftoppm", &["-r".as_ref(), "40".as_ref(), "-png".as_ref(), made.path.as_os_str(), prefix.as_os_str()]);
    let rendered = std::fs::read_dir(pngs.path()).unwrap().count();
    assert_eq!(rendered, made.pages, "{name}: pdftoppm renders every page");

    if let Some(look) = std::env::var_os("TRELLIS_PRINT_LOOK") {
        let look = PathBuf::from(look);
        std::fs::create_dir_all(&look).unwrap();
        let prefix = look.join(name);
        run("pdftoppm", &["-r".as_ref(), "70".as_ref(), "-png".as_ref(), made.path.as_os_str(), prefix.as_os_str()]);
    }
    made
}

/// Returns the PDF's text as pdftotext reads it, with runs of white space as one space.
pub fn text(made: &Made) -> String {
    let raw = run("pdftotext", &[made.path.as_os_str(), "-".as_ref()]);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Returns the PDF's text in the order it was written (`pdftotext -raw`): row by row, as a
/// person reads a grid, where the default layout mode may read a grid column by column.
pub fn raw_text(made: &Made) -> String {
    let raw = run("pdftotext", &["-raw".as_ref(), made.path.as_os_str(), "-".as_ref()]);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn field<'a>(info: &'a str, name: &str) -> &'a str {
    info.lines().find_map(|l| l.strip_prefix(name)).unwrap_or_else(|| panic!("pdfinfo has no {name}")).trim()
}

pub fn run(tool: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} did not run ({e}); install poppler-utils (scripts/setup.sh does)"));
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[allow(dead_code)]
pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// One page drawn in grey at 1 pixel a point (72 dpi), to measure what is on it.
pub struct Sheet {
    pub width: usize,
    pub height: usize,
    grey: Vec<u8>,
}

/// Draws every page of `made` in grey at 72 dpi with pdftoppm, in page order.
pub fn sheets(made: &Made) -> Vec<Sheet> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    run("pdftoppm", &["-gray".as_ref(), "-r".as_ref(), "72".as_ref(), made.path.as_os_str(), prefix.as_os_str()]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    // pdftoppm pads the page numbers to the same width, so the names sort in page order.
    files.sort();
    files.iter().map(|f| pgm(&std::fs::read(f).unwrap())).collect()
}

/// Reads a binary greymap (P5, 8 bits), as pdftoppm -gray writes it.
fn pgm(bytes: &[u8]) -> Sheet {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..at]).unwrap().to_owned());
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P5", "255"), "an 8-bit greymap");
    let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let grey = bytes[at + 1..].to_vec();
    assert_eq!(grey.len(), width * height);
    Sheet { width, height, grey }
}

impl Sheet {
    fn inked(&self, x: usize, y: usize) -> bool {
        self.grey[y * self.width + x] < 245
    }

    /// The longest run of ink along row `y` between `from` and `to`.
    fn longest_run(&self, y: usize, from: usize, to: usize) -> usize {
        let (mut best, mut run) = (0, 0);
        for x in from..to {
            run = if self.inked(x, y) { run + 1 } else { 0 };
            best = best.max(run);
        }
        best
    }

    /// Counts the ruled lines at least `min` points long that lie wholly in the left half
    /// (the first column's writing lines) and those that cross the middle (full-width rules:
    /// the middle-ground box's edges and lines), above `bottom` points from the top. A line
    /// drawn across two pixel rows counts once.
    pub fn rules(&self, min: usize, bottom: usize) -> (usize, usize) {
        let mid = self.width / 2;
        let (mut left, mut across) = (0, 0);
        let (mut in_left, mut in_across) = (false, false);
        for y in 0..bottom.min(self.height) {
            let a =
                self.longest_run(y, 0, self.width) >= self.width / 2 && (mid - 4..mid + 4).all(|x| self.inked(x, y));
            let l = !a && self.longest_run(y, 0, mid - 4) >= min;
            if l && !in_left {
                left += 1;
            }
            if a && !in_across {
                across += 1;
            }
            (in_left, in_across) = (l, a);
        }
        (left, across)
    }

    /// Returns the lowest row with any ink above `bottom` (the footer lies below it).
    pub fn lowest_ink(&self, bottom: usize) -> usize {
        (0..bottom.min(self.height)).rev().find(|&y| (0..self.width).any(|x| self.inked(x, y))).unwrap_or(0)
    }
}
