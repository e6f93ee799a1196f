"""Reported speech: statements in the writer's words, with the speaker who made them.

Every sentence here is written for these tests; each case is one pattern of news writing.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from quotecheck.attribution import quotes_and_speakers
from quotecheck.segment import sentences


def reported(text: str) -> list[tuple[str, str, str | None]]:
    quotes, _ = quotes_and_speakers(text, sentences(text))
    return [(q.text, q.speaker_mention.text, q.cue) for q in quotes if q.kind == "indirect"]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: list[tuple[str, str, str | None]]


CASES = [
    Case("speaker, verb, that-clause",
         "The fire chief said that the blaze started in the kitchen.",
         [("the blaze started in the kitchen", "The fire chief", "said")]),
    Case("speaker, verb, clause without that",
         "Mayor Ruth Okafor said the bridge would reopen by spring.",
         [("the bridge would reopen by spring", "Mayor Ruth Okafor", "said")]),
    Case("told with an object and a day",
         "The coach told reporters on Sunday the team had lost its nerve.",
         [("the team had lost its nerve", "The coach", "told")]),
    Case("statement first, attribution last",
         "The new tariffs will raise grocery prices, economists said.",
         [("The new tariffs will raise grocery prices", "economists", "said")]),
    Case("statement first, inverted attribution with a day",
         "Two hundred homes lost power overnight, said a spokeswoman for the utility on Tuesday.",
         [("Two hundred homes lost power overnight", "a spokeswoman for the utility", "said")]),
    Case("according to, opening the sentence",
         "According to the county clerk, turnout reached a record high this year.",
         [("turnout reached a record high this year", "the county clerk", "According to")]),
    Case("according to, closing the sentence",
         "The factory will close in March, according to a company memo.",
         [("The factory will close in March", "a company memo", "according to")]),
    Case("the attribution set inside the statement",
         "The museum, the curator said, would open a new wing next year.",
         [("The museum, the curator said, would open a new wing next year", "the curator", "said")]),
    Case("a trailing participle reports a second statement of the same speaker",
         "The senator said the bill was dead, adding that she would try again in the fall.",
         [("the bill was dead", "The senator", "said"),
          ("she would try again in the fall", "The senator", "adding")]),
    Case("a verb shared with an earlier one",
         "Ms. Tran visited the plant and said the workers had been treated unfairly.",
         [("the workers had been treated unfairly", "Ms. Tran", "said")]),
    Case("a group as the speaker",
         "Analysts say the merger will face a long review.",
         [("the merger will face a long review", "Analysts", "say")]),
    Case("according to, with a source that is no known role",
         "Unemployment fell to a record low, according to federal statistics.",
         [("Unemployment fell to a record low", "federal statistics", "according to")]),
    Case("a role and whose",
         "The payments had stopped in June, attorneys for the family said.",
         [("The payments had stopped in June", "attorneys for the family", "said")]),
    Case("told with a one-word object",
         "The coach told ESPN that the season was over.",
         [("the season was over", "The coach", "told")]),
    Case("a report nested in the statement stays part of it",
         "The spokesman said that the mayor called the audit unfair.",
         [("the mayor called the audit unfair", "The spokesman", "said")]),
    Case("two statements in one sentence, cut at the second's clause",
         "The union says wages fell sharply last year and warned that a strike was likely.",
         [("wages fell sharply last year", "The union", "says"), ("a strike was likely", "The union", "warned")]),
    Case("a relative pronoun as the speaker",
         "The city hired an architect who said the roof could not be saved.",
         [("the roof could not be saved", "who", "said")]),
    Case("told a programme by name",
         "The senator told CNN's “State of the Union” that the deal was close.",
         [("the deal was close", "The senator", "told")]),
    Case("a participle after a quotation's attribution reports more",
         "“It got personal,” the mayor said on Friday, adding that she would not run again.",
         [("she would not run again", "the mayor", "adding")]),
    Case("after a quotation, the attribution reports nothing more",
         "“We won,” the captain told the crowd at the stadium gates.", []),
    Case("no statement after the verb",
         "The governor said nothing.", []),
    Case("a quotation is not reported speech",
         "“The vote is final,” the chairman said.", []),
    Case("a clause holding a partial quote is the partial quote's",
         "The mayor said the deal was “a bad joke” for taxpayers.", []),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_reported_speech(case: Case) -> None:
    assert reported(case.text) == case.expected


def test_a_report_with_no_named_source_has_no_speaker() -> None:
    text = "It was widely reported that the council would raise parking fees."
    quotes, speakers = quotes_and_speakers(text, sentences(text))
    assert [(q.text, q.kind, q.speaker_id, q.cue) for q in quotes] == [
        ("the council would raise parking fees", "indirect", None, "was widely reported")]
    assert speakers == [] and quotes[0].confidence <= 0.5


def test_reported_speech_is_less_certain_than_a_direct_quote() -> None:
    text = "Mayor Ruth Okafor said the bridge would reopen by spring."
    quotes, _ = quotes_and_speakers(text, sentences(text))
    assert quotes[0].kind == "indirect" and quotes[0].confidence < 0.9
