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

# Symbolic links: --fix writes through them to the file they lead to, keeps the links and the
# target's mode; a link that leads nowhere is an error (exit 2) that creates nothing, and the
# other plans are still fixed. Hard links are broken, and the user is told.
links="$work/links"
mkdir -p "$links/data" "$links/plans"
ascii_plan() { printf '# Individuel plan\nBorger: Testperson\nOmråde: voksne\n\n## Maal 1: Testperson laver mad\nStart: 01-02-2026\n' >"$1"; chmod 640 "$1"; }
for name in abs rel chain hard diff; do ascii_plan "$links/data/$name.plan"; done
ln -s "$links/data/abs.plan" "$links/plans/abs.plan"   # absolute
ln -s ../data/rel.plan "$links/plans/rel.plan"         # relative, into another folder
ln -s ../data/chain.plan "$links/plans/chain-mid.link" # a chain of two links
ln -s chain-mid.link "$links/plans/chain.plan"
ln -s ../data/missing.plan "$links/plans/dangling.plan"
ln -s loop.plan "$links/plans/loop.plan"
ln "$links/data/hard.plan" "$links/plans/hard.plan"
"$planlint" check --no-cache --today 2026-08-10 --fix "$links/plans" >/dev/null 2>"$links.err"; code=$?
check "a dangling link makes --fix exit 2" "[ $code = 2 ]"
check "the dangling link is named, with what it points to" "grep -q 'dangling.plan: kan ikke rettes: det symbolske link peger på »../data/missing.plan«, som ikke findes; intet er skrevet' '$links.err'"
check "a link loop is named" "grep -q 'loop.plan: kan ikke rettes: de symbolske links danner en løkke' '$links.err'"
check "the other plans are fixed" "grep -q 'Rettede 4 fund i 4 filer' '$links.err'"
for name in abs rel chain; do
  check "$name: the target is fixed" "grep -q '^## Mål 1' '$links/data/$name.plan'"
  check "$name: the target keeps its mode" "[ \"\$(stat -c %a '$links/data/$name.plan')\" = 640 ]"
done
check "the links are still the same links" "[ \"\$(readlink '$links/plans/abs.plan')\" = '$links/data/abs.plan' ] && [ \"\$(readlink '$links/plans/rel.plan')\" = ../data/rel.plan ] && [ \"\$(readlink '$links/plans/chain.plan')\" = chain-mid.link ] && [ \"\$(readlink '$links/plans/chain-mid.link')\" = ../data/chain.plan ]"
check "nothing is created for the dangling link" "[ ! -e '$links/data/missing.plan' ] && [ -L '$links/plans/dangling.plan' ]"
check "no temporary file is left" "! ls '$links/data' '$links/plans' | grep -q planlint-"
check "a hard link: the name given is fixed, with the mode kept" "grep -q '^## Mål 1' '$links/plans/hard.plan' && [ \"\$(stat -c %a '$links/plans/hard.plan')\" = 640 ]"
check "a hard link: the other name keeps the old text" "grep -q '^## Maal 1' '$links/data/hard.plan'"
check "a hard link is broken, and the user is told" "grep -q 'hard.plan: filen har hårde links; kun dette navn er rettet, og filens 1 andet navn har stadig den gamle tekst' '$links.err'"
check "the rest of --fix's output is unchanged by links" "[ \"\$(grep -c '^planlint: ' '$links.err')\" = 3 ]"
"$planlint" check --no-cache --today 2026-08-10 --fix --lang en "$links/plans/dangling.plan" >/dev/null 2>"$links.en.err"; code=$?
check "--lang en: the dangling link in English, exit 2" "[ $code = 2 ] && grep -q 'dangling.plan: cannot be fixed: the symbolic link points to »../data/missing.plan«, which does not exist; nothing was written' '$links.en.err'"
ln -s ../data/diff.plan "$links/plans/diff.link"
before=$(sha256sum "$links/data/diff.plan")
"$planlint" check --no-cache --today 2026-08-10 --diff "$links/plans/diff.link" >"$links.diff" 2>/dev/null; code=$?
check "--diff through a link shows the fix under the link's name" "[ $code = 1 ] && grep -q '^--- a/.*plans/diff.link\$' '$links.diff' && grep -q '^+## Mål 1' '$links.diff'"
check "--diff through a link changes nothing" "[ \"\$(sha256sum '$links/data/diff.plan')\" = \"$before\" ] && [ \"\$(readlink '$links/plans/diff.link')\" = ../data/diff.plan ]"

# A failed write through a link (file size limit) leaves the target intact and no temporary
# file beside it or beside the link.
mkdir -p "$work/biglink/data" "$work/biglink/plans"
cp "$work/big/big.plan" "$work/biglink/data/big.plan"
ln -s ../data/big.plan "$work/biglink/plans/big.plan"
bigsum=$(sha256sum <"$work/biglink/data/big.plan")
( ulimit -f 64; trap '' XFSZ; "$planlint" check --no-cache --today 2026-08-10 --fix --unsafe-fixes "$work/biglink/plans/big.plan" >/dev/null 2>"$work/biglink.err"; echo $? >"$work/biglink.exit" )
check "a failed write through a link exits 2 and names the target" "[ \"\$(cat '$work/biglink.exit')\" = 2 ] && grep -q 'kan ikke skrive rettelserne til ».*/biglink/data/big.plan« (filen bliver større end tilladt); filen er uændret' '$work/biglink.err'"
check "a failed write through a link leaves the target intact" "[ \"\$(sha256sum <'$work/biglink/data/big.plan')\" = '$bigsum' ]"
check "a failed write through a link leaves no temporary file" "[ \"\$(ls '$work/biglink/data')\" = big.plan ] && [ \"\$(ls '$work/biglink/plans')\" = big.plan ]"

# --jobs: the same output for one and two jobs over 300 generated plans.
python3 "$root/bench/gen_corpus.py" "$work/corpus" --count 300 --seed 7
"$planlint" check --no-cache --today 2026-08-10 --format json -j 1 "$work/corpus" >"$work/j1.json" 2>&1
"$planlint" check --no-cache --today 2026-08-10 --format json -j 2 "$work/corpus" >"$work/j2.json" 2>&1
check "--jobs 1 and --jobs 2 give identical output" "cmp -s '$work/j1.json' '$work/j2.json' && [ -s '$work/j1.json' ]"

[ "$fail" = 0 ] && echo "fix and jobs: idempotent, atomic, through links, and identical for any --jobs"
exit "$fail"
