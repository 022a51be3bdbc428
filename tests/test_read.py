"""Reading documents: every input form, and every kind of bad input named with its place."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nkevents.errors import InputError
from nkevents.model import Document
from nkevents.partial_date import bounds, normalise_date, precision
from nkevents.read import parse_line, read_jsonl, read_paths


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", "not JSON"),
        (b'{"id": "a"}', "field 'text' is missing"),
        (b'{"text": "x"}', "field 'id' is missing"),
        (b'{"id": "a", "text": 5}', "field 'text' must be a string"),
        (b'["id", "text"]', "must be a JSON object"),
        (b'{"id": "a", "text": "x", "published": "last week"}', "not an ISO 8601 date"),
        (b'{"id": "a", "text": "\xff\xfe"}', "not UTF-8"),
    ],
)
def test_bad_lines_say_why(line: bytes, reason: str) -> None:
    item = parse_line(line, "f.jsonl:3")
    assert isinstance(item, InputError)
    assert item.where == "f.jsonl:3"
    assert reason in item.reason


def test_good_line_keeps_every_field() -> None:
    line = b'{"id": 7, "text": "t", "url": "u", "title": "T", "published": "2018-11", '
    line += b'"language": "en"}'
    doc = parse_line(line, "f:1")
    assert doc == Document("7", "t", "u", "T", "2018-11", "en", "f:1")


def test_oversized_document_is_rejected() -> None:
    item = parse_line(b'{"id": "a", "text": "' + b"x" * 200 + b'"}', "f:1", max_bytes=100)
    assert isinstance(item, InputError) and "over the limit" in item.reason


def test_jsonl_goes_on_after_a_bad_line() -> None:
    data = io.BytesIO(b'{"id": "a", "text": "one"}\n{oops\n\n{"id": "b", "text": "two"}\n')
    items = list(read_jsonl(data, "in.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert str(items[1]).startswith("in.jsonl:2: not JSON")


def test_empty_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"\n")
    (items,) = list(read_paths([str(tmp_path / "empty.jsonl")]))
    assert isinstance(items, InputError) and items.reason == "empty file"


def test_missing_path_is_reported() -> None:
    (item,) = list(read_paths(["/no/such/file.jsonl"]))
    assert isinstance(item, InputError) and "no such file" in item.reason


def test_folder_is_walked_in_order_with_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("A man was arrested in Hyesan.", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(_page("Smugglers were caught."), encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    docs = list(read_paths([str(tmp_path)], published="2020-01"))
    assert [d.id for d in docs if isinstance(d, Document)] == ["a", "c"]
    assert all(isinstance(d, Document) and d.published for d in docs)


def test_html_takes_title_date_and_main_text(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(_page("Nine people were executed in Hyesan on August 30."), encoding="utf-8")
    (doc,) = list(read_paths([str(page)]))
    assert isinstance(doc, Document)
    assert doc.title == "Report" and doc.published == "2023-09-06"
    assert "executed in Hyesan" in doc.text and "Menu" not in doc.text


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (item,) = list(read_paths([str(page)]))
    assert isinstance(item, InputError) and "no main text" in item.reason


def test_published_option_fills_only_missing_dates(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text('{"id":"a","text":"x","published":"2019"}\n{"id":"b","text":"y"}\n', "utf-8")
    docs = list(read_paths([str(f)], published="2020-05"))
    assert [d.published for d in docs if isinstance(d, Document)] == ["2019", "2020-05"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2018-11-21", "2018-11-21"),
        ("2018-11-21T10:00:00Z", "2018-11-21"),
        ("2018-11", "2018-11"),
        ("2018", "2018"),
        ("2018-1-5", "2018-01-05"),
        ("2018-13", None),
        ("2019-02-30", None),
        ("Nov 2018", None),
    ],
)
def test_normalise_date(raw: str, expected: str | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("value", "prec", "lo", "hi"),
    [
        ("2018", "year", "2018-01-01", "2018-12-31"),
        ("2016-02", "month", "2016-02-01", "2016-02-29"),
        ("2018-11-12", "day", "2018-11-12", "2018-11-12"),
    ],
)
def test_partial_date_precision_and_bounds(value: str, prec: str, lo: str, hi: str) -> None:
    assert precision(value) == prec
    assert bounds(value) == (lo, hi)


def _page(body: str) -> str:
    filler = " ".join(["The source spoke on condition of anonymity about local affairs."] * 4)
    return (
        "<html><head><title>Report</title>"
        '<meta property="article:published_time" content="2023-09-06"></head>'
        "<body><nav><a href='/'>Menu</a></nav><article><h1>Report</h1>"
        f"<p>{body} {filler}</p><p>{filler}</p></article></body></html>"
    )
