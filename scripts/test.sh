#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the normal suite (unit, rules,
# language corpus, golden, CLI, pre-commit, output formats, agenda, LSP with Neovim and a
# Node client, VS Code extension), then the robustness stage (the suite under ASan+UBSan and
# 60 s of libFuzzer, scripts/test-sanitizers.sh). PLANLINT_SKIP_SANITIZERS=1 skips the latter
# for a quick local run; CI never sets it.
set -euo pipefail
cd "$(dirname "$0")/.."
# Release (-O3) with warnings as errors: the packager's build, so that CI sees its warnings.
bash scripts/build.sh --tests --werror
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
if [ "${PLANLINT_SKIP_SANITIZERS:-0}" != 1 ]; then
  bash scripts/test-sanitizers.sh
fi
