#!/usr/bin/env bash
# Installs every Debian package planlint needs to build and test (--build-only: to build
# the program alone). Idempotent:
# packages already present are skipped, and apt-get runs only when something is missing.
set -euo pipefail

# What building the program needs (scripts/build.sh without --tests: run-examples.sh and the
# pre-commit hook) ...
build_packages=(
  build-essential cmake ninja-build pkg-config
  antlr4 libantlr4-runtime-dev
  libicu-dev libfmt-dev
  nlohmann-json3-dev libtomlplusplus-dev libcli11-dev
  libstemmer-dev
)
# ... and what the tests need on top: GoogleTest, the CLI, pre-commit, agenda and editor tests
# (Chromium, icalendar, Neovim, Node.js), and the sanitizer and fuzzing stage (clang, llvm).
test_packages=(
  libgtest-dev libgmock-dev
  pre-commit git python3 time bc
  chromium python3-icalendar neovim
  clang libclang-rt-14-dev llvm
)

build_only=0
[ "${1:-}" = "--build-only" ] && build_only=1
packages=("${build_packages[@]}")
[ "$build_only" = 1 ] || packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm run the output-format and editor-extension tests; a machine that already
# has node (e.g. from nodesource) keeps it. Debian 12's own nodejs 18 and npm 9 are enough:
# every package in the lock files accepts them (ctest npm_node_engines).
if [ "$build_only" = 0 ]; then
  if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
  if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "$build_only" = 1 ] && exit 0

# npm packages of the test tools, from the committed lock file (npm ci), when missing or
# when the lock file changed since the last install.
root=$(cd "$(dirname "$0")/.." && pwd)
for dir in tests/js tests/lsp/node vscode-extension; do
  lock="$root/$dir/package-lock.json"
  stamp="$root/$dir/node_modules/.planlint-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
    echo "install-deps: npm ci in $dir"
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$stamp"
  fi
done
