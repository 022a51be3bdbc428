#!/usr/bin/env bash
# Install the web app's front-end libraries from the npm registry (pinned by
# nkevents/web/package-lock.json) and copy the files the app serves into
# nkevents/web/static/vendor/ (gitignored). No CDN: the app serves them itself.
# Usage: bash scripts/build_assets.sh   (needs npm)
set -euo pipefail
cd "$(dirname "$0")/.."
WEB=nkevents/web
VENDOR=$WEB/static/vendor

if ! command -v npm >/dev/null; then
  echo "build_assets: npm not found; the map and chart stay disabled" >&2
  exit 0
fi
# --ignore-scripts: no package needs one, and swagger-ui-dist pulls in a telemetry postinstall.
(cd "$WEB" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/markercluster" "$VENDOR/chartjs" "$VENDOR/swagger-ui"
NM=$WEB/node_modules
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$VENDOR/leaflet/"
cp "$NM"/leaflet/dist/images/*.png "$VENDOR/leaflet/images/"
cp "$NM"/leaflet.markercluster/dist/{leaflet.markercluster.js,MarkerCluster.css,MarkerCluster.Default.css} \
   "$NM/leaflet.markercluster/MIT-LICENCE.txt" "$VENDOR/markercluster/"
cp "$NM/chart.js/dist/chart.umd.min.js" "$NM/chart.js/LICENSE.md" "$VENDOR/chartjs/"
cp "$NM"/swagger-ui-dist/{swagger-ui-bundle.js,swagger-ui.css,LICENSE,NOTICE} "$VENDOR/swagger-ui/"
echo "build_assets: front-end libraries in $VENDOR"
