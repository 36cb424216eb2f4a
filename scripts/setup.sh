#!/usr/bin/env bash
# Installs what building and testing Trellis needs on Debian or Ubuntu, and only what is
# missing. Uses apt-get as root or through sudo; otherwise says exactly what to install.
set -euo pipefail

need_apt=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# A C compiler for the bundled SQLite; pkg-config for -sys crates.
for pkg in build-essential pkg-config; do
  have_pkg "$pkg" || need_apt+=("$pkg")
done

if ((${#need_apt[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  else
    echo "setup: please install these packages, then run make again:" >&2
    echo "  sudo apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
fi

if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "setup: cargo is in ~/.cargo/bin but not on PATH; run: source ~/.cargo/env" >&2
  else
    echo "setup: Rust is missing; install it from https://rustup.rs (rustup), then run make again" >&2
  fi
  exit 1
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt >/dev/null 2>&1 || true
