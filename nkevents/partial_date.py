"""Partial dates: an ISO 8601 prefix that keeps its precision (`2018`, `2018-11`, `2018-11-12`)."""

from __future__ import annotations

import calendar
import re

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")

PRECISIONS = ("year", "month", "day")


def normalise_date(value: str) -> str | None:
    """An ISO 8601 date or timestamp cut to its date part (`2018-11-21T10:00Z` -> `2018-11-21`)."""
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return None
    if day and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return None
    parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
    return "-".join(parts)


def precision(value: str) -> str:
    """`year`, `month` or `day`: how much of the date the text gave."""
    return PRECISIONS[value.count("-")]


def bounds(value: str) -> tuple[str, str]:
    """The first and last day a partial date may stand for (`2018-11` -> 2018-11-01, 2018-11-30)."""
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month_lo, month_hi = (parts[1], parts[1]) if len(parts) > 1 else (1, 12)
    day_lo = parts[2] if len(parts) > 2 else 1
    day_hi = parts[2] if len(parts) > 2 else calendar.monthrange(year, month_hi)[1]
    return f"{year:04d}-{month_lo:02d}-{day_lo:02d}", f"{year:04d}-{month_hi:02d}-{day_hi:02d}"
