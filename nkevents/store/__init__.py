"""The store stage: documents, events, corrections and incidents in SQLite or PostgreSQL."""

from nkevents.store.db import Store, open_store
from nkevents.store.filters import EventFilter, date_bounds, from_query
from nkevents.store.records import (
    Change,
    Decision,
    DocumentRecord,
    EventRecord,
    Incident,
    IngestSummary,
    LinkSuggestion,
    Page,
    PlaceCount,
    Problem,
    User,
)

__all__ = [
    "Change",
    "Decision",
    "DocumentRecord",
    "EventFilter",
    "EventRecord",
    "Incident",
    "IngestSummary",
    "LinkSuggestion",
    "Page",
    "PlaceCount",
    "Problem",
    "Store",
    "User",
    "date_bounds",
    "from_query",
    "open_store",
]
