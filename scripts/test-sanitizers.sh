#!/usr/bin/env bash
# Robustness stage of CI (after scripts/test.sh): the C++ test suite under AddressSanitizer
# and UndefinedBehaviorSanitizer, then the libFuzzer target for a bounded time.
#   FUZZ_SECONDS=60 scripts/test-sanitizers.sh
# A crash, leak, timeout or out-of-memory fails the run; libFuzzer's reproducer is left in
# build-fuzz/artifacts/ — copy it to fuzz/regressions/ to keep it as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

echo "== AddressSanitizer + UndefinedBehaviorSanitizer: C++ tests"
if [ ! -f build-asan/CMakeCache.txt ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANLINT_SANITIZE=ON
fi
cmake --build build-asan -j "$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The editor-extension and browser tests exercise no C++ beyond the CLI runs already covered.
ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '(_e2e$|^vscode|^npm)'

echo "== libFuzzer: ${FUZZ_SECONDS:-60} s over parse + model + all rules + outputs"
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANLINT_FUZZ=ON -DBUILD_TESTING=OFF
fi
cmake --build build-fuzz -j "$jobs" --target planlint_fuzz
mkdir -p build-fuzz/corpus build-fuzz/artifacts
# Kept crashers must still pass, then fuzz from the seeds (examples and edge cases).
if compgen -G "fuzz/regressions/*" >/dev/null; then ./build-fuzz/fuzz/planlint_fuzz fuzz/regressions/*; fi
./build-fuzz/fuzz/planlint_fuzz -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/ build-fuzz/corpus fuzz/corpus
echo "sanitizers and fuzzing: no crash, leak, timeout or out-of-memory"
