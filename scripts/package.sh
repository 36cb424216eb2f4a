#!/usr/bin/env bash
# Builds Trellis's installable bundles with the Tauri CLI pinned in ui/package.json: on Linux a
# .deb and an .rpm, on Windows an MSI and an NSIS installer, on macOS an .app and a .dmg
# (BUNDLES=deb overrides). The `trellis` command ships in each, beside the app: it is built
# first and copied to src-tauri/binaries/trellis-<target>, where tauri.package.json's
# externalBin looks (only `make package` merges that file, so a plain cargo build needs no CLI).
# AppImage is left out: its bundler downloads tools at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trellis/target}"

target=$(rustc -vV | sed -n 's/^host: //p')
exe=
case "$(uname -s)" in
  Linux) bundles=deb,rpm ;;
  Darwin) bundles=app,dmg ;;
  MINGW* | MSYS* | CYGWIN*) bundles=msi,nsis exe=.exe ;;
  *) echo "package: no bundles are set up for $(uname -s)" >&2; exit 1 ;;
esac
bundles="${BUNDLES:-$bundles}"

[ -f ui/dist/index.html ] || { echo "package: ui/dist is missing; run make ui first" >&2; exit 1; }

echo "package: building the trellis command (release)"
cargo build --release --locked -p trellis-cli --bin trellis
mkdir -p src-tauri/binaries
cp "$CARGO_TARGET_DIR/release/trellis$exe" "src-tauri/binaries/trellis-$target$exe"

echo "package: building the app and its bundles: $bundles"
ui/node_modules/.bin/tauri build --ci --bundles "$bundles" --config "$PWD/src-tauri/tauri.package.json" -- --locked

echo "package: done:"
find "$CARGO_TARGET_DIR/release/bundle" -maxdepth 2 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.msi' -o -name '*.exe' -o -name '*.dmg' \) -newer "src-tauri/binaries/trellis-$target$exe" -print
