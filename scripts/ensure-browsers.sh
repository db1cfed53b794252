#!/usr/bin/env bash
# Makes sure the browsers the tests need are here (where to look: scripts/browsers.mjs). Test
# tools' own browser downloads cannot reach their servers on our machines, so we use Debian's.
set -euo pipefail
cd "$(dirname "$0")/.."

missing() { node scripts/browsers.mjs --missing; }

packages=$(missing)
[ -z "$packages" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $packages from Debian's packages for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  for package in $packages; do
    apt-get install -y -qq --no-install-recommends "$package" >/dev/null ||
      echo "Could not install $package."
  done
  packages=$(missing)
fi

case " $packages " in
  *" chromium "*)
    cat >&2 <<'MSG'
The browser tests need Chromium and none was found.
  On Debian or Ubuntu:  sudo apt-get install chromium firefox-esr
  Elsewhere: install Chromium (or Chrome) and run  CHROME_PATH=/path/to/chromium npm test
MSG
    exit 1
    ;;
  *" firefox-esr "*)
    echo "NOTICE: Firefox ESR is not available here; browser tests will run in Chromium only." >&2
    echo "        Install it with  sudo apt-get install firefox-esr  or set FIREFOX_PATH." >&2
    ;;
esac
