#!/usr/bin/env bash
# make soak's fuzzing: every fuzz target in the module (found by name, so
# targets added later are fuzzed too) for $1 each (default 5m). Fails on the
# first crasher, which go test writes under that package's testdata/fuzz.
#
# Minimising each new interesting input is capped at MINIMIZE (default 2s):
# Go counts a worker's executions only when it reports back, and a worker
# minimising an input reports after up to a minute (the default), so the
# progress lines read "0/sec" for long stretches while the CPU is busy.
# See docs/RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${1:-5m}
MINIMIZE=${MINIMIZE:-2s}
status=0
for file in $(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do
  pkg=./$(dirname "${file#./}")
  for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
    echo "fuzz: $pkg $target for $FUZZTIME"
    if ! go test -tags ci "$pkg" -run '^$' -fuzz "^$target\$" -fuzztime "$FUZZTIME" \
      -fuzzminimizetime "$MINIMIZE" 2>&1 | tee "/tmp/tend-fuzz-$target.log" | tail -3; then
      status=1
    fi
    if grep -q -- '--- FAIL' "/tmp/tend-fuzz-$target.log"; then status=1; fi
  done
done
exit $status
