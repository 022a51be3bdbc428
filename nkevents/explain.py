"""Explain an evaluation to a person: the score table, and per document what was missed or wrong."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from nkevents.evaluate import Figures, Json, Score, align, comparable, is_relevant, rules, same

EVIDENCE_CHARS = 300  # enough for a sentence or two; longer evidence is cut with "…"


@dataclass(slots=True, frozen=True)
class EventNote:
    """One event as a person reads it: its position, a one-line summary and its evidence."""

    index: int
    type: str
    summary: str
    evidence: list[str]


@dataclass(slots=True, frozen=True)
class FieldDiff:
    """One field on which a matched system event disagrees with the gold event."""

    field: str
    gold: str
    system: str


@dataclass(slots=True, frozen=True)
class PairDiff:
    """A gold event, the system event paired with it, and the fields they disagree on."""

    gold: EventNote
    system: EventNote
    fields: list[FieldDiff]


@dataclass(slots=True)
class DocDiff:
    """What the system got wrong in one document."""

    id: str
    gold_relevant: bool
    system_relevant: bool
    missing: bool = False  # the document is absent from the system output
    missed: list[EventNote] = field(default_factory=list)
    spurious: list[EventNote] = field(default_factory=list)
    wrong: list[PairDiff] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Whether the system output agrees with the gold on everything scored."""
        agree = self.gold_relevant == self.system_relevant and not self.missing
        return agree and not (self.missed or self.spurious or self.wrong)


# Where each scored field sits in an EVENTS.md event: (key, key inside that object).
RAW_PATH: dict[str, tuple[str, str | None]] = {
    "location": ("location", "name"),
    "admin1": ("location", "admin1"),
    "penalty_kind": ("penalty", "kind"),
    "penalty_min": ("penalty", "min_months"),
    "penalty_max": ("penalty", "max_months"),
}


def raw_value(event: Json, name: str) -> Any:
    """A field's value as the event states it, before normalisation."""
    key, inner = RAW_PATH.get(name, (name, None))
    value = event.get(key)
    if inner is None:
        return value
    if isinstance(value, str):  # a location given as a bare name
        return value if inner == "name" else None
    return (value or {}).get(inner)


def shown(value: Any) -> str:
    """A value as printed in a report."""
    if value is None or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def summary(event: Json) -> str:
    """One line saying what an event claims."""
    parts = [str(event.get("type"))]
    for name in ("date", "location", "admin1", "people", "penalty_kind", "facility"):
        if (value := raw_value(event, name)) is not None:
            parts.append(f"{name}={value}")
    for name in ("instrument", "charges", "commodities"):
        if value := event.get(name):
            parts.append(f"{name}={shown(value)}")
    return " ".join(parts)


def evidence(event: Json, text: str) -> list[str]:
    """The sentences an event cites, whitespace collapsed and cut to a readable length."""
    out = []
    for start, end in event.get("evidence") or []:
        snippet = " ".join(text[int(start) : int(end)].split())
        out.append(snippet if len(snippet) <= EVIDENCE_CHARS else snippet[:EVIDENCE_CHARS] + "…")
    return out


def note(index: int, event: Json, text: str) -> EventNote:
    """An event as a person reads it."""
    return EventNote(index, str(event.get("type")), summary(event), evidence(event, text))


def differs(name: str, gold: Json, g: Any, s: Any) -> bool:
    """Whether a field counts against the system: a wrong, missing or unsupported value."""
    if name in rules().set_fields:
        return set(g) != set(s)
    if g is None:
        return s is not None
    return not same(name, gold, g, s)


def field_diffs(gold: Json, system: Json) -> list[FieldDiff]:
    """The fields on which a matched pair disagrees, with both values as stated."""
    g, s = comparable(gold), comparable(system)
    return [
        FieldDiff(name, _gold_shown(gold, name), shown(raw_value(system, name)))
        for name in rules().headline
        if differs(name, gold, g[name], s[name])
    ]


def _gold_shown(gold: Json, name: str) -> str:
    value = shown(raw_value(gold, name))
    alt = gold.get("facility_alt") if name == "facility" else None
    if name == "location" and isinstance(gold.get("location"), dict):
        alt = gold["location"].get("alt")
    return f"{value} (or {shown(alt)})" if alt else value


def explain_document(gold_doc: Json, sys_doc: Json | None, text: str) -> DocDiff:
    """What the system missed, made up and got wrong in one document."""
    gold_events = gold_doc.get("events") or []
    sys_events = (sys_doc or {}).get("events") or []
    s_rel = bool((sys_doc or {}).get("relevant", bool(sys_events)))
    diff = DocDiff(str(gold_doc.get("id")), is_relevant(gold_doc), s_rel, missing=sys_doc is None)
    pairs = align(gold_events, sys_events)
    for gi, gold in enumerate(gold_events):
        si = pairs.get(gi)
        if gold.get("optional"):
            continue
        if si is None:
            diff.missed.append(note(gi, gold, text))
        elif fields := field_diffs(gold, sys_events[si]):
            pair = PairDiff(note(gi, gold, text), note(si, sys_events[si], text), fields)
            diff.wrong.append(pair)
    paired = set(pairs.values())
    diff.spurious = [note(si, e, text) for si, e in enumerate(sys_events) if si not in paired]
    return diff


def explain(
    gold_docs: Mapping[str, Json], sys_docs: Mapping[str, Json], texts: Mapping[str, str]
) -> list[DocDiff]:
    """Per gold document, in order, what the system got wrong (documents it got right left out)."""
    diffs = (
        explain_document({**gold, "id": doc_id}, sys_docs.get(doc_id), texts.get(doc_id, ""))
        for doc_id, gold in gold_docs.items()
    )
    return [d for d in diffs if not d.clean]


def format_score(result: Score, per_doc: bool = False) -> str:
    """The score as a text table, laid out as shared/eval/score.py prints it."""
    missing = len(result.missing_documents)
    lines = [f"documents: {result.documents}  (missing from system output: {missing})"]
    lines.append(f"{'':16}{'P':>7}{'R':>7}{'F1':>7}{'ok':>6}{'gold':>6}{'sys':>6}")
    rows = [("relevance", result.relevance), ("events", result.events)]
    rows += [(f"  {k}", v) for k, v in result.by_type.items()]
    rows += [(f"field {k}", v) for k, v in result.by_field.items()]
    rows += [("ALL SLOTS", result.slots)]
    rows += [(k[:16], v) for k, v in result.per_doc.items()] if per_doc else []
    lines += [_row(name, t) for name, t in rows]
    lines.append(f"slot_f1 {result.slot_f1:.4f}")
    return "\n".join(lines)


def _row(name: str, t: Figures) -> str:
    return f"{name:16}{t.p:7.3f}{t.r:7.3f}{t.f1:7.3f}{t.correct:6}{t.gold:6}{t.system:6}"


def format_diffs(diffs: list[DocDiff]) -> str:
    """Per document, the events missed and made up and the fields that differ, with evidence."""
    return "\n\n".join("\n".join(_doc_lines(d)) for d in diffs)


def _doc_lines(d: DocDiff) -> list[str]:
    yes = {True: "relevant", False: "not relevant"}
    head = f"== {d.id}"
    if d.missing:
        head += "  (absent from system output)"
    if d.gold_relevant != d.system_relevant:
        head += f"  (gold: {yes[d.gold_relevant]}, system: {yes[d.system_relevant]})"
    lines = [head]
    lines += [line for n in d.missed for line in _event_lines("MISSED", n)]
    lines += [line for n in d.spurious for line in _event_lines("SPURIOUS", n)]
    lines += [line for p in d.wrong for line in _pair_lines(p)]
    return lines


def _event_lines(label: str, n: EventNote) -> list[str]:
    return [f"  {label} #{n.index} {n.summary}"] + [f'      > "{e}"' for e in n.evidence]


def _pair_lines(p: PairDiff) -> list[str]:
    lines = [f"  WRONG {p.gold.type}: gold #{p.gold.index} ~ system #{p.system.index}"]
    lines += [f"      {f.field:13} gold {f.gold}  |  system {f.system}" for f in p.fields]
    lines += [f'      gold   > "{e}"' for e in p.gold.evidence]
    lines += [f'      system > "{e}"' for e in p.system.evidence]
    return lines
