"""`nkevents fetch` against a real local site: feeds, conditional requests, robots.txt, hazards,
WARC files and a run killed half-way."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from site_support import ARTICLES, Resource, Site, page_html, running_site
from sqlalchemy import select
from store_support import BACKENDS, fresh_url
from warcio.archiveiterator import ArchiveIterator

from nkevents.cli import main
from nkevents.fetch.http import Client, FetchPolicy, decode_body, retry_after_seconds
from nkevents.store import Store, open_store
from nkevents.store.schema import documents, fetched_urls

FAST = ["--delay", "0", "--backoff", "0.01", "--timeout", "1", "--max-bytes", "100000"]


@pytest.fixture
def site() -> Iterator[Site]:
    with running_site() as s:
        yield s


def fetch(*args: str, db: str, warc: Path) -> str:
    result = CliRunner().invoke(main, ["fetch", *args, "--db", db, "--warc-dir", str(warc), *FAST])
    assert result.exit_code == 0, result.output
    return result.output


def doc_rows(url: str) -> list[tuple[str, str, str]]:
    store = open_store(url)
    with store.engine.connect() as conn:
        rows = conn.execute(select(documents.c.id, documents.c.url, documents.c.text))
        found = sorted((r.id, r.url, r.text) for r in rows)
    store.close()
    return found


def warc_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.warc.gz"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_feed_of_three_items_ingests_three_documents_then_asks_conditionally(
    site: Site, tmp_path: Path, backend: str
) -> None:
    db = fresh_url(backend)
    if backend == "sqlite":
        db = f"sqlite:///{tmp_path / 'nk.db'}"
    first = fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    assert "3 new" in first
    found = doc_rows(db)
    assert sorted(u for _, u, _ in found) == sorted(f"{site.base}{p}" for p in ARTICLES)
    assert all(site.requests("/")[i][1]["user-agent"].startswith("nkevents/") for i in range(5))
    assert "+http" in site.requests("/")[0][1]["user-agent"]  # names where to read about it

    seen = len(site.log)
    second = fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    again = site.log[seen:]
    assert [p for p, _ in again] == ["/robots.txt", "/feed.xml"]
    assert all("if-none-match" in h and "if-modified-since" in h for _, h in again)
    assert "0 new" in second and "2 not modified" in second
    assert doc_rows(db) == found


def test_each_document_names_the_warc_record_of_its_page(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    store = open_store(db)
    with store.engine.connect() as conn:
        rows = conn.execute(select(documents.c.url, documents.c.origin))
        origins = {r.url: r.origin for r in rows}
        states = {r.url: r for r in conn.execute(select(fetched_urls))}
    store.close()
    for url, origin in origins.items():
        file, _, offset = str(origin).rpartition("#")
        assert states[url].warc_file == file and states[url].warc_offset == int(offset)
        with open(file, "rb") as fh:
            fh.seek(int(offset))
            record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == url
        assert record.rec_headers.get_header("WARC-Record-ID") == states[url].warc_record_id
        assert b"<article>" in record.content_stream().read()


def test_a_warc_of_the_responses_ingests_the_same_documents(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    (archive,) = warc_files(tmp_path / "warc")
    other = f"sqlite:///{tmp_path / 'from-warc.db'}"
    result = CliRunner().invoke(main, ["ingest", str(archive), "--db", other, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "3 new" in result.output and "0 problems" in result.output
    assert doc_rows(other) == doc_rows(db)
    plain = tmp_path / "plain.warc"  # an uncompressed WARC reads the same
    with gzip.open(archive) as src:
        plain.write_bytes(src.read())
    third = f"sqlite:///{tmp_path / 'plain.db'}"
    CliRunner().invoke(main, ["ingest", str(plain), "--db", third, "--no-progress"])
    assert doc_rows(third) == doc_rows(db)


def test_a_page_disallowed_by_robots_txt_is_not_fetched_and_is_recorded(
    site: Site, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    out = fetch(f"{site.base}/hazards.xml", db=db, warc=tmp_path / "warc")
    assert "1 disallowed by robots.txt" in out
    assert site.requests("/private/") == []
    assert site.requests("/robots.txt")
    store = open_store(db)
    reasons = {p.origin: p.reason for p in store.problems()}
    store.close()
    assert "robots.txt" in reasons[f"{site.base}/private/secret.html"]


def test_hazards_are_recorded_with_their_reason_and_the_run_goes_on(
    site: Site, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    started = time.monotonic()
    out = fetch(f"{site.base}/hazards.xml", db=db, warc=tmp_path / "warc")
    assert time.monotonic() - started < 20
    store = open_store(db)
    reasons = {p.origin.removeprefix(site.base): p.reason for p in store.problems()}
    store.close()
    assert "timed out" in reasons["/slow.html"]
    assert reasons["/error.html"] == "HTTP 500 Internal Server Error"
    assert len(site.requests("/error.html")) == 4  # three retries with backoff
    assert "size limit" in reasons["/huge.html"]
    assert "decompression bomb" in reasons["/bomb.html"]
    assert "redirect loop" in reasons["/loop-a"]
    assert reasons["/report.pdf"] == "not an HTML page (application/pdf)"
    assert reasons["/empty.html"] == "empty response"
    assert "1 new" in out  # the one good page after them all
    assert [u for _, u, _ in doc_rows(db)] == [f"{site.base}/news/4.html"]


def test_a_changed_article_becomes_a_new_version(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    title, date, text = ARTICLES["/news/2.html"]
    site.add_articles({"/news/2.html": (title, date, text + " The coal was later returned.")})
    site.feed("/feed.xml", [(p, t + " (updated)") for p, (t, _, _) in ARTICLES.items()])
    seen = len(site.log)
    out = fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    assert "0 new, 1 new versions" in out
    pages = [(p, h) for p, h in site.log[seen:] if p.startswith("/news/")]
    assert len(pages) == 3 and all("if-none-match" in h for _, h in pages)
    store: Store = open_store(db)
    assert store.counts()["document_versions"] == 1
    store.close()


def test_a_sitemap_and_a_single_page(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    assert "3 new" in fetch(f"{site.base}/sitemap.xml", db=db, warc=tmp_path / "warc")
    site.add_articles({"/news/9.html": ("One page", "2026-03-14", ARTICLES["/news/2.html"][2])})
    assert "1 new" in fetch(f"{site.base}/news/9.html", db=db, warc=tmp_path / "warc")
    assert len(doc_rows(db)) == 4


def test_sources_from_a_folder_with_a_listing(site: Site, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    site.resources["/north/"] = Resource(
        b"<html><body><a href='/news/1.html'>one</a> <a href='/about'>about</a>"
        b"<a href='/news/3.html#top'>three</a></body></html>"
    )
    (folder / "example-news.yaml").write_text(
        f"publisher: Example News\nlanguage: en\nlistings:\n"
        f"  - url: {site.base}/north/\n    follow: /news/\\d+\\.html$\n"
        f"expect:\n  min_items: 3\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    listed = runner.invoke(main, ["sources", "list", "--sources", str(folder)])
    assert "example-news" in listed.output and "Example News" in listed.output
    assert runner.invoke(main, ["sources", "check", "--sources", str(folder)]).exit_code == 0
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    out = fetch("example-news", "--sources", str(folder), db=db, warc=tmp_path / "warc")
    assert "2 new" in out
    store = open_store(db)
    reasons = [p.reason for p in store.problems()]
    store.close()
    assert "2 items, the source expects at least 3" in reasons


def test_sources_check_names_the_bad_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text("feeds: [https://news.example/rss.xml]\n")
    (tmp_path / "bad.yaml").write_text("feeds: [ftp://news.example/rss.xml]\nlanguage: fr\n")
    result = CliRunner().invoke(main, ["sources", "check", "--sources", str(tmp_path)])
    assert result.exit_code == 1
    assert "ok      good" in result.output
    assert "bad.yaml: language must be one of en, ko" in result.output


def test_the_shipped_example_sources_are_valid() -> None:
    result = CliRunner().invoke(main, ["sources", "check", "--examples"])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") >= 3


def test_watch_prints_a_line_per_run(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    args = ["watch", f"{site.base}/feed.xml", "--every", "0", "--runs", "2", "--db", db]
    result = CliRunner().invoke(main, [*args, "--warc-dir", str(tmp_path / "w"), *FAST])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if " run " in line]
    assert len(lines) == 2
    assert "3 new" in lines[0] and "0 new" in lines[1]


# -- a run killed half-way -----------------------------------------------------------------

TOWNS = ["Hyesan", "Hoeryong", "Musan", "Onsong", "Chongjin", "Sinuiju"]


def many_articles(site: Site, n: int) -> None:
    articles = {}
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        text = (
            f"Security agents in {town} arrested {i + 2} people on March {i + 1} for selling "
            f"smuggled mobile phones, a resident said. Report number {i}."
        )
        articles[f"/many/{i}.html"] = (f"Arrests in {town}, report {i}", "2026-03-20", text)
    site.add_articles(articles)
    site.feed("/many.xml", [(p, t) for p, (t, _, _) in articles.items()])


def test_sigkill_mid_fetch_then_rerun_loses_and_doubles_nothing(site: Site, tmp_path: Path) -> None:
    n = 12
    many_articles(site, n)
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    cmd = [sys.executable, "-c", "from nkevents.cli import main; main()",
           "fetch", f"{site.base}/many.xml", "--db", db, "--warc-dir", str(tmp_path / "warc"),
           "--delay", "0.15", "--no-alerts", "--batch-size", "5"]  # fmt: skip
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(site.requests("/many/")) < 8 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = doc_rows(db)
    assert 0 < len(partial) < n  # one batch of five was stored before the kill
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    fetch(f"{site.base}/many.xml", db=clean, warc=tmp_path / "warc2")
    assert doc_rows(db) == doc_rows(clean)
    killed, whole = open_store(db), open_store(clean)
    assert killed.counts()["events"] == whole.counts()["events"] > 0
    assert killed.counts()["document_versions"] == 0
    killed.close()
    whole.close()


# -- the client's limits, without a network ---------------------------------------------------


def test_a_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(ValueError, match="decompression bomb"):
        decode_body(bomb, "gzip", FetchPolicy(max_bytes=1_000_000))
    small = zlib.compress(b"<p>hello</p>")
    assert decode_body(small, "deflate", FetchPolicy()) == b"<p>hello</p>"
    two = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert decode_body(two, "gzip", FetchPolicy()) == b"<p>one</p><p>two</p>"


def test_retry_after_is_read_as_seconds_or_a_date() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None


def test_a_429_is_retried_after_the_time_the_server_asks(site: Site) -> None:
    site.resources["/busy.html"] = Resource(b"busy", status=429, headers={"retry-after": "3"})
    waits: list[float] = []
    client = Client(FetchPolicy(delay=0, retries=2, backoff=0.5), sleep=waits.append)
    outcome = client.get(f"{site.base}/busy.html")
    client.close()
    assert outcome.response is not None and outcome.response.status == 429
    assert waits == [3.0, 3.0]  # Retry-After beats the shorter backoff, each time
    assert len(site.requests("/busy.html")) == 3


def test_requests_to_one_host_keep_the_delay(site: Site) -> None:
    site.add_articles({"/a.html": ("A", "2026-03-01", "x " * 20)})
    waits: list[float] = []
    client = Client(FetchPolicy(delay=5.0), sleep=waits.append)
    for _ in range(3):
        client.get(f"{site.base}/a.html")
    client.close()
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)


def test_page_html_is_the_sites_own_words() -> None:
    assert b"written for the nkevents tests" in page_html("t", "2026-01-01", "x")


def test_archived_prints_the_page_as_it_was_served(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    served = site.resources["/news/2.html"].body
    site.add_articles({"/news/2.html": ("Changed", "2026-03-11", "A later text of the page.")})
    runner = CliRunner()
    by_url = runner.invoke(main, ["archived", f"{site.base}/news/2.html", "--db", db])
    assert by_url.exit_code == 0 and by_url.stdout_bytes == served
    (doc_id,) = [i for i, u, _ in doc_rows(db) if u.endswith("/news/2.html")]
    by_doc = runner.invoke(main, ["archived", doc_id, "--db", db])
    assert by_doc.stdout_bytes == served
    missing = runner.invoke(main, ["archived", "doc-nothing", "--db", db])
    assert missing.exit_code == 1 and "no document or fetched URL" in missing.output


def test_a_korean_page_in_euc_kr_reads_as_korean(site: Site, tmp_path: Path) -> None:
    text = "양강도 혜산시에서 지난 4일 밀수 혐의로 주민 세 명이 체포됐다고 소식통이 전했다."
    page = (
        "<html><head><title>혜산 소식</title></head><body><article><h1>혜산 소식</h1>"
        f"<p>{text}</p></article></body></html>"
    ).encode("euc-kr")
    site.resources["/ko/1.html"] = Resource(page, "text/html; charset=euc-kr")
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    assert "1 new" in fetch(f"{site.base}/ko/1.html", db=db, warc=tmp_path / "warc")
    ((_, _, stored),) = doc_rows(db)
    assert text in stored


def test_a_site_whose_robots_txt_fails_is_not_fetched(site: Site, tmp_path: Path) -> None:
    site.resources["/robots.txt"] = Resource(b"broken", status=503)
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    out = fetch(f"{site.base}/feed.xml", db=db, warc=tmp_path / "warc")
    assert "0 new" in out and site.requests("/feed.xml") == []
    store = open_store(db)
    (problem,) = store.problems()
    store.close()
    assert problem.reason == "robots.txt could not be read (HTTP 503): not fetched"


def test_a_gzipped_sitemap_index_leads_to_its_sitemaps(site: Site, tmp_path: Path) -> None:
    plain = site.resources["/sitemap.xml"].body
    site.resources["/sitemap-news.xml.gz"] = Resource(gzip.compress(plain), "application/gzip")
    site.resources["/sitemap-index.xml"] = Resource(
        f"<?xml version='1.0'?><sitemapindex><sitemap><loc>{site.base}/sitemap-news.xml.gz"
        f"</loc></sitemap></sitemapindex>".encode(),
        "application/xml",
    )
    db = f"sqlite:///{tmp_path / 'nk.db'}"
    assert "3 new" in fetch(f"{site.base}/sitemap-index.xml", db=db, warc=tmp_path / "warc")
