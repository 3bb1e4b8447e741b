# Sourced by the benchmark scripts (scan-bench.sh, dashboard-bench.sh), from the webapp folder: one Payara Micro
# started by payara.sh (the README's JVM options and preboot file) on a new database, and the benchmark classes'
# classpath. Reads DB (h2, the default: a new H2 file; or postgresql: schema $SCHEMA, default festgate_bench,
# dropped first, in the PostgreSQL at 127.0.0.1:5432/test), PORT, WAR (another build to compare with), H2_OPTIONS
# (appended to the H2 URL), M2 (the Maven repository, default ~/.m2/repository), PROFILE=1 (a Java Flight Recorder
# profile of the server in target/$BENCH.jfr), KEEP_LOG=FILE (keep the log of the server's last start there).
# Sets URL DS USER PASS SCH (the database as the server sees it), DATA (a temporary folder, removed on exit), CP
# (test classes and their dependencies), PID (the running server); defines start_server, stop_server, server_cpu.
DB=${DB:-h2}
SCHEMA=${SCHEMA:-festgate_bench}
WAR=${WAR:-target/festgate.war}
M2=${M2:-$HOME/.m2/repository}
DATA=$(mktemp -d)
. bench/payara.sh
[ "${PROFILE:-0}" = 1 ] && PAYARA_JVM+=(-XX:FlightRecorderOptions:stackdepth=512 "-XX:StartFlightRecording=filename=$PWD/target/${BENCH:-bench}.jfr,settings=profile")
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

# start_server: starts Payara Micro on $PORT with the database above and waits until it is ready (at most 180 s)
start_server() {
  FESTGATE_DATA_DIR=$DATA FESTGATE_ADMIN_PASSWORD=bench-admin-password FESTGATE_DB_URL=$URL \
  FESTGATE_DB_DATASOURCE=$DS FESTGATE_DB_USER=$USER FESTGATE_DB_PASSWORD=$PASS FESTGATE_DB_SCHEMA=$SCH \
    payara_start "$PORT" "$DATA/server.log" "$WAR" || exit 1
  PID=$PAYARA_PID
}

stop_server() {
  payara_stop
  PID=
}

# the server's CPU seconds so far (user + system, from /proc; 100 ticks per second)
server_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$PID/stat"; }

trap 'stop_server; [ -n "${KEEP_LOG:-}" ] && cat "$DATA"/server.log >"$KEEP_LOG"; rm -rf "$DATA"' EXIT
