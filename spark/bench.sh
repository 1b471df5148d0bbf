#!/usr/bin/env bash
# Spark job benchmark: articles/s and briefings/s for local[1] and local[2] over growing corpora, peak memory of
# the (single, local-mode) executor JVM. The corpus (publishers' text) is generated under /tmp at run time.
#
#   spark/bench.sh [sizes...]            default sizes: 10000 30000 100000
#   MASTERS="local[1] local[2]" HEAP=6g SHARED=../shared spark/bench.sh 10000 30000
#
# Needs `mvn -o install -DskipTests` first (spark/target/classes and spark/target/lib). Prints one JSON line per run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
WORK="${WORK:-/tmp/storybrief-bench}"
MASTERS="${MASTERS:-local[1] local[2]}"
HEAP="${HEAP:-6g}"
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 30000 100000)
# core classes first: the copy in target/lib comes from the local Maven repository and may be older
CP="$ROOT/spark/target/classes:$ROOT/core/target/classes:$ROOT/spark/target/lib/*"
source "$(dirname "${BASH_SOURCE[0]}")/jvm-opts.sh"
JAVA_OPTS=(-Xmx"$HEAP" "${SPARK_JVM_OPTS[@]}"
  -Dlog4j2.configurationFile=log4j2-storybrief-bench.properties)
mkdir -p "$WORK"
for size in "${SIZES[@]}"; do
  corpus="$WORK/articles-$size.jsonl"
  [[ -f "$corpus" ]] || java -cp "$CP" dev.storybrief.spark.bench.BenchCorpus "$SHARED" "$size" "$corpus"
  for master in $MASTERS; do
    out="$WORK/out-${master//[^a-z0-9]/}-$size"
    rm -rf "$out"
    java "${JAVA_OPTS[@]}" -cp "$CP" dev.storybrief.spark.bench.SparkBench "$master" "$corpus" "$out" 2>>"$WORK/bench.log"
  done
done
