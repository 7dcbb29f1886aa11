# Intervju — `make run` opens the app, `make test` runs every test. Both install what they need.
SHELL := /bin/bash
export WEBKIT_DISABLE_COMPOSITING_MODE := 1
APP := target/debug/intervju
# The end-to-end run may not hang CI: past this it is stopped and fails (it takes about 12
# minutes; the first run on a machine seeds 100,000 interviews, about 4 more).
E2E_LIMIT := 45m

# The steps of `make test` share one target/ and one WebDriver port: never in parallel, even
# when the caller's MAKEFLAGS asks for jobs.
.NOTPARALLEL:

.PHONY: run test bench bench-lan e2e-lan bundle bundle-appimage stress fuzz test-deps system-deps node-deps driver-deps vendor check check-mobile unit e2e clean

run: system-deps node-deps vendor
	cargo build
	$(APP)

test: test-deps vendor check check-mobile unit e2e e2e-lan

test-deps: node-deps driver-deps
	@bash scripts/system-deps.sh test

system-deps:
	@bash scripts/system-deps.sh

node-deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

driver-deps:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --version '^2' --locked

# The UI's npm packages are copied into ui/vendor/ before the Rust build embeds ui/.
vendor: node-deps
	node scripts/vendor.mjs

check:
	@for f in ui/js/*.js ui/js/screens/*.js tests/e2e/*.mjs tests/e2e-lan/*.mjs scripts/*.mjs; do node --check $$f || exit 1; done
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

# The phone code, type-checked and linted on this Linux machine (no phone SDK or Rust target
# here): build.rs tells Tauri's build script the target is Android, so our crate compiles with
# `mobile` set and `desktop` not, against the desktop build of Tauri and its plugins. What it
# cannot see is src-tauri/mobile/seam.rs's phone half (README, "Phones").
check-mobile:
	INTERVJU_CHECK_MOBILE=1 cargo clippy --lib -- -D warnings

# Core and command tests; also builds target/debug/intervju, which the end-to-end test drives.
# As root (CI) the local network tests in network namespaces must run (src-tauri/lan/tests/
# netns.rs); elsewhere they skip and say so.
unit:
	$(if $(filter 0,$(shell id -u)),INTERVJU_NETNS_REQUIRED=1) cargo test --workspace

e2e:
	@test -x $(APP) || cargo test --workspace --no-run
	timeout --kill-after=30s $(E2E_LIMIT) xvfb-run -a -s "-screen 0 1440x1000x24" dbus-run-session -- \
	  node --test --test-concurrency=1 --test-force-exit tests/e2e/

# Two app windows that pair by a typed code and sync by themselves, in a network namespace of
# their own (root only: elsewhere it says it is skipped; as root it must pass).
e2e-lan:
	@test -x $(APP) || cargo test --workspace --no-run
	@if [ "$$(id -u)" -ne 0 ]; then echo "e2e-lan skipped: it needs root for a network namespace"; else \
	  timeout --kill-after=30s 10m unshare --net -- bash scripts/lan-e2e.sh; fi

# The long reliability runs: 200 SIGKILLs of a writer, 100 of a sync import, 240 power cuts,
# 2,000 requests to every command (shorter runs are part of `make test`).
stress:
	CRASH_KILLS=200 cargo test -p intervju-core --test crash -- --nocapture
	SYNC_CRASH_KILLS=100 cargo test -p intervju-core --test sync_crash -- --nocapture
	POWER_CUTS=240 cargo test -p intervju-core --test power_loss -- --nocapture
	FUZZ_CASES_PER_COMMAND=2000 cargo test --test fuzz_commands every_command -- --nocapture

# Coverage-guided fuzzing (cargo-fuzz, libFuzzer, the nightly toolchain): every target for
# FUZZ_SECONDS (600) each; finds go into fuzz/corpus/, figures into target/fuzz-report.txt.
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	bash scripts/fuzz.sh

# Benchmarks against baselines measured in the same run; writes docs/BENCHMARKS.md. The first
# run builds both release apps (Intervju and the bare Tauri app), the 100,000 dataset and the
# sync benchmark's 10,000 interviews (written through the core's commands, about 10 minutes):
# about 40 minutes on two cores; later runs about 11.
bench: test-deps vendor
	mkdir -p target
	cargo bench -p intervju-core --bench reminders > target/bench-reminders.txt
	cat target/bench-reminders.txt
	cargo bench -p intervju-core --bench requests > target/bench-requests.txt
	cat target/bench-requests.txt
	cargo bench -p intervju-core --bench sync > target/bench-sync.txt
	cat target/bench-sync.txt
	cargo bench -p intervju-core --bench core
	npx tauri build --bundles deb,rpm
	cargo build --release --manifest-path bench/bare-app/Cargo.toml
	cargo build --release --manifest-path bench/bare-app/Cargo.toml --features engines --target-dir bench/bare-app/target/engines
	xvfb-run -a -s "-screen 0 1440x1000x24" dbus-run-session -- python3 scripts/startup.py
	python3 scripts/bench-report.py

# Sync over a veth link between two network namespaces (root): the first sync of 1,000
# interviews, an incremental one and its bytes, and the endpoint's idle cost; about 4 minutes.
bench-lan:
	cargo test --release -p intervju-lan --test netns bench_lan -- --ignored --nocapture

# The release app and its .deb and .rpm (target/release/bundle/), with the Tauri CLI from npm.
bundle: system-deps node-deps vendor
	npx tauri build --bundles deb,rpm

# AppImage: the bundler downloads linuxdeploy and its plugins while bundling, so this works only
# with internet access; offline it stops with a message instead of a stack of errors.
bundle-appimage: system-deps node-deps vendor
	@npx tauri build --bundles appimage || { echo >&2; \
	  echo >&2 "AppImage could not be built: the Tauri bundler downloads its AppImage tools (linuxdeploy) while bundling, which needs internet access. Use 'make bundle' for .deb and .rpm."; exit 1; }

clean:
	cargo clean
	rm -rf node_modules ui/vendor
