#!/bin/sh
# Makes sure this machine has a browser optout can drive: Chromium or Chrome, and chromedriver. Shared by
# scripts/optout (for the commands that start a browser) and scripts/test.
#   scripts/lib/ensure-browser.sh [--tests]
# On Debian or Ubuntu as root, a missing browser or driver is installed with apt-get after a one-line notice.
# Anywhere else it prints, one line per system, what to install, and exits 6 (optout's "no usable browser").
# --tests: the tests drive Chromium itself through chromedriver, so both must be there (Chrome does not count).
# Only shell built-ins, id, uname and apt-get are used, so a test can run it with fakes of those on the PATH.
set -eu

for_tests=""
for arg in "$@"; do
  case "$arg" in
    --tests) for_tests=1 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ensure-browser: unknown option $arg" >&2; exit 2 ;;
  esac
done

no_usable_browser=6

found() { command -v "$1" >/dev/null 2>&1; }

system=$(uname -s 2>/dev/null || echo unknown)

chromium_found() { found chromium || found chromium-browser; }

chrome_found() {
  found google-chrome || found google-chrome-stable && return 0
  if [ "$system" = Darwin ]; then
    for app in "/Applications/Google Chrome.app" "/Applications/Chromium.app" \
        "${HOME:-}/Applications/Google Chrome.app" "${HOME:-}/Applications/Chromium.app"; do
      [ -d "$app" ] && return 0
    done
  fi
  return 1
}

case "$system" in
  # Git Bash and Cygwin see Windows' browsers under paths this script cannot judge; optout itself finds them there.
  MINGW*|MSYS*|CYGWIN*) exit 0 ;;
esac

if found chromedriver; then
  if chromium_found; then exit 0; fi
  if [ -z "$for_tests" ] && chrome_found; then exit 0; fi
elif [ -z "$for_tests" ] && chrome_found && ! chromium_found; then
  # Chrome ships no chromedriver; optout fetches the one matching Chrome's version when it starts, which is better
  # than installing Debian's chromium-driver, made for Chromium's version.
  echo "optout: no chromedriver on the PATH; optout downloads the one that matches your Chrome when it starts" \
    "(needs the internet)" >&2
  exit 0
fi

if [ "$system" = Linux ] && found apt-get && [ "$(id -u)" = 0 ]; then
  echo "optout: no Chromium with chromedriver found; installing chromium and chromium-driver with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends chromium chromium-driver; } >&2; then
    echo "optout: apt-get could not install chromium and chromium-driver (its messages are above)" >&2
    exit "$no_usable_browser"
  fi
  if found chromedriver && chromium_found; then exit 0; fi
  echo "optout: apt-get installed chromium and chromium-driver, but chromium or chromedriver is still not on" \
    "the PATH ($PATH)" >&2
  exit "$no_usable_browser"
fi

missing="Chromium and chromedriver"
if found chromedriver; then missing="Chromium"; elif chromium_found; then missing="chromedriver"; fi
if [ "$missing" = "Chromium and chromedriver" ] && ! chrome_found; then
  missing="Chrome or Chromium, and chromedriver"
fi
echo "optout: missing $missing, which optout needs to drive a browser; to install them:" >&2
echo "  Debian/Ubuntu:      sudo apt-get install chromium chromium-driver" >&2
echo "  Fedora:             sudo dnf install chromium chromedriver" >&2
echo "  Arch:               sudo pacman -S chromium   (it includes chromedriver)" >&2
echo "  macOS (Homebrew):   brew install --cask google-chrome chromedriver" >&2
echo "  Windows:            winget install Google.Chrome   (optout downloads the matching chromedriver)" >&2
exit "$no_usable_browser"
