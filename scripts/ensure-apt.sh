#!/usr/bin/env bash
# ensure-apt.sh PACKAGE PROGRAM HINT: the tests drive programs from Debian's packages
# (nothing is downloaded by the test tools themselves). Installs PACKAGE when PROGRAM is
# missing and this user may; otherwise says exactly what to install.
set -euo pipefail
package="$1" program="$2" hint="${3:-}"
if [ -x "$program" ] || command -v "$program" > /dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null 2>&1; then
  echo "Installing $package from apt…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" > /dev/null
  exit 0
fi
echo "$package is missing: install it with 'sudo apt-get install -y $package'${hint:+, $hint}." >&2
exit 1
