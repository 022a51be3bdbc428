"""The ASGI app: the store, sessions, static files, the routes and the one error handler."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response

from nkevents import __version__, settings
from nkevents.errors import NkeventsError
from nkevents.store import open_store
from nkevents.web import alerts, api, exports, pages, review
from nkevents.web.assets import STATIC, check_assets
from nkevents.web.errors import HTTPError, from_library

LOG = logging.getLogger("nkevents.web")
TEMPLATES = Path(__file__).parent / "templates"
TITLES = {400: "Bad request", 401: "Sign in needed", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 503: "Database unavailable"}  # fmt: skip


def wants_json(request: Request) -> bool:
    """Whether an error should be answered in JSON (API, .json twins, JSON clients)."""
    path = request.url.path
    accept = request.headers.get("accept", "")
    return (
        path.startswith("/api/")
        or path.endswith((".json", ".geojson", ".jsonl", ".csv"))
        or ("application/json" in accept and "text/html" not in accept)
    )


def render_error(request: Request, status: int, message: str) -> Response:
    """The one rendering of every error: JSON for machines, a page for people."""
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    context = pages.base_context(request) | {
        "status": status,
        "title": TITLES.get(status, "Error"),
        "message": message,
    }
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


async def on_http_error(request: Request, err: Exception) -> Response:
    """Answer any error: ours, the library's, FastAPI's validation and routing errors."""
    if isinstance(err, NkeventsError):
        err = from_library(err)
    if isinstance(err, HTTPError):
        return render_error(request, err.status, err.message)
    if isinstance(err, RequestValidationError):
        return render_error(request, 400, validation_message(err))
    if isinstance(err, StarletteHTTPException):
        return render_error(request, err.status_code, str(err.detail))
    raise err


async def on_unexpected(request: Request, err: Exception) -> Response:
    """A bug: logged with its traceback, answered 500 without details (outside the session)."""
    LOG.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=err)
    message = "internal error: the server logged the details"
    if wants_json(request):
        return JSONResponse({"error": {"status": 500, "message": message}}, status_code=500)
    page = f"<!doctype html><title>Error 500</title><h1>500: Internal error</h1><p>{message}</p>"
    return HTMLResponse(page, status_code=500)


def validation_message(err: RequestValidationError) -> str:
    """One readable line per bad parameter."""
    parts = []
    for item in err.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "bad parameter: " + "; ".join(parts)


def change_value(value: Any) -> str:
    """A recorded old or new value for reading: `{"people": 2}` reads `2`."""
    if value is None:
        return ""
    if isinstance(value, dict):
        parts = [f"{k}: {v}" for k, v in value.items()]
        return str(next(iter(value.values()))) if len(value) == 1 else "; ".join(parts)
    return str(value)


def templates_env() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (reports are untrusted input)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["change_value"] = change_value
    return Jinja2Templates(env=env)


def api_docs() -> Response:
    """The interactive API docs (Swagger UI), served from static/vendor/ like every library."""
    return get_swagger_ui_html(
        openapi_url="/api/v1/openapi.json",
        title="nkevents API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )


def security_headers(tile_url: str | None) -> dict[str, str]:
    """Headers that keep untrusted report text inert: scripts only from the app itself."""
    tiles = ""
    if tile_url:
        parts = urlsplit(tile_url)
        tiles = f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    policy = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src 'self' data:{tiles}; connect-src 'self'; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'self'; object-src 'none'"
    )
    return {
        "content-security-policy": policy,
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
        "x-frame-options": "DENY",
    }


def create_app(db_url: str | None = None, *, store: Any = None) -> FastAPI:
    """The app over the store at `db_url` (or NKEVENTS_DB_URL, or the default)."""
    config = settings.load()
    app = FastAPI(
        title="nkevents",
        version=__version__,
        description="Sourced, geolocated enforcement and illicit-trade events in North Korea.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = config
    app.state.store = store if store is not None else open_store(db_url or config.db_url)
    app.state.templates = templates_env()
    app.state.assets = check_assets()
    secret = config.secret_key or secrets.token_hex(32)
    if config.secret_key is None:
        LOG.warning("NKEVENTS_SECRET_KEY is not set: sign-ins end when the server restarts")
    app.add_middleware(SessionMiddleware, secret_key=secret, same_site="lax", https_only=False)
    headers = security_headers(config.tile_url)

    @app.middleware("http")
    async def add_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        if request.url.path.startswith("/api/v1/docs"):
            return response  # the interactive docs page loads its own scripts
        response.headers.update(headers)
        return response

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    for kind in (HTTPError, NkeventsError, RequestValidationError, StarletteHTTPException):
        app.add_exception_handler(kind, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
    app.add_api_route("/api/v1/docs", api_docs, methods=["GET"], include_in_schema=False)
    app.include_router(api.router)
    app.include_router(review.router)
    app.include_router(exports.router)
    app.include_router(alerts.router)
    app.include_router(pages.router)
    return app
