#!/usr/bin/env bash
# Runs the end-to-end tests: the real debug app under Xvfb, driven through tauri-driver and
# WebKitWebDriver, inside its own D-Bus session (where a notification daemon can start).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trellis/target}"
APP="$CARGO_TARGET_DIR/debug/trellis-app"
[ -x "$APP" ] || { echo "e2e: $APP is missing; run cargo test --workspace first" >&2; exit 1; }
command -v tauri-driver >/dev/null || export PATH="$HOME/.cargo/bin:$PATH"

export E2E_OUT="$PWD/tests/e2e/output"
rm -rf "$E2E_OUT" && mkdir -p "$E2E_OUT"
WORK=$(mktemp -d)
cleanup() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  # The desktop portal (started by the webview over D-Bus) mounts a FUSE folder here.
  for m in "$WORK"/run/doc; do
    mountpoint -q "$m" 2>/dev/null && { fusermount -uz "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; }
  done
  rm -rf "$WORK" 2>/dev/null || true
}
trap cleanup EXIT

# Another run (another worktree) may use the defaults at the same time: E2E_DISPLAY and
# E2E_PORT choose a display and a tauri-driver port of their own.
DISPLAY_NUM="${E2E_DISPLAY:-:97}"
export E2E_PORT="${E2E_PORT:-4444}"
# tauri-driver's WebKitWebDriver listens on a second port (4445 next to the default 4444).
export E2E_NATIVE_PORT="${E2E_NATIVE_PORT:-$((E2E_PORT + 1))}"
# Large enough for the 1366x900 screenshots.
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done

export DISPLAY="$DISPLAY_NUM"
export TRELLIS_VAULT="$WORK/vault"
# The webview keeps data and cache folders of its own; these go under $WORK too, so the
# plaintext scan covers everything the app wrote.
export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config"
export XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export TRELLIS_INSECURE_KDF_FOR_TESTS=10
export TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS=20
# Reminders: checked every 2 s instead of 30, on a clock a test can move forward (seconds to
# add to the wall clock, read at each check).
export TRELLIS_REMINDER_SECONDS_FOR_TESTS=2
export TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS="$WORK/clock-offset"
# The system's file dialog cannot be driven over WebDriver: a test writes the paths it would
# choose into this file, one a line, and the debug app takes them from there in order.
export TRELLIS_CHOOSE_PATH_FOR_TESTS="$WORK/choose-path"
export NO_AT_BRIDGE=1
# The desktop's URL handler is replaced by a stand-in that records what it is asked to open,
# so the tests see which links leave the app for the browser (and that nothing else does).
mkdir -p "$WORK/bin"
export E2E_OPENED="$WORK/opened-urls"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" >> "$E2E_OPENED"\n' >"$WORK/bin/xdg-open"
chmod +x "$WORK/bin/xdg-open"
export PATH="$WORK/bin:$PATH"
export WORK

dbus-run-session -- bash -c '
  tauri-driver --port "$E2E_PORT" --native-port "$E2E_NATIVE_PORT" >"$WORK/tauri-driver.log" 2>&1 &
  DRIVER=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$E2E_PORT) 2>/dev/null && break; sleep 0.1; done
  status=0
  node --test --test-concurrency=1 ${E2E_ONLY:-tests/e2e/} || status=$?
  kill $DRIVER 2>/dev/null || true
  if [ $status -ne 0 ]; then echo "--- tauri-driver log"; tail -40 "$WORK/tauri-driver.log"; fi
  exit $status
'
