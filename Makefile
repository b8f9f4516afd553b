# Front Door. Two commands do everything on a fresh machine:
#   make run    install what is missing, build (debug), start the portal on SQLite with demo residents
#   make test   install what is missing, then run every test (unit, integration on SQLite
#               and PostgreSQL, end-to-end in Chromium with JavaScript on, off and low-data,
#               and in Welsh and Polish, axe and reflow, then the low-data page weights)
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Matches what cargo-leptos sets when it builds, so tests reuse its build.
export LEPTOS_OUTPUT_NAME := front-door
CARGO_SSR := --no-default-features --features ssr
# Both halves of the page-weight benchmark on the release build.
PAGE_WEIGHT := node end2end/page-weight.mjs --modes low,standard --server target/release/front-door --site target/site-release

.PHONY: run run-release test setup build release unit integration e2e lint bench page-weight

# The debug build: quickest to build (its wasm is large; see README, "Which build").
run:
	@bash scripts/setup.sh
	cargo leptos serve

# The build people would get: optimised wasm (wasm-opt), files compressed at build time.
run-release:
	@bash scripts/setup.sh
	LEPTOS_SITE_ROOT=target/site-release cargo leptos serve --release --precompress

test:
	@bash scripts/setup.sh --browser
	@bash scripts/test.sh

setup:
	@bash scripts/setup.sh --browser

build:
	node scripts/build-styles.mjs
	cargo leptos build

# Its own site folder, so it never replaces the debug site the tests use.
release:
	node scripts/build-styles.mjs
	LEPTOS_SITE_ROOT=target/site-release cargo leptos build --release --precompress

unit:
	cargo test $(CARGO_SSR) --lib

integration:
	cargo test $(CARGO_SSR) --test main

e2e: build
	npx playwright test --config end2end/playwright.config.mjs

lint:
	python3 scripts/check-layers.py
	cargo clippy $(CARGO_SSR) --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

# Prints figures for the record and appointments pages, Lighthouse scores, then every
# page's weight in a browser in both versions (release build; fails when a page breaks
# its budget).
bench: release
	cargo bench $(CARGO_SSR) --bench record --bench appointments
	node end2end/lighthouse.mjs --server target/release/front-door --site target/site-release
	$(PAGE_WEIGHT)

# Page weights alone, on the release build.
page-weight: release
	$(PAGE_WEIGHT)
