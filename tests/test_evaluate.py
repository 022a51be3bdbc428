"""The scorer (nkevents.evaluate), its explanations, and `nkevents eval`."""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from nkevents import answer_key, evaluate, explain
from nkevents.cli.evaluate import evaluate_command
from nkevents.errors import InputError
from nkevents.model import Document, Event, Extraction, Location

TRIAL = {
    "type": "trial",
    "date": "2019-04-03",
    "location": {"name": "Hyesan", "admin1": "Ryanggang", "alt": ["Hyesan Stadium"]},
    "people": 7,
    "public": True,
    "charges": ["smuggling", "drugs"],
    "penalty": {"kind": "forced_labor", "min_months": 60, "max_months": 120},
    "facility": "Chongori kyohwaso No. 12",
    "commodities": ["copper"],
    "instrument": None,
    "actors": ["court"],
    "evidence": [[0, 30]],
}
ARREST = {"type": "arrest", "people": 3, "location": {"name": "Musan", "admin1": "North Hamgyong"}}
SANCTION = {"type": "sanction", "date": "2017-12", "instrument": "UNSCR 2397"}
PASSING = {"type": "execution", "optional": True, "location": {"name": "Hoeryong"}}


def doc(*events: dict[str, Any], relevant: bool = True) -> dict[str, Any]:
    return {"id": "d1", "relevant": relevant, "events": [copy.deepcopy(e) for e in events]}


def changed(event: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**copy.deepcopy(event), **fields}


def slot_f1(gold: dict[str, Any], system: dict[str, Any]) -> float:
    return evaluate.score({"d1": gold}, {"d1": system}).slot_f1


# (name, gold document, system document, expected slot_f1)
CASES = [
    ("exact match", doc(TRIAL, ARREST), doc(TRIAL, ARREST), 1.0),
    # a location given as a bare name has no province: 3 of 4 slots, no wrong claim
    ("bare-string location", doc(ARREST), doc(changed(ARREST, location="Musan")), 0.8571),
    ("optional missed", doc(TRIAL, PASSING), doc(TRIAL), 1.0),
    ("optional found", doc(TRIAL, PASSING), doc(TRIAL, changed(PASSING, optional=None)), 1.0),
    (
        "alt location",
        doc(TRIAL),
        doc(changed(TRIAL, location={"name": "Hyesan Stadium", "admin1": "Ryanggang"})),
        1.0,
    ),
    (
        "admin words",
        doc(ARREST),
        doc(changed(ARREST, location={"name": "Musan County", "admin1": "North Hamgyong"})),
        1.0,
    ),
    (
        "facility words",
        doc(TRIAL),
        doc(changed(TRIAL, facility="Chongori Correctional Labor Camp No. 12")),
        1.0,
    ),
    (
        "province hyphenated",
        doc(ARREST),
        doc(changed(ARREST, location={"name": "Musan", "admin1": "Hamgyong-bukto"})),
        1.0,
    ),
    (
        "province Hamkyung",
        doc(ARREST),
        doc(changed(ARREST, location={"name": "Musan", "admin1": "North Hamkyung Province"})),
        1.0,
    ),
    ("instrument spelling", doc(SANCTION), doc(changed(SANCTION, instrument="unscr-2397")), 1.0),
    ("set order and case", doc(TRIAL), doc(changed(TRIAL, charges=["Drugs", "smuggling"])), 1.0),
    ("nothing either side", doc(relevant=False), doc(relevant=False), 1.0),
    ("all missed", doc(TRIAL, ARREST), doc(relevant=False), 0.0),
    ("wrong type only", doc(ARREST), doc(changed(ARREST, type="escape")), 0.0),
    # arrest: type, location, admin1, people = 4 slots; one people wrong -> 3/4 both ways
    ("one field wrong", doc(ARREST), doc(changed(ARREST, people=4)), 0.75),
    # a spurious extra arrest claims 4 more slots: P 4/8, R 4/4
    (
        "spurious event",
        doc(ARREST),
        doc(ARREST, changed(ARREST, people=9)),
        round(2 * 0.5 / 1.5, 4),
    ),
    # a date the gold event lacks is a fifth claim, and a wrong one: P 4/5, R 4/4
    ("unsupported claim", doc(ARREST), doc(changed(ARREST, date="2020")), round(2 * 0.8 / 1.8, 4)),
]


@pytest.mark.parametrize(("name", "gold", "system", "expected"), CASES, ids=[c[0] for c in CASES])
def test_slot_f1(name: str, gold: dict[str, Any], system: dict[str, Any], expected: float) -> None:
    assert slot_f1(gold, system) == expected


def test_optional_event_found_is_not_counted_as_a_system_event() -> None:
    result = evaluate.score({"d1": doc(TRIAL, PASSING)}, {"d1": doc(TRIAL, PASSING)})
    assert (result.events.correct, result.events.gold, result.events.system) == (1, 1, 1)
    assert "execution" not in result.by_type


def test_missing_document_counts_as_irrelevant_and_is_listed() -> None:
    gold = {"d1": doc(ARREST), "d2": {**doc(SANCTION), "id": "d2"}}
    result = evaluate.score(gold, {"d1": doc(ARREST)})
    assert result.missing_documents == ["d2"]
    assert result.relevance.r == 0.5 and result.relevance.p == 1.0
    assert result.by_type["sanction"].r == 0.0


def test_alignment_pairs_the_event_that_agrees_most() -> None:
    near = changed(ARREST, people=99)
    far = changed(ARREST, people=3, location={"name": "Hyesan", "admin1": "Ryanggang"})
    other = changed(ARREST, people=5, location={"name": "Hyesan", "admin1": "Ryanggang"})
    pairs = evaluate.align([ARREST, other], [far, near])
    # ARREST agrees most with `near` (place 3 + province 1) over `far` (people 2)
    assert pairs == {0: 1, 1: 0}


def test_required_event_wins_a_tie_over_an_optional_one() -> None:
    passing = changed(ARREST, optional=True)
    assert evaluate.align([passing, ARREST], [ARREST]) == {1: 0}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("North Hamgyong", "northhamgyong"),
        ("Hamgyŏng-bukto", "northhamgyong"),
        ("Ryanggang-do", "ryanggang"),
        ("Yanggang Province", "ryanggang"),
        ("Pyongan-namdo", "southpyongan"),
        ("Jilin", "jilin"),
        (None, None),
    ],
)
def test_norm_admin1(name: str | None, key: str | None) -> None:
    assert evaluate.norm_admin1(name) == key


def test_explain_names_what_was_missed_made_up_and_wrong() -> None:
    text = "Seven people were tried in Hyesan. Three were arrested in Musan."
    gold = doc(changed(TRIAL, evidence=[[0, 34]]), changed(ARREST, evidence=[[35, 64]]))
    system = doc(changed(TRIAL, people=8, evidence=[[0, 34]]), SANCTION)
    (diff,) = explain.explain({"d1": gold}, {"d1": system}, {"d1": text})
    assert [n.type for n in diff.missed] == ["arrest"]
    assert diff.missed[0].evidence == ["Three were arrested in Musan."]
    assert [n.type for n in diff.spurious] == ["sanction"]
    (pair,) = diff.wrong
    assert [(f.field, f.gold, f.system) for f in pair.fields] == [("people", "7", "8")]
    assert pair.system.evidence == ["Seven people were tried in Hyesan."]
    report = explain.format_diffs([diff])
    assert "MISSED #1 arrest" in report and "gold 7  |  system 8" in report


def test_explain_leaves_out_documents_that_agree() -> None:
    assert explain.explain({"d1": doc(TRIAL, PASSING)}, {"d1": doc(TRIAL)}, {}) == []


def test_run_extraction_records_bad_documents_and_goes_on() -> None:
    def stub(d: Document) -> Extraction:
        return Extraction(d.id, True, [Event("arrest", location=Location("Musan"), people=3)])

    items = [Document("a", "text a"), InputError("x.jsonl:2", "not JSON"), Document("b", "text b")]
    run = answer_key.run_extraction(items, stub)
    assert list(run.extractions) == ["a", "b"] and len(run.problems) == 1
    assert run.extractions["a"]["events"][0]["location"]["name"] == "Musan"
    assert evaluate.score({"a": doc(ARREST)}, run.extractions).events.f1 == 1.0


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_cli_scores_a_saved_extraction_and_explains(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", [{"id": "d1", "text": "Three were arrested."}])
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc(changed(ARREST, evidence=[[0, 20]]))])
    system = write_jsonl(tmp_path / "sys.jsonl", [doc(changed(ARREST, people=4))])
    args = [str(gold), str(docs), "--system", str(system), "--diff"]
    result = CliRunner().invoke(evaluate_command, args)
    assert result.exit_code == 0, result.output
    assert "slot_f1 0.7500" in result.output
    assert '> "Three were arrested."' in result.output
    as_json = CliRunner().invoke(evaluate_command, [*args, "--json"])
    assert json.loads(as_json.output)["diff"][0]["wrong"][0]["fields"][0]["field"] == "people"


def test_cli_reports_a_broken_answer_key(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", [{"id": "d1", "text": "x"}])
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "d1"}\nnot json\n', "utf-8")
    result = CliRunner().invoke(evaluate_command, [str(gold), str(docs), "--system", str(gold)])
    assert result.exit_code == 1 and "gold.jsonl:2: not JSON" in result.output


# --- the same numbers as shared/eval/score.py -------------------------------------------


def reference_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturb(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """A plausible system output: gold with events dropped, fields changed, events added."""
    rng = random.Random(seed)
    out = []
    for row in copy.deepcopy(gold):
        events = [e for e in row["events"] if rng.random() > 0.25]
        for e in events:
            _perturb_event(e, rng)
        if rng.random() < 0.2:
            events.append(
                {"type": rng.choice(["arrest", "crackdown"]), "people": rng.randint(1, 9)}
            )
        relevant = row["relevant"] if rng.random() > 0.1 else not row["relevant"]
        if rng.random() > 0.05:  # sometimes the document is left out entirely
            out.append({"id": row["id"], "relevant": relevant, "events": events})
    return out


def _perturb_event(e: dict[str, Any], rng: random.Random) -> None:
    e.pop("optional", None) if rng.random() < 0.3 else None
    if rng.random() < 0.3:
        e["people"] = (e.get("people") or 0) + 1
    if rng.random() < 0.2:
        e["location"] = None
    if rng.random() < 0.2 and e.get("location"):
        e["location"] = {**e["location"], "name": (e["location"].get("alt") or ["Elsewhere"])[0]}
    if rng.random() < 0.2:
        e["date"] = (e.get("date") or "2020")[:4]
    if rng.random() < 0.2:
        e["charges"] = (e.get("charges") or [])[:1] + ["other"]
    if rng.random() < 0.1:
        e["facility"] = "No. 3 Labour Camp"


@pytest.mark.shared
@pytest.mark.parametrize("seed", [None, 1, 2, 3])
@pytest.mark.parametrize("corpus", ["dev", "seed"])
def test_same_figures_as_shared_scorer(
    shared_dir: Path, tmp_path: Path, corpus: str, seed: int | None
) -> None:
    ref = reference_scorer(shared_dir)
    gold_path = shared_dir / "corpus" / corpus / "gold.jsonl"
    gold_rows = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    system = gold_rows if seed is None else perturb(gold_rows, seed)
    sys_path = write_jsonl(tmp_path / "system.jsonl", system)

    theirs = ref.score(ref.read_jsonl(str(gold_path)), ref.read_jsonl(str(sys_path)))
    mine = evaluate.score(answer_key.read_jsonl(gold_path), answer_key.read_jsonl(sys_path))
    assert mine.to_json() == theirs
    if seed is None:
        assert mine.slot_f1 == 1.0

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        ref.main([str(gold_path), str(sys_path)])
    assert explain.format_score(mine) == printed.getvalue().rstrip("\n")


def test_gate_sets_leave_out_sets_whose_root_is_absent(tmp_path: Path) -> None:
    spec = {
        "dev": {"root": "shared", "documents": ["corpus/dev/documents.jsonl"], "gold": "g.jsonl"},
        "ko": {"root": "repo", "documents": ["samples"], "gold": "k.jsonl", "language": "ko"},
    }
    (gate,) = answer_key.gate_sets(spec, {"repo": tmp_path})
    assert gate == answer_key.GateSet("ko", (tmp_path / "samples",), tmp_path / "k.jsonl", "ko")
