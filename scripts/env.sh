# shellcheck shell=bash
# Sourced by scripts/*: puts the project's pinned tools first on PATH.
#   .tools/node_modules/.bin  wasm-opt (npm binaryen), installed by scripts/setup
#   ~/.cargo/bin              trunk, wasm-bindgen, wasm-bindgen-test-runner
# CHROMEDRIVER tells wasm-bindgen-test-runner to use Debian's chromium-driver.
MLT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MLT_ROOT
export PATH="$MLT_ROOT/.tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
