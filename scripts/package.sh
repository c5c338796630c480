#!/usr/bin/env bash
# Builds the Debian package kassawacht_<version>_<arch>.deb and prints its path.
# Usage: scripts/package.sh            (the release preset, build/release)
#        scripts/package.sh BUILD_DIR  (an existing or new build directory)
# The package holds /usr/bin/kassawacht, /usr/share/kassawacht/{rules,extension} and the system
# host manifests for Chromium, Chrome and Firefox (see docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
  build="$1"
  cmake -S . -B "$build" >/dev/null
  cmake --build "$build" -j2 --target kassawacht
else
  build=build/release
  cmake --preset release >/dev/null
  cmake --build --preset release --target kassawacht
fi
command -v dpkg-deb >/dev/null || { echo "package: dpkg-deb is needed (Debian/Ubuntu)" >&2; exit 1; }
rm -f "$build"/kassawacht_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/kassawacht_*.deb)"
echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
