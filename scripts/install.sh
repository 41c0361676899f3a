#!/usr/bin/env bash
# `make install` / `make uninstall`: puts a release build of Tend, its menu
# entry, icons, metainfo and man page under PREFIX (default ~/.local, which
# desktops read and Debian's ~/.profile puts on PATH), or takes them away.
# DESTDIR stages the files elsewhere, as packagers expect.
set -euo pipefail
source "$(dirname "$0")/packaging/common.sh"
action=$1
PREFIX=${2:-$HOME/.local}
dest=${DESTDIR:-}$PREFIX
share=$dest/share

refresh() {
  # Menus pick up new entries by themselves; these make it immediate where
  # the tools exist. Without DESTDIR only: a staging folder is not live.
  [ -z "${DESTDIR:-}" ] || return 0
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

case $action in
  install)
    cd "$ROOT"
    mkdir -p build
    build_linux build/tend-release
    install -D -m 0755 build/tend-release "$dest/bin/tend"
    # The menu entry names the program by its full path: ~/.local/bin is not
    # on every desktop session's PATH.
    install_share "$share" "$PREFIX/bin/tend"
    refresh
    echo "install: Tend $VERSION ($REVISION) is in $dest; it is in your menu as Tend"
    ;;
  uninstall)
    rm -f "$dest/bin/tend"
    installed_share | while read -r f; do rm -f "$share/$f"; done
    refresh
    echo "uninstall: Tend removed from $dest (your settings and cards stay in ~/.config/fyne/app.tend)"
    ;;
  *) echo "usage: $0 install|uninstall [PREFIX]" >&2; exit 2 ;;
esac
