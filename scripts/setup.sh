#!/usr/bin/env bash
# Set up a checkout: the system packages it needs (when run as root on Debian),
# the virtual environment with nkevents and its Python packages, and the web
# app's front-end libraries. Idempotent: a second run only checks.
#   bash scripts/setup.sh            # what the demo needs
#   bash scripts/setup.sh --test     # also what the test suite needs (PostgreSQL, Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python

want=(python3-venv npm)
# fonts-noto-cjk: Hangul in the headless browser (else Korean reports render as empty boxes).
if [ "${1:-}" = "--test" ]; then want+=(postgresql chromium fonts-noto-cjk); fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
# A Python or Node.js that did not come from Debian is fine as it is.
if python3 -m venv --help >/dev/null 2>&1 && python3 -c 'import ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
if command -v npm >/dev/null; then missing=("${missing[@]/npm}"); fi
read -r -a missing <<<"${missing[*]:-}"
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} from Debian's packages" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (apt-get install ${missing[*]})" >&2
  fi
fi

stamp=$VENV/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  test -x "$PY" || python3 -m venv "$VENV"
  # pip 23.2 crashes resolving trafilatura's extras: upgrade it first.
  "$PY" -m pip install -q --upgrade pip
  "$PY" -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
if [ ! -f nkevents/web/static/vendor/leaflet/leaflet.js ] || \
   [ nkevents/web/package-lock.json -nt nkevents/web/static/vendor/leaflet/leaflet.js ]; then
  PYTHON=$PY bash scripts/build_assets.sh
fi
