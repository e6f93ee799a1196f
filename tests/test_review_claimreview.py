"""Finished reviews out: ClaimReview JSON-LD carrying every field a fact-check aggregator
reads, and CSV that a spreadsheet cannot run as formulas; both written atomically."""
from __future__ import annotations

import csv
import io

import orjson
import pytest

from quotecheck.errors import QueueError
from quotecheck.review.queue import ReviewQueue
from test_review_queue import article

SAID = 'Ms. Diaz said "the ferry carries 900 people a day" on Monday.'


@pytest.fixture
def reviewed(tmp_path):
    """A queue with one claim seen in two articles, reviewed as false with a note and evidence."""
    q = ReviewQueue(tmp_path / "queue.db", create=True)
    q.configure(publisher="Harbour Checks", publisher_url="https://checks.example")
    said_by = ("Rosa Diaz", "Transport Minister")
    q.add_documents([
        article("a1", SAID, ["900 people"], speaker=said_by, quoted="the ferry carries 900 people a day",
                meta={"title": "Ferry use", "url": "https://news.example/ferry", "date": "2024-04-02"}),
        article("a2", SAID, ["900 people"], speaker=said_by, quoted="the ferry carries 900 people a day",
                meta={"title": "Ferry busy", "url": "https://other.example/f", "date": "2024-04-01"}),
        article("a3", "Fares rose 5 percent, the operator said.", ["5 percent"]),
    ])
    item = q.next("ana")
    q.verdict(item.id, "misleading", note="=1+1 counts crew", evidence=["https://stats.example/ferry"])
    yield q
    q.close()


def test_claimreview_carries_every_field(reviewed):
    (review,) = orjson.loads(reviewed.export_bytes("claimreview"))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == SAID
    assert review["datePublished"] == reviewed.list(status="reviewed")[0].reviewed_at[:10]
    assert review["author"] == {"@type": "Organization", "name": "Harbour Checks", "url": "https://checks.example"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading", "ratingValue": 2,
                                      "bestRating": 5, "worstRating": 1}
    assert review["reviewBody"] == "=1+1 counts crew"
    assert review["citation"] == ["https://stats.example/ferry"]
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Rosa Diaz", "jobTitle": "Transport Minister"}
    assert claim["datePublished"] == "2024-04-01"
    assert claim["firstAppearance"]["url"] == "https://other.example/f"
    assert {a["url"] for a in claim["appearance"]} == {"https://news.example/ferry", "https://other.example/f"}


def test_unscored_ratings_carry_only_their_name(reviewed):
    reviewed.reopen(1)
    reviewed.next("ben")
    reviewed.verdict(1, "unverifiable")
    (review,) = orjson.loads(reviewed.export_bytes("claimreview"))
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}


def test_claimreview_needs_a_publisher_but_takes_one_per_export(tmp_path):
    with ReviewQueue(tmp_path / "q.db", create=True) as q:
        with pytest.raises(QueueError, match="publishing organisation"):
            q.export_bytes("claimreview")
        assert orjson.loads(q.export_bytes("claimreview", publisher="Desk")) == []


def test_claimreview_escapes_markup_for_script_tags(tmp_path):
    with ReviewQueue(tmp_path / "q.db", create=True) as q:
        q.add_documents([article("x", "He said </script><b>9 cats</b> & more.", ["9 cats"])])
        q.verdict(q.next("ana").id, "false")
        data = q.export_bytes("claimreview", publisher="Desk")
    assert b"<" not in data and b">" not in data and b"&" not in data
    assert orjson.loads(data)[0]["claimReviewed"] == "He said </script><b>9 cats</b> & more."


def test_csv_has_one_row_per_review_with_formulas_neutralised(reviewed):
    rows = list(csv.DictReader(io.StringIO(reviewed.export_bytes("csv").decode())))
    (row,) = rows
    assert (row["rating"], row["claim"], row["speaker_name"]) == ("misleading", "900 people", "Rosa Diaz")
    assert row["note"] == "'=1+1 counts crew"
    assert row["appearances"] == "2"


def test_export_writes_atomically_and_replaces_the_old_file(reviewed, tmp_path):
    out = tmp_path / "reviews.json"
    out.write_text("old")
    reviewed.export("claimreview", out)
    assert len(orjson.loads(out.read_bytes())) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_export_format(reviewed):
    with pytest.raises(QueueError, match="claimreview, csv"):
        reviewed.export_bytes("xml")
