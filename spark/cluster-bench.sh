#!/usr/bin/env bash
# Throughput and executor memory of the job under local[1], local[2] and the two-worker standalone cluster
# (spark/cluster.sh: two workers of one core, executors -Xmx1g), all through spark-submit of the same job jar.
# For each run it prints one JSON line: the job's own report (articles, stories, briefings, stage seconds), wall
# seconds, CPU seconds of the submitting JVM (the driver; in local mode also the executor), the event log's summary
# (task CPU seconds, tasks per executor, peak JVM heap per executor) and the most heap left after any
# garbage collection (GC logs: of the executors on the cluster, of the one JVM in local mode).
#
#   spark/cluster-bench.sh [sizes...]                    default: 10000 100000
#   MODES="cluster" spark/cluster-bench.sh 100000        MODES: any of local1 local2 cluster
#
# The corpora (spark.bench.BenchCorpus, from ../shared) and all logs go under $CLUSTER_WORK
# (/tmp/storybrief-cluster-bench); nothing is written into the repository. JOB_JAR=copy.jar runs a copy of the job
# jar, so that a build during a long run cannot change the jar under it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
export CLUSTER_WORK="${CLUSTER_WORK:-/tmp/storybrief-cluster-bench}"
PORT="${CLUSTER_PORT:-7077}"
MODES="${MODES:-local1 local2 cluster}"
CLUSTER="$ROOT/spark/cluster.sh"
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 100000)
mkdir -p "$CLUSTER_WORK"
export JOB_JAR="${JOB_JAR:-$ROOT/spark/target/storybrief-spark-job.jar}"
[[ -d "$CLUSTER_WORK/home/jars" && -f "$JOB_JAR" ]] || "$CLUSTER" home
JARS="$JOB_JAR:$CLUSTER_WORK/home/jars/*"
started=""
trap '[[ -z "$started" ]] || "$CLUSTER" stop' EXIT

max_after_gc_mb() { # GC log files...: the largest "before->after(size)" after-value, in MB
  cat "$@" 2>/dev/null | grep -oE 'Pause[^)]*\)( \([^)]*\))* [0-9]+M->[0-9]+M' | sed -E 's/.*->([0-9]+)M/\1/' \
    | sort -n | tail -1
}

for size in "${SIZES[@]}"; do
  corpus="$CLUSTER_WORK/articles-$size.jsonl"
  [[ -f "$corpus" ]] || java -cp "$JARS" dev.storybrief.spark.bench.BenchCorpus "$SHARED" "$size" "$corpus"
  for mode in $MODES; do
    case "$mode" in
      local1) master='local[1]' ;;
      local2) master='local[2]' ;;
      cluster) master="spark://127.0.0.1:$PORT"
        if [[ -z "$started" ]]; then "$CLUSTER" start; started=yes; fi ;;
      *) echo "cluster-bench: unknown mode $mode" >&2; exit 2 ;;
    esac
    run="$CLUSTER_WORK/$mode-$size"
    rm -rf "$run" && mkdir -p "$run/events" "$run/gc"
    export SUBMIT_CONF="--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=file://$run/events
      --conf spark.executor.extraJavaOptions=-Xlog:gc:file=$run/gc/executor-%p.log"
    JVM_EXTRA="-Xlog:gc:file=$run/gc/driver.log" \
      /usr/bin/time -f "%e %U %S" -o "$run/time" \
      "$CLUSTER" submit "$master" --input "$corpus" --output "$run/out" 2>"$run/job.log" \
      || { echo "cluster-bench: $mode $size failed; see $run/job.log" >&2; continue; }
    read -r wall user sys <"$run/time"
    report=$(grep -o 'storybrief-spark: [0-9].*' "$run/job.log" | cut -c19-)
    events=$(java -cp "$JARS" dev.storybrief.spark.bench.EventLogSummary "$run"/events/* || echo null)
    if [[ "$mode" == cluster ]]; then live=$(max_after_gc_mb "$run"/gc/executor-*.log); else live=$(max_after_gc_mb "$run/gc/driver.log"); fi
    printf '{"mode":"%s","articles":%s,"wallSeconds":%s,"submitCpuSeconds":%.1f,"maxHeapAfterGcMB":%s,"load1m":"%s","report":"%s","events":%s}\n' \
      "$mode" "$size" "$wall" "$(echo "$user + $sys" | bc)" "${live:-0}" "$(cut -d' ' -f1 /proc/loadavg)" "$report" "$events"
  done
done
