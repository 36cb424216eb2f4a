#!/usr/bin/env bash
# The package smoke test (`make package-test`, after `make package`): installs the .deb the way
# a person would (dpkg -i, then apt-get -f install for anything missing), checks the menu entry
# and both commands, starts the installed app under Xvfb (tests/package/smoke.test.mjs), reads
# the .rpm back, uninstalls and checks the vault is still there. Prints the sizes and start
# times that docs/performance.md records. Needs root or sudo; a Trellis installed before the
# test is installed again (from the new package) at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trellis/target}"
command -v tauri-driver >/dev/null || export PATH="$HOME/.cargo/bin:$PATH"
BUNDLE="$CARGO_TARGET_DIR/release/bundle"
DEB=$(ls -t "$BUNDLE"/deb/*.deb 2>/dev/null | head -1)
RPM=$(ls -t "$BUNDLE"/rpm/*.rpm 2>/dev/null | head -1)
[ -n "$DEB" ] && [ -n "$RPM" ] || { echo "package-test: no .deb or .rpm in $BUNDLE; run make package" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
ok() { echo "package-test: ok: $*"; }

export E2E_OUT="$PWD/tests/package/output"
rm -rf "$E2E_OUT" && mkdir -p "$E2E_OUT"
WORK=$(mktemp -d)
cleanup() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  for m in "$WORK"/run/doc; do
    mountpoint -q "$m" 2>/dev/null && { fusermount -uz "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; }
  done
  rm -rf "$WORK" 2>/dev/null || true
}
trap cleanup EXIT

PKG=$(dpkg-deb -f "$DEB" Package)
echo "package-test: $(basename "$DEB") and $(basename "$RPM")"

# --- What the .deb holds and asks for, before installing it.
depends=$(dpkg-deb -f "$DEB" Depends)
for dep in libwebkit2gtk-4.1-0 libgtk-3-0 libayatana-appindicator3-1; do
  [[ "$depends" == *"$dep"* ]] || fail "the .deb does not depend on $dep: $depends"
done
contents=$(dpkg-deb -c "$DEB")
for f in usr/bin/trellis-app usr/bin/trellis usr/share/applications/Trellis.desktop usr/share/doc/trellis/copyright; do
  grep -Eq " (\./)?$f\$" <<<"$contents" || fail "the .deb has no /$f"
done
ok "the .deb holds both commands, the menu entry and the licence, and depends on the webview, GTK and the tray library"

# --- Install.
was_installed=$(dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -c "install ok installed" || true)
as_root dpkg -i "$DEB" >"$WORK/install.log" 2>&1 || as_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y >>"$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; fail "installing $DEB"; }
dpkg-query -W -f='${Status}' "$PKG" | grep -q "install ok installed" || fail "$PKG is not installed after dpkg -i"
ok "installed $PKG $(dpkg-query -W -f='${Version}' "$PKG")"

[ "$(command -v trellis-app)" = /usr/bin/trellis-app ] || fail "trellis-app is not /usr/bin/trellis-app on the PATH"
[ "$(command -v trellis)" = /usr/bin/trellis ] || fail "trellis is not /usr/bin/trellis on the PATH"
version=$(dpkg-deb -f "$DEB" Version)
trellis --version | grep -q "$version" || fail "trellis --version does not say $version"
ok "trellis-app and trellis are on the PATH; trellis --version says $version"

desktop=$(dpkg -L "$PKG" | grep '^/usr/share/applications/.*\.desktop$')
said=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop: $said"
[ -z "$said" ] || fail "desktop-file-validate $desktop: $said"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$(command -v "$exec_bin")" ] || fail "the menu entry runs $exec_bin, which is not on the PATH"
icons=$(find /usr/share/icons/hicolor -path "*/apps/$icon.png" | sort)
[ -n "$icons" ] || fail "no icon named $icon in /usr/share/icons/hicolor"
ok "menu entry $desktop is valid; it runs $exec_bin with icon $icon ($(echo "$icons" | sed 's|/usr/share/icons/hicolor/||; s|/apps/.*||' | tr '\n' ' '))"

# --- Start the installed app (a fresh home: no vault yet) under Xvfb, in its own D-Bus session.
DISPLAY_NUM="${E2E_DISPLAY:-:96}"
export E2E_PORT="${E2E_PORT:-4454}" E2E_NATIVE_PORT="${E2E_NATIVE_PORT:-4455}"
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done
export DISPLAY="$DISPLAY_NUM" NO_AT_BRIDGE=1 WORK
export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset TRELLIS_VAULT
dbus-run-session -- bash -c '
  tauri-driver --port "$E2E_PORT" --native-port "$E2E_NATIVE_PORT" >"$WORK/tauri-driver.log" 2>&1 &
  DRIVER=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$E2E_PORT) 2>/dev/null && break; sleep 0.1; done
  status=0
  timeout 900 node --test --test-concurrency=1 tests/package/smoke.test.mjs || status=$?
  kill $DRIVER 2>/dev/null || true
  [ $status -eq 0 ] || { echo "--- tauri-driver log"; tail -40 "$WORK/tauri-driver.log"; }
  exit $status
' || fail "the installed app's smoke test"
VAULT="$XDG_DATA_HOME/trellis"
ok "the installed app started to its first-run screen, then to its unlock screen, and opened the vault trellis made"

# --- The .rpm, read back (this Debian machine does not install it).
rpm_files=$(rpm -qpl "$RPM" 2>/dev/null)
for f in /usr/bin/trellis-app /usr/bin/trellis /usr/share/applications/Trellis.desktop /usr/share/licenses/trellis/LICENSE; do
  grep -qx "$f" <<<"$rpm_files" || fail "the .rpm has no $f"
done
rpm_requires=$(rpm -qp --requires "$RPM" 2>/dev/null)
for dep in 'libwebkit2gtk-4.1.so.0()' 'libgtk-3.so.0()' libayatana-appindicator-gtk3; do
  grep -qF "$dep" <<<"$rpm_requires" || fail "the .rpm does not require $dep: $rpm_requires"
done
rpm -qp --scripts "$RPM" 2>/dev/null | grep -q "vault stays" || fail "the .rpm's remove script does not speak of the vault"
ok "the .rpm holds both commands and the menu entry, requires the webview, GTK and the tray library, and keeps vaults on removal"

# --- Figures, while it is installed.
installed_kib=$(dpkg-query -W -f='${Installed-Size}' "$PKG")
app_bytes=$(stat -c %s /usr/bin/trellis-app)
cli_bytes=$(stat -c %s /usr/bin/trellis)

# --- Uninstall: the program goes, the vault stays, and the removal says so.
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y "$PKG" >"$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log"; fail "apt-get remove $PKG"; }
grep -q "vault stays" "$WORK/remove.log" || { cat "$WORK/remove.log"; fail "removing $PKG did not say the vault stays"; }
[ ! -e /usr/bin/trellis-app ] && [ ! -e /usr/bin/trellis ] || fail "a command is left after removal"
[ -n "$(ls -A "$VAULT" 2>/dev/null)" ] || fail "the vault $VAULT is gone after removal"
ok "removed $PKG; it said: $(grep -m1 'vault stays' "$WORK/remove.log" | sed 's/^ *//')"
ok "the vault is still there: $(ls "$VAULT" | tr '\n' ' ')"

if [ "$was_installed" = 1 ]; then
  as_root dpkg -i "$DEB" >/dev/null && echo "package-test: $PKG was installed before the test; installed it again"
fi

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
echo
echo "package-test: figures"
echo "  .deb file:            $(mib "$(stat -c %s "$DEB")")"
echo "  .rpm file:            $(mib "$(stat -c %s "$RPM")")"
echo "  installed (dpkg):     $(mib $((installed_kib * 1024)))"
echo "  /usr/bin/trellis-app: $(mib "$app_bytes")"
echo "  /usr/bin/trellis:     $(mib "$cli_bytes")"
echo "  starts (ms):          $(tr -d '\n ' <"$E2E_OUT/start.json")"
echo "  screenshots:          $E2E_OUT/installed-*.png"
