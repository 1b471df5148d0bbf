#!/usr/bin/env bash
# Benchmark of `storybrief watch` end to end against the local news simulator (issue 14):
# articles/s, delay from an item appearing to its story's briefing, memory after N articles.
#   scripts/bench-desk.sh [articles=10000] [articles per wave=500]
# Needs ../shared (the grouping evaluation stream); the corpus is built in memory, never written.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE="$(mktemp)"
mvn -q -B -o -pl server -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
exec nice java -Xmx4g -Dstorybrief.shared="${STORYBRIEF_SHARED:-$(pwd)/../shared}" -cp "$CP" \
    dev.storybrief.server.desk.DeskBench "$@"
