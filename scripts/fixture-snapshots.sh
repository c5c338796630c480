#!/usr/bin/env bash
# Regenerates the snapshot JSON twin of every fixture page (tests/fixtures/**/NN-step.html ->
# NN-step.snapshot.json) with the host's own HTML reader. Run after editing a fixture page.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build/release/host/kassawacht}"
find tests/fixtures -name '*.html' | sort | while read -r page; do
  "$bin" snapshot "$page" > "${page%.html}.snapshot.json"
done
