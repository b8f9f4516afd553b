#!/usr/bin/env bash
# Runs every test: unit and integration (SQLite and PostgreSQL), then the
# end-to-end suite in Chromium with JavaScript on, off and in the low-data version,
# with axe and a 320 px reflow check on every page, then the low-data page weights.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export LEPTOS_OUTPUT_NAME=front-door

step() { printf '\n=== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

# PostgreSQL must be reachable: these tests never skip it.
PG_URL="${FRONTDOOR_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
export FRONTDOOR_TEST_POSTGRES_URL="$PG_URL"
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    sleep 2
  fi
fi

step "layer check (features side by side, floors below name no feature)"
python3 scripts/check-layers.py

step "building the site (server and wasm)"
cargo leptos build

step "unit and integration tests (SQLite and PostgreSQL)"
cargo test --no-default-features --features ssr

step "end-to-end tests in Chromium (JavaScript on, off, the low-data version, Welsh and Polish; axe-core and 320 px reflow)"
npx playwright test --config end2end/playwright.config.mjs

step "page weights in the low-data version (every page <= 30 KB, HTML <= 14 KB, no script)"
node end2end/page-weight.mjs --modes low --server target/debug/front-door

step "all tests passed"
