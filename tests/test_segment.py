"""Normalisation, paragraphs and sentences: offsets into the original text are kept."""
from __future__ import annotations

import time

import pytest

from quotecheck.segment import normalise, paragraphs, sentences

NORMALISE = [
    # (original, normalised): one character for one, so every offset stays valid
    ("plain text", "plain text"),
    ("no-break\u00a0space", "no-break space"),
    ("thin\u2009and\u202fnarrow", "thin and narrow"),
    ("tab\there", "tab here"),
    ("windows\r\nline", "windows \nline"),
    ("old mac\rline", "old mac\nline"),
    ("line\u2028separator\u2029paragraph", "line\nseparator\nparagraph"),
    ("form\x0cfeed", "form\nfeed"),
    ("“curly” quotes ‘kept’", "“curly” quotes ‘kept’"),
]


@pytest.mark.parametrize("original, expected", NORMALISE)
def test_normalise_keeps_length_and_offsets(original, expected):
    plain = normalise(original)
    assert plain == expected
    assert len(plain) == len(original)
    for i, ch in enumerate(original):
        if not ch.isspace():
            assert plain[i] == ch


PARAGRAPHS = [
    # (text, paragraphs)
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\nstill one.\n\nTwo.", ["One.\nstill one.", "Two."]),
    ("  Indented.  \n\n\n\n  Spaced.  ", ["Indented.", "Spaced."]),
    ("Blank line with spaces.\n   \nNext.", ["Blank line with spaces.", "Next."]),
    # a text that never uses blank lines has one paragraph a line
    ("First line.\nSecond line.\n  Third line.\n", ["First line.", "Second line.", "Third line."]),
    ("", []),
    ("\n\n  \n", []),
]


@pytest.mark.parametrize("text, expected", PARAGRAPHS)
def test_paragraphs(text, expected):
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == expected
    assert spans == sorted(spans)


SENTENCES = [
    # (text, sentences)
    ("The council met. It voted.", ["The council met.", "It voted."]),
    ("Mr. Okafor spoke first. Mrs. Lind replied.", ["Mr. Okafor spoke first.", "Mrs. Lind replied."]),
    ("Sen. Marsh and Gov. Reyes arrived. Dr. Chen did not.",
     ["Sen. Marsh and Gov. Reyes arrived.", "Dr. Chen did not."]),
    ("The U.S. trade deficit grew. Exports fell.", ["The U.S. trade deficit grew.", "Exports fell."]),
    ("Talks ended in the U.S. The delegates flew home.", ["Talks ended in the U.S.", "The delegates flew home."]),
    ("The vote is on Jan. 14 in Denver. Few expect a change.",
     ["The vote is on Jan. 14 in Denver.", "Few expect a change."]),
    ("John F. Kennedy Airport was closed. Flights resumed.",
     ["John F. Kennedy Airport was closed.", "Flights resumed."]),
    ("Growth was 2.5 percent. Inflation was 3.1 percent.", ["Growth was 2.5 percent.", "Inflation was 3.1 percent."]),
    ("It starts at 9 a.m. tomorrow. Bring water.", ["It starts at 9 a.m. tomorrow.", "Bring water."]),
    ("Doors open at 7 p.m. The band plays at nine.", ["Doors open at 7 p.m.", "The band plays at nine."]),
    ("Shares of Ferro Inc. rose. Analysts were surprised.", ["Shares of Ferro Inc. rose.", "Analysts were surprised."]),
    ("The mill was sold to Ferro Inc. The deal closed in May.",
     ["The mill was sold to Ferro Inc.", "The deal closed in May."]),
    ("The prize went to Sam Reyes Jr. He thanked his coach.", ["The prize went to Sam Reyes Jr.", "He thanked his coach."]),
    # closing quotes after the period belong to the sentence
    ('She said, "We will rebuild." Then she left.', ['She said, "We will rebuild."', "Then she left."]),
    ("He called it “a disgrace.” Others agreed.", ["He called it “a disgrace.”", "Others agreed."]),
    ("The sign read 'closed.' We turned back.", ["The sign read 'closed.'", "We turned back."]),
    ("(The bill failed.) Nobody was surprised.", ["(The bill failed.)", "Nobody was surprised."]),
    # a question or exclamation inside a quote, continued by its attribution
    ('"Who pays for this?" she asked. Nobody answered.', ['"Who pays for this?" she asked.', "Nobody answered."]),
    ("“Stop the vote!” protesters shouted.", ["“Stop the vote!” protesters shouted."]),
    ('"Who pays?" The question hung there.', ['"Who pays?"', "The question hung there."]),
    # a sentence ending inside a quote ends there when a new sentence follows
    ('He said: "The plan works. We checked." The board agreed.',
     ['He said: "The plan works.', 'We checked."', "The board agreed."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("Wait... what happened?", ["Wait... what happened?"]),
    ("No final period", ["No final period"]),
    # never across a paragraph
    ("A heading\n\nBody text. More text.", ["A heading", "Body text.", "More text."]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentences(text, expected):
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize("text", [t for t, _ in SENTENCES])
def test_sentences_are_ordered_and_inside_paragraphs(text):
    paras = paragraphs(text)
    spans = sentences(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(any(ps <= s and e <= pe for ps, pe in paras) for s, e in spans)


def test_sentences_keep_offsets_of_the_original_after_normalise():
    original = "Mr.\u00a0Ito\u00a0spoke.\r\n\r\nShe said:\u00a0\"Yes.\""
    spans = sentences(normalise(original))
    assert [original[s:e] for s, e in spans] == ["Mr.\u00a0Ito\u00a0spoke.", "She said:\u00a0\"Yes.\""]


@pytest.mark.parametrize("text", [
    "." * 50_000 + "x",
    "?!" * 20_000 + '"' * 20_000 + "x",
    "\n" + " " * 50_000 + "x",
    ("a. " * 30_000),
    "a." * 50_000,                       # one long "word" of letters and periods
])
def test_pathological_runs_stay_linear(text):
    started = time.perf_counter()
    sentences(text)
    assert time.perf_counter() - started < 1.0
