# Sourced by tests/e2e/run.sh and tests/package/run.sh: a desktop of the test's own for the
# app under test. `desktop_start OUT DISPLAY PORT` makes $WORK (removed on exit, with the
# portal's FUSE mount undone), empties OUT for screenshots ($E2E_OUT), starts Xvfb on DISPLAY
# and points the XDG folders into $WORK, so everything the app and its webview write is there.
# `desktop_run CMD...` runs CMD in a D-Bus session of its own (where dunst and the portal can
# start) beside tauri-driver on PORT, printing the driver's log when CMD fails.

desktop_start() {
  command -v tauri-driver >/dev/null || export PATH="$HOME/.cargo/bin:$PATH"
  export E2E_OUT="$1"
  rm -rf "$E2E_OUT" && mkdir -p "$E2E_OUT"
  WORK=$(mktemp -d)
  export WORK
  trap desktop_cleanup EXIT
  # Another run (another worktree) may use the defaults at the same time: E2E_DISPLAY and
  # E2E_PORT choose a display and a tauri-driver port of their own.
  local display="${E2E_DISPLAY:-$2}"
  export E2E_PORT="${E2E_PORT:-$3}"
  # tauri-driver's WebKitWebDriver listens on a second port (4445 next to the default 4444).
  export E2E_NATIVE_PORT="${E2E_NATIVE_PORT:-$((E2E_PORT + 1))}"
  # Large enough for the 1366x900 screenshots.
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  export DISPLAY="$display" NO_AT_BRIDGE=1
  export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config"
  export XDG_RUNTIME_DIR="$WORK/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
}

desktop_cleanup() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  # The desktop portal (started by the webview over D-Bus) mounts a FUSE folder here.
  for m in "$WORK"/run/doc; do
    mountpoint -q "$m" 2>/dev/null && { fusermount -uz "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; }
  done
  rm -rf "$WORK" 2>/dev/null || true
}

desktop_run() {
  dbus-run-session -- bash -c '
    tauri-driver --port "$E2E_PORT" --native-port "$E2E_NATIVE_PORT" >"$WORK/tauri-driver.log" 2>&1 &
    DRIVER=$!
    for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$E2E_PORT) 2>/dev/null && break; sleep 0.1; done
    status=0
    "$@" || status=$?
    kill $DRIVER 2>/dev/null || true
    if [ $status -ne 0 ]; then echo "--- tauri-driver log"; tail -40 "$WORK/tauri-driver.log"; fi
    exit $status
  ' desktop_run "$@"
}
