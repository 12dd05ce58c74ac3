#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browsers cannot be downloaded here).
exec bash "$(dirname "$0")/ensure-apt.sh" chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" "or set CHROMIUM_PATH to a Chromium binary"
