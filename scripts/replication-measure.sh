#!/usr/bin/env bash
# Database HA measurement, the other candidate (issue 15): MariaDB asynchronous replication, a primary and one
# replica of Debian's mariadb-server on loopback, on demand. Prints the time of LOAD DATA LOCAL of ROWS rows
# (the import's actual_year shape, one transaction) on the primary with its binary log, the time until the replica
# holds them, and the same for an ALTER TABLE ADD INDEX (a migration's DDL). Compare with scripts/galera-measure.sh.
#
#   apt-get install -y mariadb-server
#   scripts/replication-measure.sh            # ROWS=1000000 BASE_PORT=29500
set -euo pipefail
rows="${ROWS:-1000000}"
base="${BASE_PORT:-29500}"
[ -x /usr/sbin/mariadbd ] || { echo "FAIL no /usr/sbin/mariadbd (apt-get install -y mariadb-server)"; exit 2; }
work="$(mktemp -d /tmp/replication-measure.XXXXXX)"
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 2
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT
( sleep "${TIMEOUT:-900}"; echo "FAIL took longer than ${TIMEOUT:-900}s"; kill -TERM $$ ) 2>/dev/null &
pids+=("$!")
me="$(id -un)"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
client() { local dir="$1"; shift; mariadb --no-defaults --socket="$dir/mysql.sock" -uroot --local-infile=1 "$@"; }
start() { # name server-id port extra...
    local dir="$work/$1" id="$2" port="$3"; shift 3
    mkdir -p "$dir/data" "$dir/tmp"
    mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal --user="$me" \
        >"$dir/install.log" 2>&1
    /usr/sbin/mariadbd --no-defaults --basedir=/usr --lc-messages-dir=/usr/share/mariadb --user="$me" \
        --datadir="$dir/data" --tmpdir="$dir/tmp" --socket="$dir/mysql.sock" --port="$port" --bind-address=127.0.0.1 \
        --log-error="$dir/error.log" --innodb-buffer-pool-size=256M --innodb-log-file-size=256M \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci --local-infile=1 --skip-name-resolve \
        --server-id="$id" --log-bin=binlog --binlog-format=ROW "$@" &
    pids+=("$!")
    for _ in $(seq 1 180); do client "$dir" -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 1; done
    echo "FAIL $1 did not start"; tail -20 "$dir/error.log"; exit 1
}
start primary 1 $((base + 1))
start replica 2 $((base + 2)) --read-only=1 --slave-parallel-threads=2
client "$work/primary" -e "CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'measure-only'; GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
client "$work/replica" -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$((base + 1)), MASTER_USER='repl',
    MASTER_PASSWORD='measure-only', MASTER_USE_GTID=slave_pos; START SLAVE;"
echo "== primary and replica $(client "$work/primary" -N -e 'SELECT VERSION()'), replication started"
python3 - "$rows" >"$work/rows.tsv" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(n):
    months = "\t".join("%d.%02d" % ((i * 7 + m) % 100000, (i + m) % 100) for m in range(12))
    print("2026\tU%05d\tA%05d\t%s" % (i // 1000, i % 1000, months))
PY
client "$work/primary" -e "CREATE DATABASE measure; USE measure;
CREATE TABLE actual_year (period_year SMALLINT NOT NULL, unit_code VARCHAR(20) NOT NULL, account_code VARCHAR(10) NOT NULL,
  m01 DECIMAL(15,2), m02 DECIMAL(15,2), m03 DECIMAL(15,2), m04 DECIMAL(15,2), m05 DECIMAL(15,2), m06 DECIMAL(15,2),
  m07 DECIMAL(15,2), m08 DECIMAL(15,2), m09 DECIMAL(15,2), m10 DECIMAL(15,2), m11 DECIMAL(15,2), m12 DECIMAL(15,2),
  PRIMARY KEY (period_year, unit_code, account_code)) ENGINE=InnoDB;"
until_replica() { # sql expected
    for _ in $(seq 1 6000); do
        [ "$(client "$work/replica" -N -e "$1" 2>/dev/null)" = "$2" ] && return 0
        sleep 0.1
    done
    return 1
}
until_replica "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='measure'" 1
t=$(now)
client "$work/primary" -e "USE measure; SET autocommit=0; LOAD DATA LOCAL INFILE '$work/rows.tsv' INTO TABLE actual_year; COMMIT;"
t1=$(now)
echo "   primary: LOAD DATA of $rows rows in one transaction (binary log on): $(secs "$t" "$t1") s"
echo "   replica right then: $(client "$work/replica" -N -e 'SELECT COUNT(*) FROM measure.actual_year') rows"
until_replica "SELECT COUNT(*) FROM measure.actual_year" "$rows" \
    && echo "   replica holds all $rows rows $(secs "$t1" "$(now)") s after the primary's commit"
t=$(now)
client "$work/primary" -e "USE measure; ALTER TABLE actual_year ADD INDEX by_account (account_code)"
t1=$(now)
echo "   primary: ALTER TABLE ADD INDEX: $(secs "$t" "$t1") s (the primary keeps serving writes meanwhile)"
until_replica "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema='measure' AND index_name='by_account'" 1 \
    && echo "   replica has the index $(secs "$t1" "$(now)") s after the primary"
client "$work/replica" -e "SHOW SLAVE STATUS\G" | grep -E "Slave_(IO|SQL)_Running:|Seconds_Behind" | sed 's/^ */   replica /'
