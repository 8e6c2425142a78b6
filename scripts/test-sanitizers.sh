#!/usr/bin/env bash
# Robustness stage (run by scripts/test.sh after the normal suite): the C++ test suite, the
# CLI and language-server tests under AddressSanitizer and UndefinedBehaviorSanitizer, then
# two libFuzzer targets for a bounded time: two thirds of FUZZ_SECONDS over parse + model +
# all rules + outputs (planlint_fuzz), the rest over the configuration: planlint.toml and the
# language server's settings (planlint_config_fuzz).
#   FUZZ_SECONDS=60 scripts/test-sanitizers.sh
# One clang tree (build-san) serves both: everything is built with ASan+UBSan and libFuzzer's
# coverage hooks, the tests link without the fuzzer's main. A crash, leak, timeout or
# out-of-memory fails the run; libFuzzer's reproducer is left in build-san/fuzz-artifacts/ or
# build-san/fuzz-artifacts-config/ — copy it to fuzz/regressions/ or fuzz/regressions-config/
# to keep it as a regression test (the normal suite runs those).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)
dir=${SAN_BUILD_DIR:-build-san}

echo "== build: clang, AddressSanitizer + UndefinedBehaviorSanitizer + libFuzzer ($dir)"
if [ ! -f "$dir/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANLINT_FUZZ=ON
fi
cmake --build "$dir" -j "$jobs"

echo "== tests under the sanitizers"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The editor extension's own tests (TypeScript, npm) run no C++ beyond `planlint lsp`, which
# the LSP sessions and both LSP clients cover here.
ctest --test-dir "$dir" --output-on-failure -j "$jobs" -E '^(vscode|npm)'

total=${FUZZ_SECONDS:-60}
plan_seconds=$((total * 2 / 3))
config_seconds=$((total - plan_seconds))

echo "== libFuzzer: $plan_seconds s over parse + model + all rules + outputs"
fuzzer="$dir/fuzz/planlint_fuzz"
mkdir -p "$dir/fuzz-corpus" "$dir/fuzz-artifacts"
# Kept crashers must still pass, then fuzz from the seeds (examples, the test fixtures and edge cases).
if compgen -G "fuzz/regressions/*" >/dev/null; then "$fuzzer" fuzz/regressions/*; fi
"$fuzzer" -max_total_time="$plan_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$dir/fuzz-artifacts/" "$dir/fuzz-corpus" fuzz/corpus examples tests/fixtures

echo "== libFuzzer: $config_seconds s over planlint.toml and the language server's settings"
fuzzer="$dir/fuzz/planlint_config_fuzz"
mkdir -p "$dir/fuzz-corpus-config" "$dir/fuzz-artifacts-config"
if compgen -G "fuzz/regressions-config/*" >/dev/null; then "$fuzzer" fuzz/regressions-config/*; fi
"$fuzzer" -max_total_time="$config_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -print_final_stats=1 -artifact_prefix="$dir/fuzz-artifacts-config/" "$dir/fuzz-corpus-config" fuzz/corpus-config \
  linter/config/profiles
echo "sanitizers and fuzzing: no crash, leak, timeout or out-of-memory"
