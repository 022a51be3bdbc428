"""The tables as SQLAlchemy Core metadata: plain tables, readable names, JSON as text."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()
# 64-bit keys; on SQLite exactly INTEGER, so that the primary key is the rowid itself.
SEQ = BigInteger().with_variant(Integer(), "sqlite")

documents = Table(
    "documents",
    metadata,
    # seq: a deterministic 60-bit integer from the identity, the row's key for the full-text
    # index (SQLite rowid alias); events carry it too, so text search needs no join.
    Column("seq", SEQ, primary_key=True, autoincrement=False),
    Column("id", String, nullable=False, unique=True),  # hash of identity
    Column(
        "identity", Text, nullable=False, unique=True
    ),  # normalised URL, else sha256:<text hash>
    Column("source_id", Text, nullable=False),  # id the reader gave (JSONL id, file stem)
    Column("url", Text),
    Column("outlet", Text),  # URL host without www.: one outlet = one independent source
    Column("title", Text),
    Column("published", String),
    Column("language", String),
    Column("origin", Text),
    Column("version", Integer, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("relevant", Boolean),
    Column("extractor_version", String),
    Column("first_seen", String, nullable=False),
    Column("updated_at", String, nullable=False),
)
Index("ix_documents_source_id", documents.c.source_id)

# Earlier versions of documents whose text changed (the current one is in documents).
document_versions = Table(
    "document_versions",
    metadata,
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("content_hash", String, nullable=False),
    Column("title", Text),
    Column("published", String),
    Column("text", Text, nullable=False),
    Column("stored_at", String, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), nullable=False),
    Column("document_seq", BigInteger, nullable=False),
    Column("document_version", Integer, nullable=False),
    Column("ordinal", Integer, nullable=False),  # position in the extraction
    Column("type", String, nullable=False),
    Column("date", String),  # ISO at its precision: 2018-11-12, 2018-11, 2018
    Column("date_start", String),  # first day the date covers
    Column("date_end", String),  # last day the date covers
    Column("time_precision", String),  # day | month | year
    Column("place", Text),
    Column("admin1", Text),
    Column("place_kind", String),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String),
    Column("geo_precision", String),
    Column("gazetteer_id", String),
    Column("people", Integer),
    Column("public", Boolean),
    Column("charges", Text, nullable=False),  # JSON list
    Column("penalty_kind", String),
    Column("penalty_min_months", Integer),
    Column("penalty_max_months", Integer),
    Column("facility", Text),
    Column("commodities", Text, nullable=False),  # JSON list
    Column("instrument", Text),
    Column("actors", Text, nullable=False),  # JSON list
    Column("evidence", Text, nullable=False),  # JSON list of [start, end]
    Column("confidence", Float),
    Column("status", String, nullable=False),  # machine | confirmed | rejected
    Column("reviewed", Text, nullable=False),  # JSON list of field names a person set or confirmed
    Column("stale", Boolean, nullable=False),  # no longer extracted; kept because reviewed
    Column("extractor_version", String),
    Column("machine", Text, nullable=False),  # JSON: the extractor's values, before corrections
    Column("incident_id", String),
    Column("sources", Integer, nullable=False),  # independent sources of its incident
    Column("updated_at", String, nullable=False),
)
Index("ix_events_document", events.c.document_id)
Index("ix_events_document_seq", events.c.document_seq)
# Covering indexes for the usual filter mixes: type + dates, type + province + dates
# (status too: every search leaves rejected events out).
Index("ix_events_type_date", events.c.type, events.c.date_start, events.c.date_end, events.c.status)
Index(
    "ix_events_type_admin1",
    events.c.type,
    func.lower(events.c.admin1),
    events.c.date_start,
    events.c.date_end,
    events.c.status,
)
Index("ix_events_date", events.c.date_start, events.c.date_end)
# Place filters compare case-insensitively, so their indexes are on lower().
Index("ix_events_admin1", func.lower(events.c.admin1))
Index("ix_events_place", func.lower(events.c.place))
Index("ix_events_incident", events.c.incident_id)
# Covering indexes for the events page (migration 0002): the single-valued facets in one
# grouped pass in index order (the year spelled exactly as facets.YEAR; the id too, for the
# list filters and facets), event ids by status (list facets), and the people sort.
Index(
    "ix_events_facets",
    events.c.type,
    events.c.admin1,
    func.substr(events.c.date, 1, 4),
    events.c.penalty_kind,
    events.c.sources,
    events.c.status,
    events.c.id,
)
Index("ix_events_status", events.c.status, events.c.id)
Index("ix_events_people", events.c.people, events.c.id, events.c.status)

event_charges = Table(
    "event_charges",
    metadata,
    Column("event_id", String, ForeignKey("events.id"), primary_key=True),
    Column("charge", String, primary_key=True),
)
# (value, event_id): the charge facet reads this index alone.
Index("ix_event_charges_value", event_charges.c.charge, event_charges.c.event_id)

event_commodities = Table(
    "event_commodities",
    metadata,
    Column("event_id", String, ForeignKey("events.id"), primary_key=True),
    Column("commodity", String, primary_key=True),
)
Index("ix_event_commodities_value", event_commodities.c.commodity, event_commodities.c.event_id)

field_evidence = Table(
    "field_evidence",
    metadata,
    Column("event_id", String, ForeignKey("events.id"), primary_key=True),
    Column("field", String, primary_key=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("rule", Text, nullable=False),
    Column("quote", Text, nullable=False),  # the characters of the span
)

changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, ForeignKey("events.id"), nullable=False),
    Column("action", String, nullable=False),  # set | confirm | reject | undo
    Column("field", String),
    Column("old_value", Text),  # JSON
    Column("new_value", Text),  # JSON
    Column("user_name", Text, nullable=False),
    Column("at", String, nullable=False),
    Column("undoes", Integer),
    Column("undone_by", Integer),
    Column("note", Text),
)
Index("ix_changes_event", changes.c.event_id)

link_suggestions = Table(
    "link_suggestions",
    metadata,
    Column("event_a", String, primary_key=True),  # event_a < event_b
    Column("event_b", String, primary_key=True),
    Column("score", Float, nullable=False),
    Column("reasons", Text, nullable=False),  # JSON list
)
Index("ix_link_suggestions_b", link_suggestions.c.event_b)

link_decisions = Table(
    "link_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_a", String, nullable=False),
    Column("event_b", String, nullable=False),
    Column("same", Boolean, nullable=False),
    Column("user_name", Text, nullable=False),
    Column("at", String, nullable=False),
    Column("undone_at", String),
    Column("undone_by", Text),
)
Index("ix_link_decisions_pair", link_decisions.c.event_a, link_decisions.c.event_b)

# Incremental linking (migration 0003): what the linker saw of each event (its signature,
# computed once from the evidence) and the blocks (type family x month x region) it sits in.
link_signatures = Table(
    "link_signatures",
    metadata,
    Column("event_id", String, primary_key=True),
    Column("stamp", String, nullable=False),  # the event's updated_at when it was linked
    Column("features", Text, nullable=False),  # JSON: names, numbers, words of the evidence
    Column("packed", LargeBinary),  # nkevents.bounds.pack of its snapshot (migration 0007)
)
# What the linker compares to find the events new or changed since they were linked (every
# event's updated_at with its stamp), and the reports of the events it meets: covering indexes,
# narrower than the rows (migration 0008).
Index("ix_events_linked", events.c.id, events.c.updated_at, events.c.status, events.c.document_id)
Index("ix_link_signatures_stamp", link_signatures.c.event_id, link_signatures.c.stamp)

event_blocks = Table(
    "event_blocks",
    metadata,
    Column("block", String, primary_key=True),  # family|month
    Column("region", String, primary_key=True),  # province, or "?" (meets every region)
    Column("event_id", String, primary_key=True),
)
Index("ix_event_blocks_event", event_blocks.c.event_id)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String, primary_key=True),
    Column("type", String, nullable=False),
    Column("date", String),
    Column("place", Text),
    Column("admin1", Text),
    Column("events", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("sources", Integer, nullable=False),
    Column("people", Integer),  # the count most reports give (migration 0003)
    Column("disagree", Text),  # JSON list of the fields its reports disagree on (0003)
)

problems = Table(
    "problems",
    metadata,
    Column("origin", Text, primary_key=True),
    Column("reason", Text, primary_key=True),
    Column("first_seen", String, nullable=False),
    Column("last_seen", String, nullable=False),
    Column("count", Integer, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("name", String, primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String, nullable=False),
    Column("created_at", String, nullable=False),
)

# -- following sources and alerts (nkevents/fetch, nkevents/alerts; migration 0003) --------------

# One row per fetched URL: the validators for the next conditional request, what the last
# response was, and the WARC record that keeps it (a document fetched from it names it too).
fetched_urls = Table(
    "fetched_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("source", Text),  # the source file's name, or null for a URL given by hand
    Column("kind", String, nullable=False),  # feed, sitemap, listing, page
    Column("status", Integer),  # the last HTTP status (304 included); null when none came
    Column("etag", Text),
    Column("last_modified", Text),
    Column("document_id", String),
    Column("warc_file", Text),
    Column("warc_offset", BigInteger),
    Column("warc_record_id", Text),
    Column("fetched_at", String),  # the last response with a body
    Column("checked_at", String, nullable=False),  # the last request
    Column("note", Text),  # why the last attempt gave no document
)

# A named filter of the events (a query string, as the web app and `query` read it).
saved_searches = Table(
    "saved_searches",
    metadata,
    Column("name", String, primary_key=True),
    Column("query", Text, nullable=False),
    Column("webhook", Text),
    Column("created_by", Text),
    Column("created_at", String, nullable=False),
)

# Every matching event a saved search has seen; `fired` marks the one event per new incident
# that alerted (the others were there when the search was saved, or joined an alerted incident).
alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("search", String, ForeignKey("saved_searches.name"), nullable=False),
    Column("event_id", String, nullable=False),
    Column("incident_id", String),
    Column("fired", Boolean, nullable=False),
    Column("summary", Text),  # JSON: the event as it read when the alert fired
    Column("seen_at", String, nullable=False),
    Column("delivered_at", String),  # the webhook took it
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
)
Index("ix_alerts_search_event", alerts.c.search, alerts.c.event_id, unique=True)
Index("ix_alerts_search_fired", alerts.c.search, alerts.c.fired, alerts.c.id)
