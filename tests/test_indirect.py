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
    Case("a base form after an auxiliary is a verb",
         "The minister did not mention the new tax on fuel imports.",
         [("the new tax on fuel imports", "The minister", "mention")]),
    Case("a poll's share of its respondents as the speaker",
         "Six in 10 said they trusted the council to fix the roads.",
         [("they trusted the council to fix the roads", "Six in 10", "said")]),
    Case("a percentage of those surveyed as the speaker",
         "Thirty-one percent of those surveyed said they would vote early.",
         [("they would vote early", "Thirty-one percent of those surveyed", "said")]),
    Case("a plural noun phrase with no determiner as the speaker",
         "Local shopkeepers say the new parking rules drive customers away.",
         [("the new parking rules drive customers away", "Local shopkeepers", "say")]),
    Case("a sentence after a closed quotation reports a statement of its own",
         "“We lost.” He said the party would rebuild before the next election.",
         [("the party would rebuild before the next election", "He", "said")]),
    Case("a short object of a verb of praise or blame is what was said",
         "The mayor praised the firefighters.",
         [("the firefighters", "The mayor", "praised")]),
    Case("as X noted, then the statement",
         "As the auditor noted, the fund had lost money for three years.",
         [("the fund had lost money for three years", "the auditor", "noted")]),
    Case("a comma between the verb and its clause",
         "The governor says, win or lose, she will serve out her term.",
         [("win or lose, she will serve out her term", "The governor", "says")]),
    Case("a pronoun subject shared by a verb after 'and'",
         "She visited the depot on Monday, and said the buses were unsafe.",
         [("the buses were unsafe", "She", "said")]),
    Case("a base form after a plural subject whose head is no known role",
         "Legal scholars suggest the rule could be challenged in court.",
         [("the rule could be challenged in court", "Legal scholars", "suggest")]),
    Case("an infinitive after a verb of going on",
         "The senator continued to insist that the vote was rigged.",
         [("the vote was rigged", "The senator", "insist")]),
    Case("an auxiliary, a negation and an adverb before the verb",
         "She did not directly criticize the governor.",
         [("the governor", "She", "criticize")]),
    Case("a three-word statement",
         "The coach said rain stopped play.",
         [("rain stopped play", "The coach", "said")]),
    Case("a phrasal cue takes a short object",
         "The senator declined to comment.",
         [("comment", "The senator", "declined to")]),
    Case("urged someone to act",
         "The union urged the city to reopen the talks.",
         [("the city to reopen the talks", "The union", "urged")]),
    Case("a phrasal participle shares the sentence's subject, not its verb",
         "The mayor opened the meeting by talking about the housing shortage.",
         [("the housing shortage", "The mayor", "talking about")]),
    Case("pointed to",
         "The auditor pointed to a gap in the pension fund.",
         [("a gap in the pension fund", "The auditor", "pointed to")]),
    Case("a quantifier as the speaker",
         "Some say the bridge should never have been built.",
         [("the bridge should never have been built", "Some", "say")]),
    Case("those polled",
         "Those polled said the mayor was doing a good job.",
         [("the mayor was doing a good job", "Those polled", "said")]),
    Case("a perfect tense after 'but' shares the subject",
         "The governor has voiced doubts but has since said she will sign the bill.",
         [("she will sign the bill", "The governor", "said")]),
    Case("a number word opening the sentence is no subject",
         "Eight years ago, she backed the plan and said it would save the city money.",
         [("it would save the city money", "she", "said")]),
    Case("a quotation in doubled apostrophes, an old wire style, is reported speech",
         "The mayor added, ''We will rebuild the pier by summer.''",
         [("''We will rebuild the pier by summer.''", "The mayor", "added")]),
    Case("doubled apostrophes before the attribution",
         "''We will rebuild the pier by summer,'' the mayor said.",
         [("''We will rebuild the pier by summer", "the mayor", "said")]),
    Case("doubled apostrophes before an inverted attribution",
         "''The caucuses are all about beating expectations,'' said Gov. Ann Lee of Iowa.",
         [("''The caucuses are all about beating expectations", "Gov. Ann Lee of Iowa", "said")]),
    Case("doubled apostrophes after a colon",
         "The senator added: ''We will not give up on the bill.''",
         [("''We will not give up on the bill.''", "The senator", "added")]),
    Case("an attribution closed by a phrase with 'of'",
         "''We wanted to control the land,'' the manager said of the golf course.",
         [("''We wanted to control the land", "the manager", "said")]),
    Case("a poll's share as the subject of a participle",
         "The mayor gained ground, with 30 percent of voters saying they trust her.",
         [("they trust her", "30 percent of voters", "saying")]),
    Case("a source described by what it knows",
         "A person familiar with the talks said the deal was nearly done.",
         [("the deal was nearly done", "A person familiar with the talks", "said")]),
    Case("after a quotation, the attribution reports nothing more",
         "“We won,” the captain told the crowd at the stadium gates.", []),
    Case("no statement after the verb",
         "The governor said nothing.", []),
    Case("a quotation is not reported speech",
         "“The vote is final,” the chairman said.", []),
    Case("a clause holding a partial quote is the partial quote's",
         "The mayor said the deal was “a bad joke” for taxpayers.", []),
    Case("a doubt raised with whether reports no statement",
         "Some economists question whether the new levy will raise any money at all.", []),
    Case("a request to do something reports no statement",
         "A ferry worker, who asked not to be named for fear of losing his job, was waiting.", []),
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
