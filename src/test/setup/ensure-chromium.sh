#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's ChromeDriver. Install them when
# they are missing (as root with apt-get, or through sudo); never download a browser build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Chromium and ChromeDriver from Debian's packages for the browser tests..."
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Chromium is missing and this user cannot install it: run 'apt-get install chromium chromium-driver' as root." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
