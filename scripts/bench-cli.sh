#!/usr/bin/env bash
# Wall time, CPU time (user + system) and peak RSS of `storybrief brief <folder>` against `storybrief --help` (JVM
# start included), the two run alternately N times (default 10) so that both see the same machine load; prints the
# medians and their ratios. On a busy machine the CPU times are the steadier figure.
# Usage: scripts/bench-cli.sh [folder] [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOLDER="${1:-$ROOT/../shared/examples/nato-libya-2011}"
RUNS="${2:-10}"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

# Build and record the class-data archive first (from a briefing, so that it holds the briefing's classes as a
# user's first run would); these runs are not timed.
rm -f "$ROOT"/cli/target/storybrief.jsa
"$ROOT/storybrief" brief "$FOLDER" >/dev/null 2>&1
"$ROOT/storybrief" --help >/dev/null 2>&1

for _ in $(seq "$RUNS"); do
  printf 'help ' >>"$LOG"
  /usr/bin/time -f "%e %M %U %S" "$ROOT/storybrief" --help 2>&1 >/dev/null | tail -1 >>"$LOG"
  printf 'brief ' >>"$LOG"
  /usr/bin/time -f "%e %M %U %S" "$ROOT/storybrief" brief "$FOLDER" 2>&1 >/dev/null | tail -1 >>"$LOG"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR+1)/2)] }'; }
summary() {  # name, median wall, max wall, median CPU, peak RSS of one command's runs
  local runs; runs="$(grep "^$1 " "$LOG")"
  echo "$1 $(awk '{print $2}' <<<"$runs" | median) $(awk '{print $2}' <<<"$runs" | sort -n | tail -1)" \
    "$(awk '{print $4 + $5}' <<<"$runs" | median) $(awk '{print $3}' <<<"$runs" | sort -n | tail -1)"
}
{ summary help; summary brief; } | awk -v runs="$RUNS" '
  { printf "%-6s runs=%d  median wall=%.2f s  max wall=%.2f s  median CPU=%.2f s  peak RSS=%.0f MB\n", $1, runs, $2, $3, $4, $5/1024
    wall[$1] = $2; cpu[$1] = $4 }
  END { printf "brief / --help: wall %.2f, CPU %.2f\n", wall["brief"] / wall["help"], cpu["brief"] / cpu["help"] }'
