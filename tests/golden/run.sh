#!/usr/bin/env bash
# Golden test of the CLI: runs planlint over examples/ and compares output and exit code
# with the files in tests/golden/. UPDATE_GOLDEN=1 rewrites them.
set -uo pipefail
planlint=$1
root=$2
golden="$root/tests/golden"
cd "$root" || exit 2
export NO_COLOR=1
failed=0

check() {  # name, then planlint arguments
  local name=$1
  shift
  local actual
  actual=$("$planlint" "$@" 2>&1)
  actual+=$'\n'"exit: $?"
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    printf '%s\n' "$actual" >"$golden/$name"
    echo "updated $name"
  elif ! diff -u "$golden/$name" <(printf '%s\n' "$actual"); then
    echo "golden mismatch: $name (planlint $*)"
    failed=1
  fi
}

today=2026-08-10  # the reference plan's own "now": clean plans have no finding at all
for f in examples/*.plan; do
  base=$(basename "$f" .plan)
  check "$base.txt" check --no-cache --today $today --color never "$f"
  check "$base.en.txt" check --no-cache --today $today --lang en "$f"
done
# Half a year later the reference plan's evaluations, status and revision are overdue.
check "barn-specialboernehjem.2027-03-01.txt" check --no-cache --today 2027-03-01 examples/barn-specialboernehjem.plan
check "fejlbehaeftet.json" check --no-cache --today $today --format json examples/fejlbehaeftet.plan
check "examples-dir.concise.txt" check --no-cache --today $today --format concise examples
check "examples-dir.statistics.txt" check --no-cache --today $today --statistics examples
# The deadline agenda of every example half a year later: the overdue and the coming deadlines.
check "examples-dir.agenda.txt" agenda examples/ --today 2027-03-01
check "examples-dir.agenda.csv" agenda examples/ --today 2027-03-01 --format csv

if [ "$failed" = 0 ]; then echo "golden: all outputs match"; fi
exit "$failed"
