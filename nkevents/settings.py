"""Settings from the environment (prefix NKEVENTS_), with embedded defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///nkevents.db"
MAX_DOCUMENT_BYTES = 2_000_000  # a report of several megabytes is a dump, not a report


@dataclass(slots=True, frozen=True)
class Settings:
    """Values read once from the environment; pass them on, never mutate them."""

    db_url: str = DEFAULT_DB_URL
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    secret_key: str | None = None
    tile_url: str | None = None


def load(environ: dict[str, str] | None = None) -> Settings:
    """The settings in force, from NKEVENTS_* variables."""
    env = os.environ if environ is None else environ
    return Settings(
        db_url=env.get("NKEVENTS_DB_URL", DEFAULT_DB_URL),
        max_document_bytes=int(env.get("NKEVENTS_MAX_DOCUMENT_BYTES", MAX_DOCUMENT_BYTES)),
        secret_key=env.get("NKEVENTS_SECRET_KEY"),
        tile_url=env.get("NKEVENTS_TILE_URL"),
    )
