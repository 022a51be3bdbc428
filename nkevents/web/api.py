"""The REST API under /api/v1 (OpenAPI at /api/v1/openapi.json): the same views as the pages."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field
from starlette.requests import Request

from nkevents.store import EventFilter
from nkevents.web import auth, overviews, views
from nkevents.web.pages import pairs_of, store_of
from nkevents.web.review import act

router = APIRouter(prefix="/api/v1", tags=["nkevents"])
Json = dict[str, Any]


def event_filter(
    request: Request,
    q: Annotated[str | None, Query(description="words that must all occur in the report")] = None,
    type: Annotated[list[str], Query(description="event types (repeat for any of them)")] = [],  # noqa: B006
    date_from: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_mode: Annotated[Literal["overlap", "within"] | None, Query()] = None,
    admin1: Annotated[str | None, Query(description="province")] = None,
    place: Annotated[str | None, Query(description="a place and its sub-places")] = None,
    commodity: str | None = None,
    charge: str | None = None,
    penalty_kind: str | None = None,
    people_min: int | None = None,
    people_max: int | None = None,
    sources_min: Annotated[
        int | None, Query(description="independent sources of the incident")
    ] = None,
    incident: str | None = None,
    document: str | None = None,
    language: str | None = None,
    status: Annotated[
        str | None, Query(description="machine, confirmed, rejected, reviewed, all")
    ] = None,
    sort: Annotated[
        str | None, Query(description="-date, date, people, -people, sources, -sources, id")
    ] = None,
    limit: Annotated[int | None, Query(description="1 to 1000, default 50")] = None,
    offset: int | None = None,
) -> EventFilter:
    """The filters of the query string (declared for OpenAPI, parsed by the store)."""
    return views.parse(pairs_of(request))


Filters = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", summary="Events matching the filters, one page")
def list_events(request: Request, flt: Filters) -> Json:
    page = store_of(request).search_events(flt)
    items = [views.record(r) for r in page.items]
    return {"total": page.total, "limit": page.limit, "offset": page.offset, "items": items}


@router.get("/search", summary="Events matching the filters, with facet counts (the events page)")
def search(request: Request, flt: Filters) -> Json:
    return jsonable_encoder(views.events_view(store_of(request), pairs_of(request)))


@router.get("/facets", summary="Counts per facet value for the filters")
def facets(request: Request, flt: Filters) -> Json:
    return store_of(request).facets(flt)


@router.get("/timeline", summary="Events per month and type for the filters")
def timeline(request: Request, flt: Filters) -> list[Json]:
    return store_of(request).timeline(flt)


@router.get("/map", summary="GeoJSON: one point per place, with event counts per type")
def map_places(request: Request, flt: Filters) -> Json:
    return overviews.map_data(store_of(request), pairs_of(request))


@router.get("/events.geojson", summary="GeoJSON: one point per located event")
def events_geojson(request: Request, flt: Filters) -> Json:
    return store_of(request).map_points(flt)


@router.get("/events/{event_id}", summary="One event with its evidence and provenance")
def get_event(request: Request, event_id: str) -> Json:
    return views.record(store_of(request).get_event(event_id))


@router.get("/events/{event_id}/history", summary="The review history of an event")
def history(request: Request, event_id: str) -> list[Json]:
    store = store_of(request)
    store.get_event(event_id)
    return jsonable_encoder(store.history(event_id))


@router.get("/documents/{document_id}", summary="One report: text, metadata, event ids")
def get_document(request: Request, document_id: str) -> Json:
    return jsonable_encoder(store_of(request).get_document(document_id))


@router.get("/incidents", summary="Incidents (events linked across reports)")
def list_incidents(request: Request, flt: Filters) -> Json:
    return jsonable_encoder(overviews.incidents_view(store_of(request), pairs_of(request)))


@router.get("/incidents/{incident_id}", summary="One incident with its events and links")
def get_incident(request: Request, incident_id: str) -> Json:
    return jsonable_encoder(overviews.incident_view(store_of(request), incident_id))


@router.get("/places", summary="Provinces with event counts and their sub-places")
def list_places(request: Request) -> Json:
    return jsonable_encoder(overviews.places_view(store_of(request)))


@router.get("/places/{name}", summary="A place: its sub-places and its events")
def get_place(request: Request, name: str) -> Json:
    return jsonable_encoder(overviews.place_view(store_of(request), name, pairs_of(request)))


@router.get("/suggestions", summary="Machine suggestions that two events are one incident")
def suggestions(
    request: Request, event_id: str | None = None, undecided: bool = True
) -> list[Json]:
    return jsonable_encoder(store_of(request).suggestions(event_id, undecided=undecided))


@router.get("/session", summary="Who is signed in, and the CSRF token writes must send")
def session(request: Request) -> Json:
    return {"user": auth.current_user(request), "csrf_token": auth.csrf_token(request)}


class Review(BaseModel):
    """A review action on an event (fields use the store's set_field syntax)."""

    action: Literal["confirm", "reject", "confirm_field", "correct", "reject_field"]
    field: str = ""
    value: str = ""


class LinkDecision(BaseModel):
    """A person's decision on a suggested incident link."""

    event_a: str
    event_b: str
    same: bool = Field(description="true: the same incident; false: different incidents")


def writer(request: Request) -> str:
    """Writes need a signed-in session and its CSRF token in the X-CSRF-Token header."""
    user = auth.require_user(request)
    auth.check_csrf(request, None)
    return user


Writer = Annotated[str, Depends(writer)]


@router.post("/events/{event_id}/review", summary="Confirm, correct or reject an event or field")
def review(request: Request, event_id: str, body: Review, user: Writer) -> Json:
    message = act(store_of(request), event_id, body.action, body.field, body.value, user)
    return {"message": message, "event": views.record(store_of(request).get_event(event_id))}


@router.post("/changes/{change_id}/undo", summary="Undo one recorded change")
def undo_change(request: Request, change_id: int, user: Writer) -> Json:
    return jsonable_encoder(store_of(request).undo_change(change_id, user))


@router.post("/links", summary="Accept or reject an incident link")
def decide_link(request: Request, body: LinkDecision, user: Writer) -> Json:
    decision = store_of(request).decide_link(body.event_a, body.event_b, body.same, user)
    return jsonable_encoder(decision)


@router.post("/decisions/{decision_id}/undo", summary="Undo a link decision")
def undo_decision(request: Request, decision_id: int, user: Writer) -> Json:
    return jsonable_encoder(store_of(request).undo_decision(decision_id, user))
