#!/usr/bin/env sh
# What the tests need from Debian, installed only when missing (root, as on a fresh machine):
#   chromium                 the browser every browser test drives (never a downloaded browser)
#   libreoffice-writer-nogui the real Word-format client that checks our .docx files
#   poppler-utils, openssl   pdfsig verifies the signatures @kehoach/sign makes; openssl makes
#                            the tests' throwaway certificates
set -eu
missing=""
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing="$missing chromium"
fi
if ! command -v soffice >/dev/null 2>&1; then
  missing="$missing libreoffice-writer-nogui"
fi
if ! command -v pdfsig >/dev/null 2>&1; then
  missing="$missing poppler-utils"
fi
if ! command -v openssl >/dev/null 2>&1; then
  missing="$missing openssl"
fi
if [ -n "$missing" ]; then
  echo "Installing from Debian:$missing"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
echo "chromium: $("${CHROMIUM_PATH:-chromium}" --version 2>/dev/null || echo missing)"
echo "soffice: $(soffice --version 2>/dev/null | head -n 1 || echo missing)"
