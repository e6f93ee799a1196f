"""Direct and partial quotes, and the mention and cue that attribute each one.

Every sentence here is written for these tests; each case is one pattern of news writing.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import attribution, cues
from quotecheck.attribution import Attribution, quotes_and_speakers
from quotecheck.segment import sentences
from shared_data import score_tool, shared_file


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    quotes, _ = quotes_and_speakers(text, sentences(text))
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None, q.cue)
            for q in quotes if q.kind != "indirect"]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: list[tuple[str, str, str | None, str | None]]


CASES = [
    Case("speaker after the quote",
         "“The reservoir is half empty,” the water commissioner said.",
         [("The reservoir is half empty,", "direct", "the water commissioner", "said")]),
    Case("cue verbs inside the quote are the speaker's own words",
         "“They told us to wait, and we said fine,” the tenant recalled.",
         [("They told us to wait, and we said fine,", "direct", "the tenant", "recalled")]),
    Case("pronoun after the quote",
         "“We will appeal,” she told reporters on Monday.",
         [("We will appeal,", "direct", "she", "told")]),
    Case("inverted, with an appositive",
         "“Rents have doubled,” said Maria Lopez, a tenant organizer in the district.",
         [("Rents have doubled,", "direct", "Maria Lopez, a tenant organizer in the district", "said")]),
    Case("speaker before, with a comma",
         "Councilwoman Ada Price said, “The library stays open.”",
         [("The library stays open.", "direct", "Councilwoman Ada Price", "said")]),
    Case("colon lead-in in the paragraph above",
         "The harbour master added:\n\n“No ship leaves before the storm passes.”",
         [("No ship leaves before the storm passes.", "direct", "The harbour master", "added")]),
    Case("dash attribution",
         "“Every vote counts twice in a small town.” — Mayor Tom Reilly",
         [("Every vote counts twice in a small town.", "direct", "Mayor Tom Reilly", None)]),
    Case("a quote split by its attribution",
         "“The tunnel is late,” the engineer said, “but it will be safe.”",
         [("The tunnel is late,", "direct", "the engineer", "said"),
          ("but it will be safe.", "direct", "the engineer", "said")]),
    Case("single marks in body text, British style",
         "The final is on Sunday.\n\n‘We will win the cup,’ the captain said.",
         [("We will win the cup,", "direct", "the captain", "said")]),
    Case("a capitalised verb before its speaker",
         "Said Rita Gomez, the union's negotiator: “We are not done.”",
         [("We are not done.", "direct", "Rita Gomez, the union's negotiator", "Said")]),
    Case("a document that reads",
         "“We ask the board to reconsider,” the letter reads.",
         [("We ask the board to reconsider,", "direct", "the letter", "reads")]),
    Case("two appositives between the speaker and the verb",
         "“The rule oversteps,” Ann Ford, the state's attorney general, one of the plaintiffs, said.",
         [("The rule oversteps,", "direct", "Ann Ford, the state's attorney general, one of the plaintiffs", "said")]),
    Case("a question",
         "“Who pays for the repairs?” asked Sen. Joan Avery (D-Maine).",
         [("Who pays for the repairs?", "direct", "Sen. Joan Avery (D-Maine)", "asked")]),
    Case("an organisation",
         "“The talks were productive,” the White House said in a statement.",
         [("The talks were productive,", "direct", "the White House", "said")]),
    Case("a written source",
         "“I regret nothing,” the senator wrote on Twitter.",
         [("I regret nothing,", "direct", "the senator", "wrote")]),
    Case("a title and a name before the verb, with an adverb",
         "“Prices will fall,” Treasury Secretary Ann Cole also warned.",
         [("Prices will fall,", "direct", "Treasury Secretary Ann Cole", "warned")]),
    Case("a name with an appositive before the verb",
         "Ron Field, the county's chief engineer, said: “The levee held.”",
         [("The levee held.", "direct", "Ron Field, the county's chief engineer", "said")]),
    Case("a partial quote inside the writer's sentence",
         "The governor said the budget was “balanced for the first time” in a decade.",
         [("balanced for the first time", "partial", "The governor", "said")]),
    Case("a partial quote with the speaker after it",
         "The town needs a “fresh start,” the new mayor said after the vote.",
         [("fresh start,", "partial", "the new mayor", "said")]),
    Case("a partial quote after a participle takes the sentence's subject",
         "Jo Marsh, a nurse at the clinic, left the meeting early, saying the plan was “a disaster.”",
         [("a disaster.", "partial", "Jo Marsh, a nurse at the clinic", "saying")]),
    Case("the outermost source of a nested report",
         "She said the mayor called the plan “a gift to developers.”",
         [("a gift to developers.", "partial", "She", "said")]),
    Case("a continuation in the next sentence has no mention of its own",
         "“The dam is sound,” said Ines Park. “We inspected it in May.”",
         [("The dam is sound,", "direct", "Ines Park", "said"), ("We inspected it in May.", "direct", None, None)]),
    Case("transcript labels",
         "\"HOST: Are you running again?\n\n\"GUEST: I have not decided.",
         [("Are you running again?", "direct", "HOST", None), ("I have not decided.", "direct", "GUEST", None)]),
    Case("a named subject frames a quoted phrase with no speech verb",
         "Senator Ruth Bale pushed her “zero tolerance” plan through the hearing.",
         [("zero tolerance", "partial", "Senator Ruth Bale", None)]),
    Case("a title after a possessive is no statement",
         "Listeners called in to his “Morning Line” program, the host said.", []),
    Case("a title-case slogan is not framed by the sentence's subject",
         "Republicans campaigned on their 1994 “Contract with America” for months.", []),
    Case("a name after 'dubbed' is no statement",
         "The city launched a program dubbed “Clean Streets 2030” last spring.", []),
    Case("a stage direction in a transcript is said by no one",
         "\"HOST: Welcome back.\n\n\"(APPLAUSE.)\n\n\"GUEST: Thank you.",
         [("Welcome back.", "direct", "HOST", None), ("Thank you.", "direct", "GUEST", None)]),
    Case("scare quotes with no cue are not statements",
         "The so-called “green zone” downtown opened this week.", []),
    Case("a quoted term inside a quote stays part of it",
         "“These ‘four no’s’ are a start,” the envoy said.",
         [("These ‘four no’s’ are a start,", "direct", "the envoy", "said")]),
    Case("titles of shows are not statements",
         "The minister said on “Morning Report” that taxes would rise.", []),
    Case("a base form after a plural subject is a verb",
         "The mayor and the chief call the plan “a first step” toward safer streets.",
         [("a first step", "partial", "the chief", "call")]),
    Case("a participle in the clause after a quotation",
         "“We are tired,” Lena Ortiz told the board before adding, “and we are broke.”",
         [("We are tired,", "direct", "Lena Ortiz", "told"), ("and we are broke.", "direct", "Lena Ortiz", "adding")]),
    Case("a name right before a participle",
         "The ad closes with footage of Mayor Dale Ross saying, “We will not back down.”",
         [("We will not back down.", "direct", "Mayor Dale Ross", "saying")]),
    Case("a cue inside a quote is the speaker's own word",
         "“He said we would lose,” the coach recalled.",
         [("He said we would lose,", "direct", "the coach", "recalled")]),
    Case("a colon lead-in with no speech verb takes the sentence's subject",
         "Facing the crowd, Fire Chief Ann Holt made one promise:\n\n“Nobody sleeps outside tonight.”",
         [("Nobody sleeps outside tonight.", "direct", "Fire Chief Ann Holt", None)]),
    Case("a common word capitalised at the sentence start is no subject",
         "The talks ran for three days. Days later, Mayor Ann Holt returned the favour, telling reporters, “The bridge opens in May.”",
         [("The bridge opens in May.", "direct", "Mayor Ann Holt", "telling")]),
    Case("a common word opening the sentence frames no quoted phrase",
         "Turnout was good this year. Good weather gave organisers a “record crowd” downtown.", []),
    Case("a speaker noun opening the sentence stays its subject",
         "Police said the road would stay shut. Police called the crash “a freak accident” on Friday.",
         [("a freak accident", "partial", "Police", "called")]),
    Case("after a long appositive, the phrase after the verb opens what was said",
         "Lena Marsh, the author of “Mill Town,” a history of the valley, said the old plant was “the heart of this town.”",
         [("the heart of this town.", "partial", "Lena Marsh", "said")]),
    Case("after a plain comma, a speaker phrase that ends at punctuation is inverted",
         "The count was slow, said the clerk, but “every ballot was read.”",
         [("every ballot was read.", "partial", "the clerk", "said")]),
    Case("a partial quote after an opening subordinate clause belongs to the main clause",
         "While Mayor Ann Holt says the bridge is safe, the engineer said it was “a disaster waiting to happen.”",
         [("a disaster waiting to happen.", "partial", "the engineer", "said")]),
    Case("a partial quote inside the opening clause keeps that clause's speaker",
         "When the crowd shouted “four more years,” the senator waved.",
         [("four more years,", "partial", "the crowd", "shouted")]),
    Case("an 'according to' inside what was said is no outer source",
         "The clerk said Tuesday that according to her tally, the measure passed by a “razor thin” margin.",
         [("razor thin", "partial", "The clerk", "said")]),
    Case("a verb phrase before the verb",
         "The judge went on to say the ruling was “final and binding.”",
         [("final and binding.", "partial", "The judge", "say")]),
    Case("a contracted auxiliary after a pronoun",
         "She’s arguing that the tax is “a burden on renters.”",
         [("a burden on renters.", "partial", "She", "arguing")]),
    Case("a naming verb that takes 'as'",
         "The senator described the bill as “a gift to polluters.”",
         [("a gift to polluters.", "partial", "The senator", "described")]),
    Case("referred to … as",
         "A neighbour referred to him as “the kindest man on the street.”",
         [("the kindest man on the street.", "partial", "A neighbour", "referred to")]),
    Case("a verb of temper as the cue",
         "The treasurer fumed: “Nobody read the audit.”",
         [("Nobody read the audit.", "direct", "The treasurer", "fumed")]),
    Case("an appositive set off by dashes; the one told is the listener",
         "Ms. Hale — a former mayor of the town — told Tom Bell of the Ledger, “The plan is dead.”",
         [("The plan is dead.", "direct", "Ms. Hale — a former mayor of the town", "told")]),
    Case("a quotation after a reported statement takes its speaker",
         "The mayor said the talks had failed.\n\n“We tried everything.”",
         [("We tried everything.", "direct", "The mayor", "said")]),
    Case("an 'according to' after the attribution is the outer source",
         "“We are broke,” the treasurer said, according to a person at the meeting.",
         [("We are broke,", "direct", "a person at the meeting", "according to")]),
    Case("a time phrase between the speaker and the verb",
         "The ministry two weeks ago said for the first time that the files were “top secret.”",
         [("top secret.", "partial", "The ministry", "said")]),
    Case("the possessor of a statement noun frames a quoted phrase",
         "The rally denounced Mayor Dale Ross’s call for “a curfew on all teenagers.”",
         [("a curfew on all teenagers.", "partial", "Mayor Dale Ross", "call")]),
    Case("the title of a podcast after the attribution is no statement",
         "“Being a mayor is my job,” Ana Cole said in May on the podcast “City Limits.”",
         [("Being a mayor is my job,", "direct", "Ana Cole", "said")]),
    Case("the title of a memoir after a comma is no statement",
         "She tells the whole story in her memoir, “Hard Choices: A Life.”", []),
    Case("a name alone before a colon is a speaker's label",
         "Both candidates reject the term.\n\nClinton: “Our goal is to defeat the group, not to contain it.”",
         [("Our goal is to defeat the group, not to contain it.", "direct", "Clinton", None)]),
    Case("a name after a headline's dash, before a colon",
         "TURNOUT IS UP - Michael P. McDonald: “At long last the contests have started.”",
         [("At long last the contests have started.", "direct", "Michael P. McDonald", None)]),
    Case("an article alone is no subject",
         "The results: “Nobody won.”", []),
    Case("a verb of manner as the cue",
         "“This is fantastic!” beamed Dan Hart of Madison.",
         [("This is fantastic!", "direct", "Dan Hart of Madison", "beamed")]),
    Case("a possessive is not a speaker",
         "The crowd shrugged at the mayor’s comments on the “new normal” downtown.", []),
    Case("a verb form that is a plural noun here",
         "The fact-checkers rated most of his claims as “misleading” last year.", []),
    Case("a cue after a preposition is part of a noun phrase",
         "The report sat in a box labeled “urgent” for a month.", []),
    Case("a possessive before an -ing form makes it a noun",
         "The hearing turned on his questioning of the “star witness” on Monday.", []),
    Case("an adverb between an appositive and the verb",
         "Ana Ruiz, the head of the league, flatly told the owners that it was “not negotiable.”",
         [("not negotiable.", "partial", "Ana Ruiz, the head of the league", "told")]),
    Case("a passive with its agent is not an attribution",
         "The grant was reported by the auditor as “unusual.”", []),
    Case("single marks in a short opening line are a headline's style",
         "Governor calls budget 'a betrayal'\n\nThe governor spoke for an hour on Monday.", []),
    Case("a full stop inside the marks ends the attribution's reach",
         "“We are finished.” The council said it would meet again in June.",
         []),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_attribution(case: Case) -> None:
    assert found(case.text) == case.expected


def test_no_cue_form_hides_a_longer_form_of_a_later_list() -> None:
    """The cue pattern is one prefix tree over every cue list, which finds the longest form; one
    tree per list found the first list's form. The two agree while no form of one list is a
    form of a later list cut short at a word boundary ("say" before a later "say so")."""
    lists = [set(attribution._SPEECH_FORMS), set(attribution._NAMING_FORMS), attribution._PARTICIPLES,
             set(cues.words(cues.SENTENCE_INITIAL_CUES))]
    hidden = [(short, long) for i, earlier in enumerate(lists) for later in lists[i + 1:]
              for short in earlier for long in later
              if len(long) > len(short) and long.startswith(short) and not long[len(short)].isalnum()]
    assert hidden == []


@pytest.mark.parametrize(("text", "word", "written"), [
    ("Hours later the dam held.", "later", True),
    ("Later, the dam held.", "later", False),           # capitalised only
    ("The nation voted.", "on", False),                 # inside a longer word
    ("A well-known face.", "well", True),               # a hyphen ends a word
    ("He ate onions.", "onion", False),                 # a longer word goes on
    ("Le café ouvre tôt.", "café", True),               # letters beyond ASCII
    ("The cafés2 sign.", "cafés", False),               # a digit runs on in the word
    ("Good news and good cheer.", "good", True),        # a later place counts
])
def test_lowercase_words_are_whole_words_written_in_lower_case(text: str, word: str, written: bool) -> None:
    assert (word in attribution.LowercaseWords(text)) is written


def test_attribution_spans_its_speaker_and_cue() -> None:
    inverted = Attribution(speaker=(10, 22), cue=(4, 8), cue_text="said", inverted=True, naming=False)
    leading = Attribution(speaker=(0, 8), cue=(9, 13), cue_text="said", inverted=False, naming=False)
    assert (inverted.start, inverted.end) == (4, 22)
    assert (leading.start, leading.end) == (0, 13)


def test_continuation_shares_the_speaker_and_is_less_certain() -> None:
    text = "“The dam is sound,” said Ines Park.\n\n“We inspected it in May.”"
    quotes, speakers = quotes_and_speakers(text, sentences(text))
    first, second = quotes
    assert second.speaker_id == first.speaker_id is not None
    assert second.speaker_mention is None
    assert first.confidence >= 0.9 > second.confidence


def test_a_quote_over_three_paragraphs_keeps_its_speaker() -> None:
    text = ("The treasurer said:\n\n“Revenue fell for the third year.\n\n“Costs rose.\n\n"
            "“We will cut the budget by a tenth.”")
    quotes, _ = quotes_and_speakers(text, sentences(text))
    assert [q.text for q in quotes] == ["Revenue fell for the third year.", "Costs rose.",
                                        "We will cut the budget by a tenth."]
    assert len({q.speaker_id for q in quotes}) == 1 and quotes[0].speaker_id is not None
    assert [q.speaker_mention is None for q in quotes] == [False, True, True]


def test_offsets_point_into_the_text() -> None:
    text = "Intro.\n\n“The reservoir is half empty,” the water commissioner said."
    quotes, _ = quotes_and_speakers(text, sentences(text))
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.speaker_mention.start:q.speaker_mention.end] == q.speaker_mention.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab said she, .\n“”\"'")), max_size=300))
def test_any_text_gives_well_formed_quotes(text: str) -> None:
    quotes, speakers = quotes_and_speakers(text, sentences(text))
    ids = {s.id for s in speakers}
    for q in quotes:
        assert text[q.start:q.end] == q.text and 0 <= q.confidence <= 1
        assert q.speaker_id is None or q.speaker_id in ids


def _report(relative: str, kinds: set[str] | None = None, speech_only: bool = False) -> dict:
    score = score_tool()
    gold = score.load_gold(shared_file(relative))
    pred, _ = score.predict(gold)
    return score.score(gold, pred, kinds, 0.5, speech_only)


@pytest.mark.parametrize("unit", ['"a" ', 'his "a" and ', 'Lee said "a," '])
def test_many_quotes_in_one_long_sentence_stay_linear(unit: str) -> None:
    """A guard against per-quote work that reads from the sentence start (quadratic in a
    transcript-like paragraph with no full stop): ~0.3 s linear, far beyond the bound if not."""
    text = unit * (80_000 // len(unit))
    started = time.process_time()
    quotes_and_speakers(text, sentences(text))
    assert time.process_time() - started < 4



def test_seed_article_quotes_all_found_and_attributed() -> None:
    """Every quote of the seed article found, attributed and resolved to a name, and nothing else."""
    report = _report("corpus/voa-2017-08-09-north-korea.gold.json")
    assert report["attributed_quotes"]["f1"] == report["resolved_attributed_quotes"]["f1"] == 1.0


def test_polnear_dev_direct_and_partial_target() -> None:
    report = _report("eval/dev/polnear-dev.jsonl", {"direct", "partial"})
    assert report["attributed_quotes"]["f1"] >= 0.90


def test_polnear_dev_reported_speech_target() -> None:
    report = _report("eval/dev/polnear-dev.jsonl", {"indirect"}, speech_only=True)
    assert report["attributed_quotes"]["f1"] >= 0.75


def test_wikinews_dev_speakers_resolved_with_titles() -> None:
    report = _report("eval/dev/wikinews-dev.jsonl", {"direct", "partial"})
    assert report["resolved_attributed_quotes"]["f1"] >= 0.90
    assert report["title_accuracy"] >= 0.90


def test_confident_quotes_are_right() -> None:
    """Quotes given 0.9 or more are found, with their speaker, at least 97% of the time."""
    score = score_tool()
    right = total = 0
    for name in ("polnear-dev.jsonl", "wikinews-dev.jsonl"):
        gold = score.load_gold(shared_file(f"eval/dev/{name}"))
        pred, _ = score.predict(gold)
        for doc in gold:
            quotes = pred[doc["id"]]["quotes"]
            speakers = {s["id"]: s for s in pred[doc["id"]]["speakers"]}
            hits = {p: g for g, p, _ in score.match(doc["quotes"], quotes, doc["text"], score.pred_quote_span, 0.5)}
            for i, q in enumerate(quotes):
                if q["confidence"] >= 0.9:
                    total += 1
                    right += i in hits and score.speaker_right(doc["quotes"][hits[i]], q, speakers)
    assert total > 200 and right / total >= 0.97
