#!/usr/bin/env bash
# CPU (or allocation, wall-clock) profile of a running server with async-profiler, which also sees native and VM
# frames (docs/benchmarks.md, "Tickets and scans", fifth round): profile.sh PID SECONDS OUT [EVENT] writes collapsed
# stacks per thread to OUT (EVENT: cpu, the default; alloc; wall). The profiler comes through Maven by name
# (tools.profiler:async-profiler) and is loaded into the running JVM with jcmd. Start it during the measured phase
# of a benchmark, for example 35 s after scan-bench.sh has started wrk.
set -euo pipefail
PID=$1 SECONDS_PROFILED=$2 OUT=$(realpath -m "$3") EVENT=${4:-cpu}
VERSION=4.1
M2=${M2:-$HOME/.m2/repository}
JAR=$M2/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar
[ -f "$JAR" ] || mvn -B -q "-Dmaven.repo.local=$M2" dependency:get -Dartifact=tools.profiler:async-profiler:$VERSION
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
unzip -q -o "$JAR" 'linux-x64/*' -d "$LIB"
[ "$EVENT" = alloc ] && INTERVAL=65536 || INTERVAL=1ms
# jcmd splits its arguments at '=', so the profiler's options go in as one quoted word
jcmd "$PID" JVMTI.agent_load "$LIB/linux-x64/libasyncProfiler.so" "\"start,event=$EVENT,interval=$INTERVAL,threads\"" >/dev/null
sleep "$SECONDS_PROFILED"
jcmd "$PID" JVMTI.agent_load "$LIB/linux-x64/libasyncProfiler.so" "\"stop,file=$OUT,collapsed\"" >/dev/null
echo "profile of $PID ($EVENT, $SECONDS_PROFILED s) in $OUT"
