"""Saved searches and alerts: once per new incident, by the CLI, an Atom feed and a webhook."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from site_support import ARTICLES, Site, running_receiver, running_site
from store_support import BACKENDS, fresh_url

from nkevents.alerts.notify import check_all
from nkevents.cli import main
from nkevents.pipeline import ingest
from nkevents.read import read_paths
from nkevents.store import alerts as saved
from nkevents.store import open_store
from nkevents.store.review import now
from nkevents.web.app import create_app

FAST = ["--delay", "0", "--backoff", "0.01", "--timeout", "2"]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site() -> Iterator[Site]:
    with running_site() as s:
        yield s


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def atom_entries(db: str, name: str) -> list[ET.Element]:
    store = open_store(db)
    with TestClient(create_app(store=store)) as client:
        answer = client.get(f"/alerts/{name}.atom")
    store.close()
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(answer.content).findall(f"{ATOM}entry")


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_alert_fires_once_for_a_new_matching_incident(
    site: Site, tmp_path: Path, backend: str
) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}" if backend == "sqlite" else fresh_url(backend)
    warc = str(tmp_path / "warc")
    with running_receiver(fail_first=1) as hook:  # the first POST fails: it is retried
        run("searches", "save", "ryanggang-arrests", "--type", "arrest", "--province",
            "Ryanggang", "--webhook", hook.url, "--db", db)  # fmt: skip
        run("searches", "save", "coal", "--commodity", "coal", "--db", db)
        out = run("fetch", f"{site.base}/feed.xml", "--db", db, "--warc-dir", warc, *FAST)
        assert "alerts: 2 new (1 coal, 1 ryanggang-arrests), 1 sent by webhook" in out
        assert len(hook.bodies) == 1 and hook.calls == 2
        body = hook.bodies[0]
        assert body["search"] == "ryanggang-arrests"
        assert [a["event"]["type"] for a in body["alerts"]] == ["arrest"]
        assert body["alerts"][0]["event"]["location"]["name"] == "Hyesan"
        assert body["alerts"][0]["event"]["document_url"] == f"{site.base}/news/1.html"

        listed = run("alerts", "ryanggang-arrests", "--db", db)
        assert listed.count("ryanggang-arrests") == 1 and "arrest 2026-03-04 in Hyesan" in listed
        entries = atom_entries(db, "ryanggang-arrests")
        assert len(entries) == 1
        assert entries[0].findtext(f"{ATOM}title") == "arrest 2026-03-04 in Hyesan (3 people)"

        # never twice: the same feed again, the same pages from their WARC file, a check by hand
        run("fetch", f"{site.base}/feed.xml", "--db", db, "--warc-dir", warc, *FAST)
        for archive in sorted(Path(warc).glob("*.warc.gz")):
            run("ingest", str(archive), "--db", db, "--no-progress")
        again = CliRunner().invoke(main, ["alerts", "--check", "--db", db])
        assert "alerts: 0 new" in again.output
        assert len(hook.bodies) == 1
        assert len(atom_entries(db, "ryanggang-arrests")) == 1
        jsonl = run("alerts", "--db", db, "--format", "jsonl")
        assert sorted(json.loads(line)["search"] for line in jsonl.splitlines()) == [
            "coal",
            "ryanggang-arrests",
        ]


def test_a_second_report_of_the_same_incident_does_not_alert_again(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    first = tmp_path / "one.jsonl"
    text = ARTICLES["/news/1.html"][2]
    first.write_text(json.dumps({"id": "a", "url": "https://one.example/a", "text": text,
                                 "published": "2026-03-10", "language": "en"}) + "\n")  # fmt: skip
    run("searches", "save", "arrests", "--type", "arrest", "--db", db)
    assert "1 new" in CliRunner().invoke(main, ["ingest", str(first), "--db", db]).output
    second = tmp_path / "two.jsonl"
    retold = text.replace("a source in the city said", "residents told another outlet")
    second.write_text(json.dumps({"id": "b", "url": "https://two.example/b", "text": retold,
                                  "published": "2026-03-11", "language": "en"}) + "\n")  # fmt: skip
    run("ingest", str(second), "--db", db)
    store = open_store(db)
    with store.engine.connect() as conn:
        fired = saved.list_alerts(conn, "arrests")
        both = [e for e in store.search_events(saved.get(conn, "arrests").filter()).items]
    store.close()
    assert len(both) == 2 and both[0].incident_id and both[0].incident_id == both[1].incident_id
    assert len(fired) == 1


def test_saving_a_search_alerts_only_what_comes_after(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": ARTICLES["/news/2.html"][2]}) + "\n")
    run("ingest", str(docs), "--db", db)
    run("searches", "save", "seizures", "--type", "seizure", "--db", db)
    run("searches", "save", "all-seizures", "--type", "seizure", "--alert-existing", "--db", db)
    check = CliRunner().invoke(main, ["alerts", "--check", "--db", db])
    assert "alerts: 1 new (1 all-seizures)" in check.output
    listed = run("searches", "list", "--db", db)
    assert "type=seizure" in listed
    run("searches", "delete", "all-seizures", "--db", db)
    assert "all-seizures" not in run("searches", "list", "--db", db)


def test_bad_saved_searches_are_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    bad = CliRunner().invoke(main, ["searches", "save", "x", "--type", "picnic", "--db", db])
    assert bad.exit_code == 1 and "picnic" in bad.output
    name = CliRunner().invoke(main, ["searches", "save", "no/slash", "--db", db])
    assert name.exit_code == 1 and "name" in name.output
    unknown = CliRunner().invoke(main, ["alerts", "nothing", "--db", db])
    assert unknown.exit_code == 1 and "no saved search 'nothing'" in unknown.output


def test_a_webhook_that_keeps_failing_is_retried_at_the_next_check(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    store = open_store(db)
    with running_receiver(fail_first=10) as hook:
        with store.engine.begin() as conn:
            saved.save(conn, "arrests", "type=arrest", hook.url, "kim", now())
        docs = tmp_path / "d.jsonl"
        docs.write_text(json.dumps({"id": "a", "text": ARTICLES["/news/1.html"][2]}) + "\n")
        ingest(store, read_paths([str(docs)]))
        result = check_all(store, retries=2, backoff=0.01)
        assert result.failures == ["arrests: HTTP 500"] and hook.calls == 3
        hook.fail_first = 0
        later = check_all(store, retries=2, backoff=0.01)
        assert later.delivered == 1 and len(hook.bodies) == 1
        assert check_all(store, retries=2, backoff=0.01).delivered == 0
    with store.engine.connect() as conn:
        (alert,) = saved.list_alerts(conn, "arrests")
    store.close()
    assert alert.delivered_at and alert.attempts == 2


def test_the_web_app_saves_the_current_view_for_a_signed_in_user(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    store = open_store(db)
    store.add_user("alice", "correct horse battery")
    with TestClient(create_app(store=store)) as client:
        token = client.get("/api/v1/session").json()["csrf_token"]
        form = {"name": "hyesan", "query": "admin1=Ryanggang&sort=date&offset=50",
                "csrf_token": token}  # fmt: skip
        assert client.post("/searches", data=form, follow_redirects=False).status_code == 401
        client.post("/signin", data={"name": "alice", "password": "correct horse battery",
                                     "csrf_token": token})  # fmt: skip
        token = client.get("/api/v1/session").json()["csrf_token"]
        page = client.get("/events?admin1=Ryanggang")
        assert 'action="/searches"' in page.text
        answer = client.post("/searches", data=form | {"csrf_token": token}, follow_redirects=False)
        assert (
            answer.status_code == 303 and answer.headers["location"] == "/events?admin1=Ryanggang"
        )
        feed = client.get("/alerts/hyesan.atom")
        assert (
            feed.status_code == 200 and b"New incidents matching admin1=Ryanggang" in feed.content
        )
        assert client.get("/alerts/nothing.atom").status_code == 404
        again = client.post("/searches", data=form | {"csrf_token": token}, follow_redirects=False)
        assert again.status_code == 409  # a name is never taken over from the page
    with store.engine.connect() as conn:
        assert saved.get(conn, "hyesan").created_by == "alice"
    store.close()


def test_the_saved_searches_page_lists_each_search_with_its_alerts_and_feed(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    with TestClient(create_app(store=open_store(db))) as client:
        empty = client.get("/searches")
        assert empty.status_code == 200 and "No saved searches yet" in empty.text
    run("searches", "save", "arrests", "--type", "arrest", "--db", db)
    run("searches", "save", "gold", "--commodity", "gold", "--db", db)
    report = {
        "id": "made-up-1",
        "published": "2026-03-06",
        "language": "en",
        "text": "Police in Hyesan arrested three women on March 4 for smuggling mobile phones.",
    }
    (tmp_path / "in.jsonl").write_text(json.dumps(report) + "\n", encoding="utf-8")
    run("ingest", str(tmp_path / "in.jsonl"), "--db", db, "--no-progress")
    with TestClient(create_app(store=open_store(db))) as client:
        page = client.get("/searches")
        assert 'href="/searches">Saved searches</a>' in page.text  # in the navigation
        listed = client.get("/searches.json").json()["searches"]
    by_name = {s["name"]: s for s in listed}
    assert list(by_name) == ["arrests", "gold"]
    assert by_name["arrests"]["alerts"] == 1 and by_name["arrests"]["latest"]
    assert by_name["gold"]["alerts"] == 0 and by_name["gold"]["latest"] is None
    assert by_name["arrests"]["filters"] == [{"field": "type", "value": "arrest"}]
    assert by_name["arrests"]["feed"] == "/alerts/arrests.atom"
    assert '<a href="/events?type=arrest">arrests</a>' in page.text
    assert '<a href="/alerts/gold.atom">Atom</a>' in page.text
