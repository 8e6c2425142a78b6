#!/usr/bin/env bash
# The main job: install, build the program (only the program: no test suite), and lint the
# bundled example plans.
# examples/fejlbehaeftet.plan is full of mistakes on purpose, so findings are expected;
# only a usage or internal failure (exit code 2) fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "run-examples: planlint check examples/" >&2
status=0
"${BUILD_DIR:-build}/linter/planlint" check examples/ "$@" || status=$?
if [ "$status" -ge 2 ]; then
  echo "run-examples: planlint failed with exit code $status" >&2
  exit "$status"
fi
