"""`nkevents extract` end to end: output lines, bad input, exit status, summary, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from nkevents.cli import main

TRIAL = (
    "The Hyesan City court held a public trial for 12 smugglers on November 3, "
    "a source in Ryanggang Province said. The accused were sentenced to forced labor "
    "for between one and three years for smuggling copper to China."
)
WEATHER = "Heavy rain fell on Pyongyang on Tuesday, and the weather service issued a warning."


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _doc(doc_id: str, text: str, published: str = "2019-11-10") -> str:
    return json.dumps({"id": doc_id, "text": text, "published": published})


def test_one_line_per_document_in_input_order(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _doc("a", TRIAL), _doc("b", WEATHER))
    result = CliRunner().invoke(main, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["relevant"] is True and lines[1] == {"id": "b", "relevant": False, "events": []}
    trial = next(e for e in lines[0]["events"] if e["type"] == "trial")
    assert trial["date"] == "2019-11-03"
    assert trial["people"] == 12 and trial["public"] is True
    assert trial["penalty"] == {"kind": "forced_labor", "min_months": 12, "max_months": 36}
    assert trial["location"]["name"] == "Hyesan" and trial["location"]["admin1"] == "Ryanggang"
    start, end = trial["evidence"][0]
    assert "public trial" in TRIAL[start:end]
    assert "1 relevant" in result.stderr


def test_bad_input_is_named_and_the_rest_goes_through(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl", _doc("a", TRIAL), "{broken", '{"id": "c"}', _doc("d", WEATHER)
    )
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 trial".encode("latin-1"))
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    args = [
        "extract",
        str(src),
        str(tmp_path / "latin1.txt"),
        str(tmp_path / "empty.jsonl"),
        str(tmp_path / "missing.jsonl"),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a", "d"]
    err = result.stderr
    assert f"{src}:2: not JSON" in err
    assert f"{src}:3: field 'text' is missing" in err
    assert f"{tmp_path / 'latin1.txt'}: not UTF-8" in err
    assert f"{tmp_path / 'empty.jsonl'}: empty file" in err
    assert f"{tmp_path / 'missing.jsonl'}: no such file" in err
    assert "Traceback" not in err
    assert "2 documents read, 1 relevant" in err and "5 rejected" in err


def test_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["extract", "-", "-o", str(out)], input=_doc("s", TRIAL) + "\n"
    )
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "s"


def test_published_option_resolves_relative_dates(tmp_path: Path) -> None:
    text = "Police arrested five smugglers in Hyesan on the 12th, a source said."
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "--published", "2021-03-20"])
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["id"] == "report"
    arrest = next(e for e in line["events"] if e["type"] == "arrest")
    assert arrest["date"] == "2021-03-12" and arrest["people"] == 5


def test_bad_published_option_is_a_usage_error(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _doc("a", TRIAL))
    result = CliRunner().invoke(main, ["extract", str(src), "--published", "soon"])
    assert result.exit_code == 2 and "not an ISO 8601 date" in result.output


def test_summary_is_readable(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _doc("a", TRIAL), _doc("b", WEATHER))
    result = CliRunner().invoke(main, ["extract", str(src), "--summary"])
    assert result.stdout.startswith("a")
    assert "trial" in result.stdout and "Hyesan" in result.stdout and "\nb" not in result.stdout


def test_output_validates_against_the_schema(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _doc("a", TRIAL), _doc("b", WEATHER))
    schema = json.loads(CliRunner().invoke(main, ["schema"]).stdout)
    for line in CliRunner().invoke(main, ["extract", str(src)]).stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"]])
def test_help_has_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_installed_command_runs() -> None:
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bin_dir / "nkevents"), "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "nkevents" in result.stdout


def test_a_document_of_several_megabytes_is_rejected(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "Rice prices rose. " * 200_000})  # 3.6 MB
    src = _jsonl(tmp_path / "in.jsonl", _doc("a", TRIAL), big)
    result = CliRunner().invoke(main, ["extract", str(src)])
    assert result.exit_code == 1
    assert f"{src}:2: document is over the limit" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a"]
    raised = CliRunner(env={"NKEVENTS_MAX_DOCUMENT_BYTES": "10000000"})
    assert raised.invoke(main, ["extract", str(src)]).exit_code == 0
