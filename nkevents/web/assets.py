"""The static files the app serves: its own, the packaged map data, the vendored libraries."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"
LOG = logging.getLogger("nkevents.web")

# Files the map and the chart need; scripts/build_assets.sh puts them in static/vendor/.
MAP_FILES = ("leaflet/leaflet.js", "leaflet/leaflet.css", "markercluster/leaflet.markercluster.js")
CHART_FILES = ("chartjs/chart.umd.min.js",)


@dataclass(slots=True, frozen=True)
class Assets:
    """Which front-end features can run, given the vendored files present."""

    map: bool
    chart: bool
    border_region: bool


def check_assets(vendor: Path | None = None) -> Assets:
    """What is installed; warns (once, at start) about what is missing."""
    vendor = vendor or VENDOR
    found = Assets(
        map=all((vendor / f).is_file() for f in MAP_FILES),
        chart=all((vendor / f).is_file() for f in CHART_FILES),
        border_region=(STATIC / "geo" / "border_region.geojson").is_file(),
    )
    if not (found.map and found.chart):
        LOG.warning(
            "front-end libraries missing in %s: map and/or timeline chart disabled; "
            "run `bash scripts/build_assets.sh` (needs npm)",
            vendor,
        )
    return found
