#!/usr/bin/env bash
# Runs the browser tests: the Firefox build validation and the end-to-end tests of the real
# extension in Debian's Chromium with the real host (build/release/host/kassawacht).
# Screenshots land in build/e2e-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
cd tests/e2e
# npm ci installs exactly the committed lock file; skipped when it is already installed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.kassawacht-lock; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.kassawacht-lock
fi
export KW_BINARY="${KW_BINARY:-$PWD/../../build/release/host/kassawacht}"
node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
