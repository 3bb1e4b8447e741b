#!/usr/bin/env bash
# Scan and claim benchmark (docs/benchmarks.md, "Tickets and scans"): starts one Payara Micro as server-bench.sh
# does (same JVM options and preboot file) on a new database, sets up 2,000 tickets and a device (ScanBench setup),
# sends scans at 32 concurrent connections with wrk (bench/scans.lua; Debian package wrk), then claims of one
# ticket type (ScanBench claims), stops the server, and runs the plain JDBC baseline on the same rows.
# DB=h2 (default, a new H2 file) or DB=postgresql (schema $SCHEMA, default festgate_bench, dropped first, in the
# PostgreSQL at 127.0.0.1:5432/test); the server is started by bench-server.sh.
# Needs the packaged WAR and the compiled test classes (mvn -o -DskipTests package test-compile). Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8086}
BENCH=scan-bench
# DB, SCHEMA, WAR, H2_OPTIONS, M2, PROFILE=1 (target/scan-bench.jfr; jfr print --events ExecutionSample), KEEP_LOG:
# see bench-server.sh
. bench/bench-server.sh
start_server
echo "== $DB: $(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
java -Xmx512m ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench setup "http://127.0.0.1:$PORT/" \
  bench-admin-password "$DATA/state"
scans() {
  SCAN_AT=$(head -1 "$DATA/state" | cut -d' ' -f4) wrk -t2 -c"${THREADS:-32}" -d"$1" --latency -s bench/scans.lua \
    "http://127.0.0.1:$PORT" -- "$DATA/state.tokens" "$(cat "$DATA/state.device")"
}
scans "${WARMUP:-30}s" >/dev/null
before=$(server_cpu)
result=$(scans "${SECONDS_MEASURED:-20}s" | grep '^scans:')
after=$(server_cpu)
echo "$result"
echo "$result" | awk -v before="$before" -v after="$after" \
  '{ printf "  server CPU per scan: %.3f ms\n", (after - before) * 1000 / $2 }'
java -Xmx512m -Dbench.serverPid=$PID ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench claims \
  "http://127.0.0.1:$PORT/" "$DATA/state"
stop_server
[ "${SKIP_JDBC:-0}" = 1 ] && exit 0
java -Xmx512m ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench jdbc "$URL" "$USER" "$PASS" "$DATA/state"
