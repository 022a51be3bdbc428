"""A campaign, or an English arrest told in the present perfect, with no time of its own but
the day a source told of it, is of that day's month (extract/told_months.py); the day itself
is never the happening's, and other happenings told so stay undated."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.extract.context import analyse
from nkevents.extract.told_months import told_months
from nkevents.model import Document, Event


@pytest.mark.parametrize(
    ("text", "etype", "language"),
    [
        (
            "North Korea has strengthened patrols along the border with China to stop "
            "defections, an official said Thursday.",
            "crackdown",
            "en",
        ),
        (
            "보위부가 국경 지역에서 휴대전화 검열을 강화했다고 내부 소식통이 28일 전했다.",
            "crackdown",
            "ko",
        ),
        (
            "Police in Dandong have arrested four smugglers of North Korean methamphetamine, "
            "state media reported on Tuesday.",
            "arrest",
            "en",
        ),
    ],
)
def test_news_told_on_a_day_is_of_that_month(text: str, etype: str, language: str) -> None:
    # told in the last days of November, published in December: the month of the telling
    event = one_event(text, etype, published="2019-12-02", language=language)
    assert event.date == "2019-11"
    assert event.provenance["date"].rule.endswith("told_month")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the simple past gives no time: the arrest may be of any day before
        (
            "Police in Dandong arrested four smugglers of North Korean methamphetamine, state "
            "media reported on Tuesday.",
            "arrest",
        ),
        ("Border guards have executed two smugglers, a source said on Tuesday.", "execution"),
        # an infinitive perfect says nothing of when
        (
            "Two defectors are believed to have been detained in China, activists said Tuesday.",
            "arrest",
        ),
    ],
)
def test_other_news_told_on_a_day_stays_undated(text: str, etype: str) -> None:
    assert one_event(text, etype, published="2019-11-22").date is None


def _campaign_month(text: str) -> str | None:
    """The date told_months gives an undated campaign told in the one sentence of `text`."""
    ctx = analyse(Document("t", text, published="2019-11-20"), "en")
    event = Event("crackdown", evidence=[(0, len(text))])
    told_months(ctx, [event])
    return event.date


def test_a_sentence_with_a_time_of_its_own_lends_no_month() -> None:
    told = "Border patrols were stepped up near the river, a source said on November 16."
    assert _campaign_month(told) == "2019-11"
    # the quote dates a happening of its own ("a week ago"): the sentence is about it
    own = (
        "“A week ago, a trader was caught by a border patrol near the river,” a source said "
        "on November 16."
    )
    assert _campaign_month(own) is None
    # where a period starts is no time of the sentence's happening
    since = (
        "Border patrols have been stepped up since the beginning of November, a source said "
        "on November 16."
    )
    assert _campaign_month(since) == "2019-11"


def test_the_happenings_own_day_wins_over_the_month_of_telling() -> None:
    dated = (
        "Police have arrested two men for smuggling copper, officials said on Monday. "
        "The two were caught in Hyesan on November 3."
    )
    assert one_event(dated, "arrest", published="2019-11-20").date == "2019-11-03"


def test_the_pages_dateline_is_no_day_of_telling() -> None:
    text = (
        "MANPO, North Korea, Nov. 28 (Yonhap) -- Border guards have arrested two smugglers "
        "near the river."
    )
    assert one_event(text, "arrest", published="2019-12-02").date is None
