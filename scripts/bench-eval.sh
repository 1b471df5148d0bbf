#!/usr/bin/env bash
# Regenerates the evaluation tables of docs/BENCHMARKS.md (between the eval markers) for every data set in
# ../shared/eval-data: DUC 2004 at 100 words and at 665 bytes (with the published SumRepo systems),
# the Multi-News sample, and the article-extraction benchmark. Takes a few minutes on 2 cores.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${STORYBRIEF_EVAL_DATA:-$ROOT/../shared/eval-data}"
DOC="$ROOT/docs/BENCHMARKS.md"
OUT="$(mktemp -d)"
SB="$ROOT/storybrief"
export JAVA_OPTS="${JAVA_OPTS:-} -XX:TieredStopAtLevel=4 -Xmx4g"

run() { # title, then eval arguments
  local title="$1"; shift
  { echo "### $title"; echo; echo '```'; echo "./storybrief eval $*" | sed -e "s#$DATA#../shared/eval-data#g" -e "s# --out [^ ]*##"; echo '```'; echo
    "$SB" eval "$@" 2>/dev/null; echo; } >> "$OUT/tables.md"
}
run "DUC 2004, 100 words" --dataset "$DATA/duc2004" --peers "$DATA/duc2004/sumrepo-peers.jsonl" --out "$OUT/duc2004.json"
run "DUC 2004, 665 bytes" --dataset "$DATA/duc2004" --bytes 665 --peers "$DATA/duc2004/sumrepo-peers.jsonl"
run "Multi-News sample (100 clusters)" --dataset "$DATA/multinews-sample100" --out "$OUT/multinews.json"
run "Article extraction (121 pages)" --dataset "$DATA/article-extraction"
{ echo "_Generated $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1)._"; echo; } >> "$OUT/tables.md"

awk -v tables="$OUT/tables.md" '
  /<!-- eval:begin -->/ { print; while ((getline line < tables) > 0) print line; skip = 1; next }
  /<!-- eval:end -->/ { skip = 0 }
  !skip { print }' "$DOC" > "$OUT/BENCHMARKS.md"
cp "$OUT/BENCHMARKS.md" "$DOC"
echo "updated $DOC (per-cluster scores: $OUT/*.json)"
