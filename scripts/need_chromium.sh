#!/usr/bin/env bash
# The browser tests (tests/test_webchat.py) drive Debian's Chromium through Playwright; the
# Playwright browser download is not used. As root this installs the package; otherwise it says
# what to install.
set -euo pipefail
CHROMIUM=${WERKSTRESS_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "==> Installing Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "error: the browser tests need Chromium at $CHROMIUM. Install it (Debian: sudo apt-get install chromium)," >&2
echo "       or set WERKSTRESS_CHROMIUM to a Chromium or Chrome binary." >&2
exit 1
