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
JAVA_OPTS=(-Xmx"$HEAP" -XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
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
