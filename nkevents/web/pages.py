"""The HTML pages and their .json twins: one view function, two renderings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.requests import Request
from starlette.responses import Response

from nkevents.store import Store
from nkevents.web import auth, overviews, views

router = APIRouter(include_in_schema=False)
View = Callable[[Request], dict[str, Any]]


def store_of(request: Request) -> Store:
    """The app's store."""
    store: Store = request.app.state.store
    return store


def pairs_of(request: Request) -> list[tuple[str, str]]:
    """The query string as (name, value) pairs, repeats kept."""
    return list(request.query_params.multi_items())


def flash(request: Request, text: str, kind: str = "info") -> None:
    """A message for the next page shown."""
    request.session["flash"] = [*request.session.get("flash", []), {"text": text, "kind": kind}]


def base_context(request: Request) -> dict[str, Any]:
    """What every template needs: user, CSRF token, messages, assets, colours."""
    return {
        "request": request,
        "user": auth.current_user(request),
        "csrf": auth.csrf_token(request),
        "flashes": request.session.pop("flash", []),
        "assets": request.app.state.assets,
        "tile_url": request.app.state.settings.tile_url,
        "colours": overviews.type_colours(),
        "query": str(request.query_params),
    }


def render(request: Request, template: str, data: dict[str, Any]) -> Response:
    """A page from its view's data."""
    context = base_context(request) | {"data": data}
    return request.app.state.templates.TemplateResponse(request, template, context)


def twin(path: str, template: str, view: View) -> None:
    """Serve `view` at `path` as HTML and at `path`.json as JSON."""

    def as_json(request: Request) -> Response:
        return JSONResponse(jsonable_encoder(view(request)))

    def as_html(request: Request) -> Response:
        return render(request, template, view(request))

    router.add_api_route(f"{path}.json", as_json, methods=["GET"])
    router.add_api_route(path, as_html, methods=["GET"])


def home(request: Request) -> Response:
    """The front door is the events table."""
    return RedirectResponse("/events", status_code=302)


def path_arg(request: Request, name: str) -> str:
    """A path parameter."""
    return str(request.path_params[name])


router.add_api_route("/", home, methods=["GET"])
PAGES: list[tuple[str, str, View]] = [
    ("/events", "events.html", lambda r: views.events_view(store_of(r), pairs_of(r))),
    ("/events/{id}", "event.html", lambda r: views.event_view(store_of(r), path_arg(r, "id"))),
    (
        "/documents/{id}",
        "document.html",
        lambda r: views.document_view(store_of(r), path_arg(r, "id")),
    ),
    ("/map", "map.html", lambda r: overviews.map_view(store_of(r), pairs_of(r))),
    ("/timeline", "timeline.html", lambda r: overviews.timeline_view(store_of(r), pairs_of(r))),
    ("/places", "places.html", lambda r: overviews.places_view(store_of(r))),
    (
        "/places/{id}",
        "place.html",
        lambda r: overviews.place_view(store_of(r), path_arg(r, "id"), pairs_of(r)),
    ),
    ("/incidents", "incidents.html", lambda r: overviews.incidents_view(store_of(r), pairs_of(r))),
    (
        "/incidents/{id}",
        "incident.html",
        lambda r: overviews.incident_view(store_of(r), path_arg(r, "id")),
    ),
    ("/review", "review.html", lambda r: overviews.review_view(store_of(r))),
]
for _path, _template, _view in PAGES:
    twin(_path, _template, _view)


def safe_next(target: str | None) -> str:
    """A local path to go back to (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/events"
    return target


@router.get("/signin")
def signin_page(request: Request, next: str = "/events") -> Response:
    """The sign-in form."""
    context = base_context(request) | {"next": safe_next(next)}
    return request.app.state.templates.TemplateResponse(request, "signin.html", context)


@router.post("/signin")
def signin(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/events"),
) -> Response:
    """Check the password against the store's hash and start a session."""
    auth.check_csrf(request, csrf_token)
    user = store_of(request).verify_password(name, password)
    if user is None:
        flash(request, "Wrong name or password.", "error")
        return RedirectResponse(f"/signin?{urlencode({'next': safe_next(next)})}", status_code=303)
    auth.sign_in(request, user.name)
    flash(request, f"Signed in as {user.name}.")
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/signout")
def signout(request: Request, csrf_token: str = Form("")) -> Response:
    """End the session."""
    auth.check_csrf(request, csrf_token)
    auth.sign_out(request)
    return RedirectResponse("/events", status_code=303)
