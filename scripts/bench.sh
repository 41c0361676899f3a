#!/usr/bin/env bash
# make bench: Tend against a plain Fyne window built the same way (startup
# time to a mapped window, resident memory 2 s later), and Tend's deck loader
# against a bare toml.Decode of the same bytes. Every figure is reported as a
# ratio, which holds on a noisy machine where absolute times do not.
# RUNS (default 9) sets how many windows of each kind are started.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
BIN=build/bench
mkdir -p "$BIN"
go build -o "$BIN/tend" ./cmd/tend
go build -o "$BIN/plainwindow" ./cmd/plainwindow
source scripts/xvfb.sh

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# launch BIN TITLE: prints "startup_ms rss_kib" for one run.
launch() {
  local start pid rss
  start=$(now_ms)
  "$1" >"$WORK/launch.log" 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "^$2\$" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      # Mesa under Xvfb now and then fails to create a GL context when
      # windows come and go quickly; say so and measure that start again.
      echo "bench: $1 exited before its window appeared; retrying. Its first lines:" >&2
      head -5 "$WORK/launch.log" >&2
      sleep 1
      launch "$1" "$2"
      return
    fi
    sleep 0.005
  done
  echo -n "$(( $(now_ms) - start )) "
  sleep 2
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t ? "within " t "x" : "ABOVE the " t "x target")}'; }

: >"$WORK/tend.txt"; : >"$WORK/plain.txt"
launch "$BIN/tend" Tend >/dev/null # warm the disk cache for both
launch "$BIN/plainwindow" Plain >/dev/null
for _ in $(seq "$RUNS"); do
  launch "$BIN/tend" Tend >>"$WORK/tend.txt"
  launch "$BIN/plainwindow" Plain >>"$WORK/plain.txt"
done
if [ -n "${VERBOSE:-}" ]; then
  echo "tend (ms KiB):" $(tr '\n' ',' <"$WORK/tend.txt")
  echo "plain (ms KiB):" $(tr '\n' ',' <"$WORK/plain.txt")
fi
t_start=$(cut -d' ' -f1 "$WORK/tend.txt" | median); p_start=$(cut -d' ' -f1 "$WORK/plain.txt" | median)
t_rss=$(cut -d' ' -f2 "$WORK/tend.txt" | median); p_rss=$(cut -d' ' -f2 "$WORK/plain.txt" | median)

go test ./decks -run '^$' -bench 'Builtin|10k' -count 7 >"$WORK/go.txt" || { cat "$WORK/go.txt"; exit 1; }
ns() { awk -v n="Benchmark$1-" 'index($1, n) == 1 {print $3}' "$WORK/go.txt" | median; }
lb=$(ns LoadBuiltin); db=$(ns DecodeBuiltin); l10=$(ns Load10k); d10=$(ns Decode10k)

r_start=$(ratio "$t_start" "$p_start"); r_rss=$(ratio "$t_rss" "$p_rss")
r_b=$(ratio "$lb" "$db"); r_10=$(ratio "$l10" "$d10")
cat <<EOT
| measure (median of $RUNS windows, 7 benchmark runs) | Tend | baseline | ratio | target |
|---|---|---|---|---|
| start to window mapped | ${t_start} ms | ${p_start} ms (plain window) | ${r_start} | $(verdict "$r_start" 1.15) |
| resident memory 2 s later | $((t_rss / 1024)) MiB | $((p_rss / 1024)) MiB (plain window) | ${r_rss} | $(verdict "$r_rss" 1.15) |
| load all built-in decks | $(ratio "$lb" 1000000) ms | $(ratio "$db" 1000000) ms (toml.Decode) | ${r_b} | $(verdict "$r_b" 1.5) |
| load a 10,000-card deck | $(ratio "$l10" 1000000) ms | $(ratio "$d10" 1000000) ms (toml.Decode) | ${r_10} | $(verdict "$r_10" 1.5) |
EOT
