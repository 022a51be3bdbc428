"""A killed ingest leaves whole batches only; running it again completes the database."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from store_support import completeness, stored_counts

SCRIPT = """
import sys
from nkevents.pipeline import ingest
from nkevents.model import Event, Extraction
from nkevents.read import read_paths
from nkevents.store import open_store

def extract(doc):
    return Extraction(doc.id, True, [Event(type="arrest", people=len(doc.text), evidence=[(0, 5)])])

store = open_store(sys.argv[2])
print(ingest(store, read_paths([sys.argv[1]]), extract, "kill-test", batch_size=50).line())
"""
N = 10_000


def test_sigkill_mid_run_then_rerun_is_complete(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    lines = (
        json.dumps({"id": f"d{i}", "text": f"Report number {i}: {i % 97} people held."})
        for i in range(N)
    )
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    (tmp_path / "run.py").write_text(SCRIPT, encoding="utf-8")
    cmd = [sys.executable, str(tmp_path / "run.py"), str(corpus), url]
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE)
    engine = create_engine(url)
    stored = 0
    while stored < 1000 and proc.poll() is None:  # wait until some batches are committed
        time.sleep(0.05)
        try:
            with engine.connect() as conn:
                stored = conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    docs, events = stored_counts(engine)
    assert 0 < docs < N and docs == events  # whole documents only: each has its event
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    assert f"{docs} unchanged" in done.stdout
    assert completeness(engine) == (N, N, N, N, N)
