"""``quotecheck queue ...`` and ``quotecheck extract --format review`` end to end: exit
codes, --json output, one-line errors that leave the file untouched, and the acceptance
runs on the shared seed article and PolNeAR dev set (skipped without ../shared)."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import quotecheck
from quotecheck import plugins
from quotecheck.cli import main
from quotecheck.errors import FormatError
from quotecheck.inputs import read_articles
from quotecheck.review.queue import ReviewQueue
from test_review_concurrency import REVIEWER
from test_review_queue import BRIDGE, HARBOUR, article

from shared_data import SHARED
SEED = SHARED / "corpus" / "voa-2017-08-09-north-korea.txt"
POLNEAR_DEV = SHARED / "eval" / "dev" / "polnear-dev.jsonl"


# No third-party plugin unless a test installs one; plugins loaded anew for each test.
pytestmark = pytest.mark.usefixtures("builtin_formats_only")


@pytest.fixture
def queue_file(tmp_path):
    """A queue of two claims and a quote, filled through the registered ``review`` exporter."""
    path = tmp_path / "queue.db"
    docs = [article("a1", BRIDGE, ["12 million euros"], worth=0.9, meta={"url": "https://news.example/bridge"}),
            article("a2", HARBOUR, ["4,000 ships"], speaker=("Ola Berg", "Port Director"), worth=0.3,
                    quoted="4,000 ships")]
    quotecheck.export(docs, "review", path, include_quotes=True)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["queue", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_review_is_a_registered_format_that_needs_a_path(tmp_path):
    exporter = plugins.exporters()["review"]
    assert exporter.needs_path
    with pytest.raises(FormatError, match="-o"):
        exporter.write([], sys.stdout.buffer, {})


def test_the_workflow_through_the_cli(capsys, queue_file):
    code, out, _ = run(capsys, "list", queue_file, "--json")
    listed = orjson.loads(out)
    assert code == 0 and [i["text"] for i in listed] == ["12 million euros", "4,000 ships", "4,000 ships"]
    code, out, _ = run(capsys, "next", queue_file, "--reviewer", "ana", "--json")
    taken = orjson.loads(out)
    assert (code, taken["status"], taken["assignee"]) == (0, "in_review", "ana")
    assert taken["appearances"][0]["url"] == "https://news.example/bridge"
    code, out, _ = run(capsys, "verdict", queue_file, taken["id"], "--rating", "false", "--note", "budget is 9m",
                       "--evidence", "https://gov.example/a", "--evidence", "https://gov.example/b", "--json")
    assert code == 0 and orjson.loads(out)["evidence"] == ["https://gov.example/a", "https://gov.example/b"]
    code, out, _ = run(capsys, "assign", queue_file, 2, "--to", "ben", "--by", "lead")
    assert code == 0 and "in_review (ben)" in out
    code, out, _ = run(capsys, "reopen", queue_file, 2, "--by", "lead", "--json")
    assert code == 0 and orjson.loads(out)["status"] == "new"
    code, out, _ = run(capsys, "show", queue_file, taken["id"])
    assert code == 0 and "[12 million euros]" in out and "verdict in_review → reviewed" in out
    code, out, _ = run(capsys, "stats", queue_file, "--json")
    assert orjson.loads(out)["by_status"] == {"new": 2, "in_review": 0, "reviewed": 1}
    code, out, _ = run(capsys, "config", queue_file, "--publisher", "Desk", "--json")
    assert code == 0 and orjson.loads(out)["publisher"] == "Desk"
    code, out, _ = run(capsys, "export", queue_file, "--format", "claimreview")
    assert code == 0 and orjson.loads(out)[0]["reviewRating"]["alternateName"] == "False"
    target = queue_file.parent / "reviews.csv"
    code, out, _ = run(capsys, "export", queue_file, "--format", "csv", "-o", target)
    assert code == 0 and out == "" and target.read_text().count("\n") == 2


def test_next_on_a_drained_queue_prints_nothing_and_exits_3(capsys, queue_file):
    for _ in range(3):
        assert run(capsys, "next", queue_file, "--reviewer", "ana")[0] == 0
    assert run(capsys, "next", queue_file, "--reviewer", "ana") == (3, "", "")


@pytest.mark.parametrize("args, message", [
    (["show", "{q}", "99"], "no item 99"),
    (["verdict", "{q}", "1", "--rating", "true"], "is new"),
    (["verdict", "{q}", "1", "--rating", "sort-of"], "unknown rating"),
    (["reopen", "{q}", "1"], "is new"),
    (["export", "{q}", "--format", "claimreview"], "publishing organisation"),
    (["list", "{other}"], "not a quotecheck review queue"),
    (["stats", "{newer}"], "newer quotecheck"),
    (["next", "{text}", "--reviewer", "ana"], "not an SQLite file"),
    (["list", "{missing}"], "no review queue at"),
])
def test_errors_are_one_line_exit_1_and_leave_the_file_untouched(capsys, queue_file, tmp_path, args, message):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    newer = tmp_path / "newer.db"
    newer.write_bytes(queue_file.read_bytes())
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    text = tmp_path / "notes.txt"
    text.write_text("just notes\n")
    paths = {"q": queue_file, "other": other, "newer": newer, "text": text, "missing": tmp_path / "missing.db"}
    args = [a.format(**paths) for a in args]
    before = {name: digest(p) for name, p in paths.items() if p.exists()}
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("quotecheck: error: ")
    assert {name: digest(p) for name, p in paths.items() if p.exists()} == before


def test_article_text_cannot_send_escape_sequences_to_the_terminal(capsys, tmp_path):
    path = tmp_path / "q.db"
    quotecheck.export([article("x", "It cost 7 dollars\x1b[2J\u202e today.", ["7 dollars"])], "review", path)
    code, out, _ = run(capsys, "list", path)
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "7 dollars" in out


def test_extract_refuses_to_write_a_queue_into_a_file_that_is_not_one(capsys, tmp_path):
    text = tmp_path / "story.txt"
    text.write_text('"We will add 30 buses," the transit director said.\n', encoding="utf-8")
    notes = tmp_path / "notes.json"
    notes.write_text("{}\n")
    code = main(["extract", str(text), "--format", "review", "-o", str(notes), "--workers", "1"])
    _, err = capsys.readouterr()
    assert code == 1 and "not an SQLite file" in err and err.count("\n") == 1
    assert notes.read_text() == "{}\n"


# -- acceptance, on the shared data ---------------------------------------------------------

needs_shared = pytest.mark.skipif(not SEED.exists() or not POLNEAR_DEV.exists(),
                                  reason="needs ../shared (corpus and eval data) beside the repository")


def extract_into(queue, *inputs) -> int:
    return main(["extract", *map(str, inputs), "--format", "review", "-o", str(queue),
                 "--include-quotes", "--workers", "1", "--no-progress"])


def found_by_extract(source: Path) -> int:
    """How many items extraction offers the queue: claims, plus attributed quotes."""
    docs = quotecheck.extract_many(read_articles([source]), workers=1)
    return sum(len(d.claims) + sum(q.speaker_id is not None for q in d.quotes) for d in docs)


@needs_shared
@pytest.mark.parametrize("source", [SEED, POLNEAR_DEV], ids=["seed", "polnear-dev"])
def test_extracting_twice_adds_nothing(capsys, tmp_path, source):
    queue = tmp_path / "queue.db"
    assert extract_into(queue, source) == 0
    with ReviewQueue(queue) as q:
        first = q.stats()
    assert extract_into(queue, source) == 0
    with ReviewQueue(queue) as q:
        assert q.stats() == first
    assert first["appearances"] == found_by_extract(source)
    assert first["items"] <= first["appearances"]


@needs_shared
def test_eight_reviewers_drain_the_dev_set_queue(tmp_path):
    queue = tmp_path / "queue.db"
    assert extract_into(queue, POLNEAR_DEV) == 0
    with ReviewQueue(queue) as q:
        total = q.stats()["items"]
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", REVIEWER, str(queue), f"r{n}", str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(8)]
    go.touch()
    handed = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        handed += [int(line) for line in out.split()]
    assert len(handed) == len(set(handed)) == total


@needs_shared
def test_a_verdict_on_the_seed_article_round_trips_to_claimreview(capsys, tmp_path):
    articles = tmp_path / "seed.jsonl"
    articles.write_bytes(orjson.dumps({"id": "voa-seed", "text": SEED.read_text(encoding="utf-8"),
                                       "title": "Seed article", "url": "https://news.example/seed",
                                       "date": "2017-08-09"}) + b"\n")
    queue = tmp_path / "queue.db"
    assert extract_into(queue, articles) == 0
    with ReviewQueue(queue) as q:
        named = [i for i in q.list() if i.speaker_name and i.speaker_title]
    if not named:
        pytest.skip("extraction found no item with a named, titled speaker in the seed article yet")
    item = named[0]
    assert run(capsys, "assign", queue, item.id, "--to", "ana")[0] == 0
    assert run(capsys, "verdict", queue, item.id, "--rating", "mostly-true", "--note", "checked",
               "--evidence", "https://un.example/res")[0] == 0
    out_path = tmp_path / "reviews.jsonld"
    assert run(capsys, "export", queue, "--format", "claimreview", "-o", out_path, "--publisher", "Desk",
               "--publisher-url", "https://desk.example")[0] == 0
    (review,) = orjson.loads(out_path.read_bytes())
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == (item.sentence or item.text)
    assert review["reviewRating"]["alternateName"] == "Mostly true" and review["reviewRating"]["ratingValue"] == 4
    assert review["datePublished"] and review["author"]["name"] == "Desk"
    claim = review["itemReviewed"]
    assert claim["author"] == {"@type": "Person", "name": item.speaker_name, "jobTitle": item.speaker_title}
    assert claim["appearance"][0]["url"] == "https://news.example/seed"
    assert claim["appearance"][0]["datePublished"] == "2017-08-09"
