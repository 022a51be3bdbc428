"""The web app in real headless Chromium: search, evidence, map, timeline, sign-in and review."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_data import filled_store

from nkevents.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
PASSWORD = "correct horse battery"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def free_port() -> int:
    """A TCP port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served by uvicorn on a free local port, over a store of the test reports."""
    import uvicorn

    store = filled_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}")
    port = free_port()
    config = uvicorn.Config(
        create_app(store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium from Debian, driven by Playwright (never its own download)."""
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page (no cookies) that fails the test on any script or console error."""
    context = browser.new_context(base_url=server, viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    expected = "the server responded with a status of 401"  # the signed-out write test's own
    yield tab
    context.close()
    errors = [e for e in errors if expected not in e]
    assert not errors, errors


def shot(page: Any, name: str) -> None:
    """Save a full-page screenshot under test-artifacts/screenshots/."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sign_in(page: Any) -> None:
    """Sign in as the test reviewer through the form."""
    page.goto("/signin")
    shot(page, "signin")
    page.fill("input[name=name]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.signin button")
    sync_api.expect(page.locator("#who")).to_have_text("alice")


def test_search_and_filter(page: Any) -> None:
    page.goto("/events")
    sync_api.expect(page.locator("#total")).to_have_text("5")
    page.fill("#q", "copper")
    page.press("#q", "Enter")
    sync_api.expect(page.locator("#total")).to_have_text("2")
    page.click("ul[data-facet=admin1] a[data-value=Ryanggang]")
    sync_api.expect(page).to_have_url(re.compile(r"q=copper.*admin1=Ryanggang"))
    page.click("ul[data-facet=year] a[data-value='2019']")
    sync_api.expect(page.locator("#total")).to_have_text("2")
    assert page.locator("tr.event-row").count() == 2
    shared = page.url
    page.goto("/events")
    page.goto(shared)  # the filter state lives in the URL
    sync_api.expect(page.locator("#total")).to_have_text("2")
    sync_api.expect(page.locator("ul[data-facet=admin1] a.on")).to_have_count(1)
    shot(page, "events")


def test_event_page_highlights_evidence(page: Any) -> None:
    page.goto("/events?q=Residents")
    page.click("a.event-link")
    people = page.locator("#source-text mark[data-fields=people]")
    sync_api.expect(people).to_have_text("three women")
    sync_api.expect(page.locator("#source-text mark.ev").first).to_be_visible()
    sync_api.expect(page.locator("#field-penalty .value")).to_contain_text("forced_labor")
    shot(page, "event")


def test_map_shows_markers_and_opens_one(page: Any) -> None:
    page.goto("/map")
    sync_api.expect(page.locator("#map path.leaflet-interactive").first).to_be_attached()
    markers = page.locator(".nk-marker")
    sync_api.expect(markers.first).to_be_visible()
    assert markers.count() >= 2
    page.locator(".nk-marker[title^='Hyesan']").click()
    popup = page.locator(".leaflet-popup-content")
    sync_api.expect(popup).to_contain_text("Hyesan")
    sync_api.expect(popup.locator(".popup-list a")).to_have_count(2)  # the events there
    page.wait_for_timeout(400)  # let the popup's fade-in end before the screenshot
    shot(page, "map")
    popup.locator("a.popup-events").click()
    sync_api.expect(page.locator("#total")).to_have_text("2")


def test_timeline_draws_the_chart(page: Any) -> None:
    page.goto("/timeline?type=trial&type=execution")
    sync_api.expect(page.locator("canvas#timeline")).to_be_visible()
    page.wait_for_function("window.nkChart !== undefined")
    labels = page.evaluate("window.nkChart.data.datasets.map(d => d.label).sort()")
    assert labels == ["execution", "trial"]
    assert page.evaluate("window.nkChart.data.labels.length") == 17  # 2019-03 .. 2020-07
    shot(page, "timeline")


def test_sign_in_correct_a_field_and_find_it_after_reload(page: Any) -> None:
    sign_in(page)
    page.goto("/events?type=execution")
    page.click("a.event-link")
    row = page.locator("#field-people")
    sync_api.expect(row.locator(".value")).to_have_text("2")
    row.locator("form.correct input[name=value]").fill("4")
    row.locator("form.correct button").click()
    sync_api.expect(page.locator(".flash")).to_contain_text("corrected")
    page.reload()
    sync_api.expect(page.locator("#field-people .value")).to_have_text("4")
    sync_api.expect(page.locator("#history")).to_contain_text("people")
    shot(page, "event-corrected")


def test_signed_out_user_cannot_write(page: Any) -> None:
    page.goto("/events?type=arrest")
    page.click("a.event-link")
    assert page.locator("form.correct").count() == 0
    sync_api.expect(page.locator("#signin-link")).to_be_visible()
    event_path = page.url.split("127.0.0.1", 1)[1].split("/", 1)[1]
    status = page.evaluate(
        """async (path) => {
            const body = new URLSearchParams({action: "correct", field: "people", value: "9"});
            const r = await fetch("/" + path + "/review", {method: "POST", body});
            const api = await fetch("/api/v1/" + path + "/review", {method: "POST",
                headers: {"content-type": "application/json"}, body: '{"action": "confirm"}'});
            return [r.status, api.status];
        }""",
        event_path,
    )
    assert status == [401, 401]
    page.reload()
    sync_api.expect(page.locator("#field-people .value")).to_have_text("5")


def test_hostile_report_text_stays_text(page: Any) -> None:
    page.goto("/events?type=arrest")
    page.click("td:last-child a")
    sync_api.expect(page.locator("#source-text")).to_contain_text("<script>window.__xss=2</script>")
    assert page.evaluate("window.__xss") is None
    shot(page, "document")


@pytest.mark.parametrize("path", ["/places", "/places/Ryanggang", "/incidents", "/review"])
def test_other_pages_render(page: Any, path: str) -> None:
    page.goto(path)
    sync_api.expect(page.locator("h1")).to_be_visible()
    shot(page, path.strip("/").replace("/", "-"))


def test_incident_lists_every_report(page: Any) -> None:
    page.goto("/incidents")
    page.click("#incidents a")
    sync_api.expect(page.locator("#events-table tr.event-row")).to_have_count(2)
    shot(page, "incident")


# Whether a font draws these Hangul syllables as glyphs: two different syllables drawn in the
# cell's own font stack differ; with no Hangul font both are the same empty box.
HANGUL_DRAWN = """cell => {
  const family = getComputedStyle(cell).fontFamily;
  const draw = ch => {
    const canvas = document.createElement("canvas");
    canvas.width = 48; canvas.height = 48;
    const ctx = canvas.getContext("2d");
    ctx.font = "36px " + family;
    ctx.fillText(ch, 4, 38);
    return Array.from(ctx.getImageData(0, 0, 48, 48).data).join(",");
  };
  return draw("혜") !== draw("산") && draw("산") !== draw("재");
}"""


def test_incident_sets_a_korean_report_beside_an_english_one(page: Any) -> None:
    page.goto("/incidents")
    page.click("#incidents a")
    side = page.locator("#side-by-side")
    sync_api.expect(side.locator("thead th[lang]")).to_have_count(2)
    sync_api.expect(side.locator("thead th[lang=ko]")).to_contain_text("혜산")
    sync_api.expect(side.locator("td.quote[lang=ko]")).to_contain_text("공개재판")
    sync_api.expect(side.locator("td.quote[lang=en]")).to_contain_text("public trial")
    sync_api.expect(side.locator("tr[data-field=penalty] td.differ")).to_have_count(2)
    sync_api.expect(side.locator("tr[data-field=date] td.differ")).to_have_count(0)
    sync_api.expect(page.locator("#disagreement")).to_contain_text("penalty")
    assert page.locator("td.quote[lang=ko]").evaluate(HANGUL_DRAWN), "Hangul drawn as boxes"
    shot(page, "incident-side-by-side")


def test_events_count_happenings(page: Any) -> None:
    page.goto("/events?type=trial")
    sync_api.expect(page.locator("#total")).to_have_text("2")
    page.click("#per-incidents")
    sync_api.expect(page.locator("#total")).to_have_text("1")
    row = page.locator("#events-table tr.event-row")
    sync_api.expect(row).to_have_count(1)
    sync_api.expect(row.locator(".badge.disagree")).to_have_attribute(
        "title", re.compile("penalty")
    )
    row.locator("td.num a").click()  # the sources count opens the incident
    sync_api.expect(page.locator("#side-by-side")).to_be_visible()
    page.goto("/timeline?per=incident")
    sync_api.expect(page.locator("#per-incidents")).to_have_class(re.compile("on"))
    shot(page, "events-per-incident")
