#!/usr/bin/env bash
# `make package-test`: builds every package (scripts/package.sh), then checks
# them the way a packager and a user would:
# - the .desktop files pass desktop-file-validate, the metainfo passes
#   appstreamcli validate, and lintian finds no errors or warnings in the .deb;
# - the .deb, unpacked with dpkg -x into a scratch root, holds the program,
#   menu entry, icons, metainfo, copyright and changelog, and the installed
#   program reports the version of FyneApp.toml and this git revision, starts
#   under Xvfb and maps its window;
# - the tarball holds what Fyne's packager puts in it, plus the licences;
# - the Windows zip holds tend.exe, a GUI program with Tend's version info and
#   icon, and the README; under wine the window appears.
# Screenshots are kept in $SHOTS (default build/package-test).
set -euo pipefail
source "$(dirname "$0")/packaging/common.sh"
cd "$ROOT"
SHOTS=${SHOTS:-build/package-test}
mkdir -p "$SHOTS"
start=$SECONDS
before=$(git status --porcelain)
bash scripts/package.sh
[ "$(git status --porcelain)" = "$before" ] || { echo "package test: FAIL: packaging changed the source tree:"; git status --short; exit 1; }
echo "package-test: packages built in $((SECONDS - start)) s"

source scripts/xvfb.sh
fail() { echo "package test: FAIL: $*"; [ -f "$WORK/app.log" ] && sed 's/^/  app: /' "$WORK/app.log"; exit 1; }
checks=0
pass() { checks=$((checks + 1)); echo "package-test: ok: $*"; }

deb=build/tend_${VERSION}_amd64.deb
tarball=build/tend-$VERSION-linux-amd64.tar.xz
zip=build/tend-$VERSION-windows-amd64.zip

# wait_window NAME: waits until a visible window named NAME maps, then checks
# from a screenshot that something was drawn in it.
wait_window() {
  local wid
  wid=$(timeout "${2:-60}" xdotool search --sync --onlyvisible --name "^$1\$" | head -1) || fail "no window named $1 within ${2:-60} s"
  sleep 2 # let the first frame paint
  # Up to 20 s more before an empty screen counts as nothing drawn.
  drawn_shot "$SHOTS/$3.png" 10 2 && return
  [ -n "$COLOURS" ] || fail "no screenshot within 20 s"
  fail "$3: the screen holds only $COLOURS colours; nothing was drawn"
}

# The .deb, installed into a scratch root.
root=$WORK/root
dpkg -x "$deb" "$root"
for f in usr/bin/tend usr/share/applications/app.tend.Tend.desktop usr/share/metainfo/app.tend.Tend.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/app.tend.Tend.svg usr/share/icons/hicolor/48x48/apps/app.tend.Tend.png \
  usr/share/icons/hicolor/256x256/apps/app.tend.Tend.png usr/share/man/man1/tend.1.gz \
  usr/share/doc/tend/copyright usr/share/doc/tend/changelog.gz; do
  [ -f "$root/$f" ] || fail "the .deb lacks /$f"
done
grep -q 'fyne.io/fyne/v2 v2' "$root/usr/share/doc/tend/copyright" || fail "the copyright file lacks Fyne's licence"
pass "the .deb holds the program, menu entry, icons, metainfo, man page, copyright and changelog"

desktop-file-validate "$root/usr/share/applications/app.tend.Tend.desktop" || fail "desktop-file-validate"
LC_ALL=C.UTF-8 appstreamcli validate --no-net "$root/usr/share/metainfo/app.tend.Tend.metainfo.xml" || fail "appstreamcli validate"
LC_ALL=C.UTF-8 lintian --fail-on error,warning "$deb" || fail "lintian"
pass "desktop-file-validate, appstreamcli validate and lintian report nothing wrong"

want="Tend $VERSION ($REVISION)"
got=$("$root/usr/bin/tend" --version 2>/dev/null)
[ "$got" = "$want" ] || fail "tend --version says \"$got\", want \"$want\""
pass "tend --version says $want"

"$root/usr/bin/tend" >"$WORK/app.log" 2>&1 &
app=$!
wait_window Tend 60 deb
quit_app "$app" || fail "the installed program did not quit within 10 s of SIGTERM"
pass "the installed program maps its window (screenshot $SHOTS/deb.png)"

# make install / make uninstall, staged with DESTDIR.
dest=$WORK/dest
DESTDIR=$dest bash scripts/install.sh install /usr/local >/dev/null
[ -x "$dest/usr/local/bin/tend" ] || fail "make install put no program in PREFIX/bin"
installed_share | while read -r f; do [ -f "$dest/usr/local/share/$f" ] || fail "make install did not install share/$f"; done
grep -qx 'Exec=/usr/local/bin/tend' "$dest/usr/local/share/applications/app.tend.Tend.desktop" || fail "the installed menu entry does not start PREFIX/bin/tend"
desktop-file-validate "$dest/usr/local/share/applications/app.tend.Tend.desktop" || fail "desktop-file-validate (make install)"
DESTDIR=$dest bash scripts/install.sh uninstall /usr/local >/dev/null
left=$(find "$dest" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
pass "make install puts the program, menu entry, icons, metainfo and man page under PREFIX; make uninstall takes them all away"

# Fyne's tarball: its own desktop file, icon and install Makefile.
tar -tJf "$tarball" >"$WORK/tar.list"
for f in usr/local/bin/tend usr/local/share/applications/app.tend.desktop usr/local/share/pixmaps/app.tend.png Makefile LICENCES.txt; do
  grep -qx "\(tend/\)\{0,1\}$f" "$WORK/tar.list" || fail "the tarball lacks $f: $(tr '\n' ' ' <"$WORK/tar.list")"
done
mkdir "$WORK/tar" && tar -C "$WORK/tar" -xJf "$tarball"
desktop-file-validate "$(find "$WORK/tar" -name app.tend.desktop)" || fail "desktop-file-validate (tarball)"
pass "the tarball holds the program, menu entry, icon, Makefile and licences"

# Windows: the zip, the program's resources, and a start under wine.
mkdir "$WORK/win" && unzip -q "$zip" -d "$WORK/win"
for f in tend.exe README.md LICENCES.txt; do [ -f "$WORK/win/$f" ] || fail "the zip lacks $f"; done
file "$WORK/win/tend.exe" | grep -q 'PE32+ executable (GUI) x86-64' || fail "tend.exe is not a 64-bit Windows GUI program: $(file "$WORK/win/tend.exe")"
strings -el "$WORK/win/tend.exe" | grep -qx "$VERSION.$(sed -n 's/^ *Build *= *//p' FyneApp.toml)" || fail "tend.exe lacks its version info"
x86_64-w64-mingw32-objdump -h "$WORK/win/tend.exe" | grep -q '\.rsrc' || fail "tend.exe has no resources (icon, version info)"
pass "the zip holds tend.exe (GUI, version info and icon) and the README"

# tend.exe under Debian's wine, in a throw-away prefix. Wine 8.0 lacks the
# bcryptprimitives.dll that Go programs need (see scripts/packaging/wine).
export WINEPREFIX=$WORK/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
timeout 300 wineboot -i >"$WORK/wineboot.log" 2>&1 || fail "wineboot: $(cat "$WORK/wineboot.log")"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/packaging/wine/bcryptprimitives.c -ladvapi32
wine "$WORK/win/tend.exe" >"$WORK/app.log" 2>&1 &
wait_window Tend 120 wine
timeout 30 wineserver -k || true
pass "tend.exe maps its window under wine (screenshot $SHOTS/wine.png)"

echo "package test: $checks passed, 0 failed in $((SECONDS - start)) s"
