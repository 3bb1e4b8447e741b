#!/usr/bin/env bash
# Scan and claim benchmark (docs/benchmarks.md, "Tickets and scans"): starts one Payara Micro as server-bench.sh
# does (same JVM options and preboot file) on a new database, sets up 2,000 tickets and a device (ScanBench setup),
# sends scans at 32 concurrent connections with wrk (bench/scans.lua; Debian package wrk), then claims of one
# ticket type (ScanBench claims), stops the server, and runs the plain JDBC baseline on the same rows.
# DB=h2 (default, a new H2 file) or DB=postgresql (schema $SCHEMA, default festgate_bench, dropped first, in the
# PostgreSQL at 127.0.0.1:5432/test).
# Needs the packaged WAR and the compiled test classes (mvn -o -DskipTests package test-compile). Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-h2}
PORT=${PORT:-8086}
SCHEMA=${SCHEMA:-festgate_bench}
WAR=${WAR:-target/festgate.war}  # another build to compare with, same load generator
DATA=$(mktemp -d)
JAR=target/payara-micro.jar
[ -f "$JAR" ] || cp "$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)" "$JAR"
JVM=(-Xms256m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m
     -XX:MaxDirectMemorySize=64m)
# PROFILE=1: a Java Flight Recorder profile of the server in target/scan-bench.jfr (jfr print --events ExecutionSample)
# KEEP_LOG=FILE: keep the server log there (the data folder is removed at the end)
[ "${PROFILE:-0}" = 1 ] && JVM+=(-XX:FlightRecorderOptions:stackdepth=512 "-XX:StartFlightRecording=filename=$PWD/target/scan-bench.jfr,settings=profile")
case "$DB" in
  h2) URL="jdbc:h2:$DATA/festgate${H2_OPTIONS:-}"; DS=org.h2.jdbcx.JdbcDataSource; USER=festgate; PASS=festgate; SCH=PUBLIC ;;
  postgresql)
    psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
    URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"; DS=org.postgresql.ds.PGSimpleDataSource
    USER=postgres; PASS=festgate; SCH=$SCHEMA ;;
  *) echo "DB=h2 or DB=postgresql"; exit 2 ;;
esac
[ -f target/bench.classpath ] || mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
PID=
stop() {
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  PID=
}
trap 'stop; [ -n "${KEEP_LOG:-}" ] && cp "$DATA/server.log" "$KEEP_LOG"; rm -rf "$DATA"' EXIT

FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password FESTGATE_DB_URL=$URL \
FESTGATE_DB_DATASOURCE=$DS FESTGATE_DB_USER=$USER FESTGATE_DB_PASSWORD=$PASS FESTGATE_DB_SCHEMA=$SCH \
  java "${JVM[@]}" -jar "$JAR" --nocluster --prebootcommandfile src/main/payara/preboot.asadmin \
  --port "$PORT" --deploy "$WAR" --contextroot / >"$DATA/server.log" 2>&1 &
PID=$!
for _ in $(seq 1800); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { echo "server died"; tail -50 "$DATA/server.log"; exit 1; }
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "server not ready in 180 s"; exit 1; }
echo "== $DB: $(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
java -Xmx512m ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench setup "http://127.0.0.1:$PORT/" \
  bench-admin-password "$DATA/state"
# the server's CPU seconds so far (user + system, from /proc; 100 ticks per second)
server_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$PID/stat"; }
scans() {
  SCAN_AT=$(head -1 "$DATA/state" | cut -d' ' -f4) wrk -t2 -c"${THREADS:-32}" -d"$1" --latency -s bench/scans.lua \
    "http://127.0.0.1:$PORT" -- "$DATA/state.tokens" "$(cat "$DATA/state.device")"
}
scans "${WARMUP:-10}s" >/dev/null
before=$(server_cpu)
result=$(scans "${SECONDS_MEASURED:-20}s" | grep '^scans:')
after=$(server_cpu)
echo "$result"
echo "$result" | awk -v before="$before" -v after="$after" \
  '{ printf "  server CPU per scan: %.3f ms\n", (after - before) * 1000 / $2 }'
java -Xmx512m -Dbench.serverPid=$PID ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench claims \
  "http://127.0.0.1:$PORT/" "$DATA/state"
stop
[ "${SKIP_JDBC:-0}" = 1 ] && exit 0
java -Xmx512m ${BENCH_OPTS:-} -cp "$CP" org.festgate.web.bench.ScanBench jdbc "$URL" "$USER" "$PASS" "$DATA/state"
