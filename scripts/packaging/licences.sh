#!/usr/bin/env bash
# Prints the licence of every Go module linked into the program given as $1
# (as `go version -m` lists them), and of Go's standard library, taken from
# the module cache. A binary build of Tend carries all of them, so every
# package ships this text next to the program. Fails when a module's licence
# cannot be found, rather than shipping an incomplete notice.
# With --debian (for the .deb's copyright file), the full text of the Apache
# License 2.0 is replaced by a pointer to Debian's copy, as Debian policy asks,
# and line ends are Unix ones.
set -euo pipefail
debian=false
[ "$1" = --debian ] && { debian=true; shift; }
bin=$1
modcache=$(go env GOMODCACHE)

section() {
  printf '\n%s\n%s\n' "================================================================================" "$1"
}

section "Go standard library and runtime ($(go env GOVERSION))"
cat "$(go env GOROOT)/LICENSE"

go version -m "$bin" | awk '$1 == "dep" { print $2, $3 }' | while read -r path version; do
  # The module cache spells capitals as "!" plus the lower-case letter.
  dir="$modcache/$(printf '%s' "$path" | sed 's/[A-Z]/!\L&/g')@$version"
  files=$(cd "$dir" && find . -maxdepth 3 -type f \( -iname 'LICEN[CS]E*' -o -iname 'COPYING*' -o -iname 'NOTICE*' \) \
    -not -path '*/cmd/*' -not -path '*/testdata/*' | sort)
  [ -n "$files" ] || { echo "licences: no licence file in $dir" >&2; exit 1; }
  for f in $files; do
    section "$path $version: ${f#./}"
    if $debian && grep -q 'Apache License' "$dir/$f" && grep -q 'Version 2.0, January 2004' "$dir/$f"; then
      echo "Licensed under the Apache License, Version 2.0."
      echo "On Debian systems, the full text is in /usr/share/common-licenses/Apache-2.0."
    elif $debian; then
      tr -d '\r' <"$dir/$f"
    else
      cat "$dir/$f"
    fi
  done
done
