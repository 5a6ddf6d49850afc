#!/usr/bin/env bash
# Runs the suite on SQLite, then on PostgreSQL when it is reachable.
# Under CI (REQUIRE_POSTGRES=1) an unreachable PostgreSQL is a failure, not a skip.
set -u
PY=.venv/bin/python
PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/emn_exchange}
status=0

$PY manage.py compiletranslations >/dev/null || exit 1

echo "== Test suite on SQLite =="
DATABASE_URL=${TEST_SQLITE_URL:-sqlite:///var/test.sqlite3} $PY -m pytest "$@" || status=1

if $PY scripts/pg_ready.py "$PG_URL"; then
  echo "== Test suite on PostgreSQL =="
  DATABASE_URL=$PG_URL $PY -m pytest "$@" || status=1
elif [ -n "${REQUIRE_POSTGRES:-}" ]; then
  echo "PostgreSQL is required (REQUIRE_POSTGRES) but cannot be reached at $PG_URL." >&2
  status=1
else
  echo "PostgreSQL not reachable at $PG_URL: skipped the PostgreSQL run (set TEST_POSTGRES_URL)." >&2
fi
exit $status
