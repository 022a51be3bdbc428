"""The quality gate: the extractor keeps the floors pinned in quality_floors.yaml on ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nkevents import answer_key, evaluate
from nkevents.vocabulary import vocabulary

FLOORS_FILE = Path(__file__).with_name("quality_floors.yaml")


def pinned() -> dict[str, dict[str, float]]:
    """The floors, per scored set (dev, dev_ko, seed) and figure."""
    return yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))["floors"]


FLOORS = [
    (name, figure, floor) for name, table in pinned().items() for figure, floor in table.items()
]


@pytest.fixture(scope="module")
def current(shared_dir: Path) -> dict[str, dict[str, float]]:
    """Today's figures: the real extractor over the dev and seed corpora."""
    return answer_key.gate_figures(shared_dir)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("scored_set", "figure", "floor"), FLOORS, ids=[f"{s}:{f}" for s, f, _ in FLOORS]
)
def test_figure_stays_above_its_floor(
    current: dict[str, dict[str, float]], scored_set: str, figure: str, floor: float
) -> None:
    value = current[scored_set].get(figure)
    assert value is not None, f"{scored_set} has no figure {figure}: did the answer key change?"
    assert value >= floor, (
        f"{scored_set} {figure} fell to {value:.4f}, below its floor {floor} "
        "(tests/quality_floors.yaml; see scripts/update_floors.py and nkevents eval --diff)"
    )


def test_every_type_and_field_has_a_floor() -> None:
    floors = pinned()
    assert set(floors) == set(answer_key.GATE_SETS)
    for name in floors:
        assert {"relevance", "events", "slot_f1"} <= set(floors[name]), name
    assert {f"type/{t}" for t in vocabulary().types} <= set(floors["dev"])
    assert {f"field/{f}" for f in evaluate.rules().headline} <= set(floors["dev"])
