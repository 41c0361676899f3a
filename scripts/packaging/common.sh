# Sourced by the packaging scripts and `make install`: Tend's version and
# revision, and the one way a release binary is built.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PACKAGING=$ROOT/scripts/packaging
# The version lives in FyneApp.toml only; the About box's copy is held to it
# by TestVersionMatchesFyneApp, the Debian changelog and the AppStream
# releases by check_versions.
VERSION=$(sed -n 's/^ *Version *= *"\(.*\)"$/\1/p' "$ROOT/FyneApp.toml")
REVISION=$(git -C "$ROOT" describe --always --dirty --abbrev=12 --exclude='*' 2>/dev/null || echo unknown)
# -tags no_emoji drops Fyne's emoji font, about 4 MB (Tend shows no emoji:
# TestNoEmojiNeeded), -s -w the symbol tables, -trimpath the build paths;
# release is the tag `fyne package --release` sets, which turns off Fyne's
# debug behaviour.
RELEASE_TAGS=no_emoji,release
RELEASE_LDFLAGS="-s -w -X tend.app/tend/ui.revision=$REVISION"

check_versions() {
  local deb meta
  deb=$(sed -n '1s/^tend (\([^)]*\)).*/\1/p' "$PACKAGING/changelog")
  meta=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$PACKAGING/app.tend.Tend.metainfo.xml" | head -1)
  [ -n "$VERSION" ] || { echo "package: no Version in FyneApp.toml" >&2; return 1; }
  [ "$deb" = "$VERSION" ] || { echo "package: scripts/packaging/changelog is at $deb, FyneApp.toml at $VERSION" >&2; return 1; }
  [ "$meta" = "$VERSION" ] || { echo "package: the newest release in app.tend.Tend.metainfo.xml is $meta, FyneApp.toml says $VERSION" >&2; return 1; }
}

# build_linux OUT [PACKAGE] builds the release binary of PACKAGE (default
# ./cmd/tend) for this machine: PIE and the C hardening flags Debian expects
# (the same `fyne package --release` uses).
build_linux() {
  (cd "$ROOT" && CGO_ENABLED=1 \
    CGO_CFLAGS="-O2 -D_FORTIFY_SOURCE=3 -fcf-protection -fstack-protector-strong" \
    CGO_LDFLAGS="-Wl,-z,relro,-z,now -Wl,--as-needed" \
    go build -buildmode=pie -tags "$RELEASE_TAGS" -trimpath -ldflags "$RELEASE_LDFLAGS" -o "$1" "${2:-./cmd/tend}")
}

# fyne_tool builds Fyne's packager from its own module (see fynetool/go.mod
# for why) and prints its path.
fyne_tool() {
  go -C "$PACKAGING/fynetool" build -o "$ROOT/build/tools/fyne" fyne.io/tools/cmd/fyne
  echo "$ROOT/build/tools/fyne"
}

# ICON_SIZES are the hicolor sizes made from assets/icon.png (plus the SVG).
ICON_SIZES=(16 24 32 48 64 128 256 512)

# install_share SHARE EXEC puts the menu entry (starting EXEC), metainfo,
# icons and man page under SHARE (a .../share folder), for the .deb and for
# make install alike.
install_share() {
  local share=$1 exec=$2 png
  mkdir -p "$share/applications"
  sed "s|^Exec=tend$|Exec=$exec|" "$PACKAGING/app.tend.Tend.desktop" >"$share/applications/app.tend.Tend.desktop"
  chmod 0644 "$share/applications/app.tend.Tend.desktop"
  install -D -m 0644 "$PACKAGING/app.tend.Tend.metainfo.xml" "$share/metainfo/app.tend.Tend.metainfo.xml"
  install -D -m 0644 "$ROOT/assets/icon.svg" "$share/icons/hicolor/scalable/apps/app.tend.Tend.svg"
  for size in "${ICON_SIZES[@]}"; do
    png=$share/icons/hicolor/${size}x${size}/apps/app.tend.Tend.png
    mkdir -p "$(dirname "$png")"
    convert "$ROOT/assets/icon.png" -resize "${size}x${size}" -strip "$png"
    chmod 0644 "$png"
  done
  install -D -m 0644 "$PACKAGING/tend.1" "$share/man/man1/tend.1"
}

# installed_share lists what install_share puts under share/.
installed_share() {
  printf '%s\n' applications/app.tend.Tend.desktop metainfo/app.tend.Tend.metainfo.xml \
    icons/hicolor/scalable/apps/app.tend.Tend.svg man/man1/tend.1
  for size in "${ICON_SIZES[@]}"; do echo "icons/hicolor/${size}x${size}/apps/app.tend.Tend.png"; done
}

# build_windows DIR NAME APPID OUT cross-builds the main package in DIR for
# 64-bit Windows with Fyne's packager, which also embeds the icon and the
# version info, and moves the program to OUT. fyne package works in DIR:
# it leaves fyne.syso, fyne_metadata_init.go and the program there while it
# builds, so whatever happens none of them may stay behind.
build_windows() {
  local fyne
  fyne=$(fyne_tool)
  (
    cd "$1"
    leftovers() { rm -f fyne.syso fyne_metadata_init.go ./*.exe; }
    leftovers
    trap leftovers EXIT
    CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 \
      GOFLAGS="${GOFLAGS:+$GOFLAGS }-ldflags=-X=tend.app/tend/ui.revision=$REVISION" \
      "$fyne" package -os windows --release --tags no_emoji --src . --name "$2" --app-id "$3" \
      --app-version "$VERSION" --app-build "$(sed -n 's/^ *Build *= *//p' "$ROOT/FyneApp.toml")" --icon "$ROOT/assets/icon.png"
    mv "$2.exe" "$4"
  )
}
