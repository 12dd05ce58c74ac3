#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browsers cannot be downloaded here). Installs it
# when missing and this user may; otherwise says exactly what to install.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium from apt…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: install it with 'sudo apt-get install -y chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
