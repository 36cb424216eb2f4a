#!/usr/bin/env bash
# The package smoke test (`make package-test`, after `make package`): installs the .deb the way
# a person would (dpkg -i, then apt-get -f install for anything missing), checks the menu entry
# and both names of the one program, starts the installed app under Xvfb (tests/package/smoke.test.mjs), reads
# the .rpm back, uninstalls and checks the vault is still there. Prints the sizes and start
# times that docs/performance.md records. Needs root or sudo; a Trellis installed before the
# test is installed again (from the new package) at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trellis/target}"
BUNDLE="$CARGO_TARGET_DIR/release/bundle"
DEB=$(ls -t "$BUNDLE"/deb/*.deb 2>/dev/null | head -1)
RPM=$(ls -t "$BUNDLE"/rpm/*.rpm 2>/dev/null | head -1)
[ -n "$DEB" ] && [ -n "$RPM" ] || { echo "package-test: no .deb or .rpm in $BUNDLE; run make package" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
ok() { echo "package-test: ok: $*"; }

# A desktop of the test's own, with its home folders under $WORK: no vault there yet.
. tests/e2e/desktop.sh
# Each start of the app appends its steps and their times here (see src-tauri/src/startup.rs).
export TRELLIS_START_LOG="$PWD/tests/package/output/start-steps.log"
mkdir -p "$(dirname "$TRELLIS_START_LOG")" && rm -f "$TRELLIS_START_LOG"
desktop_start "$PWD/tests/package/output" :96 4454

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
grep -qx 'exec -a trellis /usr/bin/trellis-app "$@"' /usr/bin/trellis || fail "/usr/bin/trellis does not start trellis-app as the command"
diff <(trellis library list) <(trellis-app library list) >/dev/null || fail "trellis-app library list is not the command's"
ok "one program: /usr/bin/trellis ($(stat -c %s /usr/bin/trellis) bytes) starts trellis-app as the command; trellis-app with a subcommand is the command too"

desktop=$(dpkg -L "$PKG" | grep '^/usr/share/applications/.*\.desktop$')
said=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop: $said"
[ -z "$said" ] || fail "desktop-file-validate $desktop: $said"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$(command -v "$exec_bin")" ] || fail "the menu entry runs $exec_bin, which is not on the PATH"
icons=$(find /usr/share/icons/hicolor -path "*/apps/$icon.png" | sort)
[ -n "$icons" ] || fail "no icon named $icon in /usr/share/icons/hicolor"
ok "menu entry $desktop is valid; it runs $exec_bin with icon $icon ($(echo "$icons" | sed 's|/usr/share/icons/hicolor/||; s|/apps/.*||' | tr '\n' ' '))"

# --- Start the installed app under Xvfb, in its own D-Bus session.
unset TRELLIS_VAULT
desktop_run timeout 900 node --test --test-concurrency=1 tests/package/smoke.test.mjs || fail "the installed app's smoke test"
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
# The steps of the first start (cold: no vault, page cache dropped) and of the last (warm, to
# the unlock screen), in milliseconds since the process started.
awk '/app code starts/ { n++ } { step[n] = step[n] sprintf("    %8s  %s\n", $1, substr($0, length($1) + 2)) }
     END { if (n) { printf "  steps of the first start:\n%s  steps of the last start:\n%s", step[1], step[n] } }' "$TRELLIS_START_LOG"
echo "  screenshots:          $E2E_OUT/installed-*.png"
