//! Embeds `content/` into the binary: for each language folder (`content/en`, `content/es`, …)
//! every article, the prompts, the worksheet areas, the boundary categories and the topics.
//! The lists are generated so a new article or language needs no code change. English is
//! complete; another language may leave out any file, and the library falls back to English
//! for what it does not have.

use std::path::Path;

const FILES: [(&str, &str); 4] = [
    ("prompts", "prompts.toml"),
    ("areas", "areas.toml"),
    ("boundary_categories", "boundary-categories.toml"),
    ("topics", "topics.toml"),
];

fn main() {
    // Every path this writes is relative to this checkout, never absolute: with a target dir
    // shared between checkouts (CI's fresh clone, a worktree), cargo keys this crate by its
    // path inside the workspace, so an absolute path would make every checkout compile and
    // watch the content of whichever one ran this script last. `rerun-if-changed` takes paths
    // relative to the package root, and the generated `include_str!`s start from
    // `CARGO_MANIFEST_DIR`, which rustc resolves for the checkout being compiled. A fresh
    // clone's files are newer than any earlier run, so this runs again there; going back to an
    // older checkout after building another on the same target dir, `touch content/*/articles`.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("../../content");
    assert!(content.join("en").is_dir(), "content/en exists beside crates/");
    const REL: &str = "../../content";
    println!("cargo:rerun-if-changed={REL}");
    let include = |rel: &str| format!("include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{REL}/{rel}\"))");
    let sorted = |dir: &Path, keep: &dyn Fn(&str) -> bool| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable entry").file_name().to_string_lossy().into_owned())
            .filter(|n| keep(n))
            .collect();
        names.sort();
        names
    };

    // English first: it is the one every other language falls back to.
    let mut languages = sorted(&content, &|n| content.join(n).is_dir());
    languages.sort_by_key(|l| l != "en");
    let mut out = String::from("/// Each language's content, English first.\n");
    out.push_str("pub(crate) static LANGUAGES: &[Content] = &[\n");
    for lang in &languages {
        println!("cargo:rerun-if-changed={REL}/{lang}");
        out.push_str(&format!("    Content {{\n        lang: {lang:?},\n        articles: &[\n"));
        let articles = content.join(lang).join("articles");
        if articles.is_dir() {
            println!("cargo:rerun-if-changed={REL}/{lang}/articles");
            for name in sorted(&articles, &|n| n.ends_with(".md")) {
                println!("cargo:rerun-if-changed={REL}/{lang}/articles/{name}");
                out.push_str(&format!("            ({name:?}, {}),\n", include(&format!("{lang}/articles/{name}"))));
            }
        }
        out.push_str("        ],\n");
        for (field, file) in FILES {
            println!("cargo:rerun-if-changed={REL}/{lang}/{file}");
            let value = if content.join(lang).join(file).is_file() {
                format!("Some({})", include(&format!("{lang}/{file}")))
            } else {
                "None".to_owned()
            };
            out.push_str(&format!("        {field}: {value},\n"));
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, out).unwrap();
}
