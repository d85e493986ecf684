#!/usr/bin/env bash
# Shared set-up for pyprep's scripts: strict mode, the cargo target directory, the tool checks.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The target directory lives outside the clone, so that a fresh clone reuses the compiled RustPython.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/pyprep/target}"
SANDBOX_DIR="$CARGO_TARGET_DIR/sandbox"
export PYPREP_SANDBOX_WASM="$SANDBOX_DIR/pyprep-sandbox.wasm"

step() { printf '\n==> %s\n' "$*"; }

# Installs the pinned Rust toolchain and its WebAssembly targets (rustup reads rust-toolchain.toml).
ensure_rust() {
  step "Rust toolchain"
  (cd "$ROOT" && rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install)
  (cd "$ROOT" && rustup target add wasm32-wasip1 wasm32-unknown-unknown >/dev/null)
}

# Installs the npm packages exactly as package-lock.json pins them.
ensure_npm() {
  step "npm packages"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
}

# Builds the judge's WebAssembly sandbox and bundles the Node.js runner (which shares the
# browser's WASI host code) beside it.
build_sandbox() {
  step "WebAssembly sandbox (wasm32-wasip1)"
  (cd "$ROOT" && cargo build --release --locked -p pyprep-judge --bin pyprep-sandbox --target wasm32-wasip1)
  mkdir -p "$SANDBOX_DIR"
  cp "$CARGO_TARGET_DIR/wasm32-wasip1/release/pyprep-sandbox.wasm" "$PYPREP_SANDBOX_WASM"
  (cd "$ROOT" && npx esbuild scripts/wasi-run.mjs --bundle --platform=node --format=esm \
    --log-level=warning --outfile="$SANDBOX_DIR/wasi-run.mjs")
}
