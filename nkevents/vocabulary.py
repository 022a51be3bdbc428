"""The closed vocabularies (types, charges, penalties, commodities), loaded from data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from nkevents.errors import DataError

# libyaml's parser when PyYAML was built with it: the same values, read some ten times
# faster (extraction reads its word lists on first use, some more than once)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(name: str) -> Any:
    """A YAML file from the package's data folder."""
    try:
        text = resources.files("nkevents.data").joinpath(name).read_text(encoding="utf-8")
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as err:
        raise DataError(f"nkevents/data/{name}: {err}") from err


@dataclass(slots=True, frozen=True)
class Vocabulary:
    """Every closed list of the event record."""

    types: tuple[str, ...]
    charges: tuple[str, ...]
    penalties: tuple[str, ...]
    commodities: tuple[str, ...]
    actors: tuple[str, ...]
    precisions: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary shipped with the package."""
    raw = load_data("vocabulary.yaml")
    return Vocabulary(
        types=tuple(raw["types"]),
        charges=tuple(raw["charges"]),
        penalties=tuple(raw["penalties"]),
        commodities=tuple(raw["commodities"]),
        actors=tuple(raw["actors"]),
        precisions=tuple(raw["location_precisions"]),
    )
