# Sourced by the benchmark scripts: one Payara Micro with the README's JVM options and preboot file.
# payara_start PORT LOG WAR... starts it (environment as set by the caller) and waits until it answers
# $READY_PATH (default /health/ready) or 180 s; payara_stop stops it. Sets PAYARA_PID.
PAYARA_JAR=target/payara-micro.jar
[ -f "$PAYARA_JAR" ] || cp "$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)" "$PAYARA_JAR"
PAYARA_JVM=(-Xms256m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m
            -XX:MaxDirectMemorySize=64m)
PAYARA_PID=

payara_start() {
  local port=$1 log=$2 war=$3
  java "${PAYARA_JVM[@]}" -jar "$PAYARA_JAR" --nocluster --prebootcommandfile src/main/payara/preboot.asadmin \
    --port "$port" --deploy "$war" --contextroot / >"$log" 2>&1 &
  PAYARA_PID=$!
  for _ in $(seq 1800); do
    curl -sf -o /dev/null "http://127.0.0.1:$port${READY_PATH:-/health/ready}" && return 0
    kill -0 "$PAYARA_PID" 2>/dev/null || { echo "server died"; tail -50 "$log"; return 1; }
    sleep 0.1
  done
  echo "server not ready in 180 s"; return 1
}

payara_stop() {
  [ -n "$PAYARA_PID" ] || return 0
  kill "$PAYARA_PID" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$PAYARA_PID" 2>/dev/null || break; sleep 0.2; done
  PAYARA_PID=
}
