#!/usr/bin/env bash
# Installs what is missing, then configures and builds planlint into build/ (BUILD_DIR).
#
#   scripts/build.sh                  the program only (build/linter/planlint): what a user needs
#   scripts/build.sh --tests          everything, test suites included (scripts/test.sh)
#   scripts/build.sh --tests --werror the same with warnings as errors (CI and developers)
#
# The build type is Release (-O3) unless BUILD_TYPE says otherwise, so that CI sees the
# warnings an optimising build gives, the same build a packager makes.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=0 werror=0
for arg in "$@"; do
  case "$arg" in
    --tests) tests=1 ;;
    --werror) werror=1 ;;
    *) echo "build.sh: unknown option $arg (use --tests, --werror)" >&2; exit 2 ;;
  esac
done
if [ "$tests" = 1 ]; then bash scripts/install-deps.sh; else bash scripts/install-deps.sh --build-only; fi

BUILD_DIR=${BUILD_DIR:-build}
args=(-S . -B "$BUILD_DIR" -G Ninja)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  args+=(-DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}")
  # A first program-only build leaves the tests out of the configuration (no GoogleTest, Node
  # or Neovim needed); a later --tests build turns them on in the same tree.
  [ "$tests" = 1 ] || args+=(-DBUILD_TESTING=OFF)
fi
[ "$tests" = 1 ] && args+=(-DBUILD_TESTING=ON)
# Only an explicit --werror turns warnings into errors (the option's default is off).
[ "$werror" = 1 ] && args+=(-DPLANLINT_WERROR=ON)
if [ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then args+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$CMAKE_CXX_COMPILER_LAUNCHER"); fi
cmake "${args[@]}" >/dev/null
if [ "$tests" = 1 ]; then
  cmake --build "$BUILD_DIR" -j "$(nproc)"
else
  cmake --build "$BUILD_DIR" -j "$(nproc)" --target planlint
fi
