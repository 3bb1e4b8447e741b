#!/usr/bin/env bash
# Dashboard benchmark (docs/benchmarks.md, "Dashboard queries with 1 million scans and 100,000 sales"): starts one
# Payara Micro on a new database (bench-server.sh: DB=h2, the default, or DB=postgresql, schema festgate_bench),
# makes six festival events and twelve fairs over the API (DashboardSetup), stops it, writes 1,000,000 scans,
# 220,000 tickets, 400 vendors and 100,000 sales lines into the database over JDBC (DashboardSeed), then ROUNDS
# times (default 2): starts the server again, times the first call of each path after the start (curl), and
# measures each path as the organizer with wrk (Debian package wrk): CONNECTIONS (default 4) connections, WARMUP
# seconds (default 5) then SECONDS_MEASURED (default 15), one path after the other.
# The paths are the lines of PATHS (default bench/dashboard.paths), with {event} {fair} {festival} {year} filled in.
# Needs the packaged WAR and the compiled test classes (mvn -o -DskipTests package test-compile). Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8087}
BENCH=dashboard-bench
PATHS=${PATHS:-bench/dashboard.paths}
. bench/bench-server.sh
echo "== $DB: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/^Mem/ { print $2 }') GiB, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
start_server
java -Xmx256m -cp "$CP" org.festgate.web.bench.DashboardSetup "http://127.0.0.1:$PORT/" bench-admin-password \
  "$DATA/state"
stop_server
java -Xmx512m -cp "$CP" org.festgate.web.bench.DashboardSeed "$URL" "$USER" "$PASS"
[ "$DB" = h2 ] && echo "H2 file: $(du -m "$DATA/festgate.mv.db" | cut -f1) MB"
state() { sed -n "s/^$1=//p" "$DATA/state"; }
mapfile -t paths < <(grep -v '^#' "$PATHS" | grep . | sed -e "s/{event}/$(state event)/g" -e "s/{fair}/$(state fair)/g" \
  -e "s/{festival}/$(state festival)/g" -e "s/{year}/$(state year)/g")
AUTH="Authorization: Bearer $(state token)"
for round in $(seq "${ROUNDS:-2}"); do
  start_server
  echo "== round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for path in "${paths[@]}"; do
    curl -sf -o /dev/null -H "$AUTH" -w "first call after start: %{time_total} s, %{size_download} bytes  $path\n" \
      "http://127.0.0.1:$PORT$path" || echo "first call failed: $path"
  done
  for path in "${paths[@]}"; do
    wrk -t1 -c"${CONNECTIONS:-4}" -d"${WARMUP:-5}s" -H "$AUTH" "http://127.0.0.1:$PORT$path" >/dev/null
    echo "$path: $(wrk -t1 -c"${CONNECTIONS:-4}" -d"${SECONDS_MEASURED:-15}s" -H "$AUTH" -s bench/dashboard.lua \
      "http://127.0.0.1:$PORT$path" | tail -1)"
  done
  echo "== load average after round $round: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
done
