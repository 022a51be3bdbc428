"""The body that takes a sanctions measure: the UN named bare for its sanctions ("UN
sanctions", "the U.N. imposed ... sanctions", "유엔 제재") is the Security Council."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.extract.lexicon import lexicon
from nkevents.model import Document, Event


def _un_named(sentence: str, lang: str = "en") -> bool:
    return lexicon().un_named[lang].search(sentence) is not None


def _sanctions(text: str, lang: str = "en") -> list[Event]:
    doc = Document(id="t", text=text, language=lang, published="2021-03-10")
    return [e for e in extract(doc).events if e.type == "sanction"]


def test_un_named_bare_for_its_sanctions_is_read() -> None:
    assert _un_named("Harsher UN sanctions took effect on Monday.")
    assert _un_named("The U.N. sanctions list grew by five firms.")
    assert _un_named("Last week the United Nations imposed fresh sanctions.")
    assert _un_named("유엔 대북제재 위반 사례가 늘었다.", "ko")


def test_un_named_for_anything_else_is_not_read() -> None:
    assert not _un_named("A UN report described the camps.")
    assert not _un_named("The UN envoy visited Seoul in May.")
    assert not _un_named("Traders ran sanctions-busting routes.")
    assert not _un_named("유엔 보고서가 수용소 실태를 전했다.", "ko")


def test_a_measure_of_the_un_carries_its_body() -> None:
    text = (
        "On Friday the UN imposed new sanctions on North Korea that ban its exports of "
        "seafood and textiles."
    )
    found = _sanctions(text)
    assert [e.actors for e in found] == [["un_security_council"]]
    found_ko = _sanctions("지난 5일 발효된 유엔 대북제재는 북한산 수산물 수출을 금지했다.", "ko")
    assert [e.actors for e in found_ko] == [["un_security_council"]]


def test_the_un_named_at_another_event_is_not_its_actor() -> None:
    text = (
        "Police in Sinuiju arrested three traders on Tuesday for smuggling coal to China "
        "in breach of UN Security Council sanctions."
    )
    doc = Document(id="t", text=text, language="en", published="2021-03-10")
    events = extract(doc).events
    assert events and all("un_security_council" not in e.actors for e in events)
    assert any("police" in e.actors for e in events)


def test_a_national_measure_bringing_un_sanctions_into_force_is_the_nations() -> None:
    text = (
        "China's commerce ministry said on Monday it will ban imports of lead and textiles "
        "from North Korea, bringing the latest UN sanctions into force."
    )
    found = _sanctions(text)
    assert found and all(e.actors == ["china_mofcom"] for e in found)


def test_un_sanctions_told_as_background_start_no_measure() -> None:
    text = (
        "양강도 보안원들이 지난달 밀수꾼 두 명을 체포했다. 이들은 유엔 제재로 석탄 수출이 "
        "막히자 중국 상인에게 석탄을 몰래 팔아 온 것으로 알려졌다."
    )
    doc = Document(id="t", text=text, language="ko", published="2021-03-10")
    events = extract(doc).events
    assert events and not [e for e in events if e.type == "sanction"]
    assert all("un_security_council" not in e.actors for e in events)
