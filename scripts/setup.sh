#!/usr/bin/env bash
# Installs what building, running and testing Trellis needs on Debian or Ubuntu, and only
# what is missing: the webview and GTK development packages, Xvfb, WebKitWebDriver, D-Bus and
# a notification daemon for the end-to-end tests, the UI's npm packages, and tauri-driver.
# Uses apt-get as root or through sudo; otherwise says exactly what to install.
# `setup.sh --package` adds what `make package-test` needs (rpm, to read the .rpm back).
# On Windows and macOS (the release workflow) only the npm packages are installed: the
# system webview is already there, and the end-to-end tests run on Linux only.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
  xvfb webkit2gtk-driver dbus dbus-x11 dunst at-spi2-core fonts-dejavu-core imagemagick python3-xlib xdg-utils
  # The PDF tests read every document back with pdftotext, pdffonts, pdfinfo and pdftoppm.
  poppler-utils
  age util-linux python3-icalendar python3-dateutil
  # The packaging check validates the menu entry the .deb and .rpm install.
  desktop-file-utils
  # The sync test keeps a sync folder in step with two real Syncthing instances on loopback.
  syncthing
)
[ "${1:-}" = --package ] && APT_PACKAGES+=(rpm)

LINUX=$([ "$(uname -s)" = Linux ] && echo 1 || true)
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
if [ -n "$LINUX" ]; then
  for pkg in "${APT_PACKAGES[@]}"; do have_pkg "$pkg" || missing+=("$pkg"); done
  command -v node >/dev/null || missing+=(nodejs npm)
fi

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install these packages, then run make again:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "setup: cargo is in ~/.cargo/bin but not on PATH; run: source ~/.cargo/env" >&2
  else
    echo "setup: Rust is missing; install it from https://rustup.rs (rustup), then run make again" >&2
    echo "  (rustup then fetches the version rust-toolchain.toml names, with rustfmt and clippy)" >&2
  fi
  exit 1
fi
# rust-toolchain.toml pins the compiler; rustup installs it and its components on first use.
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt >/dev/null 2>&1 || true

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js 20.19 or newer is needed for the UI build (found $(node --version))" >&2
  exit 1
fi

# The UI's packages, exactly as locked; again only when the lock file changed.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing the UI's npm packages"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi

# tauri-driver bridges WebDriver to WebKitWebDriver for the end-to-end tests.
if [ -n "$LINUX" ] && ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --version 2.1.0 --locked --quiet
fi
