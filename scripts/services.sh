#!/usr/bin/env bash
# Start the servers the store's tests need and print the URL to use (stdout: the URL only).
# Idempotent: installs Debian's postgresql when missing (as root), starts the first cluster,
# creates the role and database `nkevents_test` (UTF-8, C.UTF-8 ctype so pg_trgm indexes Hangul).
#   export NKEVENTS_TEST_PG_URL=$(bash scripts/services.sh)
set -euo pipefail
ROLE=${NKEVENTS_TEST_PG_ROLE:-nkevents_test}
DB=${NKEVENTS_TEST_PG_DB:-nkevents_test}
PASSWORD=${NKEVENTS_TEST_PG_PASSWORD:-nkevents_test}
# PostgreSQL folds unquoted names to lower case: ask for them so (nkevents_speedA was created as
# nkevents_speeda, then not found, and no URL was printed)
ROLE=$(printf %s "$ROLE" | tr '[:upper:]' '[:lower:]')
DB=$(printf %s "$DB" | tr '[:upper:]' '[:lower:]')

log() { echo "services: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null; then
  if [ "$(id -u)" != 0 ]; then log "postgresql is not installed; run as root or apt-get install postgresql"; exit 1; fi
  log "installing postgresql from Debian's packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${VERSION:-}" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main >&2
  read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != "online" ]; then
  log "starting cluster $VERSION/$CLUSTER on port $PORT"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql_su() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }

for _ in $(seq 30); do psql_su -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_su -c "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
  log "creating role $ROLE"
  psql_su -c "create role $ROLE login password '$PASSWORD' createdb"
fi
if [ "$(psql_su -c "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  psql_su -c "create database $DB owner $ROLE encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
fi
echo "postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DB"
