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
JAR=target/payara-micro.jar
[ -f "$JAR" ] || cp "$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)" "$JAR"
JVM=(-Xms256m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m
     -XX:MaxDirectMemorySize=64m)
PID=

start() {
  local t0 t1
  t0=$(date +%s%N)
  FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password \
    java "${JVM[@]}" -jar "$JAR" --nocluster --prebootcommandfile src/main/payara/preboot.asadmin \
    --port "$PORT" --deploy target/festgate.war --contextroot / >"$DATA/server-$1.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { echo "server died"; tail -50 "$DATA/server-$1.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  echo "$1 start: ready (health/ready UP) after $(( (t1 - t0) / 1000000 )) ms"
}

stop() {
  kill "$PID"
  while kill -0 "$PID" 2>/dev/null; do sleep 0.2; done
}

start cold
stop
start warm
echo "resident memory after start: $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
for url in "/api/festivals?year=2026" "/api/calendar/festivals.ics?year=2026"; do
  wrk -t1 -c50 -d10s "http://127.0.0.1:$PORT$url" >/dev/null   # warm-up
  echo "== $url (1 wrk thread, 50 connections, $DURATION)"
  wrk -t1 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT$url"
done
echo "resident memory after load: $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
stop
rm -rf "$DATA"
