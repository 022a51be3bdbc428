"""Saved searches in the web app: the list of them, save the current view (signed in), an Atom
feed per search."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Form
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.requests import Request
from starlette.responses import Response

from nkevents.alerts.atom import atom_feed
from nkevents.errors import Conflict
from nkevents.store import alerts
from nkevents.store.review import now
from nkevents.web import auth
from nkevents.web.pages import flash, render, safe_next, store_of

router = APIRouter(include_in_schema=False)
FEED_LIMIT = 100


def searches_view(request: Request) -> dict[str, Any]:
    """Every saved search: its filters, the alerts it has fired, the latest, its feed."""
    rows = []
    with store_of(request).engine.connect() as conn:
        for saved in alerts.list_searches(conn):
            latest = alerts.list_alerts(conn, saved.name, 1)
            rows.append(
                {
                    "name": saved.name,
                    "query": saved.query,
                    "filters": [{"field": k, "value": v} for k, v in parse_qsl(saved.query)],
                    "alerts": alerts.count_fired(conn, saved.name),
                    "latest": latest[0].seen_at if latest else None,
                    "webhook": saved.webhook is not None,  # where it posts is not shown
                    "created_by": saved.created_by,
                    "created_at": saved.created_at,
                    "feed": f"/alerts/{saved.name}.atom",
                }
            )
    return {"searches": rows}


@router.get("/searches")
def searches_page(request: Request) -> Response:
    """The saved searches, as a page."""
    return render(request, "searches.html", searches_view(request))


@router.get("/searches.json")
def searches_json(request: Request) -> Response:
    """The saved searches, as JSON."""
    return JSONResponse(jsonable_encoder(searches_view(request)))


@router.get("/alerts/{name}.atom")
def alerts_feed(request: Request, name: str) -> Response:
    """The saved search's alerts as an Atom feed, newest first."""
    with store_of(request).engine.connect() as conn:
        saved = alerts.get(conn, name)
        found = alerts.list_alerts(conn, name, FEED_LIMIT)
    body = atom_feed(saved, found, str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.post("/searches")
def save_search(
    request: Request,
    name: str = Form(...),
    query: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Save the view's filters under a new name: its new incidents become alerts.

    Webhooks are set from the command line only (the server would POST wherever a form said),
    and a name already taken is refused rather than replaced.
    """
    user = auth.require_user(request)
    auth.check_csrf(request, csrf_token)
    params = {k: v for k, v in parse_qsl(query) if k not in alerts.NOT_SAVED}
    with store_of(request).engine.begin() as conn:
        if name.strip() in {s.name for s in alerts.list_searches(conn)}:
            raise Conflict(f"a saved search is already named {name.strip()!r}: choose another")
        saved = alerts.save(conn, name.strip(), alerts.normal_query(params), None, user, now())
    flash(request, f"Saved as {saved.name!r}: new incidents appear at /alerts/{saved.name}.atom.")
    return RedirectResponse(safe_next(f"/events?{saved.query}"), status_code=303)
