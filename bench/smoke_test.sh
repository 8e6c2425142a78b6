#!/usr/bin/env bash
# ctest bench_smoke: bench/run.sh and the programs it runs, on 20 plans, so that they do not
# rot. Checks that every figure and every target line is printed; never checks a timing.
# The peer needs npm, so here only its configuration (bench/peer/make_prh.py) is made.
#
#   bench/smoke_test.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: bench/smoke_test.sh BUILD_DIR}
out=$("$root/bench/run.sh" --build "$build" --count 20 --peer-count 0 --startup-runs 3 --edits 6 --open 5 --long-lines 300)
printf '%s\n' "$out"
fail=0
for want in "--jobs 1 " "read + split lines" "start-up: planlint check on one plan" "lsp open: " "lsp edit latency: 6 edits" \
  "lsp memory: 5 open plans" "lexing (scanner)" "parsing (ANTLR parser)" "model building" "rules " "output rendering" \
  "check >= 20 MB/s per core" "check peak RSS < 200 MB" "one-file start-up < 20 ms" "LSP p99 < 10 ms"; do
  if ! grep -qF -- "$want" <<<"$out"; then
    echo "bench_smoke: missing in the output: $want"
    fail=1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/peer/make_prh.py" "$root/rules/data/avoidance.txt" "$tmp/prh.yml" 2>/dev/null
if ! grep -q 'pattern: "/(?<!\\\\p{L})undg' "$tmp/prh.yml"; then
  echo "bench_smoke: the prh rules have no rule for »undgå«"
  fail=1
fi
exit $fail
