"""The JSON Schema of the output record, generated from nkevents.model."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from nkevents.model import Extraction
from nkevents.vocabulary import vocabulary


def extraction_schema() -> dict[str, Any]:
    """The JSON Schema of one output line (EVENTS.md "Extractions out")."""
    schema = TypeAdapter(Extraction).json_schema()
    _add_vocabularies(schema["$defs"])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nkevents extraction"
    schema["description"] = "One JSON line per document: relevance and its events, with evidence."
    return schema


def _add_vocabularies(defs: dict[str, Any]) -> None:
    """Closed lists from data/vocabulary.yaml become enums of the schema."""
    vocab = vocabulary()
    event = defs["Event"]["properties"]
    event["charges"]["items"]["enum"] = list(vocab.charges)
    event["commodities"]["items"]["enum"] = list(vocab.commodities)
    defs["Penalty"]["properties"]["kind"]["enum"] = list(vocab.penalties)
    defs["Location"]["properties"]["precision"]["anyOf"][0]["enum"] = list(vocab.precisions)
