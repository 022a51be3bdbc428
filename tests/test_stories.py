"""Stories: the copies of one happening across a report are one event."""

from __future__ import annotations

from nkevents.detect.sentences import split_sentences
from nkevents.extract import extract
from nkevents.extract.stories import headline_sentences
from nkevents.model import Document

_TITLE = "China arrests 14 North Korean defectors in Hunchun"
_TEXT = (
    "China arrests 14 North Korean defectors in Hunchun\n\n"
    "Chinese border police arrested 13 North Korean defectors in Dandong on June 14, "
    "a source in the city said. The group had crossed the river two days earlier."
)


def test_headline_copy_joins_the_body_event() -> None:
    doc = Document("t", _TEXT, title=_TITLE, published="2021-06-20", language="en")
    arrests = [e for e in extract(doc).events if e.type == "arrest"]
    assert len(arrests) == 1
    # the body's count, date and place, not the headline's rounder ones
    assert (arrests[0].people, arrests[0].date) == (13, "2021-06-14")
    assert arrests[0].location is not None and arrests[0].location.name == "Dandong"


def test_without_a_title_the_first_short_line_is_the_headline() -> None:
    doc = Document("t", _TEXT, published="2021-06-20", language="en")
    assert len([e for e in extract(doc).events if e.type == "arrest"]) == 1
    lede = _TEXT.replace("in Hunchun\n\n", "in Hunchun on Friday.\n\n")
    doc = Document("t", lede, published="2021-06-20", language="en")
    assert len([e for e in extract(doc).events if e.type == "arrest"]) == 2  # a lede, not a title


def test_headline_sentences_are_the_title_repeated() -> None:
    sentences = split_sentences(_TEXT)
    found = headline_sentences(_TEXT, _TITLE, sentences)
    assert found == {0}
    assert headline_sentences(_TEXT, None, sentences) == {0}  # the first short line
    assert headline_sentences(_TEXT, "News", sentences) == set()


def test_charges_are_not_lent_to_another_happening() -> None:
    text = (
        "A market guard was executed in Hamhung in July for taking bribes from traders. "
        "Court officials said he had confessed after a week of questioning. "
        "Earlier, in March, three miners were executed in Kilju."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    events = {e.date: e for e in extract(doc).events if e.type == "execution"}
    assert events["2021-07"].charges == ["bribery"]
    assert events["2021-03"].charges == []  # other people, another month


def test_a_family_sent_to_a_camp_beside_an_execution_takes_no_charge() -> None:
    text = (
        "A customs officer in Sinuiju was executed before a crowd in June for taking bribes "
        "from traders. His family was later sent to a political prison camp."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    by_type = {e.type: e for e in extract(doc).events}
    assert by_type["execution"].charges == ["bribery"]
    assert by_type["detention"].charges == []


def test_charges_are_shared_along_one_chain() -> None:
    text = (
        "Police in Hyesan arrested a trader in May. "
        "In July the city court sentenced him to eight years for smuggling copper to China."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    arrest = next(e for e in extract(doc).events if e.type == "arrest")
    assert arrest.charges == ["smuggling"]


def test_charges_are_not_lent_to_a_happening_that_says_neither_who_nor_when() -> None:
    text = (
        "A court in Hyesan sentenced two traders to ten years of labour on May 3 for "
        "smuggling copper to China.\n\n"
        "Security agents also detained their wives at the county jail in Kapsan."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    events = {e.type: e for e in extract(doc).events}
    assert events["trial"].charges == ["smuggling"]
    assert events["arrest"].charges == []


def test_an_arrest_told_after_the_trial_takes_none_of_its_charges() -> None:
    text = (
        "In March 2019 a court in Chongjin sentenced a trader to eight years for smuggling "
        "copper to China.\n\n"
        "Police in Chongjin arrested one of his cousins in June 2020."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    events = {e.type: e for e in extract(doc).events}
    assert events["trial"].charges == ["smuggling"]
    assert events["arrest"].charges == []


def test_a_weak_word_lends_no_distant_date() -> None:
    text = (
        "Police in Sinuiju arrested three traders, a source said. "
        "The arrests follow a year in which more countries have watched the North "
        "after a missile launch in September."
    )
    doc = Document("t", text, published="2021-11-20", language="en")
    arrest = next(e for e in extract(doc).events if e.type == "arrest")
    assert len(arrest.evidence) == 2
    assert arrest.date is None  # September dates the launch


def test_a_rounded_count_in_the_lede_is_the_body_count() -> None:
    filler = "소식통은 주민들이 크게 긴장하고 있다고 말했다.\n\n" * 3
    text = (
        "북한 함경북도에서 주민 400여 명이 공개재판을 받은 것으로 드러났다.\n\n"
        + filler
        + "소식통에 따르면 지난 19일 회령시에서 주민 420여 명이 한꺼번에 공개재판에 회부됐다."
    )
    doc = Document("t", text, published="2021-08-25", language="ko")
    trials = [e for e in extract(doc).events if e.type == "trial"]
    assert len(trials) == 1
    assert trials[0].date == "2021-08-19"


def test_exact_counts_far_apart_are_other_people() -> None:
    filler = "Residents said the town was tense.\n\n" * 3
    text = (
        "Police in Hyesan arrested 400 traders in March.\n\n"
        + filler
        + "Police in Hyesan arrested 420 traders, a source said."
    )
    doc = Document("t", text, published="2021-08-25", language="en")
    assert len([e for e in extract(doc).events if e.type == "arrest"]) == 2


def test_a_korean_event_word_made_a_modifier_refers_back() -> None:
    filler = "소식통은 주민들이 크게 긴장하고 있다고 말했다.\n\n" * 3
    text = (
        "혜산시 보안서가 지난 3일 밀수꾼 3명을 체포했다.\n\n"
        + filler
        + "체포된 밀수꾼 가운데 한 명은 신파군에서 온 주민이다."
    )
    doc = Document("t", text, published="2021-08-25", language="ko")
    arrests = [e for e in extract(doc).events if e.type == "arrest"]
    assert len(arrests) == 1
    assert (arrests[0].date, arrests[0].people) == ("2021-08-03", 3)


def test_an_english_participle_before_a_noun_refers_back() -> None:
    filler = "Residents said the town was tense.\n\n" * 3
    text = (
        "Police in Hyesan arrested four traders on May 3.\n\n"
        + filler
        + "The arrested traders were questioned by security officers on May 10."
    )
    doc = Document("t", text, published="2021-08-25", language="en")
    arrests = [e for e in extract(doc).events if e.type == "arrest"]
    assert len(arrests) == 1
    assert (arrests[0].date, arrests[0].people) == ("2021-05-03", 4)


def test_another_group_of_people_is_another_happening() -> None:
    text = (
        "Police in Hyesan arrested two traders at the market. "
        "Another three traders were arrested in Hyesan, a source said."
    )
    doc = Document("t", text, published="2021-08-25", language="en")
    counts = sorted(e.people or 0 for e in extract(doc).events if e.type == "arrest")
    assert counts == [2, 3]


def test_a_trial_that_put_to_death_is_the_execution_told_after_it() -> None:
    text = (
        "북한은 지난 12일 군사재판을 열고 전 농업상 김모씨를 사형에 처했다고 밝혔다.\n\n"
        "통신은 김씨가 곧바로 총살됐다고 전했다."
    )
    doc = Document("t", text, published="2021-06-20", language="ko")
    events = extract(doc).events
    assert [e.type for e in events] == ["execution"]
    assert events[0].date == "2021-06-12"


def test_a_death_sentence_in_september_is_not_the_execution_in_november() -> None:
    text = "두 사람은 9월 도 재판소에서 사형을 선고받았다.\n\n이들은 11월 3일 회령에서 총살됐다."
    doc = Document("t", text, published="2021-12-20", language="ko")
    assert sorted(e.type for e in extract(doc).events) == ["execution", "trial"]


def test_a_separate_case_far_from_its_opening_takes_no_charge_of_the_main_story() -> None:
    # "In a separate incident" opens the sentence long before its verb: one more happening
    text = (
        "A public trial was held in Hoeryong on 2 October and a copper smuggler was shot. "
        "In a separate incident, a sailor who was picked up near an island in the middle of "
        "September was deported to the North, officials said."
    )
    doc = Document("t", text, published="2025-10-10", language="en")
    by_type = {e.type: e for e in extract(doc).events}
    assert by_type["execution"].charges == ["smuggling"]
    assert by_type["arrest"].charges == []
    assert by_type["arrest"].date is None  # the pick-up's month is the relative clause's
