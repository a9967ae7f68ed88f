#!/usr/bin/env sh
# The browser tests use Debian's chromium (never a downloaded browser). Installs it when missing;
# needs root, as on a fresh Debian machine.
set -eu
if command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "chromium: $("${CHROMIUM_PATH:-chromium}" --version 2>/dev/null || echo present)"
  exit 0
fi
echo "Installing Debian's chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
chromium --version
