#!/usr/bin/env bash
# The benchmark of issue 9: one seeded corpus, every figure in one run, one PASS/FAIL line
# per target (figures are printed, never asserted). See bench/run.py for the options.
#
#   cmake --build build && bench/run.sh                  # 10,000 plans, takes a few minutes
#   bench/run.sh --build build-bench --count 2000        # smaller corpus, another build
#
# The peer (textlint + textlint-rule-prh) is installed by `npm ci` in bench/peer the first
# time it is needed; --peer-count 0 skips it.
set -euo pipefail
exec python3 "$(cd "$(dirname "$0")" && pwd)/run.py" "$@"
