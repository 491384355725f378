#!/usr/bin/env bash
# Browser tests use Debian's Chromium, never a downloaded browser: install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' (Debian's package) and try again." >&2
  exit 1
fi
echo "Installing Debian's Chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
