# Sourced by .ci/run: starts a throw-away PostgreSQL server on loopback for the store tests and
# exports LAVANDE_TEST_POSTGRES_URL. Installs Debian's postgresql when it is missing. When no
# server can be started, says why and leaves the variable unset: those tests are then skipped.

start_test_postgres() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get install -y -q postgresql >/dev/null 2>&1 \
            || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q postgresql >/dev/null 2>&1; } \
            || { echo "postgresql could not be installed: the PostgreSQL store tests will be skipped" >&2; return 0; }
    fi
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$bin" ]; then echo "no PostgreSQL server binaries: the PostgreSQL store tests will be skipped" >&2; return 0; fi

    # The server refuses to run as root: run it as the postgres user the package created.
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then echo "no postgres user: the PostgreSQL store tests will be skipped" >&2; return 0; fi
        run=(runuser -u postgres --)
    fi
    PG_TEST_DIR=$(mktemp -d /tmp/lavande-pg.XXXXXX)
    chmod 755 "$PG_TEST_DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_TEST_DIR"; fi
    local port=${LAVANDE_TEST_POSTGRES_PORT:-55432}
    if ! "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U lavande --auth=trust >"$PG_TEST_DIR/initdb.log" 2>&1; then
        echo "initdb failed (see $PG_TEST_DIR/initdb.log): the PostgreSQL store tests will be skipped" >&2; return 0
    fi
    if ! "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c max_connections=200" start >/dev/null 2>&1; then
        echo "the PostgreSQL server did not start (see $PG_TEST_DIR/server.log): the PostgreSQL store tests will be skipped" >&2; return 0
    fi
    trap 'stop_test_postgres' EXIT
    if ! "$bin/createdb" -h 127.0.0.1 -p "$port" -U lavande lavande_test; then
        echo "the test database could not be created: the PostgreSQL store tests will be skipped" >&2; return 0
    fi
    export LAVANDE_TEST_POSTGRES_URL="postgres://lavande@127.0.0.1:$port/lavande_test"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the store tests"
    PG_TEST_BIN=$bin
    PG_TEST_RUN=("${run[@]}")
}

stop_test_postgres() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
        "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
}
