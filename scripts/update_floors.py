"""Show the quality gate's figures next to their floors; with --write, pin new floors.

    python scripts/update_floors.py            # compare only, changes nothing
    python scripts/update_floors.py --write    # floors := current - 0.01, rewrites the YAML

Lowering a floor shows in the diff of tests/quality_floors.yaml: review it before committing.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from nkevents.answer_key import gate_figures, gate_sets, real_cache  # noqa: E402

FLOORS_FILE = REPO / "tests" / "quality_floors.yaml"
HEADER = """\
# The quality gate (tests/test_quality_gate.py): F1 figures the extractor must keep.
# `sets` says what is scored: documents and answer key under a root (`repo`, or `shared` =
# ../shared, skipped when absent); `detail: false` pins only relevance, events and slot_f1.
# `floors` are raised as accuracy improves (python scripts/update_floors.py --write sets each
# to today's figure minus 0.01). Lowering one is a deliberate change: say why in the commit.
"""


def pinned_floor(value: float, margin: float) -> float:
    """A floor a hair under today's figure, rounded down to three decimals, never negative."""
    return max(0.0, math.floor((value - margin) * 1000) / 1000)


def compare(floors: dict[str, dict[str, float]], current: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure: floor, today's value, the gap, and a verdict."""
    lines = [f"{'set':11} {'figure':26}{'floor':>8}{'now':>8}{'gap':>8}"]
    for name, figures in current.items():
        table = floors.get(name, {})
        for figure in sorted(set(figures) | set(table)):
            lines.append(row(name, figure, table.get(figure), figures.get(figure)))
    return lines


def row(name: str, figure: str, floor: float | None, now: float | None) -> str:
    """A line of the comparison."""
    show = [f"{v:8.3f}" if v is not None else f"{'-':>8}" for v in (floor, now)]
    if floor is None or now is None:
        return (
            f"{name:11} {figure:26}{show[0]}{show[1]}{'':8}  {'NEW' if floor is None else 'GONE'}"
        )
    verdict = "BELOW" if now < floor else ("raise?" if now - floor > 0.05 else "")
    return f"{name:11} {figure:26}{show[0]}{show[1]}{now - floor:8.3f}  {verdict}"


def write(gate: dict[str, Any], current: dict[str, dict[str, float]], margin: float) -> None:
    """Rewrite the gate file with floors just under today's figures (sets not run are kept)."""
    floors = dict(gate["floors"])
    for name, table in current.items():
        floors[name] = {f: pinned_floor(v, margin) for f, v in sorted(table.items())}
    body = {"sets": gate["sets"], "floors": floors}
    FLOORS_FILE.write_text(HEADER + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--write", action="store_true", help="rewrite the floors file")
    parser.add_argument("--margin", type=float, default=0.01)
    args = parser.parse_args()
    roots = {"repo": REPO}
    for name in ("real", "own"):
        cache = real_cache(REPO, name)
        if cache is not None:
            roots[name] = cache
        else:
            print(f"no cache .cache/{name} (scripts/real_cache.py): its sets keep their floors")
    if (args.shared / "corpus").is_dir():
        roots["shared"] = args.shared
    else:
        print(f"{args.shared}/corpus not found: only the sets in the repo are scored")
    gate = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))
    current = gate_figures(gate_sets(gate["sets"], roots))
    print("\n".join(compare(gate["floors"], current)))
    if args.write:
        write(gate, current, args.margin)
        print(f"wrote {FLOORS_FILE.relative_to(REPO)}: review `git diff` before committing")


if __name__ == "__main__":
    main()
