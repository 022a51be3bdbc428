"""Review writes (signed-in only): confirm, correct or reject; decide links; undo."""

from __future__ import annotations

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse
from starlette.requests import Request
from starlette.responses import Response

from nkevents.store import Store
from nkevents.web import auth
from nkevents.web.errors import BadRequest
from nkevents.web.fields import LABELS, field_text
from nkevents.web.pages import flash, safe_next, store_of

router = APIRouter(include_in_schema=False)
EVENT_ACTIONS = ("confirm", "reject")
FIELD_ACTIONS = ("confirm_field", "correct", "reject_field")


def act(store: Store, event_id: str, action: str, field: str, value: str, user: str) -> str:
    """Apply one review action; returns what was done, for the page's message."""
    if action == "confirm":
        store.confirm_event(event_id, user)
        return "Event confirmed."
    if action == "reject":
        store.reject_event(event_id, user)
        return "Event rejected: hidden from searches (undo below)."
    if action not in FIELD_ACTIONS:
        raise BadRequest(f"action must be one of: {', '.join(EVENT_ACTIONS + FIELD_ACTIONS)}")
    if field not in LABELS:
        raise BadRequest(f"field must be one of: {', '.join(LABELS)}")
    if action == "confirm_field":
        current = field_text(store.get_event(event_id).event, field)
        store.set_field(event_id, field, current, user, note="confirmed")
        return f"{LABELS[field]} confirmed."
    if action == "reject_field":
        store.set_field(event_id, field, "", user, note="rejected")
        return f"{LABELS[field]} rejected and cleared."
    store.set_field(event_id, field, value, user)
    return f"{LABELS[field]} corrected."


def signed_write(request: Request, csrf_token: str) -> str:
    """The user of a write: signed in, with the session's CSRF token."""
    user = auth.require_user(request)
    auth.check_csrf(request, csrf_token)
    return user


@router.post("/events/{event_id}/review")
def review_event(
    request: Request,
    event_id: str,
    action: str = Form(...),
    field: str = Form(""),
    value: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """A review form on the event page."""
    user = signed_write(request, csrf_token)
    flash(request, act(store_of(request), event_id, action, field, value, user))
    return RedirectResponse(f"/events/{event_id}", status_code=303)


@router.post("/changes/{change_id}/undo")
def undo_change(
    request: Request, change_id: int, csrf_token: str = Form(""), next: str = Form("")
) -> Response:
    """Undo one recorded change."""
    user = signed_write(request, csrf_token)
    store_of(request).undo_change(change_id, user)
    flash(request, f"Change #{change_id} undone.")
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/links")
def decide_link(
    request: Request,
    event_a: str = Form(...),
    event_b: str = Form(...),
    same: bool = Form(...),
    csrf_token: str = Form(""),
    next: str = Form(""),
) -> Response:
    """Accept (same incident) or reject (different) a suggested link."""
    user = signed_write(request, csrf_token)
    store_of(request).decide_link(event_a, event_b, same, user)
    flash(
        request, "Link accepted: same incident." if same else "Link rejected: different incidents."
    )
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/decisions/{decision_id}/undo")
def undo_decision(
    request: Request, decision_id: int, csrf_token: str = Form(""), next: str = Form("")
) -> Response:
    """Undo a link decision."""
    user = signed_write(request, csrf_token)
    store_of(request).undo_decision(decision_id, user)
    flash(request, f"Decision #{decision_id} undone.")
    return RedirectResponse(safe_next(next), status_code=303)
