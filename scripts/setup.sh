#!/usr/bin/env bash
# Installs whatever this machine lacks to build and test Front Door, and skips
# whatever is already there. Safe to run again. `--browser` also installs Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown

pids=()
if ! cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION"; then
  log "installing cargo-leptos $CARGO_LEPTOS_VERSION (20-35 minutes on 2 cores, once)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads >target-setup-cargo-leptos.log 2>&1 &
  pids+=($!)
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes, once)"
  # Without --locked: its lockfile pins a crate the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" >target-setup-wasm-bindgen.log 2>&1 &
  pids+=($!)
fi

if [ ! -d node_modules/nhsuk-frontend ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund
fi
node scripts/build-styles.mjs

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  log "installing Chromium from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y chromium >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y chromium >/dev/null; }
fi

for pid in "${pids[@]}"; do
  if ! wait "$pid"; then
    log "a cargo install failed; see target-setup-*.log"
    tail -n 30 target-setup-*.log || true
    exit 1
  fi
done
rm -f target-setup-*.log
log "ready: $(cargo leptos --version), $(wasm-bindgen --version)"
