//! `ui/src/lib/bindings.ts` is generated from the Rust commands and committed. This test
//! fails when it is stale; `make bindings` (UPDATE_BINDINGS=1) rewrites it.

use std::path::Path;

use specta_typescript::Typescript;

const HEADER: &str = "// Generated from the Rust commands by `make bindings`. Do not edit by hand.\n// The only file in the UI that calls `invoke`.";

#[test]
fn bindings_are_current() {
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("bindings.ts");
    trellis_app::specta_builder!(tauri::Wry)
        .export(Typescript::default().header(HEADER), &fresh_path)
        .expect("bindings export");
    let fresh = std::fs::read_to_string(&fresh_path).unwrap();
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    if fresh != committed {
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed_path, &fresh).unwrap();
            return;
        }
        panic!("ui/src/lib/bindings.ts is stale: run `make bindings` and commit the result");
    }
}
