#!/usr/bin/env bash
# The main job on the bundled sample: set up, extract the sample reports into
# the embedded SQLite database (./nkevents.db) and serve the web app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BIN=${VENV:-.venv}/bin
DB=${NKEVENTS_DB_URL:-sqlite:///nkevents.db}
"$BIN/nkevents" ingest samples/ --db "$DB"
exec "$BIN/nkevents" serve --db "$DB" --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
