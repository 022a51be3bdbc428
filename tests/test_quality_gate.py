"""The quality gate: the extractor keeps the floors pinned in quality_floors.yaml."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from nkevents import answer_key, evaluate
from nkevents.vocabulary import vocabulary

REPO = Path(__file__).resolve().parent.parent
GATE_FILE = Path(__file__).with_name("quality_floors.yaml")
GATE: dict[str, Any] = yaml.safe_load(GATE_FILE.read_text(encoding="utf-8"))
FLOORS = [(s, f, v) for s, table in GATE["floors"].items() for f, v in table.items()]


@pytest.fixture(scope="module")
def current(request: pytest.FixtureRequest) -> dict[str, dict[str, float]]:
    """Today's figures: the real extractor over the sample and, when present, ../shared."""
    roots = {"repo": REPO}
    for name in ("real", "own"):  # texts of real reports, cached outside git (skipped elsewhere)
        cache = answer_key.real_cache(REPO, name)
        if cache is not None:
            roots[name] = cache
    if any(spec["root"] == "shared" for spec in GATE["sets"].values()):
        # without ../shared its sets are skipped one by one below
        with contextlib.suppress(pytest.skip.Exception):
            roots["shared"] = request.getfixturevalue("shared_dir")
    return answer_key.gate_figures(answer_key.gate_sets(GATE["sets"], roots))


@pytest.mark.parametrize(
    ("scored_set", "figure", "floor"), FLOORS, ids=[f"{s}:{f}" for s, f, _ in FLOORS]
)
def test_figure_stays_above_its_floor(
    current: dict[str, dict[str, float]], scored_set: str, figure: str, floor: float
) -> None:
    if scored_set not in current:
        root = GATE["sets"][scored_set]["root"]
        pytest.skip(f"{scored_set} needs its texts ({root}), which are absent here")
    value = current[scored_set].get(figure)
    assert value is not None, f"{scored_set} has no figure {figure}: did the answer key change?"
    assert value >= floor, (
        f"{scored_set} {figure} fell to {value:.4f}, below its floor {floor} "
        "(tests/quality_floors.yaml; see scripts/update_floors.py and nkevents eval --diff)"
    )


def test_every_set_type_and_field_has_a_floor() -> None:
    floors = GATE["floors"]
    assert set(floors) == set(GATE["sets"])
    for name in floors:
        assert set(answer_key.HEADLINE) <= set(floors[name]), name
    assert {f"type/{t}" for t in vocabulary().types} <= set(floors["dev"])
    assert {f"field/{f}" for f in evaluate.rules().headline} <= set(floors["dev"])
