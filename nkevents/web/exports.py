"""Exports of the current view: CSV, GeoJSON, JSON Lines (nkevents.export writes them)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from nkevents.export import get_writer
from nkevents.web.pages import pairs_of, store_of
from nkevents.web.views import parse

router = APIRouter(include_in_schema=False)
MEDIA = {"csv": "text/csv", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
CHUNK = 1 << 16


def chunks(spool: IO[str]) -> Iterator[str]:
    """The spooled export, piece by piece, closed at the end."""
    with spool:
        spool.seek(0)
        while piece := spool.read(CHUNK):
            yield piece


def export_view(request: Request, fmt: str) -> Response:
    """Every event of the current filters (paging ignored) in one format, as a download."""
    flt = parse(pairs_of(request), ignore=("limit", "offset"))
    write = get_writer(fmt)
    # Spooled to disk past 8 MB; closed by chunks() once sent.
    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8")  # noqa: SIM115
    write(store_of(request).iter_events(flt), spool)
    headers = {"content-disposition": f'attachment; filename="nkevents.{fmt}"'}
    media = f"{MEDIA[fmt]}; charset=utf-8"
    return StreamingResponse(chunks(spool), media_type=media, headers=headers)


def route(fmt: str) -> None:
    """Serve the export in `fmt` at /events.<fmt>."""

    def endpoint(request: Request) -> Response:
        return export_view(request, fmt)

    router.add_api_route(f"/events.{fmt}", endpoint, methods=["GET"])


for _fmt in MEDIA:
    route(_fmt)
