"""HTTP errors: exception classes that carry their status; app.py renders them all."""

from __future__ import annotations

from nkevents.errors import Conflict, InputError, NkeventsError, NotFound, QueryError, StoreError


class HTTPError(Exception):
    """An error the app answers with `status` and a clear message."""

    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(HTTPError):
    """A parameter or form value that cannot be used."""

    status = 400


class Unauthorized(HTTPError):
    """A write by someone not signed in."""

    status = 401


class Forbidden(HTTPError):
    """A form without a valid CSRF token."""

    status = 403


class PageNotFound(HTTPError):
    """A record or page that does not exist."""

    status = 404


class AlreadyDone(HTTPError):
    """A write that contradicts the stored state (undoing twice)."""

    status = 409


class Unavailable(HTTPError):
    """The database cannot be reached."""

    status = 503


def from_library(err: NkeventsError) -> HTTPError:
    """The HTTP error for one of the library's own exceptions."""
    message = str(err) or type(err).__name__
    if isinstance(err, NotFound):
        return PageNotFound(message)
    if isinstance(err, Conflict):
        return AlreadyDone(message)
    if isinstance(err, StoreError):
        return Unavailable(message)
    if isinstance(err, QueryError | InputError):
        return BadRequest(message)
    return BadRequest(message)
