#!/usr/bin/env bash
# Wall time and peak RSS of one `storybrief brief` run, JVM start included, over N runs (default 10).
# Usage: scripts/bench-cli.sh [folder] [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOLDER="${1:-$ROOT/../shared/examples/nato-libya-2011}"
RUNS="${2:-10}"
"$ROOT/storybrief" brief "$FOLDER" >/dev/null 2>&1   # build and class-data archive, not timed
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M" "$ROOT/storybrief" brief "$FOLDER" 2>&1 >/dev/null | tail -1
done | sort -n | awk -v runs="$RUNS" '
  { wall[NR] = $1; if ($2 > rss) rss = $2 }
  END { printf "runs=%d  median wall=%.2f s  max wall=%.2f s  peak RSS=%.0f MB\n", runs, wall[int((NR+1)/2)], wall[NR], rss/1024 }'
