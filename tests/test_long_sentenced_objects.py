"""A term given after a long object that names the charges is still the sentence's term."""

from __future__ import annotations

from extract_support import one_event


def test_a_term_after_the_charges_in_the_object() -> None:
    text = (
        "The court sentenced nine men and women on charges of robbery, helping people cross "
        "the border and selling smuggled phones, and of dealing in drugs, to six to eight years "
        "of reform through labour in Hoeryong on 4 March."
    )
    penalty = one_event(text, "trial", language="en").penalty
    assert penalty is not None
    assert (penalty.kind, penalty.min_months, penalty.max_months) == ("forced_labor", 72, 96)


def test_a_short_object_as_before() -> None:
    text = "The court sentenced two traders to ten years of reform through labour on 4 March."
    penalty = one_event(text, "trial", language="en").penalty
    assert penalty is not None and penalty.min_months == 120
