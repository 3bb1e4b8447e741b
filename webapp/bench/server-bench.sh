#!/usr/bin/env bash
# Server benchmark: start time (cold = first start with migration and data import, warm = second start),
# resident memory, and throughput / latency of the festival list and the year's feed at 50 concurrent clients.
# Needs the packaged WAR (mvn -DskipTests package) and wrk (Debian package "wrk"). Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8085}
DURATION=${DURATION:-20s}
DATA=$(mktemp -d)
JAR=target/payara-micro.jar
[ -f "$JAR" ] || cp "$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)" "$JAR"

start() {
  local t0 pid
  t0=$(date +%s.%N)
  FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password \
    java -jar "$JAR" --nocluster --port "$PORT" --deploy target/festgate.war --contextroot / >"$DATA/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "server died"; tail -50 "$DATA/server.log"; exit 1; }
    sleep 0.2
  done
  echo "$1 start: ready after $(echo "$(date +%s.%N) - $t0" | bc) s" >&2
  echo "$pid"
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

PID=$(start cold)
stop "$PID"
PID=$(start warm)

for url in "/api/festivals?year=2026" "/api/calendar/festivals.ics?year=2026"; do
  wrk -t2 -c50 -d5s "http://127.0.0.1:$PORT$url" >/dev/null   # warm-up
  echo "== $url (50 connections, $DURATION)"
  wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT$url"
done
echo "resident memory after load: $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
stop "$PID"
rm -rf "$DATA"
