"""After an ingest: check every saved search, record its new alerts, deliver them by webhook."""

from __future__ import annotations

from dataclasses import dataclass, field

from nkevents.alerts.webhook import post_json
from nkevents.store import Store
from nkevents.store import alerts as saved
from nkevents.store.review import now


@dataclass(slots=True)
class Notified:
    """What one check did: alerts fired per search, webhook deliveries and failures."""

    fired: dict[str, int] = field(default_factory=dict)
    delivered: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the CLI."""
        total = sum(self.fired.values())
        per = ", ".join(f"{n} {name}" for name, n in self.fired.items() if n)
        text = f"alerts: {total} new" + (f" ({per})" if per else "")
        if self.delivered:
            text += f", {self.delivered} sent by webhook"
        if self.failures:
            text += f", webhook failed: {'; '.join(self.failures)}"
        return text


def check_all(
    store: Store, name: str | None = None, retries: int = 3, backoff: float = 2.0
) -> Notified:
    """Check every saved search (or one) for new incidents; deliver undelivered alerts."""
    result = Notified()
    with store.engine.begin() as conn:
        searches = [saved.get(conn, name)] if name else saved.list_searches(conn)
        for search in searches:
            result.fired[search.name] = len(saved.check(conn, search, now()))
    for search in searches:
        if search.webhook:
            deliver(store, search, result, retries, backoff)
    return result


def deliver(
    store: Store, search: saved.SavedSearch, result: Notified, retries: int, backoff: float
) -> None:
    """POST a search's undelivered alerts in one JSON body; mark them delivered or failed."""
    assert search.webhook
    with store.engine.connect() as conn:
        pending = saved.undelivered(conn, search.name)
    if not pending:
        return
    payload = {
        "search": search.name,
        "query": search.query,
        "alerts": [
            {"id": a.id, "seen_at": a.seen_at, "incident_id": a.incident_id, "event": a.summary}
            for a in pending
        ],
    }
    error = post_json(search.webhook, payload, retries=retries, backoff=backoff)
    with store.engine.begin() as conn:
        saved.mark(conn, [a.id for a in pending], None if error else now(), error)
    if error:
        result.failures.append(f"{search.name}: {error}")
    else:
        result.delivered += len(pending)
