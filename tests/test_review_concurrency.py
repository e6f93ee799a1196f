"""Reliability: eight reviewer processes drain one queue and no item goes to two of them;
a process killed (SIGKILL) in the middle of a verdict, an add or an export leaves the queue
as it was before, never in between."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from quotecheck.review.queue import ReviewQueue
from test_review_queue import article

REVIEWERS = 8
ITEMS = 120

# A reviewer: waits for the start signal, then runs `quotecheck queue next --json` in a loop
# (in-process, through cli.main) until it exits 3, printing each id it was handed.
REVIEWER = textwrap.dedent("""
    import io, os, sys, time
    import orjson
    from quotecheck.cli import main
    queue, name, go = sys.argv[1:4]
    while not os.path.exists(go):
        time.sleep(0.005)
    real = sys.stdout
    while True:
        sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        code = main(["queue", "next", queue, "--reviewer", name, "--json"])
        sys.stdout.flush()
        out, sys.stdout = sys.stdout.buffer.getvalue(), real
        if code == 3:
            break
        assert code == 0, code
        print(orjson.loads(out)["id"], flush=True)
""")


def filled_queue(path, n: int):
    docs = [article(f"d{i}", f"District {i} recorded {i + 10} burglaries in March.", [f"{i + 10} burglaries"],
                    worth=(i % 10) / 10) for i in range(n)]
    with ReviewQueue(path, create=True) as q:
        q.add_documents(docs)
    return path


def test_eight_reviewers_drain_the_queue_and_each_item_goes_to_exactly_one(tmp_path):
    queue = filled_queue(tmp_path / "queue.db", ITEMS)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", REVIEWER, str(queue), f"r{n}", str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(REVIEWERS)]
    go.touch()
    handed: dict[str, list[int]] = {}
    for n, proc in enumerate(procs):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        handed[f"r{n}"] = [int(line) for line in out.split()]
    every = [i for ids in handed.values() for i in ids]
    assert len(every) == len(set(every)) == ITEMS
    with ReviewQueue(queue) as q:
        assert q.stats()["by_status"] == {"new": 0, "in_review": ITEMS, "reviewed": 0}
        for reviewer, ids in handed.items():
            assert sorted(i.id for i in q.list(assignee=reviewer)) == sorted(ids)
        for item_id in every[:10]:
            assert [h.action for h in q.show(item_id)[1]].count("next") == 1


# Runs one operation on the queue with the store's history write (the last statement of
# every change) or the export's rename slowed down, so the parent can kill it in between.
KILLED = textwrap.dedent("""
    import os, sys, time
    from quotecheck.review import queue as queue_module, store
    from quotecheck.review.queue import ReviewQueue
    from test_review_queue import article

    def stall(original):
        def stalled(*args, **kwargs):
            original(*args, **kwargs)
            print("stalled", flush=True)
            time.sleep(120)
        return stalled

    path, operation, output, item_id = sys.argv[1:5]
    store.SQLiteStore._record = stall(store.SQLiteStore._record)
    q = ReviewQueue(path)
    if operation == "verdict":
        q.verdict(int(item_id), "false", note="half done")
    elif operation == "add":
        q.add_documents([article(f"n{i}", f"Ward {i} had {i} fires.", [f"{i} fires"]) for i in range(50)])
    elif operation == "configure":
        q.configure(publisher="Half Desk")
    elif operation == "export":
        os.replace = stall(lambda *a: None)
        q.export("claimreview", output, publisher="Desk")
""")


def snapshot(path) -> tuple:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(db.execute(f"SELECT * FROM {table}").fetchall()
                     for table in ("items", "appearances", "history", "settings"))
    finally:
        db.close()


@pytest.mark.parametrize("operation", ["verdict", "add", "configure", "export"])
def test_a_process_killed_mid_operation_leaves_the_queue_as_it_was(tmp_path, operation):
    queue = filled_queue(tmp_path / "queue.db", 5)
    with ReviewQueue(queue) as q:
        in_review = q.next("ana").id
        q.verdict(q.next("ana").id, "true")
    out = tmp_path / "reviews.json"
    out.write_bytes(b"[]\n")
    before = snapshot(queue)
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(queue), operation, str(out), str(in_review)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=tmp_path, env=_with_tests_on_path())
    line = proc.stdout.readline()
    assert line == "stalled\n", proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert snapshot(queue) == before
    assert out.read_bytes() == b"[]\n"
    with ReviewQueue(queue) as q:  # the lock died with the process: the desk carries on
        assert q.verdict(in_review, "false").status == "reviewed"


def _with_tests_on_path() -> dict:
    import os
    from pathlib import Path

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH")]))
    return env
