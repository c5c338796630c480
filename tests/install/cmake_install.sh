#!/usr/bin/env bash
# `cmake --install` into a temporary prefix outside the build tree, then runs the installed binary
# from elsewhere: it must find <prefix>/share/kassawacht/rules, not the source tree.
# Usage: cmake_install.sh CMAKE BUILD_DIR
set -euo pipefail
cmake_bin="$1"
build="$2"
prefix="$(mktemp -d "${TMPDIR:-/tmp}/kw-prefix-XXXXXX")"
trap 'rm -rf "$prefix"' EXIT

"$cmake_bin" --install "$build" --prefix "$prefix" >/dev/null
for f in bin/kassawacht share/kassawacht/rules/catalogue.json share/kassawacht/extension/manifest.json; do
  [[ -e "$prefix/$f" ]] || { echo "missing after install: $f" >&2; exit 1; }
done
[[ -x "$prefix/bin/kassawacht" ]] || { echo "bin/kassawacht is not executable" >&2; exit 1; }
# A plain install never writes the .deb's system manifests.
if find "$prefix" -name 'nl.kassawacht.host.json' | grep -q .; then
  echo "a plain install wrote host manifests" >&2
  exit 1
fi

# Mark the installed catalogue so the output proves which one was read.
sed -i '0,/"version": *"[^"]*"/s//"version": "installed-prefix-test"/' \
  "$prefix/share/kassawacht/rules/catalogue.json"
cd /
out="$(env -u KASSAWACHT_RULES "$prefix/bin/kassawacht" rules --format json)"
grep -q '"version": "installed-prefix-test"' <<<"$out" || {
  echo "the installed binary did not read $prefix/share/kassawacht/rules:" >&2
  head -5 <<<"$out" >&2
  exit 1
}
env -u KASSAWACHT_RULES "$prefix/bin/kassawacht" rules >/dev/null
echo "ok: $prefix/bin/kassawacht reads $prefix/share/kassawacht/rules"
