#!/usr/bin/env bash
# `make windows-check`: the core and the `trellis` command built for Windows
# (x86_64-pc-windows-gnu, with MinGW) and run under Wine in a throwaway prefix.
#
# 1. Installs what is missing: the Rust target, MinGW, Wine, and the tools the read-backs use.
# 2. Makes a Wine prefix in a temporary folder, with a stub bcryptprimitives.dll (Debian's
#    Wine 8 lacks ProcessPrng, which Rust's standard library needs; scripts/wine/).
# 3. Builds the core's and the command's tests for Windows and runs them under Wine: every
#    unit test, the core's integration tests, and the command's (init, journal, search,
#    export, backup and import, snapshots, print, passwd and rekey, reminders, check-in), each
#    against a vault under the prefix's %TEMP% (C:\users\...\Temp).
# 4. Runs the command with its default vault (%APPDATA%\trellis) and reads what the Windows
#    build wrote back with the Linux tools the tests cannot reach from inside Wine: the PDFs
#    (pdftotext), the backup (the stock age), the calendar (Python's icalendar).
# 5. Puts the `trellis` launcher beside a windowed program, as the packages do, and runs the
#    command through it.
#
# Not part of `make test`: the cross build takes a while (README, "What has been verified").
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-pc-windows-gnu
# A target folder of its own (not the Makefile's CARGO_TARGET_DIR): the Windows build then never
# waits on the lock of a Linux build running beside it, nor makes that one wait.
export CARGO_TARGET_DIR="${TRELLIS_WINDOWS_TARGET_DIR:-$HOME/.cache/trellis/target-win}"
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\n== %s\n' "$*"; }

say "Tools"
rustup target list --installed | grep -x "$TARGET" >/dev/null || rustup target add "$TARGET"
packages=(gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 wine64 poppler-utils age util-linux
  python3-icalendar python3-dateutil)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  # A new machine's package lists may be missing or old.
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Debian's `wine` wrapper looks for the 32-bit loader first; the 64-bit one is all we need.
WINE=/usr/lib/wine/wine64
[ -x "$WINE" ] || WINE="$(command -v wine64 || command -v wine)"
WINESERVER=/usr/lib/wine/wineserver64
[ -x "$WINESERVER" ] || WINESERVER="$(command -v wineserver)"

say "A throwaway Wine prefix"
prefix="$(mktemp -d "${TMPDIR:-/tmp}/trellis-wine.XXXXXX")"
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Never a window: nothing here needs a display, and another program may be using it.
unset DISPLAY WAYLAND_DISPLAY
cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  rm -rf "$prefix"
}
trap cleanup EXIT
# The prefix is made, and everything its first start runs has ended and been written out,
# before anything else runs in it.
"$WINE" wineboot -i >/dev/null 2>&1
"$WINESERVER" -w
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$prefix/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c -ladvapi32
# One Wine server for the whole run: otherwise each test binary starts its own, which stops
# a few seconds after the binary ends, while the next may already be starting.
"$WINESERVER" -p

say "The tests, built for Windows and run under Wine"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$WINE"
# The read-backs that need Linux tools are left to step 4 (crates/trellis-cli/tests/it/main.rs,
# `readback_tools`). One test is left out: fail_hostile_database_values_never_panic_or_fail_vaguely
# starts `trellis` some 5,000 times; under Wine that takes over ten minutes and Wine's process
# creation then fails ("Internal error"). What it checks (values a hostile file may hold) is
# read by the same code on every platform, and `make test` runs it.
TRELLIS_TEST_UNDER_WINE=1 cargo test --locked -p trellis-core -p trellis-cli --target "$TARGET" \
  -- --skip fail_hostile_database_values_never_panic_or_fail_vaguely

say "The command with its default vault, read back natively"
exe="$CARGO_TARGET_DIR/$TARGET/debug/trellis.exe"
trellis() { "$WINE" "$exe" "$@"; }
win='C:\trellis-check'
unix="$prefix/drive_c/trellis-check"
mkdir -p "$unix"
fail() { echo "windows-check: $*" >&2; exit 1; }
# Saved as Notepad saves: CRLF, and a byte-order mark on one of them.
printf 'windows check passphrase\r\n' >"$unix/pass.txt"
printf '\xef\xbb\xbfa passphrase for the backup\r\n' >"$unix/backup-pass.txt"
export TRELLIS_PASSPHRASE_FILE="$win\\pass.txt"
unset TRELLIS_VAULT TRELLIS_PASSPHRASE

code="$(trellis init --kdf-work-factor 10 --recovery-kit "$win\\kit.pdf" | tail -n 1 | tr -d '\r')"
vault="$(echo "$prefix"/drive_c/users/*/AppData/Roaming/trellis)"
[ -f "$vault/trellis.db" ] || fail "the default vault is not in %APPDATA%\\trellis"
kit="$(pdftotext -raw "$unix/kit.pdf" - | tr -d ' \n')"
# The code is printed in groups (with or without the age prefix); the kit's text, spaces taken out.
compact="$(printf '%s' "$code" | tr -d ' ')"
[[ -n "$compact" && "$kit" == *"${compact#AGE-SECRET-KEY-1}"* ]] || fail "the recovery kit does not hold the code init printed"

printf 'Title: Sunday\r\nTags: calm, us\r\n\r\nWe talked over dinner.\r\n' | trellis journal add >/dev/null
[[ "$(printf 'dinner' | trellis journal search)" == *Sunday* ]] || fail "search does not find the entry"

trellis print worksheet --blank --out "$win\\worksheet.pdf" 2>/dev/null
[[ "$(pdftotext -raw "$unix/worksheet.pdf" -)" == *Communication* ]] || fail "the worksheet PDF reads wrong"

trellis backup create --out "$win\\backup.age" --backup-passphrase-file "$win\\backup-pass.txt" \
  --kdf-work-factor 10 2>/dev/null
trellis export --out "$win\\export.json" 2>/dev/null
# The stock age asks for the passphrase on a terminal only; `script` gives it one.
printf 'a passphrase for the backup\n' |
  script -qec "age -d -o '$unix/decrypted.json' '$unix/backup.age'" /dev/null >/dev/null
# Debian's Python, which has the packages above (a pyenv or venv one on the PATH may not).
/usr/bin/python3 - "$unix/decrypted.json" "$unix/export.json" <<'PY' || fail "age -d does not give the export"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for d in (a, b):
    d.pop("made_at")
sys.exit(a != b)
PY

printf 'tea' | trellis reminder add custom --every weekly --days sun,wed --at 19:00 --zone Europe/Berlin >/dev/null
trellis reminder export-ics --out "$win\\reminders.ics" >/dev/null
trellis reminder list --json >"$unix/reminders.json"
/usr/bin/python3 crates/trellis-cli/tests/ics/next_times.py "$unix/reminders.ics" 1 >"$unix/calendar.json"
/usr/bin/python3 - "$unix/reminders.json" "$unix/calendar.json" <<'PY' || fail "the calendar and Trellis disagree"
import json, sys
from datetime import datetime, timezone
ours, calendar = (json.load(open(p)) for p in sys.argv[1:])
utc = lambda t: datetime.fromisoformat(t).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
sys.exit(not ours or any(calendar[r["id"]] != [utc(r["next_fire"])] for r in ours))
PY

snapshot="$(trellis snapshot create | tr -d '\r')"
case "$snapshot" in
  'C:\users\'*'\AppData\Roaming\trellis\snapshots\trellis-'*.snapshot) ;;
  *) fail "the snapshot is not in the vault's folder: $snapshot" ;;
esac
trellis snapshot verify "$snapshot" 2>/dev/null || fail "the snapshot does not verify"
trellis snapshot restore "$snapshot" --to "$win\\restored" 2>/dev/null
[[ "$(trellis --vault "$win\\restored" journal list)" == *Sunday* ]] || fail "the restored vault lacks the entry"

say "The trellis launcher, as the Windows packages install it"
# Beside the app's binary (trellis-app.exe, a windowed program) the packages put the small
# launcher as trellis.exe (crates/trellis-launcher). The app itself cannot be built here
# (WebView2), so the command's own binary stands in for it, linked as a windowed program as the
# app is: the command's code is the same (`trellis_cli::main_with`), and so is what Windows does
# with a windowed program's console. What goes through the launcher: the arguments, standard
# input, output and errors (pipes and a file here; a real console only on Windows), the exit code.
cargo build --locked --target "$TARGET" -p trellis-launcher
cargo rustc --locked --target "$TARGET" -p trellis-cli --bin trellis -- -C link-arg=-Wl,--subsystem,windows
installed="$prefix/drive_c/Program Files/Trellis"
mkdir -p "$installed"
cp "$CARGO_TARGET_DIR/$TARGET/debug/trellis-launcher.exe" "$installed/trellis.exe"
cp "$CARGO_TARGET_DIR/$TARGET/debug/trellis.exe" "$installed/trellis-app.exe"
subsystem() { x86_64-w64-mingw32-objdump -p "$installed/$1" | sed -n 's/^Subsystem.*(\(.*\))$/\1/p'; }
[ "$(subsystem trellis-app.exe)" = "Windows GUI" ] || fail "the stand-in for the app is not a windowed program"
[ "$(subsystem trellis.exe)" = "Windows CUI" ] || fail "the launcher is not a console program"
launched() { "$WINE" 'C:\Program Files\Trellis\trellis.exe' "$@"; }
lvault='C:\trellis-check\launched'
[[ "$(launched --version | tr -d '\r')" == "trellis "* ]] || fail "the launcher does not run the command"
launched --vault "$lvault" init --kdf-work-factor 10 >/dev/null
printf 'Title: Through the launcher\r\n\r\nTyped into a pipe.\r\n' | launched --vault "$lvault" journal add >/dev/null
[[ "$(printf 'pipe' | launched --vault "$lvault" journal search)" == *"Through the launcher"* ]] ||
  fail "standard input or output does not pass through the launcher"
launched --vault "$lvault" journal list >"$unix/launched.txt"
grep -q 'Through the launcher' "$unix/launched.txt" || fail "output redirected to a file through the launcher is lost"
printf 'not the passphrase\r\n' >"$unix/wrong.txt"
set +e
launched --vault "$lvault" --passphrase-file "$win\\wrong.txt" journal list >/dev/null 2>"$unix/wrong.err"
status=$?
set -e
[ "$status" -eq 3 ] || fail "a wrong passphrase ends the launcher with $status, not the command's 3"
grep -q '^trellis: ' "$unix/wrong.err" || fail "the command's error does not reach the launcher's standard error"
rm "$installed/trellis-app.exe"
set +e
launched journal list >/dev/null 2>"$unix/missing.err"
status=$?
set -e
[ "$status" -eq 1 ] && grep -q 'trellis-app.exe' "$unix/missing.err" ||
  fail "without the app beside it the launcher does not say so"

say "windows-check passed"
