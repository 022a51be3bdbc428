"""Fixtures shared by the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder; tests that need it skip cleanly without it."""
    if not (SHARED / "EVENTS.md").is_file():
        pytest.skip("../shared is absent: the dev corpus, scorer and seed data are not here")
    return SHARED
