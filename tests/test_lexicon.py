"""The lexicons load, compile, and use only the record's vocabularies."""

from __future__ import annotations

import pytest

from nkevents.extract.attributes import instruments, labels, unique
from nkevents.extract.lexicon import lexicon
from nkevents.vocabulary import load_data, vocabulary


def test_every_trigger_type_is_a_record_type() -> None:
    raw = load_data("lexicon.yaml")
    assert set(raw["triggers"]) == set(vocabulary().types)
    assert set(raw["weak_triggers"]) <= set(vocabulary().types)


def test_actor_labels_are_in_the_vocabulary() -> None:
    assert set(load_data("lexicon.yaml")["actors"]) <= set(vocabulary().actors)


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("They were put on public trial and sentenced.", "en", ["trial"]),
        ("Nine people were executed by firing squad.", "en", ["execution"]),
        ("He was arrested at the border.", "en", ["arrest"]),
        ("Smugglers sold zinc to Chinese traders.", "en", ["smuggling"]),
        ("Customs seized 200 phones.", "en", ["seizure"]),
        ("China banned imports of coal.", "en", ["sanction"]),
        ("A soldier defected across the DMZ.", "en", ["escape"]),
        ("He was sent to a political prison camp.", "en", ["detention"]),
        ("The authorities launched a crackdown.", "en", ["crackdown"]),
        ("혜산에서 공개재판이 열렸다.", "ko", ["trial"]),
        ("청년이 총살됐다.", "ko", ["execution"]),
        ("150명을 체포했다.", "ko", ["arrest"]),
        ("밀수 혐의를 받았다.", "ko", ["smuggling"]),
    ],
)
def test_triggers(sentence: str, language: str, expected: list[str]) -> None:
    found = unique(labels(lexicon().triggers[language], sentence, (0, len(sentence))))
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In accordance with UN Resolution No. 2321, China banned zinc.", ["UNSCR 2321"]),
        ("UN Security Council Resolution 2375 (2017) was adopted.", ["UNSCR 2375"]),
        ("Executive Order 13810 allows designations.", ["US EO 13810"]),
        ("안보리 결의 2397호에 따라", ["UNSCR 2397"]),
    ],
)
def test_instruments(sentence: str, expected: list[str]) -> None:
    found = instruments(lexicon(), sentence, (0, len(sentence)))
    assert [form for form, _ in found][:1] == expected
