//! Embeds `content/` into the binary: every article, the prompts, the worksheet areas and the
//! boundary categories. The list of articles is generated so a new file needs no code change.

use std::path::Path;

fn main() {
    // Read at run time: a build script compiled in another checkout of the same commit (a
    // shared target dir) must still read this checkout's content.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("../../content");
    let content = content.canonicalize().expect("content/ exists beside crates/");
    println!("cargo:rerun-if-changed={}", content.display());
    let articles_dir = content.join("articles");
    println!("cargo:rerun-if-changed={}", articles_dir.display());

    let mut names: Vec<_> = std::fs::read_dir(&articles_dir)
        .expect("content/articles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    names.sort();

    let mut out = String::from("/// Every article as (file name, text), in file-name order.\n");
    out.push_str("pub(crate) static ARTICLES: &[(&str, &str)] = &[\n");
    for path in &names {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    for (name, file) in [
        ("PROMPTS", "prompts.toml"),
        ("AREAS", "areas.toml"),
        ("BOUNDARY_CATEGORIES", "boundary-categories.toml"),
        ("TOPICS", "topics.toml"),
    ] {
        let path = content.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!("pub(crate) static {name}: &str = include_str!({:?});\n", path.display().to_string()));
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, out).unwrap();
}
