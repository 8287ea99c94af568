#!/usr/bin/env bash
# Database HA measurement (issue 15, for the ARCHITECTURE decision): on demand, loopback only, never in verify.
#
# Starts Debian's MariaDB (mariadb-server) twice: as one plain server, and as a three-node Galera cluster
# (galera-4, SST by rsync), each in a temporary directory. Then it prints, for both:
#   1. LOAD DATA LOCAL of N rows (the shape of the import's actual_year table) in one transaction, and whether the
#      rows are on the other Galera nodes at once; with wsrep_max_ws_rows set below N, what Galera answers;
#   2. an ALTER TABLE (a migration's DDL) on the loaded table (on Galera: Total Order Isolation, whole cluster);
#   3. the portal itself on it (APP=1, default): the built jar in the demo profile against the first node: Flyway's
#      migrations and the demo imports (LOAD DATA through persistence's BulkLoader), then an import of
#      IMPORT_ROWS lines of actuals through the API; the schema checked on the third node, tables without a
#      primary key listed (Galera replicates those badly).
#
#   apt-get install -y mariadb-server galera-4 rsync
#   scripts/galera-measure.sh                 # ROWS=1000000 IMPORT_ROWS=200000 APP=1 BASE_PORT=29000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows="${ROWS:-1000000}"
import_rows="${IMPORT_ROWS:-200000}"
base="${BASE_PORT:-29000}"
jar="${JAR:-$root/app/target/ekonomiuppfoljning.jar}"
mariadbd=/usr/sbin/mariadbd
provider=/usr/lib/galera/libgalera_smm.so
for need in "$mariadbd" "$provider" /usr/bin/mariadb-install-db /usr/bin/rsync; do
    [ -e "$need" ] || { echo "FAIL missing $need (apt-get install -y mariadb-server galera-4 rsync)"; exit 2; }
done
work="$(mktemp -d /tmp/galera-measure.XXXXXX)"
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 2
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT
( sleep "${TIMEOUT:-1200}"; echo "FAIL took longer than ${TIMEOUT:-1200}s"; kill -TERM $$ ) 2>/dev/null &
pids+=("$!")
me="$(id -un)"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

common=(--no-defaults --basedir=/usr --lc-messages-dir=/usr/share/mariadb --plugin-dir=/usr/lib/mysql/plugin --user="$me"
        --bind-address=127.0.0.1 --innodb-buffer-pool-size=256M --innodb-log-file-size=256M
        --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci --local-infile=1
        --max-allowed-packet=64M --skip-name-resolve)
init() { # dir
    mkdir -p "$1/data" "$1/tmp"
    mariadb-install-db --no-defaults --datadir="$1/data" --auth-root-authentication-method=normal --user="$me" \
        >"$1/install.log" 2>&1
}
client() { # dir args...
    local dir="$1"; shift
    mariadb --no-defaults --socket="$dir/mysql.sock" -uroot --local-infile=1 "$@"
}
wait_up() { # dir
    for _ in $(seq 1 120); do client "$1" -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 1; done
    echo "FAIL $1 did not start"; tail -30 "$1/error.log"; return 1
}

# --- a plain server --------------------------------------------------------------------------------------------
single="$work/single"
init "$single"
"$mariadbd" "${common[@]}" --datadir="$single/data" --tmpdir="$single/tmp" --port=$((base + 306)) \
    --socket="$single/mysql.sock" --log-error="$single/error.log" &
pids+=("$!")
wait_up "$single"
echo "== single server $(client "$single" -N -e 'SELECT VERSION()') on 127.0.0.1:$((base + 306))"

# --- a three-node Galera cluster -------------------------------------------------------------------------------
cluster="gcomm://127.0.0.1:$((base + 567)),127.0.0.1:$((base + 577)),127.0.0.1:$((base + 587))"
start_galera() { # n extra-args...
    local n="$1"; shift
    local dir="$work/galera$n" gport=$((base + 557 + 10 * n))
    "$mariadbd" "${common[@]}" --datadir="$dir/data" --tmpdir="$dir/tmp" --port=$((base + 306 + n)) \
        --socket="$dir/mysql.sock" --log-error="$dir/error.log" \
        --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=portal --wsrep-cluster-address="$cluster" \
        --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.1:$gport" \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1))" \
        --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((gport + 2))" \
        --binlog-format=ROW --innodb-autoinc-lock-mode=2 --default-storage-engine=InnoDB "$@" &
    pids+=("$!")
}
# rsync's SST run as root drops to the user nobody in the joiner's rsync daemon, which is then refused writing into
# the joiner's data directory ("Permission denied", rsync code 23, and the joiner aborts). So node1 bootstraps once
# and stops, nodes 2 and 3 start from copies of its data directory (the same cluster state: an IST of a few
# writesets, no full transfer), and the joiners' directories are open to that user.
init "$work/galera1"
t0=$(now)
start_galera 1 --wsrep-new-cluster
wait_up "$work/galera1"
mariadb-admin --no-defaults --socket="$work/galera1/mysql.sock" -uroot shutdown
for _ in $(seq 1 60); do [ -e "$work/galera1/mysql.sock" ] || break; sleep 1; done
sleep 2
for n in 2 3; do
    mkdir -p "$work/galera$n/tmp"
    cp -a "$work/galera1/data" "$work/galera$n/data"
    sed -i 's/^safe_to_bootstrap: 1/safe_to_bootstrap: 0/' "$work/galera$n/data/grastate.dat"
    rm -f "$work/galera$n/data/gvwstate.dat"
    chmod -R a+rwX "$work/galera$n"
done
start_galera 1 --wsrep-new-cluster
wait_up "$work/galera1"
start_galera 2; wait_up "$work/galera2"
start_galera 3; wait_up "$work/galera3"
for _ in $(seq 1 120); do
    size=$(client "$work/galera1" -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')
    ready3=$(client "$work/galera3" -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | awk '{print $2}')
    [ "$size" = 3 ] && [ "$ready3" = ON ] && break
    sleep 1
done
[ "$size" = 3 ] || { echo "FAIL the Galera cluster has $size nodes"; tail -30 "$work"/galera*/error.log; exit 1; }
echo "== Galera cluster of $size nodes ($(client "$work/galera1" -N -e "SHOW STATUS LIKE 'wsrep_provider_version'" | awk '{print $2}')) up in $(secs "$t0" "$(now)") s"
client "$work/galera1" -N -e "SHOW VARIABLES WHERE Variable_name IN ('wsrep_max_ws_size','wsrep_max_ws_rows','wsrep_load_data_splitting','wsrep_osu_method')" | sed 's/^/   /'

# --- 1. LOAD DATA of the import's shape ------------------------------------------------------------------------
python3 - "$rows" >"$work/rows.tsv" <<'EOF'
import sys
n = int(sys.argv[1])
for i in range(n):
    months = "\t".join("%d.%02d" % ((i * 7 + m) % 100000, (i + m) % 100) for m in range(12))
    print("2026\tU%05d\tA%05d\t%s" % (i // 1000, i % 1000, months))
EOF
schema="CREATE DATABASE IF NOT EXISTS measure; USE measure; DROP TABLE IF EXISTS actual_year;
CREATE TABLE actual_year (period_year SMALLINT NOT NULL, unit_code VARCHAR(20) NOT NULL, account_code VARCHAR(10) NOT NULL,
  m01 DECIMAL(15,2), m02 DECIMAL(15,2), m03 DECIMAL(15,2), m04 DECIMAL(15,2), m05 DECIMAL(15,2), m06 DECIMAL(15,2),
  m07 DECIMAL(15,2), m08 DECIMAL(15,2), m09 DECIMAL(15,2), m10 DECIMAL(15,2), m11 DECIMAL(15,2), m12 DECIMAL(15,2),
  PRIMARY KEY (period_year, unit_code, account_code)) ENGINE=InnoDB;"
load="USE measure; SET autocommit=0; LOAD DATA LOCAL INFILE '$work/rows.tsv' INTO TABLE actual_year; COMMIT;"
measure() { # label dir
    client "$2" -e "$schema"
    local t=$(now)
    if client "$2" -e "$load" 2>"$work/load.err"; then
        echo "   $1: LOAD DATA of $rows rows in one transaction: $(secs "$t" "$(now)") s"
    else
        echo "   $1: LOAD DATA of $rows rows REFUSED after $(secs "$t" "$(now)") s: $(tr '\n' ' ' <"$work/load.err")"
    fi
    t=$(now)
    client "$2" -e "USE measure; ALTER TABLE actual_year ADD COLUMN note VARCHAR(200) NULL" \
        && echo "   $1: ALTER TABLE ADD COLUMN on it: $(secs "$t" "$(now)") s"
    t=$(now)
    client "$2" -e "USE measure; ALTER TABLE actual_year ADD INDEX by_account (account_code)" \
        && echo "   $1: ALTER TABLE ADD INDEX on it: $(secs "$t" "$(now)") s"
}
echo "== 1./2. LOAD DATA and DDL"
measure "single server " "$single"
measure "Galera 3 nodes" "$work/galera1"
for n in 2 3; do
    echo "   Galera node$n, right after node1 returned from the load and both ALTERs (no wsrep_sync_wait): $(client "$work/galera$n" -N -e 'SELECT COUNT(*) FROM measure.actual_year') rows, columns: $(client "$work/galera$n" -N -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema='measure' AND table_name='actual_year'")"
done
limit=$((rows / 10))
client "$work/galera1" -e "SET GLOBAL wsrep_max_ws_rows=$limit; $schema"
t=$(now)
if client "$work/galera1" -e "$load" 2>"$work/load.err"; then
    echo "   Galera with wsrep_max_ws_rows=$limit: LOAD DATA of $rows rows passed in $(secs "$t" "$(now)") s"
else
    echo "   Galera with wsrep_max_ws_rows=$limit: REFUSED after $(secs "$t" "$(now)") s: $(tr '\n' ' ' <"$work/load.err"), rows kept: $(client "$work/galera1" -N -e 'SELECT COUNT(*) FROM measure.actual_year')"
fi
client "$work/galera1" -e "SET GLOBAL wsrep_max_ws_rows=0"

# --- 3. the portal on each: the plain server first, then Galera node1 -----------------------------------------
[ "${APP:-1}" = 1 ] || exit 0
[ -f "$jar" ] || { echo "FAIL no jar at $jar"; exit 2; }
python3 - "$import_rows" >"$work/utfall.csv" <<'EOF2'
import sys
units = ["1100", "1110", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190"]
print("ansvar;konto;period;belopp")
for i in range(int(sys.argv[1])):
    print("%s;%s;2026-03;%d,%02d" % (units[i % 10], "5011" if i % 3 else "3510", 100 + i % 900, i % 100))
EOF2
portal() { # label dir port other-dir
    local label="$1" dir="$2" port="$3" other="$4"
    echo "== 3. the portal (demo profile) on $label: migrations, demo imports, an API import"
    client "$dir" -e "CREATE DATABASE uppfoljning CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
        CREATE USER 'uppfoljning'@'127.0.0.1' IDENTIFIED BY 'measure-only';
        GRANT ALL ON uppfoljning.* TO 'uppfoljning'@'127.0.0.1';"
    local app_port=$((base + 80)) app_mgmt=$((base + 90)) t ready=0 app
    t=$(now)
    PORT=$app_port MANAGEMENT_SERVER_PORT=$app_mgmt java -Xmx700m -XX:+UseSerialGC -jar "$jar" \
        --spring.profiles.active=demo --server.address=127.0.0.1 --uppfoljning.database.embedded=false \
        --spring.datasource.url="jdbc:mariadb://127.0.0.1:$port/uppfoljning?allowLocalInfile=true" \
        --spring.datasource.username=uppfoljning --spring.datasource.password=measure-only >"$dir/app.log" 2>&1 &
    app=$!
    pids+=("$app")
    for _ in $(seq 1 400); do
        curl -fs "http://127.0.0.1:$app_mgmt/actuator/health/readiness" >/dev/null 2>&1 && { ready=1; break; }
        kill -0 "$app" 2>/dev/null || break
        sleep 1
    done
    if [ $ready = 1 ]; then
        echo "   started (Flyway's migrations, demo data) in $(secs "$t" "$(now)") s; Flyway: $(grep -o 'Successfully applied [0-9]* migrations[^,]*' "$dir/app.log" | head -1)"
    else
        echo "FAIL the portal did not start on $label:"; grep -E "ERROR|Caused by|wsrep|WSREP" "$dir/app.log" | head -20
        return 1
    fi
    echo "   tables without a primary key: $(client "$other" -N -e "SELECT COALESCE(GROUP_CONCAT(t.table_name), 'none') FROM information_schema.tables t WHERE t.table_schema='uppfoljning' AND t.table_type='BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema=t.table_schema AND c.table_name=t.table_name AND c.constraint_type='PRIMARY KEY')")"
    for d in "$dir" "$other"; do
        echo "   $(basename "$d"): flyway rows $(client "$d" -N -e 'SELECT COUNT(*) FROM uppfoljning.flyway_schema_history'), actual_year rows $(client "$d" -N -e 'SELECT COUNT(*) FROM uppfoljning.actual_year'), budget rows $(client "$d" -N -e 'SELECT COUNT(*) FROM uppfoljning.budget_amount'), imports $(client "$d" -N -e 'SELECT COUNT(*) FROM uppfoljning.import_log')"
    done
    local round code
    for round in 1 2 3; do
        t=$(now)
        code=$(curl -s -o "$dir/import.json" -w '%{http_code}' -u ekonomichef:demo2026 -H 'Content-Type: text/csv' \
            --data-binary @"$work/utfall.csv" "http://127.0.0.1:$app_port/api/v1/import/actuals")
        echo "   API import of $import_rows lines of actuals (round $round): HTTP $code in $(secs "$t" "$(now)") s"
    done
    echo "   $(basename "$other"): March sum $(client "$other" -N -e "SELECT SUM(m03) FROM uppfoljning.actual_year WHERE period_year=2026")"
    kill "$app"; wait "$app" 2>/dev/null || true
}
portal "the single server" "$single" $((base + 306)) "$single"
portal "Galera node1" "$work/galera1" $((base + 307)) "$work/galera3"
