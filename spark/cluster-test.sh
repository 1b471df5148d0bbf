#!/usr/bin/env bash
# The job on a real Spark standalone cluster (spark/cluster.sh: a master and two workers, separate JVMs on
# 127.0.0.1) against local[2], on the same input and the same job jar:
#   1. spark-submit --master local[2]                    -> out-local
#   2. spark-submit --master spark://127.0.0.1:7077      -> out-cluster, byte-compared with out-local
#   3. the same again, and worker 2 killed (kill -9, with its executor) as soon as its executor starts a task of
#      the briefing stage (the write job's last stage): Spark's task retry and stage resubmission must finish the job
#      -> out-killed, byte-compared with out-local
# Exits 0 only when all three outputs are identical, the corpus spans at least 3 time blocks with stories linked
# across their edges, and the driver lost the executor while the write job was running (and had to redo work).
#
#   spark/cluster-test.sh [ARTICLES [BLOCK_DAYS]]   default 3000 articles (the Spark benchmark corpus, generated
#                                                   from ../shared) in the job's 120-day time blocks
#   C1_ONLY=1 PARTITIONS=2 spark/cluster-test.sh 300 31   what CI runs (scripts/test): 4 blocks of 31 days
#   SHARED=/path/to/shared CLUSTER_WORK=/tmp/x spark/cluster-test.sh 600
#
# Settings (environment): PARTITIONS (8), C1_ONLY (1: JVMs compile with C1 only), REUSE_BUILD (1: the job jar in
# spark/target as built, see spark/cluster.sh), CLUSTER_PORT (7077), CLUSTER_WORK, SHARED (../shared).
#
# Prints one line per step and keeps every log and event log under $CLUSTER_WORK (/tmp/storybrief-cluster-test).
# Skips with one line (exit 0) when it cannot start: no ../shared, or port 7077 taken; with CI=true these fail.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES="${1:-3000}"
BLOCK_DAYS="${2:-120}"
SHARED="${SHARED:-$ROOT/../shared}"
export CLUSTER_WORK="${CLUSTER_WORK:-/tmp/storybrief-cluster-test}"
PORT="${CLUSTER_PORT:-7077}"
CLUSTER="$ROOT/spark/cluster.sh"
# the same on all three runs, so that they write the same part files; fewer (CI: 2) make each briefing task last
# longer, so the kill always meets one running on worker 2's executor
PARTITIONS="${PARTITIONS:-8}"
EVENTS="$CLUSTER_WORK/events"

skip() {
  if [[ "${CI:-}" == true ]]; then echo "cluster-test: FAILED: $*" >&2; exit 1; fi
  echo "cluster-test: skipped: $*" >&2; exit 0
}
[[ -d "$SHARED/eval-data" ]] || skip "no evaluation data at $SHARED/eval-data for the corpus"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then skip "port $PORT is taken (set CLUSTER_PORT)"; fi

began=$SECONDS
rm -rf "$CLUSTER_WORK" && mkdir -p "$CLUSTER_WORK" "$EVENTS"

kill_tree() { # pid: the job run in the background is a shell whose child shell runs the driver JVM
  local child
  for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
  kill -9 "$1" 2>/dev/null || true
}
# CPU seconds of a process and its live descendants, each with the children it has reaped (a worker reaps the
# executors it ran): the cluster's JVMs are not children of this script, so `times` below does not see them.
tree_ticks() { # pid
  local child ticks=0
  [[ -r "/proc/$1/stat" ]] && ticks=$(sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13 + $14 + $15}')
  for child in $(pgrep -P "$1" || true); do ticks=$((ticks + $(tree_ticks "$child"))); done
  echo "$ticks"
}
cluster_ticks=0
count_cluster() { # process names under $CLUSTER_WORK/pids
  local name
  for name in "$@"; do
    [[ -f "$CLUSTER_WORK/pids/$name.pid" ]] || continue
    cluster_ticks=$((cluster_ticks + $(tree_ticks "$(cat "$CLUSTER_WORK/pids/$name.pid")")))
  done
}
job=""
starter=""
driver=""
cleanup() {
  local pid
  for pid in $starter $job $driver; do kill_tree "$pid"; done
  "$CLUSTER" stop
}
trap cleanup EXIT
trap 'echo "cluster-test: interrupted" >&2; exit 130' INT
trap 'echo "cluster-test: terminated" >&2; exit 143' TERM
"$CLUSTER" home
corpus="$CLUSTER_WORK/articles-$ARTICLES.jsonl"
java -cp "$ROOT/spark/target/storybrief-spark-job.jar:$CLUSTER_WORK/home/jars/*" \
  dev.storybrief.spark.bench.BenchCorpus "$SHARED" "$ARTICLES" "$corpus"
# A lost machine takes its disk: the surviving executor must not read the dead one's shuffle files from the disk
# they share here (Spark's host-local read), so lost map output is recomputed as it would be on a real cluster.
export SUBMIT_CONF="--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=file://$EVENTS
  --conf spark.shuffle.readHostLocalDisk=false"
# C1_ONLY=1 (CI): every JVM of the test compiles with C1 only. Its JVMs live a minute or two, mostly starting up,
# and C2 compiling in the background cost a third of their CPU (local[2] on 300 articles: 25 s instead of 40 s of
# CPU, same bytes); on a long run C2's faster code wins, so it is not the default.
if [[ "${C1_ONLY:-}" == 1 ]]; then
  export JVM_EXTRA="${JVM_EXTRA:-} -XX:TieredStopAtLevel=1"
  SUBMIT_CONF="$SUBMIT_CONF --conf spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1"
fi

run() { # name, master
  local start=$SECONDS
  # in the background and waited for, so that a TERM to this script runs the cleanup at once, not after the job
  "$CLUSTER" submit "$2" --input "$corpus" --output "$CLUSTER_WORK/out-$1" --partitions "$PARTITIONS" \
    --block-days "$BLOCK_DAYS" 2>"$CLUSTER_WORK/$1.log" &
  driver=$!
  wait "$driver" || { echo "cluster-test: FAILED: the $1 run failed; see $CLUSTER_WORK/$1.log" >&2; exit 1; }
  driver=""
  echo "cluster-test: $1 ($2): $(grep -o 'storybrief-spark: [0-9].*' "$CLUSTER_WORK/$1.log" | cut -c19- | cut -d';' -f1), $((SECONDS - start)) s" >&2
}

same() { # name: byte-compare the concatenated part files with local[2]'s
  if cmp -s <(cat "$CLUSTER_WORK"/out-local/part-*) <(cat "$CLUSTER_WORK/out-$1"/part-*); then
    echo "cluster-test: out-$1 is byte-identical to out-local ($(cat "$CLUSTER_WORK"/out-local/part-* | wc -l) story lines, $(cat "$CLUSTER_WORK"/out-local/part-* | wc -c) bytes)" >&2
  else
    echo "cluster-test: FAILED: out-$1 differs from out-local" >&2; exit 1
  fi
}

# the master and workers start while local[2] runs: both spend most of their time starting JVMs, one thread each
"$CLUSTER" start &
starter=$!
run local 'local[2]'
# a test of the cluster only if the corpus crosses block edges: the link stage has work on both executors
report=$(grep -o 'storybrief-spark: [0-9].*' "$CLUSTER_WORK/local.log")
blocks=$(sed -E 's/.* in ([0-9,]+) time blocks.*/\1/' <<<"$report" | tr -d ,)
linked=$(sed -E 's/.*\(([0-9,]+) linked across block edges\).*/\1/' <<<"$report" | tr -d ,)
[[ "$blocks" =~ ^[0-9]+$ && "$linked" =~ ^[0-9]+$ && "$blocks" -ge 3 && "$linked" -ge 1 ]] || {
  echo "cluster-test: FAILED: the corpus must span 3 time blocks with stories linked across their edges: $report" >&2
  exit 1
}
wait "$starter" || { echo "cluster-test: FAILED: the cluster did not start; see $CLUSTER_WORK/logs" >&2; exit 1; }
starter=""
run cluster "spark://127.0.0.1:$PORT"
same cluster

# Kill worker 2 as soon as its executor starts a task of the briefing stage (the write job's ResultStage): the
# executor then holds a running briefing task, cached blocks and both shuffles' map output, so the driver must retry
# the task and resubmit the stages that lost their output. Triggered by the driver's log, not by a delay, so the kill
# lands mid-job at any corpus size.
run killed "spark://127.0.0.1:$PORT" &
job=$!
log="$CLUSTER_WORK/killed.log"
app=""
executor=""
stage=""
started=""
for _ in $(seq 1 3000); do
  kill -0 "$job" 2>/dev/null || break
  if [[ -z "$app" ]]; then   # this run's application, not the cluster run's before it
    app=$(grep -o 'app ID app-[0-9-]*' "$log" 2>/dev/null | head -1 | cut -d' ' -f3 || true)
  fi
  if [[ -n "$app" && -z "$executor" ]]; then
    executor=$(grep -o "Asked to launch executor $app/[0-9]*" "$CLUSTER_WORK/logs/worker2.log" 2>/dev/null \
      | tail -1 | sed 's|.*/||' || true)
  fi
  if [[ -z "$stage" ]]; then
    stage=$(grep -o 'Submitting ResultStage [0-9]* ([^)]* at saveAsTextFile' "$log" 2>/dev/null | head -1 \
      | awk '{print $3}' || true)
  fi
  if [[ -n "$executor" && -n "$stage" ]] \
      && grep -q -E "Starting task [0-9.]+ in stage $stage\.[0-9]+ .*executor $executor[,)]" "$log"; then
    started=1
    break
  fi
  sleep 0.2
done
kill -0 "$job" 2>/dev/null && [[ ! -f "$CLUSTER_WORK/out-killed/_SUCCESS" ]] \
  || { echo "cluster-test: FAILED: the job ended before worker 2 could be killed mid-job" >&2; exit 1; }
[[ -n "$started" ]] \
  || { echo "cluster-test: FAILED: no briefing task started on worker 2's executor in 10 minutes" >&2; exit 1; }
count_cluster worker2
"$CLUSTER" kill-worker 2
echo "cluster-test: killed worker 2 when its executor $executor started a task of briefing stage $stage," \
  "$((SECONDS - began)) s into the test" >&2
wait "$job"
job=""
# Mid-job means: the driver saw the executor go before the write job finished, and redid work because of it.
lost_at=$(grep -n -m1 -E "Lost executor $executor " "$log" | cut -d: -f1 || true)
done_at=$(grep -n -m1 -E "Job [0-9]+ finished: runJob at SparkHadoopWriter" "$log" | cut -d: -f1 || true)
[[ -n "$lost_at" && -n "$done_at" && "$lost_at" -lt "$done_at" ]] \
  || { echo "cluster-test: FAILED: the driver did not lose executor $executor while the write job ran" >&2; exit 1; }
lost=$(grep -c -E "Lost executor|ExecutorLostFailure|Executor lost" "$log" || true)
resubmitted=$(grep -c -E "Resubmitted|Resubmitting" "$log" || true)
fetch=$(grep -c "FetchFailed" "$log" || true)
retried=$(grep -c -E "Starting task [0-9]+\.[1-9][0-9]* in stage" "$log" || true)   # attempts after the first
[[ $((resubmitted + fetch + retried)) -gt 0 ]] \
  || { echo "cluster-test: FAILED: the lost executor cost the job nothing (no task retried, no stage resubmitted)" >&2; exit 1; }
echo "cluster-test: worker 2 killed mid-job; the driver logged $lost lost-executor lines, $retried task retries," \
  "$resubmitted resubmissions and $fetch fetch failures" >&2
same killed
count_cluster master worker1
times >"$CLUSTER_WORK/times"   # not in a pipe: a subshell's children are not this shell's
own=$(tail -1 "$CLUSTER_WORK/times" | awk '{ split($1, u, "m"); split($2, s, "m"); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
echo "cluster-test: passed in $((SECONDS - began)) s; CPU: $(awk -v t="$cluster_ticks" -v hz="$(getconf CLK_TCK)" \
  -v o="$own" 'BEGIN { printf "%.0f s in the drivers and the corpus, %.0f s in the master, workers and executors", o, t / hz }')" >&2
