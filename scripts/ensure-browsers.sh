#!/usr/bin/env bash
# Makes sure the browsers the tests need are here. Test tools' own browser downloads cannot reach
# their servers on our machines, so we use Debian's chromium and firefox-esr.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1 || [ -x "${2:-/nonexistent}" ]; }
chromium_found() { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ] || have chromium /usr/bin/chromium || have chromium-browser; }
firefox_found() { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ] || have firefox-esr /usr/bin/firefox-esr || have firefox; }

missing=()
chromium_found || missing+=(chromium)
firefox_found || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  for package in "${missing[@]}"; do
    apt-get install -y -qq --no-install-recommends "$package" >/dev/null ||
      echo "Could not install $package."
  done
fi

if ! chromium_found; then
  cat >&2 <<'MSG'
The browser tests need Chromium and none was found.
  On Debian or Ubuntu:  sudo apt-get install chromium firefox-esr
  Elsewhere: install Chromium (or Chrome) and run  CHROME_PATH=/path/to/chromium npm test
MSG
  exit 1
fi
if ! firefox_found; then
  echo "NOTICE: Firefox ESR is not available here; browser tests will run in Chromium only." >&2
  echo "        Install it with  sudo apt-get install firefox-esr  or set FIREFOX_PATH." >&2
fi
