#!/usr/bin/env bash
# Installs what building and testing Kassawacht needs on Debian 12, and nothing that is already there.
# apt-get update runs once, and only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  nlohmann-json3-dev libboost-dev libre2-dev libicu-dev catch2 libgumbo-dev libbenchmark-dev
  # the end-to-end tests and the demo: Debian's Chromium and Firefox ESR, and procps for pgrep
  chromium firefox-esr procps
)
# Node.js 20 or newer runs the end-to-end tests (playwright-core, addons-linter); Debian's nodejs is
# installed only when there is no node at all.
if ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "setup: the end-to-end tests need Node.js 20 or newer; found $(node --version 2>/dev/null || echo none)." >&2
  echo "setup: install it (e.g. from https://deb.nodesource.com) and run again." >&2
  exit 1
fi
