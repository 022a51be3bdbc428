"""The package's data files read the same with libyaml's parser as with PyYAML's own."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from nkevents.vocabulary import load_data

NAMES = sorted(
    p.name for p in resources.files("nkevents.data").iterdir() if p.name.endswith(".yaml")
)


@pytest.mark.parametrize("name", NAMES)
def test_a_data_file_loads_as_pyyaml_reads_it(name: str) -> None:
    text = resources.files("nkevents.data").joinpath(name).read_text(encoding="utf-8")
    assert load_data(name) == yaml.safe_load(text)
