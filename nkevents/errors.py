"""The project's exceptions: one base class, a few kinds."""


class NkeventsError(Exception):
    """Base class of every error nkevents raises on purpose."""


class InputError(NkeventsError):
    """A document or file that cannot be read; names where, and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DataError(NkeventsError):
    """A packaged data file (vocabulary, lexicon, gazetteer) that is broken."""


class StoreError(NkeventsError):
    """A database that cannot be opened, migrated or written."""


class NotFound(NkeventsError):
    """A record asked for by id that does not exist."""


class QueryError(NkeventsError):
    """A search, filter or review parameter that is not valid (the web answers 400)."""


class Conflict(NkeventsError):
    """A write that contradicts the stored state, such as undoing a change twice (HTTP 409)."""
