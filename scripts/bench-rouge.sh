#!/usr/bin/env bash
# JMH micro-benchmark of ROUGE scoring: a 100-word summary against 4 references (set A/B/D options).
# Usage: scripts/bench-rouge.sh [extra JMH options, e.g. -f 1 -wi 3 -i 5]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -ntp -DskipTests install -pl core,eval >/dev/null
CP="eval/target/classes:$(mvn -q -B -ntp -pl eval dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
ARGS=("$@"); [[ ${#ARGS[@]} -eq 0 ]] && ARGS=(-f 1 -wi 3 -i 5)
exec java -cp "$CP" org.openjdk.jmh.Main RougeBenchmark "${ARGS[@]}"
