"""Alerts out: after each ingest, the new incidents of every saved search, by webhook and Atom."""
