# Trellis: `make run` sets up this machine and starts Trellis; `make test` sets it up and
# runs every test. Builds go to a target dir outside the clone so warm runs stay fast.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/trellis/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
PYTHON ?= python3

.PHONY: setup run test ui lint unit sync-engine ui-test e2e bindings bench fmt package package-test windows-check

setup:
	@bash scripts/setup.sh

# Builds the UI and the app, and opens the window.
run: setup ui
	$(CARGO) build --locked -p trellis-app
	$(CARGO_TARGET_DIR)/debug/trellis-app

test: setup ui lint unit sync-engine ui-test e2e

# The UI is type-checked, then built into ui/dist, which the app embeds.
ui:
	cd ui && npm run check && npm run build

# clippy's incompatible_msrv lint holds our code to `rust-version`; check-msrv holds the
# dependencies to it, so the stated minimum is the real one. check-module-cycles fails on an
# import circle between the modules of trellis-core or of the shell.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings
	$(PYTHON) scripts/check-msrv.py
	$(PYTHON) scripts/check-module-cycles.py

# Also builds the debug app binary the end-to-end tests drive.
unit:
	$(CARGO) test --locked --workspace

# Two Syncthing instances on 127.0.0.1 (no discovery, relays or NAT), each beside its own vault,
# keep one sync folder in step; uses the trellis binary `unit` built.
sync-engine:
	TRELLIS_BIN=$(CARGO_TARGET_DIR)/debug/trellis $(PYTHON) tests/sync/syncthing.py

ui-test:
	cd ui && npm test

e2e:
	bash tests/e2e/run.sh

# Regenerates ui/src/lib/bindings.ts from the Rust commands.
bindings:
	UPDATE_BINDINGS=1 $(CARGO) test --locked -p trellis-app --test it bindings

fmt:
	$(CARGO) fmt --all

# Benchmarks print figures; they are not part of `make test` (a release build takes a while).
bench:
	$(CARGO) run --locked --release -p trellis-cli --bin trellis-bench -- --entries $(or $(ENTRIES),10000)

# Installable bundles: .deb and .rpm here, MSI and NSIS on Windows, .app and .dmg on macOS,
# left in $(CARGO_TARGET_DIR)/release/bundle. A cold release build takes ~35 minutes on two
# cores (the command and the app each compile typst with their own features); warm, minutes.
package: setup ui
	bash scripts/package.sh

# Installs the .deb on this machine, checks the menu entry and both commands, starts the
# installed app under Xvfb to its first screen and its unlock screen (timing the start), reads
# the .rpm back, uninstalls and checks the vault is still there. Needs root or sudo.
package-test: package
	bash scripts/setup.sh --package
	bash tests/package/run.sh

# The core and the `trellis` command built for Windows and run under Wine (MinGW, Wine and a
# throwaway prefix are set up by the script). Not part of `make test`: see the README for
# how long it takes and what it does not cover.
windows-check:
	bash scripts/windows-check.sh
