#!/usr/bin/env bash
# Builds Trellis's installable bundles with the Tauri CLI pinned in ui/package.json: on Linux a
# .deb and an .rpm, on Windows an MSI and an NSIS installer, on macOS an .app and a .dmg
# (BUNDLES=deb overrides). One program is both the app and the `trellis` command: on Linux the
# packages install /usr/bin/trellis as a two-line launcher that starts the app's binary under
# the command's name (tauri.package.linux.json). On Windows and macOS, where the app's binary
# has no console or lives inside a bundle, `trellis` beside it is the small launcher of
# crates/trellis-launcher (~0.3 MB), which starts the app's binary as the command: built first
# and copied to src-tauri/binaries/trellis-<target>, where tauri.package.json's externalBin
# looks. That overlay also fixes the app's binary's name (`trellis-app`, where the launcher
# looks) on every platform. Only `make package` merges these overlays, so a plain cargo build
# needs no launcher.
# Release packages are built with fat LTO and one codegen unit (smaller and a little faster,
# several times longer to link); `make bench` and `make test` keep the quicker settings.
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

export CARGO_PROFILE_RELEASE_LTO=fat CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1
started=$(date +%s)
stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
if [ "$(uname -s)" = Linux ]; then
  overlay=src-tauri/tauri.package.linux.json
else
  overlay=src-tauri/tauri.package.json
  echo "package: building the trellis launcher (release)"
  cargo build --release --locked -p trellis-launcher
  mkdir -p src-tauri/binaries
  cp "$CARGO_TARGET_DIR/release/trellis-launcher$exe" "src-tauri/binaries/trellis-$target$exe"
fi

echo "package: building the app and its bundles: $bundles"
ui/node_modules/.bin/tauri build --ci --bundles "$bundles" --config "$PWD/$overlay" -- --locked
echo "package: the release build and bundles took $(( $(date +%s) - started )) s"

# Tauri writes the .deb's files with gzip. Debian's own packages use xz, which every dpkg since
# 1.15 reads; it makes the .deb about 30% smaller (26.1 → 18.3 MiB) for ~40 s of CPU here.
if [[ ",$bundles," == *",deb,"* ]]; then
  for deb in "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb; do
    [ "$deb" -nt "$stamp" ] || continue
    tree=$(mktemp -d)
    dpkg-deb -R "$deb" "$tree/root"
    dpkg-deb --root-owner-group -Zxz -b "$tree/root" "$tree/repacked.deb" >/dev/null
    echo "package: $(basename "$deb") repacked with xz: $(stat -c %s "$deb") → $(stat -c %s "$tree/repacked.deb") bytes"
    mv "$tree/repacked.deb" "$deb"
    rm -rf "$tree"
  done
fi

echo "package: done:"
find "$CARGO_TARGET_DIR/release/bundle" -maxdepth 2 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.msi' -o -name '*.exe' -o -name '*.dmg' \) -newer "$stamp" -print
