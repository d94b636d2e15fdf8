#!/usr/bin/env bash
# One command on a fresh Debian/Ubuntu machine: the browsers the end-to-end tests drive (if missing),
# the npm dependencies, and the build (extension for Chrome and Firefox, and the CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# The German language pack, for the German popup's end-to-end test in Firefox.
[ -e /usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-de)
# A CJK font (1.6 MB), so the screenshots of Japanese, Chinese and Korean policies show their text, not boxes.
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "Installing ${missing[*]} (Debian packages, for the end-to-end tests)…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Note: ${missing[*]} not found and no apt-get here; the end-to-end tests will be skipped." >&2
  fi
fi
npm ci --no-audit --no-fund
npm run build
