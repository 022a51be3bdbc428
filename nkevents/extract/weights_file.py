"""The fitted weights files (`nkevents/data/weights/*.json`), read and checked alike for each
choice they score (place, date, keep)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

from nkevents.errors import DataError


def read(name: str) -> dict[str, Any]:
    """The JSON object of `nkevents/data/weights/<name>.json`."""
    where = f"nkevents/data/weights/{name}.json"
    try:
        path = resources.files("nkevents.data").joinpath(f"weights/{name}.json")
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataError(f"{where}: {err}") from err
    return raw


def named(raw: dict[str, Any], features: Iterable[str], what: str) -> dict[str, float]:
    """Each feature's weight, by name (names must be among features)."""
    names, numbers = raw["features"], raw["weights"]
    if len(names) != len(numbers) or set(names) - set(features):
        raise DataError(f"{what} weights: feature names and weights do not match FEATURES")
    return dict(zip(names, map(float, numbers), strict=True))
