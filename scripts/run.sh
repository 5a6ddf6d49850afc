#!/usr/bin/env bash
# Starts the background task worker and the web server; stopping the server stops both.
set -eu
HOST=${1:-127.0.0.1}
PORT=${2:-8000}
PY=.venv/bin/python
$PY manage.py db_worker --queue-name default >var/worker.log 2>&1 &
WORKER=$!
# Deadline reminders: checked hourly here; in production a daily cron line does the same
# (`manage.py send_reminders`); a second run the same day sends nothing twice.
( while true; do $PY manage.py send_reminders >>var/reminders.log 2>&1; sleep 3600; done ) &
REMINDERS=$!
trap 'kill $WORKER $REMINDERS 2>/dev/null || true' EXIT INT TERM
echo "Task worker started (pid $WORKER, log in var/worker.log); reminders checked hourly (var/reminders.log)."
echo "EMN Exchange is at http://$HOST:$PORT/  (Ctrl+C stops it)"
$PY manage.py runserver "$HOST:$PORT"
