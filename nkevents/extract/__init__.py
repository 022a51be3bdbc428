"""Extraction: a pure function from one document to its events."""

from __future__ import annotations

from nkevents.extract import attributes
from nkevents.extract.context import analyse
from nkevents.extract.events import absorb_trials, build_event, group_mentions, share_charges, share_goods
from nkevents.extract.mentions import sentence_mentions
from nkevents.model import Document, Extraction

# Bump when rules or lexicons change what comes out: the store re-extracts on it.
EXTRACTOR_VERSION = "rules-0.1.0"


def extract(doc: Document) -> Extraction:
    """The events of one document (relevant when it has any)."""
    ctx = analyse(doc)
    mentions = [m for s in ctx.sentences for m in sentence_mentions(ctx, s)]
    groups = absorb_trials(group_mentions(mentions))
    instruments = attributes.instruments(ctx.lexicon, ctx.text, (0, len(ctx.text)))
    for g in groups:
        g.doc_instruments = instruments
    events = [build_event(g, ctx.text) for g in groups]
    share_goods(events)
    share_charges(events)
    return Extraction(id=doc.id, relevant=bool(events), events=events)
