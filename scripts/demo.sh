#!/usr/bin/env bash
# The main job: installs what is missing, builds, installs Kassawacht for this user (binary, rules
# and extension under ~/.local, host manifests for the browsers in use), then shows the bundled demo
# shop: in Chromium with the extension when there is a display, otherwise as the host's findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release

prefix="${KASSAWACHT_PREFIX:-$HOME/.local}"
echo "== installing into $prefix =="
cmake --install build/release --prefix "$prefix" >/dev/null
kassawacht="$prefix/bin/kassawacht"
"$kassawacht" install                      # every browser whose profile exists (or all six)
"$kassawacht" install --browser chromium   # the demo below runs in Chromium
shop=examples/demo-shop

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v chromium >/dev/null 2>&1; then
  # A separate profile, so the demo never touches the user's own; Chromium reads host manifests
  # of a custom profile from <profile>/NativeMessagingHosts.
  profile="${XDG_CACHE_HOME:-$HOME/.cache}/kassawacht/demo-profile"
  mkdir -p "$profile/NativeMessagingHosts"
  cp "$HOME/.config/chromium/NativeMessagingHosts/nl.kassawacht.host.json" "$profile/NativeMessagingHosts/"
  log=$(mktemp)
  node scripts/serve-static.mjs "$shop" 0 >"$log" &
  server=$!
  trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
  for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
  url="$(head -n1 "$log")/fietsen/classic-n7/"
  echo "== the demo shop is at $url; walk through to the checkout =="
  sandbox=()
  [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
  chromium "${sandbox[@]}" --user-data-dir="$profile" --no-first-run \
    --load-extension="$prefix/share/kassawacht/extension" "$url"
else
  echo "== no display: the demo shop's findings, as the extension would show them =="
  status=0
  "$kassawacht" check --flow "$shop/fietsen/classic-n7/index.html" "$shop/winkelwagen/index.html" \
    "$shop/afrekenen/index.html" || status=$?
  # Exit code 1 means "violations found", which is what the demo shop is for.
  [ "$status" -le 1 ]
fi
