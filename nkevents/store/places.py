"""Places with event counts: provinces and the places inside them."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from nkevents.store.records import PlaceCount
from nkevents.store.schema import events


def places(conn: Connection, parent: str | None) -> list[PlaceCount]:
    """Provinces (admin1) with their places as children, or only the places inside parent."""
    c = events.c
    query = select(
        c.admin1, c.place, func.max(c.place_kind), func.avg(c.lat), func.avg(c.lon), func.count()
    )
    query = query.where(c.status != "rejected", c.place.is_not(None))
    if parent:
        query = query.where(func.lower(c.admin1) == parent.strip().lower())
    rows = conn.execute(query.group_by(c.admin1, c.place).order_by(c.admin1, c.place)).all()
    children = [PlaceCount(r[1], r[0], r[2], r[3], r[4], int(r[5])) for r in rows]
    if parent:
        return [p for p in children if (p.name or "").lower() != parent.strip().lower()]
    tops: dict[str | None, PlaceCount] = {}
    for child in children:
        top = tops.setdefault(
            child.admin1,
            PlaceCount(child.admin1 or "(no province)", child.admin1, "province", None, None, 0),
        )
        top.count += child.count
        if child.name != child.admin1:
            top.children.append(child)
        else:
            top.lat, top.lon = child.lat, child.lon
    return sorted(tops.values(), key=lambda p: -p.count)
