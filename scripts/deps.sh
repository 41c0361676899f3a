#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Tend needs to build (cgo, OpenGL and X11
# headers for Fyne), to test its real window (Xvfb, xdotool, ImageMagick),
# to read printed plans back (poppler-utils: pdftotext) and for the
# no-network probe (strace), but only those that are missing, so a second
# run costs nothing.
set -euo pipefail

packages=(gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev
  libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth xdotool x11-utils imagemagick poppler-utils strace)
# More packages may be named as arguments (make package and package-test do).
packages+=("$@")

command -v dpkg-query >/dev/null || { echo "deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2; exit 0; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "deps: installed ${#missing[@]} package(s) in $SECONDS s"
