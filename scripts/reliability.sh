#!/usr/bin/env bash
# The reliability harness: the real Tend window under Xvfb, driven with
# xdotool, checked from the outside. `scripts/reliability.sh short` is part of
# make test (a few minutes); `scripts/reliability.sh soak` is make soak (longer
# runs of the same probes, plus stress). Results are summarised in
# docs/RELIABILITY.md.
#
#   network   a full session under strace -f -e trace=network,%file opens no
#             socket but the X11 display's, and writes only the files the
#             person keeps (settings.toml, marks.toml)
#   kill9     kill -9 while saving, KILLS times (20 short, 200 soak): every
#             user file still parses, old state or new
#   broken    broken user files (empty, truncated, garbage, wrong types, mixed
#             lists, 50 MB) for settings, marks and Fyne's preferences: Tend
#             starts, within memory, tells once, keeps the file aside
#   readonly  a read-only app folder (root: a read-only tmpfs): no crash,
#             nothing written
#   fulldisk  a full disk (root: a tiny tmpfs): saves fail, old files intact
#   decks     hostile deck folders (FIFO, BOM, UTF-16, NUL, 5,000 files;
#             soak adds a link to /dev/zero): the window comes, memory bounded
#   stress    (soak) 50 keys a second for 60 s: resident memory flat
#
# PARTS="network kill9" limits a run to some parts.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-short}
case "$MODE" in
short) KILLS=${KILLS:-20} ;;
soak) KILLS=${KILLS:-200} ;;
*) echo "usage: $0 short|soak" >&2; exit 2 ;;
esac
PARTS=${PARTS:-network kill9 broken readonly fulldisk decks stress}
source scripts/xvfb.sh
unset DBUS_SESSION_BUS_ADDRESS # nothing to talk to, and nothing should try
go build -o "$WORK/tend" ./cmd/tend
go build -o "$WORK/userfiles" ./scripts/userfiles
APP="$XDG_CONFIG_HOME/fyne/app.tend"
PASSED=0
FAILED=0
pass() { echo "reliability: ok: $*"; PASSED=$((PASSED + 1)); }
fail() {
  echo "reliability: FAIL: $*"
  FAILED=$((FAILED + 1))
  [ -f "$WORK/tend.log" ] && sed 's/^/  tend: /' "$WORK/tend.log" | head -20
  return 0
}
skip() { echo "reliability: skipped: $*"; }
can_mount() { [ "$(id -u)" -eq 0 ] && mkdir -p "$WORK/mnt-probe" && mount -t tmpfs -o size=64k tmpfs "$WORK/mnt-probe" 2>/dev/null && umount "$WORK/mnt-probe"; }
want() { [[ " $PARTS " == *" $1 "* ]]; }

# start [tend args]: starts Tend (under $WRAP, if set) and waits for its
# window; returns 1 when no window comes within $WAIT seconds.
start() {
  ${WRAP:-} "$WORK/tend" "$@" >"$WORK/tend.log" 2>&1 &
  TEND_PID=$!
  WID=$(timeout "${WAIT:-30}" xdotool search --sync --onlyvisible --name '^Tend$' 2>/dev/null | head -1) || return 1
  # Under a wrapper (strace), Tend is its child.
  local child
  child=$(pgrep -P "$TEND_PID" -x tend || true)
  REAL_PID=${child:-$TEND_PID}
}
# stop: quits Tend (and the wrapper around it); Tend still running 10 s
# after SIGTERM is a failure, with its goroutines' stacks.
stop() {
  if ! quit_app "${REAL_PID:-$TEND_PID}"; then
    echo "reliability: FAIL: Tend did not quit within 10 s of SIGTERM; its stacks:"
    sed -n '/^goroutine 1 /,/^$/p; /^SIGQUIT/p' "$WORK/tend.log" | sed 's/^/  tend: /' | head -40
    FAILED=$((FAILED + 1))
  fi
  quit_app "$TEND_PID" || true
  REAL_PID=
}
alive() { kill -0 "$REAL_PID" 2>/dev/null; }
rss_mib() { awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$REAL_PID/status"; }
key() {
  xkey "$WID" "$@" || fail "xdotool key $* did not return within 10 s (the X server is wedged?)"
  sleep 0.3
}
fresh_home() { rm -rf "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"; mkdir -p "$APP"; }
seen_welcome() { printf '"welcome.seen" = true\n' >"$APP/settings.toml"; }

if want network; then
  fresh_home
  # Every network call but the receiving ones (the X11 connection polls
  # recvmsg hundreds of times a second): no socket can be used without
  # socket() and connect() or bind() first.
  net=socket,socketpair,connect,bind,listen,accept,accept4,sendto,sendmsg,sendmmsg
  WRAP="strace -f -qq -e trace=$net,%file -o $WORK/strace.txt" start || fail "network: no window under strace"
  key Escape           # the welcome
  key Return           # start
  key Right; key Right # two cards
  key f                # star one
  key p; key p         # pause and resume
  key s; key Escape    # this session
  key F1; key Escape   # keys
  key ctrl+equal       # a setting
  key Escape           # home
  sleep 1
  stop
  display=${DISPLAY#:}
  # Every socket must be a Unix socket, and every connection the display's.
  others=$(grep -E '\bsocket\(' "$WORK/strace.txt" | grep -v 'socket(AF_UNIX' || true)
  # glibc's user lookup asks the local name-service cache daemon first
  # (/var/run/nscd/socket): a Unix socket, absent here, never the network.
  conns=$(grep -E '\b(connect|bind|sendto|sendmsg)\(' "$WORK/strace.txt" |
    grep -v "sun_path=@\?\"/tmp/.X11-unix/X$display\"" | grep -v 'sun_path="/var/run/nscd/socket"' || true)
  sockets=$(grep -cE '\bsocket\(' "$WORK/strace.txt" || true)
  if [ -n "$others$conns" ]; then
    fail "network: sockets other than the X11 display's:"$'\n'"$others$conns"
  elif [ "$sockets" -eq 0 ]; then
    fail "network: strace saw no socket at all; the probe is not working"
  else
    pass "network: $sockets socket(s), all AF_UNIX to the X11 display :$display"
  fi
  # Files opened for writing, created, or renamed into place.
  written=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|\brename|\bmkdir|\blink' "$WORK/strace.txt" |
    grep -v -- '= -1 ' | grep -oE '"[^"]+"' | tr -d '"' | grep -vE '^/(dev|proc|sys)/' | sort -u)
  kept=$(echo "$written" | grep -vE '^/tmp/\.X11-unix' |
    sed -E 's#/\.([a-z]+\.toml)\.[0-9]+\.tmp$#/\1#' | sort -u)
  # Machine caches hold nothing about the person: the index of the
  # system's fonts (go-text, for Fyne's fallback fonts) and Mesa's compiled
  # shaders. They are listed, and allowed.
  caches="^$XDG_CACHE_HOME/?(font_index_v[0-9]+\.cache|mesa_shader_cache(/.*)?)?$"
  echo "$kept" | grep -vE "$caches" | sed 's#^#  written: #'
  echo "  written: $(echo "$kept" | grep -cE "$caches") cache files ($(echo "$kept" | grep -E "$caches" | sed -E "s#^$XDG_CACHE_HOME/?##; s#/.*##" | sort -u | grep . | tr '\n' ' '))"
  unexpected=$(echo "$kept" | grep -vE "$caches" | grep -vE "^$APP(/(settings\.toml|marks\.toml|preferences\.json|decks|locales))?$|^$XDG_CONFIG_HOME(/fyne)?$" || true)
  if [ -n "$unexpected" ]; then
    fail "network: files written besides what the person keeps:"$'\n'"$unexpected"
  elif ! "$WORK/userfiles" "$APP" >"$WORK/uf.txt"; then
    fail "network: $(cat "$WORK/uf.txt")"
  else
    pass "network: only settings.toml and marks.toml (and Fyne's empty preferences.json) written: $(cat "$WORK/uf.txt")"
  fi
fi

if want kill9; then
  fresh_home
  seen_welcome
  bad=0
  states=""
  for i in $(seq "$KILLS"); do
    start || { fail "kill9: run $i: no window"; bad=1; break; }
    key Return
    # A burst of saves (star, hide, text size, undo), killed at a random
    # moment inside it.
    timeout 20 xdotool key --window "$WID" --delay 15 f h ctrl+z ctrl+equal f ctrl+minus Right f h 2>/dev/null &
    keys=$!
    sleep "0.$((RANDOM % 20))"
    kill -9 "$REAL_PID"
    wait "$TEND_PID" 2>/dev/null || true
    wait "$keys" 2>/dev/null || true
    if ! "$WORK/userfiles" "$APP" >"$WORK/uf.txt"; then
      fail "kill9: run $i: $(cat "$WORK/uf.txt")"
      bad=1
      break
    fi
    states="$states$(head -1 "$WORK/uf.txt")"$'\n'
    if ls "$APP" | grep -q broken; then
      fail "kill9: run $i: Tend set a file aside: $(ls "$APP")"
      bad=1
      break
    fi
  done
  leftovers=$(find "$APP" -name '*.tmp' | wc -l)
  # The next start removes what the kills left (temporary files of saves
  # cut short), once they are a minute old.
  find "$APP" -name '*.tmp' -exec touch -d '2 minutes ago' {} +
  start || fail "kill9: no window after the kills"
  stop
  left=$(find "$APP" -name '*.tmp' | wc -l)
  if [ "$left" -gt 0 ]; then
    fail "kill9: $left temporary files still there after a normal start"
  elif [ "$bad" -eq 0 ]; then
    pass "kill9: $KILLS kill -9s while saving; every file parsed every time ($(echo "$states" | sort -u | grep -c .) different states seen; $leftovers cut-short temp files, removed by the next start)"
  fi
fi

# broken_case NAME FILE CONTENT-GENERATOR [KEPT]: starts Tend with FILE
# broken. The original must survive byte for byte (in place or set aside),
# or, for a file Tend could read, the grep pattern KEPT ("file:pattern") must
# still be found: values of the wrong type stay for the person to see.
broken_case() {
  local name=$1 file=$2 make=$3 kept=${4:-}
  fresh_home
  [ "$file" = marks.toml ] && seen_welcome
  eval "$make" >"$APP/$file.tmp"
  mv "$APP/$file.tmp" "$APP/$file"
  cp "$APP/$file" "$WORK/original"
  local t0 t1
  t0=$(date +%s%N)
  if ! start; then
    fail "broken $file ($name): no window within 30 s"
    stop
    return
  fi
  t1=$(date +%s%N)
  sleep 1
  alive || { fail "broken $file ($name): Tend exited"; return; }
  local rss told
  rss=$(rss_mib)
  key Escape # the welcome, if the settings were lost
  key Return
  key f
  stop
  told=$(grep -c 'could not be read' "$WORK/tend.log" || true)
  # Nothing overwritten: the original is in place or kept aside.
  local where=""
  for f in "$APP/$file" "$APP/$file".broken*; do
    [ -f "$f" ] && cmp -s "$f" "$WORK/original" && where=$(basename "$f")
  done
  [ -s "$WORK/original" ] || where="nothing (it was empty)"
  if [ -z "$where" ] && [ -n "$kept" ] && grep -qF -- "${kept#*:}" "$APP/${kept%%:*}"; then
    where="${kept%%:*} (its values)"
  fi
  if [ -z "$where" ]; then
    fail "broken $file ($name): the original was overwritten"
    return
  fi
  # Told once: a second start is quiet about it.
  start || { fail "broken $file ($name): no window on the second start"; return; }
  sleep 0.5
  stop
  local again
  again=$(grep -c 'could not be read' "$WORK/tend.log" || true)
  if [ "$rss" -gt 400 ]; then
    fail "broken $file ($name): $rss MiB"
  elif [ "$again" -gt 0 ]; then
    fail "broken $file ($name): told again on the next start"
  else
    pass "broken $(printf '%-16s %-10s' "$file" "$name") window $(((t1 - t0) / 1000000)) ms, peak $rss MiB, told $told time(s), original kept as $where"
  fi
}

if want broken; then
  for file in settings.toml marks.toml preferences.json; do
    case $file in
    settings.toml) good='printf "\"view.theme\" = \"dark\"\n\"home.decks\" = [\"boundaries\"]\n"'
      wrong='printf "\"view.theme\" = 7\n\"home.depth\" = \"deep\"\n\"home.name1\" = [1]\n"'
      mixed='printf "\"home.decks\" = [\"a\", 1, true]\n"'
      wrongkept='settings.toml:"view.theme" = 7' mixedkept='' ;;
    marks.toml) good='printf "favourites = [\"bound-slow-down-word\"]\nhidden = []\n"'
      wrong='printf "favourites = 3\nhidden = \"x\"\n"'
      mixed='printf "favourites = [\"a\", 1]\n"'
      wrongkept='' mixedkept='' ;;
    preferences.json) good='printf "{\"home.decks\":[\"boundaries\"],\"welcome.seen\":true}"'
      wrong='printf "{\"home.decks\":\"x\",\"welcome.seen\":3,\"home.name1\":5}"'
      mixed='printf "{\"home.decks\":[\"a\",1]}"'
      wrongkept='settings.toml:"home.name1" = 5' mixedkept='' ;;
    esac
    big() { eval "$good"; head -c 50000000 /dev/zero | tr '\0' ' '; }
    broken_case empty "$file" 'true'
    broken_case truncated "$file" "$good | head -c 12"
    broken_case garbage "$file" 'head -c 4096 /dev/urandom'
    broken_case wrong-types "$file" "$wrong" "$wrongkept"
    broken_case mixed-list "$file" "$mixed" "$mixedkept"
    broken_case 50MB "$file" big
  done
fi

if want readonly; then
  if can_mount; then
    fresh_home
    seen_welcome
    printf 'favourites = ["bound-slow-down-word"]\n' >"$APP/marks.toml"
    cp -a "$APP" "$WORK/app-before"
    mount -t tmpfs -o size=1m tmpfs "$APP"
    cp -a "$WORK/app-before/." "$APP/"
    mount -o remount,ro "$APP"
    start || fail "readonly: no window"
    key Return; key f; key Return; key ctrl+equal; key Escape
    if ! alive; then
      fail "readonly: Tend exited"
    elif ! diff -r "$WORK/app-before" "$APP" >/dev/null; then
      fail "readonly: files changed"
    else
      timeout 20 import -window root "$WORK/readonly.png"
      pass "readonly: a read-only folder: still running, told over the card, files untouched"
    fi
    stop
    umount "$APP"
  else
    skip "readonly: needs root to mount a read-only tmpfs"
  fi
fi

if want fulldisk; then
  if can_mount; then
    fresh_home
    mount -t tmpfs -o size=256k tmpfs "$XDG_CONFIG_HOME"
    mkdir -p "$APP"
    seen_welcome
    printf 'favourites = ["bound-slow-down-word"]\n' >"$APP/marks.toml"
    head -c 10000000 /dev/zero >"$XDG_CONFIG_HOME/filler" 2>/dev/null || true
    cp "$APP/marks.toml" "$APP/settings.toml" "$WORK/"
    start || fail "fulldisk: no window"
    key Return; key f; key h; key ctrl+equal; key Escape
    alive && ok=1 || ok=0
    stop
    if [ "$ok" -ne 1 ]; then
      fail "fulldisk: Tend exited"
    elif ! cmp -s "$APP/marks.toml" "$WORK/marks.toml" || ! cmp -s "$APP/settings.toml" "$WORK/settings.toml"; then
      fail "fulldisk: a file changed on a full disk"
    elif ! "$WORK/userfiles" "$APP" >"$WORK/uf.txt"; then
      fail "fulldisk: $(cat "$WORK/uf.txt")"
    else
      pass "fulldisk: a full disk: still running, old marks and settings intact ($(head -1 "$WORK/uf.txt")), $(find "$APP" -name '*.tmp' | wc -l) temp files left"
    fi
    umount "$XDG_CONFIG_HOME"
  else
    skip "fulldisk: needs root to mount a small tmpfs"
  fi
fi

# deck_case NAME SETUP: starts Tend with --decks on a hostile folder.
deck_case() {
  local name=$1 setup=$2 dir="$WORK/hostile"
  rm -rf "$dir"; mkdir -p "$dir/en"
  (cd "$dir/en" && eval "$setup")
  fresh_home
  seen_welcome
  local t0 t1 rss
  t0=$(date +%s%N)
  if ! WAIT=20 start --decks "$dir"; then
    fail "decks ($name): no window within 20 s"
    stop
    return
  fi
  t1=$(date +%s%N)
  sleep 3
  if ! alive; then
    fail "decks ($name): Tend exited"
    return
  fi
  rss=$(rss_mib)
  key Return
  alive || { fail "decks ($name): Tend exited after Start"; return; }
  stop
  if [ "$rss" -gt 600 ]; then
    fail "decks ($name): peak memory $rss MiB"
  else
    pass "decks $(printf '%-12s' "$name") window $(((t1 - t0) / 1000000)) ms, peak $rss MiB, $(grep -c "$dir" "$WORK/tend.log" || true) problem line(s)"
  fi
}

if want decks; then
  card='[[cards]]\nid = "x-%d"\ndepth = 1\ntext = "A card %d"\n'
  deck() { printf 'id = "%s"\nmoment = "curious"\ntitle = "T %s"\ndescription = "D"\n\n' "$1" "$1"; printf "$card" 1 1; }
  deck_case fifo 'mkfifo p.toml; deck ok >ok.toml'
  deck_case bom 'printf "\xef\xbb\xbf" >bom.toml; deck bom >>bom.toml'
  deck_case utf-16 'deck u16 | iconv -f UTF-8 -t UTF-16 >u16.toml'
  deck_case nul 'deck nul | tr "\n" "\0" >nul.toml'
  deck_case 5000-files 'for i in $(seq 5000); do printf "id = \"d$i\"\nmoment = \"someday\"\n" >d$i.toml; done'
  if [ "$MODE" = soak ]; then
    deck_case dev-zero 'ln -s /dev/zero z.toml'
  fi
fi

if want stress && [ "$MODE" = soak ]; then
  fresh_home
  seen_welcome
  start || fail "stress: no window"
  key Return
  samples=""
  # 50 keys a second for 60 s: next, back, pause, resume, star, unstar.
  for s in $(seq 12); do
    for _ in $(seq 50); do
      timeout 20 xdotool key --window "$WID" --delay 20 Right Right Left p p f f Right Left Right
    done >/dev/null 2>&1 &
    keys=$!
    sleep 5
    wait "$keys"
    samples="$samples $(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$REAL_PID/status")"
  done
  alive && ok=1 || ok=0
  threads=$(awk '/^Threads/ {print $2}' "/proc/$REAL_PID/status" 2>/dev/null || echo 0)
  stop
  read -r -a rss <<<"$samples"
  warm=${rss[2]}
  last=${rss[-1]}
  if [ "$ok" -ne 1 ]; then
    fail "stress: Tend exited"
  elif [ "$last" -gt $((warm * 110 / 100 + 5)) ]; then
    fail "stress: memory grew from $warm to $last MiB (samples:$samples)"
  else
    pass "stress: 3,000 keys in 60 s; resident MiB every 5 s:$samples; $threads threads at the end"
  fi
fi

echo "reliability ($MODE): $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
