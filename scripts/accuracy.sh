#!/usr/bin/env bash
# Builds the accuracy harness and prints the corpus report: per family and per rule accuracy,
# precision, recall, and every mismatch (docs/accuracy.md). Uses the release preset (build/release),
# or an existing build tree named by KASSAWACHT_BUILD_DIR.
# Usage: scripts/accuracy.sh [--json] [--rule ID] [--family NAME] [--explain CASE] [--no-thresholds]
# Exit 0: thresholds met; 1: below tests/corpus/thresholds.json; 2: malformed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n "${KASSAWACHT_BUILD_DIR:-}" ]]; then
  build="$KASSAWACHT_BUILD_DIR"
  cmake --build "$build" -j2 --target kassawacht_corpus >&2
else
  build=build/release
  cmake --preset release >/dev/null
  cmake --build --preset release --target kassawacht_corpus >&2
fi
exec "$build/tests/corpus/kassawacht_corpus" "$@"
