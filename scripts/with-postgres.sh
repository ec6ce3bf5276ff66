#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster:
#   bash scripts/with-postgres.sh npx vitest run tests/server
# initdb into a temp dir, start it on 127.0.0.1 and a free port, export TEST_DATABASE_URL, run the
# command, then stop the cluster and delete it, whatever the command's outcome. Exits with the command's
# status. Needs PostgreSQL's server binaries (Debian: apt-get install -y postgresql). As root, the cluster
# runs as the `postgres` user, because PostgreSQL refuses to run as root.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

find_bin() {
  local name="$1"
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return
  fi
  # Debian keeps the server binaries out of PATH, one directory per major version; take the newest.
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$candidate" ]; then
    echo "$candidate"
    return
  fi
  echo "with-postgres: $name not found; install PostgreSQL (Debian: apt-get install -y postgresql)" >&2
  exit 127
}

INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

PORT="$(free_port)"
CLUSTER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/statement-lens-pg.XXXXXX")"
DB_USER="statement_lens"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    # -s: the postgres account's login shell may be /usr/sbin/nologin.
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  chown postgres "$CLUSTER_DIR"
fi

cleanup() {
  local status=$?
  as_owner "$PG_CTL" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$CLUSTER_DIR"
  exit "$status"
}
trap cleanup EXIT INT TERM

# trust auth is safe here: the cluster listens only on 127.0.0.1 and its own socket dir, and lives
# for one command.
as_owner "$INITDB" -D "$CLUSTER_DIR/data" -U "$DB_USER" --auth=trust --encoding=UTF8 --no-locale >"$CLUSTER_DIR/initdb.log" 2>&1 || {
  cat "$CLUSTER_DIR/initdb.log" >&2
  exit 1
}
as_owner "$PG_CTL" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $CLUSTER_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || {
  cat "$CLUSTER_DIR/server.log" >&2
  exit 1
}

export TEST_DATABASE_URL="postgres://$DB_USER@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$PG_CTL" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
