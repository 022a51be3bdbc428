"""Sign-in state: the signed session cookie, the user, CSRF tokens (hashes live in the store)."""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import Request

from nkevents.web.errors import Forbidden, Unauthorized

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def current_user(request: Request) -> str | None:
    """The signed-in user's name, or None."""
    name = request.session.get("user")
    return name if isinstance(name, str) else None


def require_user(request: Request) -> str:
    """The signed-in user's name; writes without one are refused."""
    name = current_user(request)
    if name is None:
        raise Unauthorized("sign in to review: the app is read-only without an account")
    return name


def sign_in(request: Request, name: str) -> None:
    """Start a fresh session for `name` (a new CSRF token too)."""
    request.session.clear()
    request.session["user"] = name
    request.session["csrf"] = secrets.token_urlsafe(32)


def sign_out(request: Request) -> None:
    """End the session."""
    request.session.clear()


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, sent: str | None) -> None:
    """Refuse a write whose token (form field or header) is not the session's."""
    expected = request.session.get("csrf")
    sent = sent or request.headers.get(CSRF_HEADER)
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        raise Forbidden("missing or stale CSRF token: reload the page and try again")
