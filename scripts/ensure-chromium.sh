#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing and we may install it.
# Without it the browser tests are skipped with a message (and fail under CI).
set -u
CHROMIUM=${EMN_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "Chromium is missing at $CHROMIUM and installing it needs root: browser tests will be skipped." >&2
  echo "Install it with: sudo apt-get install -y chromium" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium is missing at $CHROMIUM and this system has no apt-get: browser tests will be skipped." >&2
  exit 0
fi
echo "Installing Chromium from Debian's packages for the browser tests..."
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
  || echo "Installing Chromium failed: browser tests will be skipped." >&2
exit 0
