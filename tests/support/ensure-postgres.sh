#!/usr/bin/env bash
# Tests and CI: make sure the local PostgreSQL answers on 127.0.0.1:5432 and that a database exists.
#   tests/support/ensure-postgres.sh [database]        (default database: test)
# Starts the Debian cluster if it is down (no systemd on these machines), creates the database if missing.
# Idempotent; prints nothing when everything was already in place. PGPORT / PG_CLUSTER override 5432 / main.
set -euo pipefail

db="${1:-test}"
host=127.0.0.1
port="${PGPORT:-5432}"
cluster="${PG_CLUSTER:-main}"
psql_admin=(psql -X -q -h "$host" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1)

ready() { pg_isready -q -h "$host" -p "$port"; }

# Newest installed major version that has this cluster, e.g. /etc/postgresql/15/main -> 15.
cluster_version() {
  local dir
  dir=$(ls -d /etc/postgresql/*/"$cluster" 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" ]] || { echo "ensure-postgres: no /etc/postgresql/<version>/$cluster cluster found" >&2; exit 1; }
  basename "$(dirname "$dir")"
}

start_cluster() {
  local version
  version=$(cluster_version)
  echo "ensure-postgres: PostgreSQL is down on $host:$port; starting cluster $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
  for _ in $(seq 1 30); do ready && return 0; sleep 1; done
  echo "ensure-postgres: PostgreSQL $version/$cluster did not become ready within 30 s" >&2
  exit 1
}

db_exists() {
  [[ "$("${psql_admin[@]}" -At -v db="$db" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")" == 1 ]]
}

ready || start_cluster
if ! db_exists; then
  # Tolerate a concurrent run creating it first.
  createdb -h "$host" -p "$port" -U postgres "$db" 2>/dev/null || db_exists || {
    echo "ensure-postgres: could not create database $db" >&2
    exit 1
  }
  echo "ensure-postgres: created database $db"
fi
