#!/usr/bin/env bash
# Runs the suite on SQLite and, when it is reachable, on PostgreSQL.
# Under CI (REQUIRE_POSTGRES=1) an unreachable PostgreSQL is a failure, not a skip.
# The two runs share nothing (each has its own test database, media directory and live-server
# port), so the PostgreSQL run goes on in the background while the SQLite run prints its
# progress; its output follows when both are done. TEST_SEQUENTIAL=1 runs them one by one.
set -u
PY=.venv/bin/python
PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/emn_exchange}
PG_LOG=var/test-postgresql.log
status=0
pg_pid=""

$PY manage.py compiletranslations >/dev/null || exit 1
mkdir -p var

if $PY scripts/pg_ready.py "$PG_URL"; then
  if [ -z "${TEST_SEQUENTIAL:-}" ]; then
    DATABASE_URL=$PG_URL $PY -m pytest "$@" >"$PG_LOG" 2>&1 &
    pg_pid=$!
  fi
elif [ -n "${REQUIRE_POSTGRES:-}" ]; then
  echo "PostgreSQL is required (REQUIRE_POSTGRES) but cannot be reached at $PG_URL." >&2
  status=1
  PG_URL=""
else
  echo "PostgreSQL not reachable at $PG_URL: skipped the PostgreSQL run (set TEST_POSTGRES_URL)." >&2
  PG_URL=""
fi

echo "== Test suite on SQLite =="
DATABASE_URL=${TEST_SQLITE_URL:-sqlite:///var/test.sqlite3} $PY -m pytest "$@" || status=1

if [ -n "$pg_pid" ]; then
  echo "== Test suite on PostgreSQL (ran alongside; its output) =="
  wait "$pg_pid" || status=1
  cat "$PG_LOG"
elif [ -n "$PG_URL" ]; then
  echo "== Test suite on PostgreSQL =="
  DATABASE_URL=$PG_URL $PY -m pytest "$@" || status=1
fi
exit $status
