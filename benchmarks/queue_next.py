"""How long ``queue next`` takes on a large review queue (default: 100,000 items).

    .venv/bin/python benchmarks/queue_next.py [--items N] [--calls N]

Fills a temporary queue through the store (one transaction), then times ``next`` through
the ReviewQueue class (what the CLI and a web page call) and through the CLI itself in a
fresh process (what a reviewer waits for, Python start-up included).
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotecheck.review.queue import ReviewQueue
from quotecheck.review.store import Appearance, NewItem


def fill(path: Path, items: int) -> float:
    rng = random.Random(7)
    new_items = (NewItem(fingerprint=f"{n:032x}", kind="claim", text=f"{n} jobs", priority=rng.random(),
                         sentence=f"The plant added {n} jobs last year, the company said.",
                         offset_start=16, offset_end=16 + len(f"{n} jobs"),
                         appearance=Appearance(f"article-{n // 20}", 100, 110, 84, 140, title="Plant news"))
                 for n in range(items))
    start = time.perf_counter()
    with ReviewQueue(path, create=True) as queue:
        queue.store.add(new_items, "benchmark")
    return time.perf_counter() - start


def ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (f"median {statistics.median(ordered) * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms, "
            f"max {ordered[-1] * 1e3:.2f} ms over {len(ordered)} calls")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=1_000)
    parser.add_argument("--cli-calls", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "queue.db"
        print(f"filled {args.items:,} items in {fill(path, args.items):.2f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")
        timings = []
        with ReviewQueue(path) as queue:
            for n in range(args.calls):
                start = time.perf_counter()
                queue.next(f"reviewer-{n % 8}")
                timings.append(time.perf_counter() - start)
        print(f"ReviewQueue.next: {ms(timings)}")
        cli = []
        for _ in range(args.cli_calls):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "quotecheck.cli", "queue", "next", str(path),
                            "--reviewer", "cli"], check=True, capture_output=True)
            cli.append(time.perf_counter() - start)
        print(f"quotecheck queue next (new process): {ms(cli)}")


if __name__ == "__main__":
    main()
