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

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
ensure_chromium() {
  step "Chromium"
  if ! command -v chromium >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  fi
  chromium --version
}

# The web app's tools: Trunk and the wasm-bindgen CLI that matches Cargo.lock, from crates.io.
# (wasm-bindgen-cli 0.2.130's own lock file names a yanked crate, so it installs unlocked.)
TRUNK_VERSION=0.22.1
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
ensure_web_tools() {
  step "Trunk $TRUNK_VERSION and wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    (cd "$ROOT" && cargo install trunk --version "$TRUNK_VERSION" --locked)
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    (cd "$ROOT" && cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION")
  fi
}

# Builds the release site into $1: the sandbox, the JavaScript bundles, the packs compiled by
# `pyprep build` (with the pyprep binary in $2), the Yew app by Trunk, and the service worker.
build_site() {
  local out="$1" pyprep="$2"
  build_sandbox
  step "JavaScript bundles and packs (www/gen)"
  rm -rf "$ROOT/www/gen"
  mkdir -p "$ROOT/www/gen"
  (cd "$ROOT" && node scripts/bundle.mjs www/gen)
  cp "$PYPREP_SANDBOX_WASM" "$ROOT/www/gen/pyprep-sandbox.wasm"
  # The starter pack first, then the bank from easy to hard, then any other pack.
  local packs=() dir
  for dir in starter oa-warmup oa-core python-concepts; do
    [ -d "$ROOT/problems/$dir" ] && packs+=("problems/$dir")
  done
  for dir in "$ROOT"/problems/*/; do
    dir="problems/$(basename "$dir")"
    [[ " ${packs[*]} " == *" $dir "* ]] || packs+=("$dir")
  done
  (cd "$ROOT" && "$pyprep" build "${packs[@]}" --out www/gen/packs)
  step "Web app (trunk build --release)"
  mkdir -p "$out"
  (cd "$ROOT" && trunk build --release --dist "$out")
  mv "$out/gen/packs" "$out/packs"
  rm -f "$out/.trunk-lock"
  (cd "$ROOT" && node scripts/precache.mjs "$out")
}

# Builds the pyprep command with the same features as `cargo test --workspace`, so that the two
# share one build of RustPython, and prints its path.
build_pyprep() {
  step "The pyprep command" >&2
  (cd "$ROOT" && cargo test --workspace --locked --no-run >&2)
  echo "$CARGO_TARGET_DIR/debug/pyprep"
}
