#!/usr/bin/env bash
# Bulk-run benchmark: 10,000 generated plans, --jobs 1 vs all cores (outputs must be
# identical), and the cache (cold vs warm run). Prints figures; never fails on timings.
#
#   bench/bulk.sh [build/linter/planlint] [count]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
planlint=$(realpath "${1:-$root/build/linter/planlint}")
[ -x "$planlint" ] || { echo "bench/bulk.sh: no planlint at $planlint (build first)" >&2; exit 2; }
count=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_corpus.py" "$work/plans" --count "$count"
mb=$(du -sm "$work/plans" | cut -f1)
cd "$work/plans"
declare -A seconds
run() {  # label, then planlint arguments; prints seconds and peak RSS
  local t0 t1 rss
  t0=$(date +%s.%N)
  local label=$1
  shift
  /usr/bin/time -f "%M" -o "$work/rss" "$planlint" check . --today 2026-08-10 --format concise -q "$@" >"$work/out.$label.txt" 2>/dev/null || true
  rss=$(tail -1 "$work/rss")
  t1=$(date +%s.%N)
  seconds[$label]=$(echo "$t1 - $t0" | bc)
  printf '%-28s %7.2f s  %8.0f files/s  %6.1f MB/s  peak RSS %4d MB\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$(echo "$count / ($t1 - $t0)" | bc -l)" "$(echo "$mb / ($t1 - $t0)" | bc -l)" "$((rss / 1024))"
}
echo "corpus: $count plans, $mb MB"
run jobs1 --no-cache -j 1
run jobsN --no-cache
cmp -s "$work/out.jobs1.txt" "$work/out.jobsN.txt" && echo "output --jobs 1 == --jobs $(nproc): identical" || echo "output differs between job counts: FAIL"
rm -rf .planlint_cache
run cache-cold
run cache-warm
cmp -s "$work/out.cache-cold.txt" "$work/out.cache-warm.txt" && echo "cached output identical" || echo "cached output differs: FAIL"
speedup=$(echo "${seconds[cache-cold]} / ${seconds[cache-warm]}" | bc -l)
printf 'cache speed-up warm vs cold: %.1fx (target >= 5x): %s\n' "$speedup" "$(echo "$speedup >= 5" | bc -l | sed 's/1/PASS/;s/0/FAIL/')"
