//! Embeds `content/` into the binary: every article, the prompts, the worksheet areas and the
//! boundary categories. The list of articles is generated so a new file needs no code change.

use std::path::Path;

fn main() {
    // Every path this writes is relative to this checkout, never absolute: with a target dir
    // shared between checkouts (CI's fresh clone, a worktree), cargo keys this crate by its
    // path inside the workspace, so an absolute path would make every checkout compile and
    // watch the content of whichever one ran this script last. `rerun-if-changed` takes paths
    // relative to the package root, and the generated `include_str!`s start from
    // `CARGO_MANIFEST_DIR`, which rustc resolves for the checkout being compiled. A fresh
    // clone's files are newer than any earlier run, so this runs again there; going back to an
    // older checkout after building another on the same target dir, `touch content/articles`.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("../../content");
    assert!(content.is_dir(), "content/ exists beside crates/");
    const REL: &str = "../../content";
    println!("cargo:rerun-if-changed={REL}");
    println!("cargo:rerun-if-changed={REL}/articles");
    let include = |rel: &str| format!("include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{REL}/{rel}\"))");

    let mut names: Vec<String> = std::fs::read_dir(content.join("articles"))
        .expect("content/articles exists")
        .map(|e| e.expect("readable entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();

    let mut out = String::from("/// Every article as (file name, text), in file-name order.\n");
    out.push_str("pub(crate) static ARTICLES: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed={REL}/articles/{name}");
        out.push_str(&format!("    ({name:?}, {}),\n", include(&format!("articles/{name}"))));
    }
    out.push_str("];\n");
    for (name, file) in [
        ("PROMPTS", "prompts.toml"),
        ("AREAS", "areas.toml"),
        ("BOUNDARY_CATEGORIES", "boundary-categories.toml"),
        ("TOPICS", "topics.toml"),
    ] {
        println!("cargo:rerun-if-changed={REL}/{file}");
        out.push_str(&format!("pub(crate) static {name}: &str = {};\n", include(file)));
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, out).unwrap();
}
