#!/usr/bin/env bash
# The machine formats as their consumers read them: SARIF against the official schema,
# JUnit XML and GitHub annotations parsed back.
set -uo pipefail
planlint=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
[ -d tests/js/node_modules ] || { echo "tests/js/node_modules missing: run scripts/install-deps.sh"; exit 1; }
fail=0
"$planlint" check --no-cache --today 2026-11-24 --format sarif examples >"$work/out.sarif.json"
node tests/js/validate-sarif.mjs "$work/out.sarif.json" || fail=1
"$planlint" check --no-cache --today 2026-11-24 --format junit examples >"$work/out.xml"
python3 tests/js/validate-junit.py "$work/out.xml" || fail=1
"$planlint" check --no-cache --today 2026-11-24 --format github examples >"$work/out.txt"
python3 tests/js/validate-github.py "$work/out.txt" || fail=1
exit "$fail"
