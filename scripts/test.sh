#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, golden, CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
