#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the store tests and prints the URL to
# export as STORYLINE_TEST_PG. Usage: start-postgres.sh [DATA_DIR] [PORT]
# Installs Debian's postgresql package when no initdb is found (needs root and apt).
set -euo pipefail
DATA=${1:-/tmp/storyline-pg}
PORT=${2:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ]; then
  apt-get install -y -q postgresql >/dev/null
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd -r -m postgres
  RUN_AS=(runuser -u postgres --)
fi
mkdir -p "$DATA"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
if [ ! -f "$DATA/PG_VERSION" ]; then
  "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U storyline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off" start >/dev/null
fi
"${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U storyline -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname='storyline_test'" | grep -q 1 \
  || "${RUN_AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U storyline storyline_test
echo "postgresql://storyline:storyline@127.0.0.1:$PORT/storyline_test"
