#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Intervju needs to build (and, with `test`, to be tested
# under Xvfb). On other systems it prints what to install instead.
set -euo pipefail

build=(build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev file)
tests=(webkit2gtk-driver xvfb xauth dbus dbus-x11 imagemagick python3-dbus python3-gi xdotool xclip iproute2)
wanted=("${build[@]}")
[ "${1:-}" = "test" ] && wanted+=("${tests[@]}")
command -v node >/dev/null && command -v npm >/dev/null || wanted+=(nodejs npm)

if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
