#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: initdb into FOLDER, listening only on a Unix
# socket in FOLDER (no TCP port), superuser `newsdesk` trusted on that socket alone; and
# `newsdesk_password`, a member of `newsdesk` who must give the password `tbilisi 2020` (SCRAM),
# for the tests of the way a password reaches the server.
#   cluster.sh start FOLDER   (removes a cluster left in FOLDER by a run that was killed)
#   cluster.sh stop FOLDER    (stops it and removes FOLDER; fine when nothing runs there)
#   cluster.sh crash FOLDER   (stops it as a power cut would, without a shutdown checkpoint,
#                              then starts it again: it recovers from its write-ahead log)
#   cluster.sh halt FOLDER    (stops it as a power cut would, and leaves it stopped)
#   cluster.sh resume FOLDER  (starts a halted cluster again)
# PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` account that
# Debian's postgresql-15 package creates.
set -euo pipefail

action=${1:?start or stop}
folder=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "cluster.sh: PostgreSQL's initdb is not installed (apt install postgresql-15)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}

start_server() {
    # Socket only; fsync stays on (the fault tests count on what was acknowledged).
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c max_connections=60" \
        start >/dev/null || {
        cat "$folder/server.log" >&2
        exit 1
    }
}

case "$action" in
start)
    stop
    mkdir -p "$folder"
    chmod 700 "$folder"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$folder"; fi
    as_owner "$bin/initdb" --pgdata="$folder/data" --username=newsdesk --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$folder/initdb.log" 2>&1 || {
        cat "$folder/initdb.log" >&2
        exit 1
    }
    # The password role's line comes before the trust lines initdb wrote.
    hba="$folder/data/pg_hba.conf"
    { echo "local all newsdesk_password scram-sha-256"; cat "$hba"; } >"$hba.new"
    mv "$hba.new" "$hba"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$hba"; fi
    start_server
    # Tests connect as `newsdesk` from any account: the socket folder must be reachable.
    chmod 755 "$folder"
    as_owner "$bin/psql" -h "$folder" -U newsdesk -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE newsdesk_password LOGIN PASSWORD 'tbilisi 2020' IN ROLE newsdesk" \
        >/dev/null || {
        echo "cluster.sh: cannot create the role newsdesk_password" >&2
        exit 1
    }
    echo "cluster.sh: PostgreSQL ready on the socket in $folder"
    ;;
stop)
    stop
    ;;
crash | halt)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null
    if [ "$action" = crash ]; then start_server; fi
    ;;
resume)
    start_server
    ;;
*)
    echo "cluster.sh: start or stop, not $action" >&2
    exit 2
    ;;
esac
