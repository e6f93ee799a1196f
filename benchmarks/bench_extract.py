"""How fast quotecheck reads real news: MB/s, documents/s and peak memory.

Runs over the 84 PolNeAR dev articles in ../shared (absent from a fresh clone: then it says so
and exits 0). Measures, each a few times with best and median:
  - ``extract`` on one core (this process, one document after another);
  - ``find_quantities`` alone on one core;
  - ``extract_many`` on every core;
  - the split of one ``extract`` pass between its stages (where the time goes);
then the peak Python heap of one ``extract`` pass (tracemalloc) and the peak resident memory
of this process and of its workers (ru_maxrss).

    .venv/bin/python benchmarks/bench_extract.py [--repeat 5] [--corpus PATH.jsonl]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import quotecheck

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev" / "polnear-dev.jsonl"


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    """Seconds of each of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def report(label: str, times: list[float], megabytes: float, documents: int) -> None:
    best, median = min(times), statistics.median(times)
    print(f"{label:34} best {megabytes / best:7.2f} MB/s {documents / best:8.1f} docs/s   "
          f"median {megabytes / median:7.2f} MB/s {documents / median:8.1f} docs/s   ({len(times)} runs)")


def stage_split(texts: list[str], repeat: int) -> dict[str, float]:
    """CPU seconds of each stage over all texts (best of ``repeat``), run as ``extract`` runs them.
    Speaker resolution is timed inside attribution by wrapping the function attribution calls."""
    from quotecheck import attribution, claims, segment

    spent = {"segmentation": 0.0, "attribution (own work)": 0.0, "speakers": 0.0, "claims": 0.0}
    resolve = attribution.resolve_speakers

    def timed_resolve(*args):
        started = time.process_time()
        try:
            return resolve(*args)
        finally:
            spent["speakers"] += time.process_time() - started

    best: dict[str, float] = {}
    attribution.resolve_speakers = timed_resolve
    try:
        for _ in range(repeat):
            spent.update(dict.fromkeys(spent, 0.0))
            for text in texts:
                t0 = time.process_time()
                plain = segment.normalise(text)
                spans = segment.sentences(plain)
                t1 = time.process_time()
                quotes, _ = attribution.quotes_and_speakers(plain, spans)
                t2 = time.process_time()
                claims.find_claims(plain, spans, quotes)
                t3 = time.process_time()
                spent["segmentation"] += t1 - t0
                spent["attribution (own work)"] += t2 - t1
                spent["claims"] += t3 - t2
            spent["attribution (own work)"] -= spent["speakers"]
            best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    finally:
        attribution.resolve_speakers = resolve
    return best


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement (default 5)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL of {\"text\": ...} articles")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"bench_extract: no corpus at {args.corpus.resolve()}; the benchmark reads the shared "
              "evaluation data beside the repository (../shared). Nothing to measure.")
        return 0

    texts = load_texts(args.corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"corpus {args.corpus.name}: {len(texts)} documents, {megabytes:.3f} MB of UTF-8 text; "
          f"quotecheck {quotecheck.__version__}, Python {sys.version.split()[0]}, {cores} cores")

    quotecheck.extract(texts[0])  # warm up: imports and lazily built tables
    report("extract, one core", timed(lambda: [quotecheck.extract(t) for t in texts], args.repeat),
           megabytes, len(texts))
    report("find_quantities, one core", timed(lambda: [quotecheck.find_quantities(t) for t in texts], args.repeat),
           megabytes, len(texts))
    many = timed(lambda: list(quotecheck.extract_many(texts, workers=cores, chunksize=4)), max(2, args.repeat // 2))
    report(f"extract_many, {cores} workers", many, megabytes, len(texts))

    split = stage_split(texts, args.repeat)
    print("where one-core time goes (CPU seconds, best of each): "
          + ", ".join(f"{stage} {seconds:.3f}" for stage, seconds in split.items()))

    tracemalloc.start()
    for t in texts:
        quotecheck.extract(t)
    _, peak_heap = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python heap during one extract pass (tracemalloc): {peak_heap / 1e6:.2f} MB")
    print(f"peak resident memory: this process {peak_rss_mb(resource.RUSAGE_SELF):.1f} MB, "
          f"largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
