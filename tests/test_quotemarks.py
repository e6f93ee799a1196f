"""Pairing quotation marks: which stretches of text are quoted, with the marks left out."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.quotemarks import quoted_spans
from quotecheck.segment import paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in quoted_spans(text, paragraphs(text))]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: list[str]


CASES = [
    Case("straight double marks", 'The clerk said "the vote is closed" and left.', ["the vote is closed"]),
    Case("typographic marks", "“We will rebuild the pier,” the mayor said.", ["We will rebuild the pier,"]),
    Case("guillemets", "The minister called it «a fair deal» on Monday.", ["a fair deal"]),
    Case("low-high marks", "The sign read „Closed for repairs“ all week.", ["Closed for repairs"]),
    Case("two apostrophes are neither a double mark nor two single ones",
         "''Nobody asked us,'' the tenant said.", []),
    Case("single quotes inside double belong to the outer quote",
         "“They keep promising ‘a new era’ and nothing comes,” she said.",
         ["They keep promising ‘a new era’ and nothing comes,"]),
    Case("single marks inside two-apostrophe marks are left nested",
         "''I said, 'Give it time,' and we waited,'' the coach recalled.", []),
    Case("apostrophes are not marks",
         "The band's '90s hits don't age, and the Joneses' barn still stands.", []),
    Case("a single-quoted phrase on its own", "Critics called the plan 'reckless' on Tuesday.", ["reckless"]),
    Case("typographic single marks", "Critics called the plan ‘rushed’ on Tuesday.", ["rushed"]),
    Case("a low single opening mark", "Critics called the plan ‚rushed’ on Tuesday.", ["rushed"]),
    Case("a paragraph of closing apostrophes only",
         "The board’s plan isn’t new.\n\nThe council called it “late” again.", ["late"]),
    Case("a single-quoted phrase that opens a later paragraph",
         "The vote is set.\n\n'Fair enough,' the clerk said.", ["Fair enough,"]),
    Case("a single-quoted phrase right after a bracket",
         "The plan ('Bridge Two') failed.", ["Bridge Two"]),
    Case("a single-quoted phrase right after a dash",
         "One word—'never'—ended the talks.", ["never"]),
    Case("a plural possessive inside single quotes",
         "He promised 'the farmers' share' would grow.", ["the farmers' share"]),
    Case("a quote split by its attribution",
         "“The budget is tight,” the treasurer said, “but the school will open.”",
         ["The budget is tight,", "but the school will open."]),
    Case("a quote over two paragraphs",
         "“The bridge is safe. We checked every bolt.\n\n“Traffic resumes on Friday,” the engineer said.",
         ["The bridge is safe. We checked every bolt.", "Traffic resumes on Friday,"]),
    Case("a straight mark between spaces closes the open quote",
         'He said "we are tired of the word \'outreach,\' " and left.', ["we are tired of the word 'outreach,'"]),
    Case("a stray mark is forgotten at the paragraph end",
         'The pipe was 12" wide.\n\n"It burst at noon," the plumber said.', ["It burst at noon,"]),
    Case("an unclosed mark mid-paragraph gives way to the next opener",
         'He said "maybe and then. "We are done," she said.', ["We are done,"]),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_quoted_spans(case: Case) -> None:
    assert quoted(case.text) == case.expected


def test_multi_paragraph_quote_marks_its_continuation() -> None:
    text = "“First part of the speech.\n\n“Second part of it,” the governor said."
    spans = quoted_spans(text, paragraphs(text))
    assert [s.continues for s in spans] == [False, True]
    assert spans[0].close_mark is None


def test_a_paragraph_without_marks_ends_a_quote_left_open() -> None:
    text = "“We will stay.\n\nThe crowd cheered.\n\n“Now go,” the captain said."
    assert [s.continues for s in quoted_spans(text, paragraphs(text))] == [False, False]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’«»")), max_size=200))
@example('"\n\n"')
@example("''''")
def test_spans_lie_inside_the_text_and_exclude_marks(text: str) -> None:
    for s in quoted_spans(text, paragraphs(text)):
        assert 0 <= s.open_mark < s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
