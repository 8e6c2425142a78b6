#!/usr/bin/env bash
# Entry point of the pre-commit hook: lints the staged .plan files pre-commit passes in.
# Uses planlint from PATH if there is one; otherwise builds it next to this script once.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if command -v planlint >/dev/null 2>&1; then
  bin=$(command -v planlint)
else
  bin="$here/build/linter/planlint"
  if [ ! -x "$bin" ]; then
    echo "planlint: bygger planlint første gang (det tager et par minutter) ..." >&2
    BUILD_DIR="$here/build" bash "$here/scripts/build.sh" >&2
  fi
fi
exec "$bin" check --quiet "$@"
