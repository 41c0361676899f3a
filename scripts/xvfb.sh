# Sourced by the window test and the benchmark: starts a private Xvfb on a
# free display and a throw-away config/cache home, and cleans both up on exit.
# Afterwards DISPLAY, XDG_CONFIG_HOME and XDG_CACHE_HOME point at them and
# $WORK is a temporary folder for the caller.
WORK=$(mktemp -d)
# Keep Go's build cache where it was before XDG_CACHE_HOME moves below.
export GOCACHE="${GOCACHE:-$(go env GOCACHE)}"
mkfifo "$WORK/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/displayfd" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
read -r -t 30 display <"$WORK/displayfd" || { echo "Xvfb did not start:"; cat "$WORK/xvfb.log"; exit 1; }
export DISPLAY=":$display"
export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache"
# Pin the language so Fyne's locale parsing stays quiet and results repeat.
export LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
cleanup_xvfb() {
  pkill -P $$ 2>/dev/null || true
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup_xvfb EXIT

# quit_app PID: asks a program to quit with SIGTERM (as a desktop's log-out
# does; Fyne quits cleanly on it) and waits up to QUIT_WAIT seconds (10). One
# that is still running is sent SIGQUIT, which makes a Go program print every
# goroutine's stack to its log, then SIGKILL, and quit_app returns 1: a hang
# becomes a failure with its stacks, never a test that waits for ever.
quit_app() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  for ((i = 0; i < ${QUIT_WAIT:-10} * 10; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 0.1
  done
  kill -QUIT "$pid" 2>/dev/null || true
  sleep 2
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  return 1
}

# xkey WINDOW KEYS...: xdotool key, bounded: a wedged X server or window makes
# it fail within 10 s instead of blocking the test.
xkey() { timeout 10 xdotool key --window "$@"; }

# drawn_shot FILE TRIES PAUSE: a screenshot of the whole screen into FILE once
# something is drawn in it (more than 50 colours). On a loaded machine the
# first frame after a change can take a few seconds (under wine more), so an
# empty screen is looked at again, up to TRIES times, PAUSE seconds apart.
# Returns 1 when nothing was drawn; COLOURS then holds the last count, or is
# empty when no screenshot came within 20 s.
drawn_shot() {
  local tries=0
  while :; do
    COLOURS=
    timeout 20 import -window root "$1" || return 1
    COLOURS=$(convert "$1" -format '%k' info:)
    [ "$COLOURS" -gt 50 ] && return 0
    tries=$((tries + 1))
    [ "$tries" -lt "$2" ] || return 1
    sleep "$3"
  done
}
