#!/usr/bin/env bash
# `make package`: builds Tend's release artefacts under build/:
#   tend-VERSION-linux-amd64.tar.xz    Fyne's own Linux package (bin, .desktop, icon, install Makefile)
#   tend_VERSION_amd64.deb             for Debian and Ubuntu: menu entry, icons, AppStream metainfo
#   tend-VERSION-windows-amd64.zip     tend.exe (icon and version info) with the README
# `scripts/package.sh linux` or `windows` builds only that system's. macOS
# cannot be built here: see README.md, "Build from source".
set -euo pipefail
source "$(dirname "$0")/packaging/common.sh"
cd "$ROOT"
check_versions
what=${1:-all}
OUT=$ROOT/build
mkdir -p "$OUT"
FYNE=$(fyne_tool)
# Fyne's packager reads what it needs from FyneApp.toml; the Windows build runs
# in cmd/tend, which has none, so it gets the same on the command line.
NAME=$(sed -n 's/^ *Name *= *"\(.*\)"$/\1/p' FyneApp.toml)
APPID=$(sed -n 's/^ *ID *= *"\(.*\)"$/\1/p' FyneApp.toml)

package_linux() {
  local stage=$OUT/linux
  rm -rf "$stage" && mkdir -p "$stage"
  build_linux "$stage/tend"
  bash "$PACKAGING/licences.sh" "$stage/tend" >"$stage/licences.txt"

  # The tarball, as `fyne package` makes it, plus the licences. The packager
  # reads FyneApp.toml and the icon from --src, and then counts up Build in
  # that FyneApp.toml and rewrites it, so it gets a copy; the program is
  # built already, the stub only tells it that this is Go code.
  # (in a temporary folder: under build/ go vet ./... would find the stub).
  local src
  src=$(mktemp -d)
  mkdir -p "$src/assets"
  cp FyneApp.toml "$src/"
  cp assets/icon.png "$src/assets/"
  printf '// Stands in for cmd/tend while fyne package runs; never built.\npackage main\n' >"$src/main.go"
  (cd "$stage" && "$FYNE" package -os linux --release --src "$src" --exe "$stage/tend")
  rm -rf "$src"
  xz -d "$stage/$NAME.tar.xz"
  { cat "$PACKAGING/copyright"; cat "$stage/licences.txt"; } >"$stage/LICENCES.txt"
  mkdir -p "$stage/extra/tend"
  cp "$stage/LICENCES.txt" "$stage/extra/tend/"
  tar -C "$stage/extra" --owner=0 --group=0 -rf "$stage/$NAME.tar" tend/LICENCES.txt
  xz -T0 -c "$stage/$NAME.tar" >"$OUT/tend-$VERSION-linux-amd64.tar.xz"
  rm "$stage/$NAME.tar"

  package_deb "$stage"
}

# package_deb STAGE lays out the Debian package by hand (dpkg-deb), as lintian
# wants it: 0755/0644, root-owned, compressed docs and man page without
# timestamps, dependencies computed by dpkg-shlibdeps.
package_deb() {
  local stage=$1 root=$1/deb
  local share=$root/usr/share
  install -D -m 0755 "$stage/tend" "$root/usr/bin/tend"
  install_share "$share" tend
  gzip -9n "$share/man/man1/tend.1"
  bash "$PACKAGING/licences.sh" --debian "$stage/tend" | cat "$PACKAGING/copyright" - >"$stage/copyright"
  install -D -m 0644 "$stage/copyright" "$share/doc/tend/copyright"
  install -D -m 0644 "$PACKAGING/changelog" "$share/doc/tend/changelog"
  gzip -9n "$share/doc/tend/changelog"

  local scratch depends
  scratch=$(mktemp -d)
  mkdir "$scratch/debian"
  printf 'Source: tend\n\nPackage: tend\nArchitecture: any\n' >"$scratch/debian/control"
  depends=$(cd "$scratch" && dpkg-shlibdeps -O -e "$root/usr/bin/tend" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
  rm -rf "$scratch"
  [ -n "$depends" ] || { echo "package: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
  # GLFW (Fyne's window library) loads these with dlopen, which
  # dpkg-shlibdeps cannot see; without them cursors, screens and input suffer.
  depends="$depends, libxcursor1, libxi6, libxinerama1, libxrandr2, libxxf86vm1"

  mkdir -p "$root/DEBIAN"
  cat >"$root/DEBIAN/control" <<CONTROL
Package: tend
Version: $VERSION
Architecture: amd64
Maintainer: The Tend developers <hello@tend.app>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Homepage: https://tend.app
Description: cards for talking about consent and care
 Tend is a small app for couples: you draw cards together, one at a time.
 The cards are gentle, non-graphic conversation starters about boundaries
 before being intimate, check-ins during, aftercare after, and a reflection
 the next day. Passing a card is always fine, and Pause is always one key
 away. Therapists use it full screen in sessions.
 .
 Tend speaks English, German, Spanish, French, Brazilian Portuguese and
 Ukrainian. It makes no network connections and records nothing about your
 conversations.
CONTROL
  (cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
  chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
  find "$root" -type d -exec chmod 0755 {} +
  dpkg-deb --root-owner-group -Zxz --build "$root" "$OUT/tend_${VERSION}_amd64.deb" >/dev/null
}

package_windows() {
  local stage=$OUT/windows
  rm -rf "$stage" && mkdir -p "$stage"
  build_windows "$ROOT/cmd/tend" "$NAME" "$APPID" "$stage/tend.exe"
  bash "$PACKAGING/licences.sh" "$stage/tend.exe" | { cat "$PACKAGING/copyright"; cat; } | sed 's/$/\r/' >"$stage/LICENCES.txt"
  cp README.md "$stage/README.md"
  rm -f "$OUT/tend-$VERSION-windows-amd64.zip"
  (cd "$stage" && zip -q -X -9 "$OUT/tend-$VERSION-windows-amd64.zip" tend.exe README.md LICENCES.txt)
}

case $what in
  linux) package_linux ;;
  windows) package_windows ;;
  all) package_linux; package_windows ;;
  *) echo "usage: $0 [linux|windows|all]" >&2; exit 2 ;;
esac
ls -l "$OUT"/tend[-_]"$VERSION"*
