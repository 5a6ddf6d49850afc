#!/usr/bin/env bash
# Starts the background task worker and the web server; stopping the server stops both.
set -eu
HOST=${1:-127.0.0.1}
PORT=${2:-8000}
PY=.venv/bin/python
$PY manage.py db_worker --queue-name default >var/worker.log 2>&1 &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
echo "Task worker started (pid $WORKER, log in var/worker.log)."
echo "EMN Exchange is at http://$HOST:$PORT/  (Ctrl+C stops it)"
$PY manage.py runserver "$HOST:$PORT"
