#!/usr/bin/env bash
# Runs the end-to-end tests: the real debug app under Xvfb, driven through tauri-driver and
# WebKitWebDriver, inside its own D-Bus session (where a notification daemon can start).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trellis/target}"
APP="$CARGO_TARGET_DIR/debug/trellis-app"
[ -x "$APP" ] || { echo "e2e: $APP is missing; run cargo test --workspace first" >&2; exit 1; }
. tests/e2e/desktop.sh
desktop_start "$PWD/tests/e2e/output" :97 4444
export TRELLIS_VAULT="$WORK/vault"
# The webview's data and cache folders are under $WORK too (desktop_start), so the plaintext
# scan covers everything the app wrote.
export TRELLIS_INSECURE_KDF_FOR_TESTS=10
export TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS=20
# Reminders: checked every 2 s instead of 30, on a clock a test can move forward (seconds to
# add to the wall clock, read at each check).
export TRELLIS_REMINDER_SECONDS_FOR_TESTS=2
export TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS="$WORK/clock-offset"
# The system's file dialog cannot be driven over WebDriver: a test writes the paths it would
# choose into this file, one a line, and the debug app takes them from there in order.
export TRELLIS_CHOOSE_PATH_FOR_TESTS="$WORK/choose-path"
# The desktop's URL handler is replaced by a stand-in that records what it is asked to open,
# so the tests see which links leave the app for the browser (and that nothing else does).
mkdir -p "$WORK/bin"
export E2E_OPENED="$WORK/opened-urls"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" >> "$E2E_OPENED"\n' >"$WORK/bin/xdg-open"
chmod +x "$WORK/bin/xdg-open"
export PATH="$WORK/bin:$PATH"

desktop_run node --test --test-concurrency=1 ${E2E_ONLY:-tests/e2e/}
