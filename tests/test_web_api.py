"""The web app through HTTP: pages, their JSON twins, the REST API, errors, sign-in and review."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from store_support import BACKENDS, fresh_url
from web_data import HOSTILE, filled_store

from nkevents.web import assets
from nkevents.web.app import create_app

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module", params=BACKENDS)
def client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """A read-only client over the test reports, on SQLite and PostgreSQL (nothing here writes)."""
    url = fresh_url(request.param)
    if request.param == "sqlite":  # a file, as served: the app reads from several threads
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'read.db'}"
    store = filled_store(url)
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a store of its own, for tests that write."""
    store = filled_store(f"sqlite:///{tmp_path / 'write.db'}")
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def event_id(client: TestClient, **params: str) -> str:
    """The id of the first event matching the filters."""
    items = client.get("/api/v1/events", params=params).json()["items"]
    assert items, params
    return str(items[0]["id"])


def csrf(client: TestClient) -> str:
    """The session's CSRF token."""
    return str(client.get("/api/v1/session").json()["csrf_token"])


def sign_in(client: TestClient, password: str = PASSWORD) -> None:
    """Sign in as the test reviewer through the form."""
    client.post("/signin", data={"name": "alice", "password": password, "csrf_token": csrf(client)})


# -- pages and their JSON twins -------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/events", "/map", "/timeline", "/places", "/places/Hyesan", "/incidents", "/review",
     "/events?type=trial&admin1=Ryanggang", "/signin"],
)  # fmt: skip
def test_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "path, key",
    [("/events.json", "events"), ("/map.json", "places"), ("/timeline.json", "series"),
     ("/places.json", "places"), ("/places/Hyesan.json", "events"),
     ("/incidents.json", "incidents"),
     ("/review.json", "suggestions")],
)  # fmt: skip
def test_json_twins(client: TestClient, path: str, key: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert key in response.json()


def test_event_and_document_pages_have_twins(client: TestClient) -> None:
    eid = event_id(client, type="trial", q="Residents")
    twin = client.get(f"/events/{eid}.json").json()
    assert twin["event"]["id"] == eid
    assert {f["name"] for f in twin["fields"]} >= {"date", "place", "people", "penalty"}
    doc = twin["document"]["id"]
    assert client.get(f"/events/{eid}").status_code == 200
    assert client.get(f"/documents/{doc}").status_code == 200
    assert eid in [e["id"] for e in client.get(f"/documents/{doc}.json").json()["events"]]


# -- filters, facets, sorting, paging -------------------------------------------------------


@pytest.mark.parametrize(
    "params, expected",
    [({}, 5), ({"type": "trial"}, 2), ({"type": ["trial", "execution"]}, 3),
     ({"admin1": "Ryanggang"}, 2), ({"q": "copper"}, 2), ({"q": "copper", "type": "sanction"}, 0),
     ({"date_from": "2020"}, 2), ({"date_from": "2019", "date_to": "2019"}, 2),
     ({"commodity": "phones"}, 1), ({"charge": "foreign_media"}, 1), ({"penalty_kind": "death"}, 1),
     ({"place": "Hyesan"}, 2), ({"type": "trial", "q": "Residents"}, 1)],
)  # fmt: skip
def test_filters_combine(client: TestClient, params: dict[str, Any], expected: int) -> None:
    assert client.get("/api/v1/events", params=params).json()["total"] == expected
    assert client.get("/events.json", params=params).json()["total"] == expected


def test_facets_count_the_filtered_events(client: TestClient) -> None:
    facets = {
        f["name"]: f for f in client.get("/events.json", params={"q": "copper"}).json()["facets"]
    }
    types = {v["value"]: v["count"] for v in facets["type"]["values"]}
    assert types == {"trial": 2}
    year = facets["year"]["values"][0]
    assert year["value"] == "2019" and "date_from=2019" in year["query"]


def test_facet_link_toggles_and_keeps_other_filters(client: TestClient) -> None:
    data = client.get("/events.json", params={"q": "copper", "type": "trial"}).json()
    trial = next(v for f in data["facets"] if f["name"] == "type" for v in f["values"])
    assert trial["on"] and "type=trial" not in trial["query"] and "q=copper" in trial["query"]


def test_sort_and_pages(client: TestClient) -> None:
    first = client.get("/api/v1/events", params={"sort": "date", "limit": 2}).json()
    assert [i["type"] for i in first["items"]][0] == "sanction"
    assert first["total"] == 5 and len(first["items"]) == 2
    page = client.get("/events.json", params={"sort": "date", "limit": 2}).json()
    assert page["pages"]["next"] and "offset=2" in page["pages"]["next"]
    second = client.get("/api/v1/events", params={"sort": "date", "limit": 2, "offset": 2}).json()
    assert {i["id"] for i in second["items"]}.isdisjoint(i["id"] for i in first["items"])


def test_search_endpoint_returns_events_and_facets(client: TestClient) -> None:
    data = client.get("/api/v1/search", params={"type": "trial"}).json()
    assert data["total"] == 2 and data["facets"]


# -- map, timeline, places, incidents ---------------------------------------------------------


def test_map_groups_events_by_place(client: TestClient) -> None:
    geo = client.get("/api/v1/map").json()
    assert geo["type"] == "FeatureCollection"
    hyesan = next(f for f in geo["features"] if f["properties"]["place"] == "Hyesan")
    assert hyesan["properties"]["count"] == 2 and hyesan["properties"]["types"] == {"trial": 2}
    assert hyesan["geometry"]["coordinates"] == pytest.approx([128.1775, 41.4017])
    only = client.get("/api/v1/map", params={"type": "execution"}).json()["features"]
    assert [f["properties"]["place"] for f in only] == ["Sinuiju"]


def test_events_geojson_has_one_point_per_located_event(client: TestClient) -> None:
    geo = client.get("/api/v1/events.geojson").json()
    assert len(geo["features"]) == 4  # the sanction has no place


def test_timeline_counts_per_month_and_type(client: TestClient) -> None:
    rows = client.get("/api/v1/timeline").json()
    assert {"period": "2019-03", "type": "trial", "count": 2} in rows


def test_places_and_sub_places(client: TestClient) -> None:
    places = client.get("/api/v1/places").json()["places"]
    ryanggang = next(p for p in places if p["name"] == "Ryanggang")
    assert ryanggang["count"] == 2
    assert client.get("/api/v1/places/Ryanggang").json()["total"] == 2


def test_incident_links_the_two_reports_of_the_trial(client: TestClient) -> None:
    eid = event_id(client, type="trial", q="Residents")
    page = client.get(f"/events/{eid}.json").json()
    assert len(page["same_incident"]) + len(page["suggestions"]) >= 1


def test_document_api_carries_text(client: TestClient) -> None:
    eid = event_id(client, type="sanction")
    doc = client.get(f"/api/v1/events/{eid}").json()["document_id"]
    assert "resolution 2371" in client.get(f"/api/v1/documents/{doc}").json()["text"]


# -- evidence and escaping ----------------------------------------------------------------------


def test_event_page_highlights_field_evidence(client: TestClient) -> None:
    html = client.get(f"/events/{event_id(client, type='trial', q='Residents')}").text
    assert re.search(r'<mark class="fld[^"]*"[^>]*data-fields="people">three women</mark>', html)
    assert '<mark class="ev">' in html


def test_report_text_is_escaped(client: TestClient) -> None:
    eid = event_id(client, type="arrest")
    for path in (f"/events/{eid}", "/events?type=arrest"):
        html = client.get(path).text
        assert HOSTILE not in html and "<script>window.__xss" not in html
    doc_html = client.get(
        f"/documents/{client.get(f'/api/v1/events/{eid}').json()['document_id']}"
    ).text
    assert "&lt;script&gt;window.__xss=2&lt;/script&gt;" in doc_html
    assert 'href="javascript:' not in doc_html


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, status, words",
    [("/api/v1/events?limit=abc", 400, "limit"), ("/api/v1/events?limit=0", 400, "limit"),
     ("/api/v1/events?type=bogus", 400, "bogus"), ("/api/v1/events?colour=red", 400, "colour"),
     ("/api/v1/events?date_from=2019-13", 400, "month"),
     ("/api/v1/events?people_min=-1", 400, "people_min"),
     ("/api/v1/events?date_from=2020&date_to=2019", 400, "after"),
     ("/api/v1/events?sort=colour", 400, "sort"), ("/events.json?offset=x", 400, "offset"),
     ("/api/v1/events/nope", 404, "nope"), ("/api/v1/documents/nope", 404, "nope"),
     ("/api/v1/incidents/nope", 404, "nope"), ("/events/nope.json", 404, "nope"),
     ("/api/v1/nothing", 404, "Not Found"),
     ("/api/v1/timeline?date_mode=sideways", 400, "date_mode")],
)  # fmt: skip
def test_bad_requests_get_json_errors(
    client: TestClient, path: str, status: int, words: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert words.lower() in response.json()["error"]["message"].lower()


def test_html_errors_are_pages(client: TestClient) -> None:
    response = client.get("/events/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "<h1>404" in response.text
    assert client.get("/events?type=bogus").status_code == 400


def test_wrong_method_is_405(client: TestClient) -> None:
    response = client.delete("/api/v1/events")
    assert response.status_code == 405 and response.json()["error"]["status"] == 405


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    expected = ["/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/map", "/api/v1/search",
                "/api/v1/incidents", "/api/v1/documents/{document_id}"]  # fmt: skip
    assert set(expected) <= set(paths)
    assert any(p["name"] == "type" for p in paths["/api/v1/events"]["get"]["parameters"])


# -- assets -------------------------------------------------------------------------------------


def test_pages_load_no_outside_scripts(client: TestClient) -> None:
    for path in ("/map", "/timeline", "/events"):
        html = client.get(path).text
        sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
        assert all(s.startswith("/static/") for s in sources), sources


def test_app_runs_without_vendor_assets(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(assets, "VENDOR", tmp_path)
    app = create_app(store=client.app.state.store)  # type: ignore[attr-defined]
    with TestClient(app) as bare:
        assert 'id="map-disabled"' in bare.get("/map").text
        assert 'id="chart-disabled"' in bare.get("/timeline").text
        assert bare.get("/api/v1/map").status_code == 200


# -- sign-in and review -------------------------------------------------------------------------


def test_signed_out_user_cannot_write(fresh: TestClient) -> None:
    eid = event_id(fresh, type="execution")
    form = {"action": "correct", "field": "people", "value": "4", "csrf_token": csrf(fresh)}
    assert fresh.post(f"/events/{eid}/review", data=form).status_code == 401
    api = fresh.post(f"/api/v1/events/{eid}/review", json={"action": "confirm"})
    assert api.status_code == 401 and "sign in" in api.json()["error"]["message"]
    assert fresh.get(f"/api/v1/events/{eid}").json()["people"] == 2


def test_wrong_password_does_not_sign_in(fresh: TestClient) -> None:
    sign_in(fresh, "wrong")
    assert fresh.get("/api/v1/session").json()["user"] is None


def test_forms_need_the_csrf_token(fresh: TestClient) -> None:
    sign_in(fresh)
    eid = event_id(fresh, type="execution")
    form = {"action": "correct", "field": "people", "value": "4", "csrf_token": "forged"}
    assert fresh.post(f"/events/{eid}/review", data=form).status_code == 403
    assert fresh.post(f"/api/v1/events/{eid}/review", json={"action": "confirm"}).status_code == 403


def test_correct_a_field_then_undo(fresh: TestClient) -> None:
    sign_in(fresh)
    eid = event_id(fresh, type="execution")
    form = {"action": "correct", "field": "people", "value": "4", "csrf_token": csrf(fresh)}
    assert fresh.post(f"/events/{eid}/review", data=form).status_code == 200  # after the redirect
    page = fresh.get(f"/events/{eid}.json").json()
    assert page["event"]["people"] == 4
    change = page["history"][-1]
    assert (change["field"], change["user"]) == ("people", "alice")
    undo = fresh.post(f"/changes/{change['id']}/undo", data={"csrf_token": csrf(fresh)})
    assert undo.status_code == 200
    assert fresh.get(f"/api/v1/events/{eid}").json()["people"] == 2
    again = fresh.post(
        f"/api/v1/changes/{change['id']}/undo", headers={"x-csrf-token": csrf(fresh)}
    )
    assert again.status_code == 409
    log = fresh.get("/review.json").json()["changes"]  # the review page's audit log
    assert [(c["action"], c["field"]) for c in log[:2]] == [("undo", None), ("set", "people")]
    assert log[1]["undone_by"] == log[0]["id"]
    assert "people" in fresh.get("/review").text


@pytest.mark.parametrize(
    "body, status",
    [({"action": "correct", "field": "people", "value": "many"}, 400),
     ({"action": "correct", "field": "colour", "value": "red"}, 400),
     ({"action": "explode"}, 400), ({"action": "reject_field", "field": "charges"}, 200),
     ({"action": "confirm_field", "field": "date"}, 200), ({"action": "confirm"}, 200)],
)  # fmt: skip
def test_api_review_actions(fresh: TestClient, body: dict[str, str], status: int) -> None:
    sign_in(fresh)
    eid = event_id(fresh, type="execution")
    response = fresh.post(
        f"/api/v1/events/{eid}/review", json=body, headers={"x-csrf-token": csrf(fresh)}
    )
    assert response.status_code == status, response.text


def test_reject_event_hides_it_until_undone(fresh: TestClient) -> None:
    sign_in(fresh)
    eid = event_id(fresh, type="execution")
    headers = {"x-csrf-token": csrf(fresh)}
    fresh.post(f"/api/v1/events/{eid}/review", json={"action": "reject"}, headers=headers)
    assert fresh.get("/api/v1/events", params={"type": "execution"}).json()["total"] == 0
    change = fresh.get(f"/api/v1/events/{eid}/history").json()[-1]
    fresh.post(f"/api/v1/changes/{change['id']}/undo", headers=headers)
    assert fresh.get("/api/v1/events", params={"type": "execution"}).json()["total"] == 1


def test_decide_a_link_and_undo_it(fresh: TestClient) -> None:
    sign_in(fresh)
    a = event_id(fresh, type="trial", q="Residents")
    b = event_id(fresh, type="trial", q="혜산시")
    headers = {"x-csrf-token": csrf(fresh)}
    decided = fresh.post(
        "/api/v1/links", json={"event_a": a, "event_b": b, "same": False}, headers=headers
    )
    assert decided.status_code == 200
    decision = decided.json()
    assert decision["same"] is False
    assert fresh.get("/review.json").json()["decisions"][0]["id"] == decision["id"]
    undone = fresh.post(f"/decisions/{decision['id']}/undo", data={"csrf_token": csrf(fresh)})
    assert undone.status_code == 200
    assert fresh.get("/review.json").json()["decisions"][0]["undone_at"]


# -- exports ------------------------------------------------------------------------------------


def test_exports_follow_the_current_view(client: TestClient) -> None:
    csv_text = client.get("/events.csv", params={"type": "trial", "limit": 1}).text
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("event_id_cnty,") and len(lines) == 3  # header + both trials
    geo = client.get("/events.geojson", params={"admin1": "Ryanggang"}).json()
    assert len(geo["features"]) == 2
    rows = client.get("/events.jsonl", params={"q": "resolution"}).text.strip().splitlines()
    assert len(rows) == 1 and '"instrument": "UNSCR 2371"' in rows[0]
    assert client.get("/events.csv", params={"type": "bogus"}).status_code == 400


# -- the commands -------------------------------------------------------------------------------


def test_users_add_then_sign_in(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from nkevents.cli import main
    from nkevents.store import open_store

    db = f"sqlite:///{tmp_path / 'users.db'}"
    result = CliRunner().invoke(main, ["users", "add", "bob", "--password", "s3cret", "--db", db])
    assert result.exit_code == 0, result.output
    store = open_store(db)
    assert store.verify_password("bob", "s3cret") is not None
    assert store.verify_password("bob", "wrong") is None
    store.close()
    prompted = CliRunner().invoke(main, ["users", "add", "carol", "--db", db], input="pw\npw\n")
    assert prompted.exit_code == 0 and "carol" in prompted.output


def test_serve_prints_its_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from click.testing import CliRunner

    from nkevents.cli import main

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(main, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert CliRunner().invoke(main, ["serve", "--port", "0"]).exit_code == 2


def test_api_docs_are_served_locally(client: TestClient) -> None:
    html = client.get("/api/v1/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "cdn" not in html.lower()


def test_pages_forbid_outside_and_inline_scripts(client: TestClient) -> None:
    policy = client.get("/events").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_a_bug_is_a_json_500(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]
    monkeypatch.setattr(store, "timeline", lambda flt: 1 / 0)
    with TestClient(client.app, raise_server_exceptions=False) as c:
        response = c.get("/api/v1/timeline")
    assert response.status_code == 500
    assert response.json()["error"]["message"].startswith("internal error")


def test_happenings_count_each_incident_once(client: TestClient) -> None:
    # The Hyesan trial is told by an English and a Korean report: two events, one happening.
    assert client.get("/events.json", params={"type": "trial"}).json()["total"] == 2
    per = client.get("/events.json", params={"type": "trial", "per": "incident"}).json()
    assert per["total"] == 1 and per["per"] == "incident" and "per=" not in per["per_toggle"]
    (row,) = per["events"]
    assert row["sources"] == 2 and row["disagree"] == ["penalty"] and row["people"] == 3
    types = next(f for f in per["facets"] if f["name"] == "type")["values"]
    assert {v["value"]: v["count"] for v in types} == {"trial": 1}
    everything = client.get("/events.json", params={"per": "incident"}).json()["total"]
    assert everything == client.get("/events.json").json()["total"] - 1
    timeline = client.get("/timeline.json", params={"type": "trial", "per": "incident"}).json()
    assert [p["count"] for p in timeline["series"]] == [1]
    places = client.get("/map.json", params={"type": "trial", "per": "incident"}).json()
    assert [f["properties"]["count"] for f in places["places"]["features"]] == [1]
    page = client.get("/events", params={"type": "trial", "per": "incident"}).text
    assert "1</span> happenings" in page and 'class="badge disagree"' in page


def test_incident_page_sets_the_reports_side_by_side(client: TestClient) -> None:
    (inc,) = client.get("/incidents.json").json()["incidents"]
    data = client.get(f"/incidents/{inc['id']}.json").json()
    assert data["disagree"] == ["penalty"] and data["people"] == 3
    side = data["side"]
    assert sorted(r["language"] for r in side["reports"]) == ["en", "ko"]
    rows = {r["field"]: r for r in side["rows"]}
    assert rows["penalty"]["differ"] and all(v["differ"] for v in rows["penalty"]["values"])
    assert not rows["date"]["differ"] and not rows["place"]["differ"]
    assert any("혜산시" in r["quote"] for r in side["reports"])
    html = client.get(f"/incidents/{inc['id']}").text
    assert 'id="side-by-side"' in html and 'lang="ko"' in html and "disagree on: penalty" in html


def test_exports_carry_the_incident_and_its_sources(client: TestClient) -> None:
    text = client.get("/events.csv", params={"type": "trial"}).text
    assert "told by 2 independent sources (incident inc-" in text
