"""Cut a report's text into pieces marked with the evidence and field spans that cover them."""

from __future__ import annotations

from dataclasses import dataclass, field

from nkevents.model import Event


@dataclass(slots=True)
class Piece:
    """A run of text and what covers it: evidence sentences, field values."""

    text: str
    evidence: bool = False
    fields: list[str] = field(default_factory=list)


def spans_of(event: Event) -> list[tuple[int, int, str | None]]:
    """Every span of an event: evidence sentences (no field) and field values (named)."""
    spans: list[tuple[int, int, str | None]] = [(s, e, None) for s, e in event.evidence]
    spans += [(p.span[0], p.span[1], name) for name, p in sorted(event.provenance.items())]
    return spans


def pieces(text: str, spans: list[tuple[int, int, str | None]]) -> list[Piece]:
    """The text cut at every span boundary; each piece knows the spans over it.

    Spans outside the text are clipped; the pieces join back to `text` exactly.
    The template escapes each piece, so report text never reaches the page raw.
    """
    size = len(text)
    clipped = [(max(0, s), min(size, e), f) for s, e, f in spans if min(size, e) > max(0, s)]
    cuts = sorted({0, size, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    out: list[Piece] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        over = [f for s, e, f in clipped if s <= start and end <= e]
        names = sorted({f for f in over if f is not None})
        out.append(Piece(text[start:end], evidence=None in over, fields=names))
    return out
