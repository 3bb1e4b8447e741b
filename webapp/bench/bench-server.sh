# Sourced by the benchmark scripts (scan-bench.sh, dashboard-bench.sh), from the webapp folder: one Payara Micro
# with the JVM options and preboot file of server-bench.sh, on a new database, and the benchmark classes' classpath.
# Reads DB (h2, the default: a new H2 file; or postgresql: schema $SCHEMA, default festgate_bench, dropped first,
# in the PostgreSQL at 127.0.0.1:5432/test), PORT, WAR (another build to compare with), H2_OPTIONS (appended to
# the H2 URL), M2 (the Maven repository, default ~/.m2/repository), PROFILE=1 (a Java Flight Recorder profile of
# the server in target/$BENCH.jfr), KEEP_LOG=FILE (keep the server's log there).
# Sets URL DS USER PASS SCH (the database as the server sees it), DATA (a temporary folder, removed on exit), CP
# (test classes and their dependencies), PID (the running server); defines start_server, stop_server, server_cpu.
DB=${DB:-h2}
SCHEMA=${SCHEMA:-festgate_bench}
WAR=${WAR:-target/festgate.war}
M2=${M2:-$HOME/.m2/repository}
DATA=$(mktemp -d)
JAR=target/payara-micro.jar
[ -f "$JAR" ] || cp "$(find "$M2/fish/payara/extras/payara-micro" -name 'payara-micro-*.jar' | sort | tail -1)" "$JAR"
JVM=(-Xms256m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m
     -XX:MaxDirectMemorySize=64m)
[ "${PROFILE:-0}" = 1 ] && JVM+=(-XX:FlightRecorderOptions:stackdepth=512 "-XX:StartFlightRecording=filename=$PWD/target/${BENCH:-bench}.jfr,settings=profile")
case "$DB" in
  h2) URL="jdbc:h2:$DATA/festgate${H2_OPTIONS:-}"; DS=org.h2.jdbcx.JdbcDataSource; USER=festgate; PASS=festgate; SCH=PUBLIC ;;
  postgresql)
    PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
    URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"; DS=org.postgresql.ds.PGSimpleDataSource
    USER=postgres; PASS=festgate; SCH=$SCHEMA ;;
  *) echo "DB=h2 or DB=postgresql"; exit 2 ;;
esac
[ -f target/bench.classpath ] || mvn -B -o -q "-Dmaven.repo.local=$M2" dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
PID=

# start_server: starts Payara Micro on $PORT and waits until /health/ready answers (at most 180 s)
start_server() {
  FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password FESTGATE_DB_URL=$URL \
  FESTGATE_DB_DATASOURCE=$DS FESTGATE_DB_USER=$USER FESTGATE_DB_PASSWORD=$PASS FESTGATE_DB_SCHEMA=$SCH \
    java "${JVM[@]}" -jar "$JAR" --nocluster --prebootcommandfile src/main/payara/preboot.asadmin \
    --port "$PORT" --deploy "$WAR" --contextroot / >>"$DATA/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1800); do
    curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && return 0
    kill -0 "$PID" 2>/dev/null || { echo "server died"; tail -50 "$DATA/server.log"; exit 1; }
    sleep 0.1
  done
  echo "server not ready in 180 s"; exit 1
}

stop_server() {
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  PID=
}

# the server's CPU seconds so far (user + system, from /proc; 100 ticks per second)
server_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$PID/stat"; }

trap 'stop_server; [ -n "${KEEP_LOG:-}" ] && cat "$DATA"/server.log >"$KEEP_LOG"; rm -rf "$DATA"' EXIT
