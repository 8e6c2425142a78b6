#!/usr/bin/env bash
# --fix is idempotent and atomic; --jobs never changes the output.
set -uo pipefail
planlint=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }

# Idempotence: a second --fix run changes nothing.
mkdir "$work/plans"
printf '# Individuel plan\nBorger: Testperson\nOmråde: voksne\n\n## Mål 1: Testperson laver mad\nHandleplan: H1\nStart: 01-02-2026\nSlut: 31-12-2026\n' >"$work/plans/a.plan"
printf '# Individuel plan\r\nBorger: Testperson\r\n\r\n## Mål 1: B\r\nStart: 01-02-2026\r\n' >"$work/plans/crlf.plan"
chmod 640 "$work/plans/a.plan"
"$planlint" check --no-cache --today 2026-08-10 --fix --unsafe-fixes "$work/plans" >/dev/null 2>"$work/fix1.err"
check "the first --fix changed the files" "grep -q 'Rettede' '$work/fix1.err'"
check "permissions kept" "[ \"\$(stat -c %a '$work/plans/a.plan')\" = 640 ]"
check "inserted lines keep CRLF" "! grep -q \$'[^\\r]\$' <(head -c -0 '$work/plans/crlf.plan' | sed -n '/Succeskriterium/p')"
cp -r "$work/plans" "$work/after1"
"$planlint" check --no-cache --today 2026-08-10 --fix --unsafe-fixes "$work/plans" >/dev/null 2>"$work/fix2.err"
check "the second --fix changes nothing" "diff -r '$work/after1' '$work/plans' >/dev/null && ! grep -q Rettede '$work/fix2.err'"
check "--diff after --fix is empty" "[ -z \"\$('$planlint' check --no-cache --today 2026-08-10 --diff --unsafe-fixes '$work/plans' 2>/dev/null)\" ]"

# Atomicity: a write that fails midway (file size limit) leaves the original untouched.
mkdir "$work/big"
{ printf '# Individuel plan\nBorger: Testperson\n\n## Mål 1: Testperson laver mad\nStart: 01-02-2026\n\n'
  for i in $(seq 1 3000); do printf 'Fritekst om dagen, linje %d, med æ, ø og å.\n' "$i"; done; } >"$work/big/big.plan"
sum=$(sha256sum "$work/big/big.plan")
( ulimit -f 64; trap '' XFSZ; "$planlint" check --no-cache --today 2026-08-10 --fix --unsafe-fixes "$work/big/big.plan" >/dev/null 2>"$work/big.err"; echo $? >"$work/big.exit" )
check "a failed write exits 2" "[ \"\$(cat '$work/big.exit')\" = 2 ]"
check "a failed write says so" "grep -q 'filen er uændret' '$work/big.err'"
check "a failed write leaves the original intact" "[ \"\$(sha256sum '$work/big/big.plan')\" = \"$sum\" ]"
check "a failed write leaves no temporary file" "[ \"\$(ls '$work/big')\" = big.plan ]"

# --jobs: the same output for one and two jobs over 300 generated plans.
python3 "$root/bench/gen_corpus.py" "$work/corpus" --count 300 --seed 7
"$planlint" check --no-cache --today 2026-08-10 --format json -j 1 "$work/corpus" >"$work/j1.json" 2>&1
"$planlint" check --no-cache --today 2026-08-10 --format json -j 2 "$work/corpus" >"$work/j2.json" 2>&1
check "--jobs 1 and --jobs 2 give identical output" "cmp -s '$work/j1.json' '$work/j2.json' && [ -s '$work/j1.json' ]"

[ "$fail" = 0 ] && echo "fix and jobs: idempotent, atomic, and identical for any --jobs"
exit "$fail"
