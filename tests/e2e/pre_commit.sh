#!/usr/bin/env bash
# End-to-end: planlint as a pre-commit hook (Debian's pre-commit, offline via try-repo)
# against a temporary plan repository. A clean plan passes; a plan with an error blocks the
# commit and the finding is shown.
set -uo pipefail
planlint=$1
root=$2
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/install-deps.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" PATH="$(dirname "$planlint"):$PATH" NO_COLOR=1
repo="$work/planer"
mkdir -p "$repo" && cd "$repo" || exit 1
git init -q . && git config user.email test@example.invalid && git config user.name test
cp "$root/examples/barn-specialboernehjem.plan" asta.plan
printf '# Individuel plan\nBorger: Testperson\nOmråde: voksne\n\n## Mål 1: Testperson laver mad\nSlut: 31-02-2026\n' > fejl.plan
git add asta.plan fejl.plan

fail=0
if ! out=$(pre-commit try-repo "$root" planlint --files asta.plan 2>&1); then
  echo "FAIL: the clean plan was blocked:"; echo "$out"; fail=1
fi
if out=$(pre-commit try-repo "$root" planlint --files fejl.plan 2>&1); then
  echo "FAIL: the plan with an error was not blocked:"; echo "$out"; fail=1
elif ! grep -q "fejl.plan:6:7: fejl\[PL006\]" <<<"$out"; then
  echo "FAIL: the finding is not shown:"; echo "$out"; fail=1
fi
[ "$fail" = 0 ] && echo "pre-commit: clean plan passes, plan with an error is blocked with its finding"
exit "$fail"
