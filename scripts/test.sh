#!/usr/bin/env bash
# Builds and runs every test: the release build, the browser tests (real Chromium, real extension,
# real host), then the C++ tests again under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

bash scripts/build.sh release
ctest --preset release -j2
bash scripts/e2e.sh

bash scripts/build.sh sanitize
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset sanitize -j2
