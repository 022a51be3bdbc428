#!/usr/bin/env bash
# Install everything the test suite needs, start its servers, and run it all:
# lint, types, then pytest (unit, CLI end to end, store on SQLite and
# PostgreSQL, web API, browser tests in headless Chromium, quality gate).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
BIN=${VENV:-.venv}/bin

if [ -z "${NKEVENTS_TEST_PG_URL:-}" ] && [ -f scripts/services.sh ]; then
  NKEVENTS_TEST_PG_URL=$(bash scripts/services.sh)
  export NKEVENTS_TEST_PG_URL
fi

"$BIN/ruff" check nkevents tests bench scripts
"$BIN/ruff" format --check nkevents tests bench scripts
"$BIN/mypy"
"$BIN/pytest" -q "$@"
