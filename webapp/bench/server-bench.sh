#!/usr/bin/env bash
# Server benchmark: start time (cold = first start with schema migration and data import, warm = second start
# on the same data), resident memory, and throughput / latency of the festival list and the year's feed at
# 50 concurrent connections. Same JVM options and Payara settings as the README's run command.
# Needs the packaged WAR (mvn -DskipTests package) and wrk (Debian package "wrk"). Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8085}
DURATION=${DURATION:-20s}
DATA=$(mktemp -d)
. bench/payara.sh
trap 'payara_stop; rm -rf "$DATA"' EXIT
export FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password

start() {
  local t0 t1
  t0=$(date +%s%N)
  payara_start "$PORT" "$DATA/server-$1.log" target/festgate.war
  t1=$(date +%s%N)
  echo "$1 start: ready (health/ready UP) after $(( (t1 - t0) / 1000000 )) ms"
}

start cold
payara_stop
start warm
echo "resident memory after start: $(( $(ps -o rss= -p "$PAYARA_PID") / 1024 )) MB"
for url in "/api/festivals?year=2026" "/api/calendar/festivals.ics?year=2026"; do
  wrk -t1 -c50 -d10s "http://127.0.0.1:$PORT$url" >/dev/null   # warm-up
  echo "== $url (1 wrk thread, 50 connections, $DURATION)"
  wrk -t1 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT$url"
done
echo "resident memory after load: $(( $(ps -o rss= -p "$PAYARA_PID") / 1024 )) MB"
