#!/usr/bin/env bash
# step.sh NAME MINUTES COMMAND...: runs one part of `make test` within a time
# limit and says how long it took, so a CI log shows where the time went. A
# part still running at its limit is sent SIGTERM (the test scripts then stop
# what they started: Tend, Xvfb, wine) and fails with its name, instead of
# running on into CI's own limit with nothing said. --foreground keeps Ctrl+C
# working when make test runs in a terminal.
set -uo pipefail
name=$1 limit=$2
shift 2
start=$SECONDS
timeout --foreground --kill-after=30 "${limit}m" "$@"
rc=$?
took=$((SECONDS - start))
case $rc in
0) echo "step $name: done in $took s" ;;
124 | 137) echo "step $name: FAIL: stopped at its limit of $limit minutes (a hang? see above)" ;;
*) echo "step $name: FAIL: exit status $rc after $took s" ;;
esac
exit "$rc"
