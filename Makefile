# Trellis: `make run` sets up this machine and starts Trellis; `make test` sets it up and
# runs every test. Builds go to a target dir outside the clone so warm runs stay fast.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/trellis/target
CARGO ?= cargo

.PHONY: setup run test lint unit bench fmt

setup:
	@bash scripts/setup.sh

# Until the desktop window lands, `make run` builds the `trellis` command and shows its help.
run: setup
	$(CARGO) build --locked -p trellis-cli --bin trellis
	$(CARGO_TARGET_DIR)/debug/trellis --help

test: setup lint unit

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings

unit:
	$(CARGO) test --locked --workspace

fmt:
	$(CARGO) fmt --all

# Benchmarks print figures; they are not part of `make test` (a release build takes a while).
bench:
	$(CARGO) run --locked --release -p trellis-cli --bin trellis-bench -- --entries $(or $(ENTRIES),10000)
