"""An event noun listed among other abuses ("cold, beatings and execution") names a kind
of treatment, not a happening; a happening told beside such a list stays (reports written for
the project, invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, "2017-08-10", "en"))


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, a rights group listed what inmates endure (including cold, beatings, "
        "and execution) in three camps.\n",
        "Former inmates recall cold cells, beatings, hunger and execution.\n",
        "The study lists public executions, torture and forced labour among the abuses "
        "recorded in 2015.\n",
        "Both kinds of camps are places of hunger, torture and execution, a 2015 study said.\n",
        "In 2016, researchers recorded crimes (enslavement, imprisonment and execution) "
        "against the inmates.\n",
    ],
)
def test_an_abuse_among_abuses_is_no_execution(text: str) -> None:
    assert "execution" not in _types(text)


def test_arbitrary_detention_listed_with_torture_is_no_detention() -> None:
    text = (
        "The report found that arbitrary detention, torture and sexual violence remained "
        "widespread in 2018.\n"
    )
    assert "detention" not in _types(text)


def test_an_execution_told_beside_a_list_stays() -> None:
    text = (
        "Guards executed two prisoners at the camp on 3 May, a former inmate said, "
        "describing torture, hunger and forced labour.\n"
    )
    assert "execution" in _types(text)


def test_a_counted_execution_after_torture_stays() -> None:
    text = (
        "After months of torture, the execution of three officials was carried out in "
        "Pyongyang on 12 March.\n"
    )
    assert "execution" in _types(text)
