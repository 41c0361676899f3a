#!/usr/bin/env bash
# make bench: every performance figure of issue 13 in one run, as ratios,
# which hold on a noisy machine where absolute times do not.
#
#   start-up and memory  Tend against Fyne's README hello world
#                        (cmd/plainwindow), started alternately under a
#                        private Xvfb: time until the window is mapped, and
#                        resident memory 2 s later (medians of RUNS starts)
#   pause-screen CPU     Tend's CPU time over CPU_SECONDS on the pause screen
#                        against the same on a still card screen (and the
#                        hello world idle, for reference)
#   deck loading         the Go benchmarks in package decks, read by name:
#                        loading the built-in decks and 1k, 10k and 100k-card
#                        decks against a bare toml.Decode of the same bytes;
#                        the ones that do not exist are left out
#
# RUNS (default 9), CPU_SECONDS (default 10), BENCH_COUNT (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
CPU_SECONDS=${CPU_SECONDS:-10}
BENCH_COUNT=${BENCH_COUNT:-7}
BIN=build/bench
mkdir -p "$BIN"
go build -o "$BIN/tend" ./cmd/tend
go build -o "$BIN/plainwindow" ./cmd/plainwindow
source scripts/xvfb.sh

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# launch BIN TITLE [hold]: prints "startup_ms rss_kib" for one run; with
# hold, leaves the process running and its pid in LAUNCHED.
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
      launch "$@"
      return
    fi
    sleep 0.005
  done
  echo -n "$(($(now_ms) - start)) "
  sleep 2
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$rss"
  LAUNCHED=$pid
  if [ -z "${3:-}" ]; then
    quit_app "$pid" || echo "bench: $1 did not quit within 10 s of SIGTERM" >&2
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a/b : 0)}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t ? "within " t "x" : "ABOVE the " t "x target")}'; }
# cpu_ticks PID: user+system CPU time so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# cpu_percent PID: share of one core used over CPU_SECONDS.
cpu_percent() {
  local a b
  a=$(cpu_ticks "$1")
  sleep "$CPU_SECONDS"
  b=$(cpu_ticks "$1")
  awk -v d=$((b - a)) -v s="$CPU_SECONDS" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", 100 * d / hz / s}'
}

# The welcome is seen once, in the warm-up start, so every measured start
# opens on the home screen, as it does for a returning couple.
mkdir -p "$XDG_CONFIG_HOME/fyne/app.tend"
printf '"welcome.seen" = true\n' >"$XDG_CONFIG_HOME/fyne/app.tend/settings.toml"

: >"$WORK/tend.txt"
: >"$WORK/plain.txt"
# Warm-up, unmeasured: the disk cache, and Mesa's shader cache, where the
# software renderer keeps the shaders it compiles for each drawing state.
# The hello world's few states are all cached after one start; Tend's screen
# uses more, and a start that compiles one takes longer and keeps 2 to 3 MiB
# more of LLVM's code resident. A person's cache is warm after their first
# evening, so both programs are started until their starts add nothing to
# it (at most 6 times), and only then measured.
shader_cache() { { find "$XDG_CACHE_HOME/mesa_shader_cache" -type f 2>/dev/null || true; } | wc -l; }
for prog in "tend Tend" "plainwindow Hello"; do
  read -r bin title <<<"$prog"
  for _ in 1 2 3 4 5 6; do
    before=$(shader_cache)
    launch "$BIN/$bin" "$title" >/dev/null
    [ "$(shader_cache)" -gt "$before" ] || break
  done
done
for _ in $(seq "$RUNS"); do
  launch "$BIN/tend" Tend >>"$WORK/tend.txt"
  launch "$BIN/plainwindow" Hello >>"$WORK/plain.txt"
done
if [ -n "${VERBOSE:-}" ]; then
  echo "tend (ms KiB):" $(tr '\n' ',' <"$WORK/tend.txt")
  echo "hello (ms KiB):" $(tr '\n' ',' <"$WORK/plain.txt")
fi
t_start=$(cut -d' ' -f1 "$WORK/tend.txt" | median)
p_start=$(cut -d' ' -f1 "$WORK/plain.txt" | median)
t_rss=$(cut -d' ' -f2 "$WORK/tend.txt" | median)
p_rss=$(cut -d' ' -f2 "$WORK/plain.txt" | median)

# CPU: one Tend on a still card, then on the pause screen; the hello world
# idle for reference.
launch "$BIN/tend" Tend hold >/dev/null
tend_pid=$LAUNCHED
wid=$(xdotool search --onlyvisible --name '^Tend$' | head -1)
xkey "$wid" Return
sleep 2
cpu_card=$(cpu_percent "$tend_pid")
xkey "$wid" p
sleep 2
cpu_pause=$(cpu_percent "$tend_pid")
quit_app "$tend_pid" || echo "bench: Tend did not quit within 10 s of SIGTERM" >&2
launch "$BIN/plainwindow" Hello hold >/dev/null
hello_pid=$LAUNCHED
cpu_hello=$(cpu_percent "$hello_pid")
quit_app "$hello_pid" || true

go test ./decks -run '^$' -bench . -count "$BENCH_COUNT" >"$WORK/go.txt" || {
  cat "$WORK/go.txt"
  exit 1
}
# ns NAME UNIT: the median of metric UNIT (load-ns, decode-ns) of
# BenchmarkNAME: each run times Tend's loader and a bare toml.Decode in
# turns (decks/bench_test.go), so a slow spell slows both alike.
ns() { awk -v n="Benchmark$1-" -v u="$2" 'index($1, n) == 1 {for (i = 4; i < NF; i++) if ($(i + 1) == u) print $i}' "$WORK/go.txt" | median; }
ms() { awk -v n="$1" 'BEGIN {printf "%.2f", n / 1000000}'; }

r_start=$(ratio "$t_start" "$p_start")
r_rss=$(ratio "$t_rss" "$p_rss")
r_cpu=$(ratio "$cpu_pause" "$cpu_card")
cat <<EOT
| measure (medians: $RUNS windows, $BENCH_COUNT benchmark runs; CPU over ${CPU_SECONDS} s) | Tend | baseline | ratio | target |
|---|---|---|---|---|
| start to window mapped | ${t_start} ms | ${p_start} ms (hello world) | ${r_start} | $(verdict "$r_start" 1.05) |
| resident memory 2 s later | $((t_rss / 1024)) MiB | $((p_rss / 1024)) MiB (hello world) | ${r_rss} | $(verdict "$r_rss" 1.05) |
| CPU, pause screen against a still card | ${cpu_pause}% of a core | ${cpu_card}% (still card; hello world idle ${cpu_hello}%) | ${r_cpu} | $(verdict "$r_cpu" 2) |
EOT
for pair in "Builtin:all built-in decks" "1k:a 1,000-card deck" "10k:a 10,000-card deck" "100k:a 100,000-card deck"; do
  name=${pair%%:*}
  what=${pair#*:}
  load=$(ns "$name" load-ns)
  decode=$(ns "$name" decode-ns)
  if [ -z "$load" ] || [ -z "$decode" ]; then
    echo "| load $what | (no Benchmark$name in package decks) | | | |"
    continue
  fi
  r=$(ratio "$load" "$decode")
  echo "| load $what | $(ms "$load") ms | $(ms "$decode") ms (toml.Decode) | $r | $(verdict "$r" 1.2) |"
done
# Linear: the time per card should not grow with the deck.
l1=$(ns 1k load-ns)
l100=$(ns 100k load-ns)
if [ -n "$l1" ] && [ -n "$l100" ]; then
  echo "| 100k deck against 100 times the 1k deck (1.0 is linear) | | | $(ratio "$l100" "$(awk -v n="$l1" 'BEGIN {print n * 100}')") | |"
fi
