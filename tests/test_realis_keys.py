"""The realis gate's cheap word tests: a stretch without one of a table's words is never
searched, so every fragment of the table must hold one of them, and the test must agree
with the pattern on what it finds."""

from __future__ import annotations

import pytest

from nkevents.extract.realis import _holds, _may_hold, cues
from nkevents.vocabulary import load_data


@pytest.mark.parametrize("name", sorted(load_data("realis.yaml")["keys"]))
def test_every_fragment_holds_a_key(name: str) -> None:
    raw = load_data("realis.yaml")
    for lang, words in raw["keys"][name].items():
        for fragment in raw[name][lang]:
            assert any(w in fragment.lower() for w in words), (name, fragment)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("conditional", "If caught, the traders are sent to a camp", True),
        ("conditional", "Once the guards found them, they were beaten", True),
        ("conditional", "The traders were caught at the river", False),
        ("conditional", "It seems LIKELY that the traders were caught", True),
        ("conditional", "By the time they are tried, their heads are shaved", True),
        ("statistic", "The number of defectors arriving fell to 63", True),
        ("statistic", "Police logged 40 arrests", True),
        ("statistic", "Guards caught three women at the river", False),
        ("trend", "Public executions have become more common", True),
        ("trend", "Such trials are still RARE in the provinces", True),
        ("trend", "The soldier crossed the line at dawn", False),
        ("recalled_before", "Two years ago, five were arrested in the same town", True),
        ("recalled_before", "Guards PREVIOUSLY detained the man", True),
        ("recalled_before", "Guards detained the man on Monday", False),
        ("background", "He recalled watching a trial as a boy", True),
        ("background", "During her years as a guard she saw many arrests", True),
        ("background", "She watched the trial in the square", False),
        ("law_provision", "The criminal law stipulates death for such crimes", True),
        ("law_provision", "The court sentenced him to death", False),
        ("irrealis_before", "Officials have vowed to arrest", True),
        ("irrealis_before", "The traders did not", True),
        ("irrealis_before", "Police in the city", False),
    ],
)
def test_keys_agree_with_the_pattern(name: str, text: str, found: bool) -> None:
    c = cues()
    assert _holds(c, name, "en", text, 0, len(text)) is found
    pattern = getattr(c, name)["en"]
    assert (pattern.search(text) is not None) is found
    if not found:  # a stretch without any of the words
        assert not _may_hold(text, 0, len(text), c.keys[name]["en"])


def test_letters_that_fold_to_ascii_leave_the_pattern_to_decide() -> None:
    # a dotless i matches "i" case-insensitively, while lower() keeps it apart
    text = "ıf caught, they are sent back"
    assert _may_hold(text, 0, len(text), cues().keys["conditional"]["en"])
    assert _holds(cues(), "conditional", "en", text, 0, len(text))
    assert not _may_hold("they were caught", 0, 16, cues().keys["conditional"]["en"])
