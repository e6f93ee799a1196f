"""Documents → queue items: the fingerprint that makes re-runs add nothing and one claim
in two articles one item, and the article details each appearance keeps."""
from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.records import Document
from quotecheck.review.items import article_details, fingerprint, normalised, queue_items
from test_review_queue import article

SENTENCE = "Prices rose 3 percent in May, the bureau said."


def claim_fingerprint(doc):
    (item,) = [i for i in queue_items(doc) if i.kind == "claim"]
    return item.fingerprint


@pytest.mark.parametrize("other, same", [
    (article("b", SENTENCE, ["3 percent"], prefix="Lead paragraph.\n\n"), True),   # other offsets, other id
    (article("b", SENTENCE.upper(), ["3 PERCENT"]), True),                          # case
    (article("b", SENTENCE.replace("rose ", "rose\n  "), ["3 percent"]), True),            # wrapping
    (article("b", SENTENCE.replace(",", " —"), ["3 percent"]), True),               # punctuation
    (article("b", SENTENCE.replace("3", "4"), ["4 percent"]), False),               # another number
    (article("b", SENTENCE.replace("May", "June"), ["3 percent"]), False),          # another statement
    (article("b", SENTENCE, ["3 percent"], speaker=("Kim Park", None)), False),     # another speaker
])
def test_fingerprint_matches_the_same_claim_only(other, same):
    base = article("a", SENTENCE, ["3 percent"])
    assert (claim_fingerprint(base) == claim_fingerprint(other)) is same


def test_the_same_phrase_twice_in_a_sentence_is_two_items():
    doc = article("a", "Exports grew 2 percent and imports grew 2 percent.", ["2 percent", "2 percent"])
    first, second = queue_items(doc)
    assert first.fingerprint != second.fingerprint


def test_claim_items_carry_offsets_inside_their_sentence():
    doc = article("a", SENTENCE, ["3 percent"], prefix="Headline here.\n")
    (item,) = queue_items(doc)
    assert item.sentence[item.offset_start:item.offset_end] == "3 percent"
    assert (item.appearance.char_start, item.appearance.sentence_start) == (doc.claims[0].start, 15)


@pytest.mark.parametrize("source, meta, expected", [
    ("https://news.example/x", {}, {"url": "https://news.example/x", "source": "https://news.example/x"}),
    ("/data/x.txt", {"url": "https://news.example/x"}, {"url": "https://news.example/x", "source": "/data/x.txt"}),
    ("/data/x.txt", {}, {"url": None, "source": "/data/x.txt"}),
    (None, {"title": "Rates rise", "publication_date": "2024-02-03", "publisher": "Daily"},
     {"title": "Rates rise", "date": "2024-02-03", "publisher": "Daily"}),
    (None, {"title": {"nested": 1}, "date": ""}, {"title": None, "date": None}),
])
def test_article_details_come_from_meta_and_source(source, meta, expected):
    details = article_details(Document(id="x", source=source, meta=meta))
    assert {k: details[k] for k in expected} == expected


def test_quote_priority_is_its_most_check_worthy_claim():
    doc = article("a", 'She said "we cut 40 jobs" today.', ["40 jobs"], speaker=("Lee Wu", None),
                  quoted="we cut 40 jobs", worth=0.6)
    claim, quote = queue_items(doc, include_quotes=True)
    assert (quote.kind, quote.priority, claim.quote_text) == ("quote", 0.6, "we cut 40 jobs")


@given(st.text(max_size=60))
def test_normalised_ignores_surrounding_space_and_punctuation(text):
    assert normalised(f" “{text}”\n") == normalised(text)
    assert fingerprint("claim", text) == fingerprint("claim", text + " .")


@given(st.text(alphabet=string.ascii_letters + string.digits + " ,.$%", max_size=60))
def test_normalised_ignores_case(text):
    assert normalised(text.upper()) == normalised(text.lower())
