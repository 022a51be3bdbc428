"""Bad documents and files: recorded with their reason, once per origin and reason."""

from __future__ import annotations

from sqlalchemy import Connection, select

from nkevents.store.records import Problem
from nkevents.store.schema import problems


def record_problem(conn: Connection, origin: str, reason: str, stamp: str) -> None:
    """Record (or count again) one problem."""
    key = (problems.c.origin == origin) & (problems.c.reason == reason)
    seen = conn.execute(select(problems.c.count).where(key)).scalar()
    if seen is None:
        conn.execute(
            problems.insert().values(
                origin=origin, reason=reason, first_seen=stamp, last_seen=stamp, count=1
            )
        )
    else:
        conn.execute(problems.update().where(key).values(last_seen=stamp, count=seen + 1))


def list_problems(conn: Connection) -> list[Problem]:
    """Every recorded problem, most recent first."""
    query = select(problems).order_by(problems.c.last_seen.desc(), problems.c.origin)
    return [Problem(**r) for r in conn.execute(query).mappings()]
