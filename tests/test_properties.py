"""Properties that hold for any input: every offset slices back to its text, extraction is
deterministic and never fails, records survive a JSON round trip, ids are unique.

Two kinds of text: arbitrary Unicode, and text assembled from fragments of English news
writing (quotation marks straight and curly, attributions, numbers, apostrophes, odd spaces
and line ends), which reaches the quote, speaker and claim stages far more often."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotecheck import Document, Quantity, Quote, Speaker, extract, find_quantities
from quotecheck.segment import normalise, paragraphs, sentences

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARK_PAIRS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ('"', ""), ("", "”")]
SAYINGS = [
    "We will not back down", "It's a good day for the city", "they didn't say", "the plan is working",
    "Exports rose 12% to $4.5 billion in 2019", "About 300 people lost their jobs", "one in five homes is empty",
    "We're ready", "It isn’t over", "Costs were up more than 40 percent", "I'm proud of it. We earned it",
]
ATTRIBUTIONS = [
    "she said", "he said", "said Mr. Osei", "the minister told reporters", "according to officials",
    "Sen. Ruth Alder, a Democrat, said", "a spokeswoman for the agency added", "U.S. Ambassador Lee Park said",
    "said Jan O'Brien, 54, who runs the shelter", "they wrote", "",
]
FRAGMENTS = [
    "rose 12%", "$4.5 billion", "about 300 people", "one in five", "in 2019", "three years", "between 10 and 20",
    "more than 40 percent", "€12m a year", "1,200", "2.5", "nearly half", "tens of thousands",
    "The", "Mr.", "Jan.", "Dr.", "U.S.", "and", "but", "that", "O'Brien", "rock 'n' roll", "'90s", "—", "...",
    '"', "“", "”", "'", "‘", "’", "«", "»",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", ": ", "\n", "\n\n", "\r\n", "\u00a0", "\t", ""]

quoted = st.builds("{0[0]}{1}{2}{0[1]} {3}{4}".format, st.sampled_from(MARK_PAIRS), st.sampled_from(SAYINGS),
                   st.sampled_from([",", ".", "", "?"]), st.sampled_from(ATTRIBUTIONS), st.sampled_from([".", "", ":"]))
reported = st.builds("{0} that {1}.".format, st.sampled_from(ATTRIBUTIONS), st.sampled_from(SAYINGS))
loose = st.one_of(st.sampled_from(FRAGMENTS), st.integers(-10**7, 10**9).map(str),
                  st.decimals(0, 10**6, places=2).map(str))
news_like = st.lists(
    st.tuples(st.one_of(quoted, reported, loose, loose), st.sampled_from(SEPARATORS)).map("".join),
    max_size=25,
).map("".join)
any_text = st.text(max_size=400)


def slices_back(text: str, record) -> bool:
    return 0 <= record.start <= record.end <= len(text) and text[record.start:record.end] == record.text


def assert_valid_document(text: str, doc: Document) -> None:
    speaker_ids = [s.id for s in doc.speakers]
    quote_ids = [q.id for q in doc.quotes]
    claim_ids = [c.id for c in doc.claims]
    for ids in (speaker_ids, quote_ids, claim_ids):
        assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"
    for speaker in doc.speakers:
        assert all(slices_back(text, m) for m in speaker.mentions), speaker
    for quote in doc.quotes:
        assert slices_back(text, quote), quote
        assert quote.speaker_mention is None or slices_back(text, quote.speaker_mention), quote
        assert quote.speaker_id is None or quote.speaker_id in speaker_ids, quote
    for claim in doc.claims:
        assert slices_back(text, claim) and slices_back(text, claim.sentence), claim
        assert claim.sentence.start <= claim.start and claim.end <= claim.sentence.end, claim
        assert claim.quote_id is None or claim.quote_id in quote_ids, claim
        assert claim.speaker_id is None or claim.speaker_id in speaker_ids, claim


def check_extract(text: str) -> None:
    doc = extract(text)
    assert_valid_document(text, doc)
    assert extract(text) == doc
    assert Document.model_validate_json(doc.to_json()) == doc


def check_find_quantities(text: str) -> None:
    found = find_quantities(text)
    assert all(slices_back(text, q) for q in found), found
    assert find_quantities(text) == found
    assert [Quantity.model_validate_json(q.to_json()) for q in found] == found


@SETTINGS
@given(any_text)
@example("")
@example("\u00a0\r\n\r\n")
@example("\ud7ff\U0010ffff\x00")
def test_extract_on_any_text(text):
    check_extract(text)


@SETTINGS
@given(news_like)
@example('"We are ready," the mayor said.')
@example("“It isn’t over,”\u00a0said Sen.\u00a0Ruth Alder.\r\n\r\n“Not yet.”")
@example("Exports rose 12% to $4.5 billion in 2019, the ministry said.")
def test_extract_on_news_like_text(text):
    check_extract(text)


@SETTINGS
@given(any_text)
def test_find_quantities_on_any_text(text):
    check_find_quantities(text)


@SETTINGS
@given(news_like)
@example("about $1 billion a year, up 40% from one in five in 2016")
def test_find_quantities_on_news_like_text(text):
    check_find_quantities(text)


@SETTINGS
@given(st.one_of(any_text, news_like))
@example("A.\n\n\nB?\u2029C!\r\n“D.”")
def test_segments_are_ordered_trimmed_and_nested(text):
    plain = normalise(text)
    assert len(plain) == len(text)
    paras, sents = paragraphs(plain), sentences(plain)
    for spans in (paras, sents):
        assert all(s < e for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        assert all(not plain[s].isspace() and not plain[e - 1].isspace() for s, e in spans)
    assert all(any(ps <= s and e <= pe for ps, pe in paras) for s, e in sents)
    # nothing but space is left out of the sentences
    covered = set().union(*(range(s, e) for s, e in sents)) if sents else set()
    assert all(ch.isspace() for i, ch in enumerate(plain) if i not in covered)


def test_the_checks_catch_broken_records():
    text = '"Ready," she said.'
    good = extract(text)
    shifted = Quote(id="q1", text="Ready", start=0, end=5, kind="direct", confidence=1.0)
    for broken in (
        good.model_copy(update={"quotes": [shifted]}),
        good.model_copy(update={"quotes": [shifted.model_copy(update={"start": 1, "end": 6, "speaker_id": "s9"})]}),
        good.model_copy(update={"speakers": [Speaker(id="s1", name=None), Speaker(id="s1", name=None)]}),
    ):
        with pytest.raises(AssertionError):
            assert_valid_document(text, broken)
