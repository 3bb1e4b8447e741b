#!/usr/bin/env bash
# The ceiling of the HTTP server on this machine (docs/benchmarks.md, "Tickets and scans"): an empty scan, that
# reads a scan-sized JSON body and answers without deciding anything, as a plain servlet and as a JAX-RS resource
# with JSON binding, on the same Payara Micro, JVM options and wrk settings as scan-bench.sh (32 connections).
# Compiles the two classes of bench/ceiling/src into a small WAR with javac against the Jakarta EE API jar that
# the webapp builds with (target/bench.classpath, as scan-bench.sh makes it). Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8087}
. bench/payara.sh
WORK=$(mktemp -d)
trap 'payara_stop; rm -rf "$WORK"' EXIT
[ -f target/bench.classpath ] || mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
API=$(tr ':' '\n' < target/bench.classpath | grep 'jakartaee-api' | head -1)
mkdir -p "$WORK/war/WEB-INF/classes"
javac -d "$WORK/war/WEB-INF/classes" -cp "$API" bench/ceiling/src/ceiling/*.java
jar cf "$WORK/ceiling.war" -C "$WORK/war" .
READY_PATH=/servlet/scans payara_start "$PORT" "$WORK/server.log" "$WORK/ceiling.war"
echo "== $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for path in /servlet/scans /api/scans; do
  wrk -t2 -c"${THREADS:-32}" -d"${WARMUP:-10}s" -s bench/ceiling/empty-scan.lua "http://127.0.0.1:$PORT$path" >/dev/null
  wrk -t2 -c"${THREADS:-32}" -d"${SECONDS_MEASURED:-20}s" --latency -s bench/ceiling/empty-scan.lua \
    "http://127.0.0.1:$PORT$path" | awk -v path="$path" '
      / 50% / { p50 = $2 } / 99% / { p99 = $2 } /^Requests\/sec/ { rate = $2 }
      END { printf "empty scan %s: %d/s, p50 %s, p99 %s\n", path, rate, p50, p99 }'
done
