#!/usr/bin/env bash
# `make sizes`: the size of Tend's programs and packages against a plain Fyne
# window (cmd/plainwindow) built the same way, as a Markdown table for
# docs/BENCHMARKS.md. Run `make package` first for the package rows.
set -euo pipefail
source "$(dirname "$0")/packaging/common.sh"
cd "$ROOT"
out=build/sizes
mkdir -p "$out"
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
for prog in tend plainwindow; do
  go build -o "$out/$prog-plain" "./cmd/$prog"
  go build -tags no_emoji -o "$out/$prog-noemoji" "./cmd/$prog"
  build_linux "$out/$prog-release" "./cmd/$prog"
  build_windows "$ROOT/cmd/$prog" "$prog" "app.tend.$prog" "$ROOT/$out/$prog.exe"
  xz -T0 -c "$out/$prog-release" >"$out/$prog-release.xz"
  (cd "$out" && rm -f "$prog.zip" && zip -q -9 "$prog.zip" "$prog.exe")
done
row() { printf '| %s | %s | %s | %.2f |\n' "$1" "$(mb "$2")" "$(mb "$3")" "$(awk -v a="$(stat -c %s "$2")" -v b="$(stat -c %s "$3")" 'BEGIN { print a / b }')"; }
echo "| artefact | Tend | plain window | ratio |"
echo "|---|---|---|---|"
row "Linux program, \`go build\`" "$out/tend-plain" "$out/plainwindow-plain"
row "Linux program, \`-tags no_emoji\`" "$out/tend-noemoji" "$out/plainwindow-noemoji"
row "Linux program, release (no_emoji, -trimpath, -s -w, PIE)" "$out/tend-release" "$out/plainwindow-release"
row "Linux program, release, xz (≈ .tar.xz, .deb)" "$out/tend-release.xz" "$out/plainwindow-release.xz"
row "Windows program, release" "$out/tend.exe" "$out/plainwindow.exe"
row "Windows program, release, zipped" "$out/tend.zip" "$out/plainwindow.zip"
for f in build/tend-"$VERSION"-linux-amd64.tar.xz build/tend_"$VERSION"_amd64.deb build/tend-"$VERSION"-windows-amd64.zip; do
  [ -f "$f" ] && printf '| %s | %s | | |\n' "\`$(basename "$f")\`" "$(mb "$f")"
done
exit 0
