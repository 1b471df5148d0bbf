#!/usr/bin/env bash
# The job on a real Spark standalone cluster (spark/cluster.sh: a master and two workers, separate JVMs on
# 127.0.0.1) against local[2], on the same input and the same job jar:
#   1. spark-submit --master local[2]                    -> out-local
#   2. spark-submit --master spark://127.0.0.1:7077      -> out-cluster, byte-compared with out-local
#   3. the same again, and worker 2 killed (kill -9, with its executor) once the briefing stage has started:
#      Spark's task retry and stage resubmission must finish the job -> out-killed, byte-compared with out-local
# Exits 0 only when all three outputs are identical and the kill really happened mid-job.
#
#   spark/cluster-test.sh [ARTICLES]      default 3000 (the Spark benchmark corpus, generated from ../shared)
#   SHARED=/path/to/shared CLUSTER_WORK=/tmp/x spark/cluster-test.sh 600
#
# Prints one line per step and keeps every log and event log under $CLUSTER_WORK (/tmp/storybrief-cluster-test).
# Skips with one line (exit 0) when it cannot start: no ../shared, or port 7077 taken; with CI=true these fail.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES="${1:-3000}"
SHARED="${SHARED:-$ROOT/../shared}"
export CLUSTER_WORK="${CLUSTER_WORK:-/tmp/storybrief-cluster-test}"
PORT="${CLUSTER_PORT:-7077}"
CLUSTER="$ROOT/spark/cluster.sh"
PARTITIONS=8   # fixed, so that local[2] and the cluster write the same part files
EVENTS="$CLUSTER_WORK/events"

skip() {
  if [[ "${CI:-}" == true ]]; then echo "cluster-test: FAILED: $*" >&2; exit 1; fi
  echo "cluster-test: skipped: $*" >&2; exit 0
}
[[ -d "$SHARED/eval-data" ]] || skip "no evaluation data at $SHARED/eval-data for the corpus"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then skip "port $PORT is taken (set CLUSTER_PORT)"; fi

rm -rf "$CLUSTER_WORK" && mkdir -p "$CLUSTER_WORK" "$EVENTS"
trap '"$CLUSTER" stop' EXIT
"$CLUSTER" home
corpus="$CLUSTER_WORK/articles-$ARTICLES.jsonl"
java -cp "$ROOT/spark/target/storybrief-spark-job.jar:$CLUSTER_WORK/home/jars/*" \
  dev.storybrief.spark.bench.BenchCorpus "$SHARED" "$ARTICLES" "$corpus"
export SUBMIT_CONF="--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=file://$EVENTS"

run() { # name, master
  local start=$SECONDS
  "$CLUSTER" submit "$2" --input "$corpus" --output "$CLUSTER_WORK/out-$1" --partitions "$PARTITIONS" \
    2>"$CLUSTER_WORK/$1.log" || { echo "cluster-test: FAILED: the $1 run failed; see $CLUSTER_WORK/$1.log" >&2; exit 1; }
  echo "cluster-test: $1 ($2): $(grep -o 'storybrief-spark: .*' "$CLUSTER_WORK/$1.log" | cut -c19- | cut -d';' -f1), $((SECONDS - start)) s" >&2
}

same() { # name: byte-compare the concatenated part files with local[2]'s
  if cmp -s <(cat "$CLUSTER_WORK"/out-local/part-*) <(cat "$CLUSTER_WORK/out-$1"/part-*); then
    echo "cluster-test: out-$1 is byte-identical to out-local ($(cat "$CLUSTER_WORK"/out-local/part-* | wc -l) story lines, $(cat "$CLUSTER_WORK"/out-local/part-* | wc -c) bytes)" >&2
  else
    echo "cluster-test: FAILED: out-$1 differs from out-local" >&2; exit 1
  fi
}

run local 'local[2]'
"$CLUSTER" start
run cluster "spark://127.0.0.1:$PORT"
same cluster

# Kill worker 2 once the write stage (briefing) has begun: its executor holds shuffle output and running tasks.
run killed "spark://127.0.0.1:$PORT" &
job=$!
for _ in $(seq 1 1200); do
  [[ -d "$CLUSTER_WORK/out-killed/_temporary" ]] && break
  kill -0 "$job" 2>/dev/null || break
  sleep 0.5
done
[[ -d "$CLUSTER_WORK/out-killed/_temporary" && ! -f "$CLUSTER_WORK/out-killed/_SUCCESS" ]] \
  || { echo "cluster-test: FAILED: the job ended before the briefing stage could be interrupted" >&2; exit 1; }
sleep "${KILL_DELAY:-2}"
"$CLUSTER" kill-worker 2
wait "$job"
lost=$(grep -c -E "Lost executor|ExecutorLostFailure|Executor lost" "$CLUSTER_WORK/killed.log" || true)
[[ "$lost" -gt 0 ]] || { echo "cluster-test: FAILED: the driver never saw the executor go" >&2; exit 1; }
echo "cluster-test: worker 2 killed mid-job; the driver logged $lost lost-executor lines," \
  "$(grep -c -E "Resubmitted|Resubmitting" "$CLUSTER_WORK/killed.log" || true) resubmissions and" \
  "$(grep -c "FetchFailed" "$CLUSTER_WORK/killed.log" || true) fetch failures" >&2
same killed
echo "cluster-test: passed" >&2
