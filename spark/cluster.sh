#!/usr/bin/env bash
# A Spark standalone cluster on this machine: one master and WORKERS workers, each a separate JVM on 127.0.0.1,
# running Spark's own org.apache.spark.deploy.master.Master and org.apache.spark.deploy.worker.Worker from the Spark
# jars the build already resolved (no Spark download, no hand-written scheduler). Jobs go in through Spark's own
# org.apache.spark.deploy.SparkSubmit, which is what the spark-submit script runs.
#
#   spark/cluster.sh home                 build the job jar and $CLUSTER_WORK/home/jars (a SPARK_HOME for the workers)
#   spark/cluster.sh start                start the master (spark://127.0.0.1:$CLUSTER_PORT) and the workers
#   spark/cluster.sh submit MASTER ARGS   spark-submit the job jar (dev.storybrief.spark.StoryJob) with ARGS
#   spark/cluster.sh kill-worker N        kill -9 worker N and its executors (a machine lost mid-job)
#   spark/cluster.sh stop                 stop every process this script started
#
# Settings (environment): CLUSTER_WORK (/tmp/storybrief-cluster), CLUSTER_PORT (7077), WORKERS (2),
# WORKER_CORES (1), EXECUTOR_MEMORY (1g: the executor's -Xmx), DRIVER_MEMORY (2g), JOB_JAR (the job jar to submit;
# spark/target/storybrief-spark-job.jar), REUSE_BUILD (1: `home` takes spark/target as built instead of building),
# SUBMIT_CONF (extra "--conf k=v" words for submit), JVM_EXTRA (extra flags of the JVMs this script starts: the
# submitting one, the master and the workers; executors take spark.executor.extraJavaOptions). The processes' logs
# are under $CLUSTER_WORK/logs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${CLUSTER_WORK:-/tmp/storybrief-cluster}"
PORT="${CLUSTER_PORT:-7077}"
WORKERS="${WORKERS:-2}"
WORKER_CORES="${WORKER_CORES:-1}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-1g}"
DRIVER_MEMORY="${DRIVER_MEMORY:-2g}"
MASTER_URL="spark://127.0.0.1:$PORT"
JOB_JAR="${JOB_JAR:-$ROOT/spark/target/storybrief-spark-job.jar}"
HOME_DIR="$WORK/home"
LOGS="$WORK/logs"
PIDS="$WORK/pids"
source "$(dirname "${BASH_SOURCE[0]}")/jvm-opts.sh"
JVM_OPTS=("${SPARK_JVM_OPTS[@]}")
# what the workers' launcher (org.apache.spark.launcher.WorkerCommandBuilder) needs to build executor commands
export SPARK_HOME="$HOME_DIR" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

die() { echo "cluster: $*" >&2; exit 1; }

# The job jar, and a SPARK_HOME whose jars/ holds what a Spark distribution holds: spark-sql's dependency tree
# (provided scope) plus the jars Spark ships that Maven resolved to the job's own scope: Jackson and SLF4J (left out
# of the job jar) and ICU4J (core's sentence breaks; Spark's collations load it from Spark's own class loader). The
# package phase writes both classpath files (spark/pom.xml). REUSE_BUILD=1 (scripts/test, right after its mvn verify)
# takes the jar and the files already in spark/target instead of building them again, unless a pom or a main source
# of core or spark is newer than the jar.
home() {
  mkdir -p "$WORK"
  local target="$ROOT/spark/target"
  if [[ "${REUSE_BUILD:-}" == 1 && -f "$JOB_JAR" && -f "$target/provided-classpath.txt" \
        && -f "$target/runtime-classpath.txt" \
        && -z "$(cd "$ROOT" && find pom.xml core/pom.xml core/src/main spark/pom.xml spark/src/main -newer "$JOB_JAR" \
                 -type f -print -quit)" ]]; then
    echo "cluster: reusing the build in $target" >&2
  else
    # offline first (no network when Maven has what it needs); once online when it lacks something, as on a fresh
    # machine whose ~/.m2 has never seen Spark. `package` only: nothing goes into ~/.m2/repository/dev/storybrief.
    (cd "$ROOT" && { nice mvn -B -q -ntp -o -Dstyle.color=never -pl spark -am -DskipTests package \
                     || nice mvn -B -q -ntp -Dstyle.color=never -pl spark -am -DskipTests package; }) >"$WORK/build.log" 2>&1 \
      || die "the build failed: $WORK/build.log"
  fi
  rm -rf "$HOME_DIR/jars" && mkdir -p "$HOME_DIR/jars" "$HOME_DIR/conf"
  { tr ':' '\n' <"$target/provided-classpath.txt"; echo
    tr ':' '\n' <"$target/runtime-classpath.txt" | grep -E '/com/fasterxml/jackson/core/|/org/slf4j/slf4j-api/|/com/ibm/icu/icu4j/'
  } | sort -u | while read -r jar; do [[ -n "$jar" ]] && ln -s "$jar" "$HOME_DIR/jars/"; done
  echo "cluster: $(ls "$HOME_DIR/jars" | wc -l) Spark jars in $HOME_DIR/jars; job jar $JOB_JAR" >&2
}

spark_java() { java "${JVM_OPTS[@]}" ${JVM_EXTRA:-} -cp "$HOME_DIR/jars/*" "$@"; }

launch() { # name, java arguments...
  local name="$1"; shift
  # shellcheck disable=SC2086
  nohup java "${JVM_OPTS[@]}" ${JVM_EXTRA:-} -cp "$HOME_DIR/jars/*" "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

start() {
  [[ -d "$HOME_DIR/jars" ]] || home
  mkdir -p "$LOGS" "$PIDS"
  [[ -z "$(ls "$PIDS")" ]] || die "already running (pids in $PIDS); run: spark/cluster.sh stop"
  launch master -Xmx256m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" --webui-port 0
  wait_for_log master "Starting Spark master at" 60 || die "the master did not start: $LOGS/master.log"
  for i in $(seq 1 "$WORKERS"); do
    mkdir -p "$WORK/worker$i"
    launch "worker$i" -Xmx256m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 \
      --cores "$WORKER_CORES" --memory "$EXECUTOR_MEMORY" --work-dir "$WORK/worker$i" "$MASTER_URL"
  done
  for i in $(seq 1 "$WORKERS"); do
    wait_for_log "worker$i" "Successfully registered with master" 60 || die "worker $i did not register: $LOGS/worker$i.log"
  done
  echo "cluster: master $MASTER_URL, $WORKERS workers x $WORKER_CORES core(s), executors -Xmx$EXECUTOR_MEMORY" >&2
}

wait_for_log() { # name, text, seconds
  for _ in $(seq 1 "$3"); do
    grep -q "$2" "$LOGS/$1.log" 2>/dev/null && return 0
    kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

# The executors a worker launched are its child processes (CoarseGrainedExecutorBackend).
kill_tree() { # pid
  local child
  for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
  kill -9 "$1" 2>/dev/null || true
}

kill_worker() {
  local pidfile="$PIDS/worker$1.pid"
  [[ -f "$pidfile" ]] || die "no worker $1"
  kill_tree "$(cat "$pidfile")"
  rm -f "$pidfile"
  echo "cluster: killed worker $1 and its executors" >&2
}

stop() {
  [[ -d "$PIDS" ]] || return 0
  local f
  for f in "$PIDS"/worker*.pid "$PIDS"/master.pid; do
    [[ -f "$f" ]] || continue
    kill_tree "$(cat "$f")"
    rm -f "$f"
  done
}

# spark-submit in client mode: the driver is this JVM. The UI is off (ports are shared on this machine).
submit() { # master, job arguments...
  local master="$1"; shift
  [[ -f "$JOB_JAR" ]] || home
  # shellcheck disable=SC2086
  spark_java -Xmx"$DRIVER_MEMORY" org.apache.spark.deploy.SparkSubmit --master "$master" \
    --class dev.storybrief.spark.StoryJob --executor-memory "$EXECUTOR_MEMORY" \
    --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    ${SUBMIT_CONF:-} "$JOB_JAR" "$@"
}

case "${1:-}" in
  home) home ;;
  start) start ;;
  stop) stop ;;
  submit) shift; submit "$@" ;;
  kill-worker) kill_worker "${2:?worker number}" ;;
  java) shift; spark_java "$@" ;;
  *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
