"""Speaker resolution: one table row per pattern of news writing, written for these tests,
plus properties over arbitrary text and a harness over the shared dev gold (skipped when
../shared is absent)."""
from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.segment import sentences
from quotecheck import names
from quotecheck.speakers import _NAME_RUN, _RUN_PIECE, _may_hold_role, _roles_of, resolve_speakers

from shared_data import SHARED


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def resolve(text: str, mentions):
    spans = [find(text, m) if isinstance(m, str) else find(text, *m) for m in mentions]
    speakers, ids = resolve_speakers(text, sentences(text), spans)
    by_id = {s.id: s for s in speakers}
    return [by_id[i] for i in ids], speakers


@dataclass
class Example:
    pattern: str
    text: str
    mentions: list                               # needle, or (needle, nth occurrence)
    names: list                                  # the name each mention's speaker carries
    titles: list | None = None                   # words each speaker's title must hold (or None)


EXAMPLES = [
    Example("surname resolves to a full name introduced without a quote",
            "Veteran negotiator Harold Brandt disagrees with the plan. \"It will not work,\" Brandt said.",
            [("Brandt", 1)], ["Harold Brandt"], ["negotiator"]),
    Example("honorific and surname resolve to the full name",
            "Trade Secretary Olivia Marsh flew to Ottawa on Monday. \"We expect a deal,\" Ms. Marsh said.",
            ["Ms. Marsh"], ["Olivia Marsh"], ["Trade Secretary"]),
    Example("a surname that is also a role word, after an honorific",
            "Gary Bishop runs the shelter. \"We are full,\" Mr. Bishop said.",
            ["Mr. Bishop"], ["Gary Bishop"]),
    Example("title and full name split into name and title",
            "\"Prices will fall,\" Finance Minister Jane Okafor told reporters.",
            ["Finance Minister Jane Okafor"], ["Jane Okafor"], ["Finance Minister"]),
    Example("she skips a man to reach the woman named before",
            "Senator Paula Grant met Mr. Ivo Petrov in Vienna. Petrov left early. \"It went well,\" she said.",
            ["she"], ["Paula Grant"]),
    Example("he follows a male honorific",
            "Mr. Tomas Reyna spoke after Linda Shaw. \"We are ready,\" he said.",
            ["he"], ["Tomas Reyna"]),
    Example("gender from a role word",
            "The spokeswoman for the agency, Dana Whitfield, declined to comment on Tuesday. Later, Marco Bellini "
            "arrived. \"Nothing has changed,\" she told reporters.",
            ["she"], ["Dana Whitfield"]),
    Example("a pronoun prefers the subject of the sentence before",
            "Coach Ella Moritz praised Anna Kade after the game. \"It was a great win,\" she said.",
            ["she"], ["Ella Moritz"]),
    Example("they refers to an organisation",
            "Harbor Shipping Group cut 200 jobs on Friday. \"The market is weak,\" they said in a statement.",
            ["they"], ["Harbor Shipping Group"]),
    Example("they refers to unnamed people who open a sentence",
            "Dock workers walked out at dawn. \"We want a fair wage,\" they said.",
            ["they"], [None], ["Dock workers"]),
    Example("a plural demonym is a group, not a name",
            "Many Canadians oppose the pipeline, the survey found.",
            ["Many Canadians"], [None], ["Canadians"]),
    Example("anonymous source, then the description that refers back to it",
            "\"Talks are stuck,\" one European diplomat said. \"Nobody will move first,\" the diplomat added.",
            ["one European diplomat", "the diplomat"], [None, None], ["European diplomat", "European diplomat"]),
    Example("a description names an earlier person whose title holds the word",
            "Senator Ruth Calloway opposed the bill. \"It is a giveaway,\" the senator said.",
            ["the senator"], ["Ruth Calloway"], ["Senator"]),
    Example("bare plural source is anonymous",
            "Economists say the rate cut came too late.",
            ["Economists"], [None], ["Economists"]),
    Example("appositive after the name gives the title",
            "Ahmed Latif, the country's finance minister, said the budget would balance.",
            ["Ahmed Latif"], ["Ahmed Latif"], ["the country's finance minister"]),
    Example("title set off by a comma before the name",
            "The union's general secretary, Moira Flett, said members would strike.",
            ["Moira Flett"], ["Moira Flett"], ["general secretary"]),
    Example("titles from anywhere in the text are joined",
            "Former deputy mayor Owen Pryce called the plan reckless. \"It is a mistake,\" said Pryce, now a "
            "partner at a consulting firm.",
            ["Pryce"], ["Owen Pryce"], ["deputy mayor", "partner at a consulting firm"]),
    Example("X is the Y gives a title",
            "Lena Sorvino is the club's head coach. \"We trained hard,\" Sorvino said.",
            ["Sorvino"], ["Lena Sorvino"], ["head coach"]),
    Example("an organisation speaks under its own name",
            "The White House said on Monday the visit would go ahead.",
            ["The White House"], ["White House"]),
    Example("an acronym resolves to the body it abbreviates",
            "The International Labour Organization (ILO) published figures. Unemployment will rise, the ILO said.",
            ["the ILO"], ["International Labour Organization"]),
    Example("a document speaks for the body that issued it",
            "Prices rose by 4%, according to a Northfield Council report.",
            ["a Northfield Council report"], ["Northfield Council"]),
    Example("a document's author named after it",
            "Debt will double by 2040, according to a report from the National Audit Office.",
            ["a report from the National Audit Office"], ["National Audit Office"]),
    Example("a who-clause gives a title",
            "\"It is a warning,\" said Victor Lang, who served as budget director under two governors.",
            ["Victor Lang"], ["Victor Lang"], ["budget director"]),
    Example("a description of a body refers to the body named before",
            "Carver Mining reported a loss. The company said demand had fallen.",
            ["The company"], ["Carver Mining"]),
    Example("two named speakers and the group they form",
            "Officers Dale Hume and Rory Tate were suspended. The officers said they would appeal.",
            ["The officers"], ["Dale Hume and Rory Tate"], ["officer"]),
    Example("a relative pronoun refers to the name before it",
            "The plan was backed by Mayor Iris Bell, who said it would save money.",
            ["who"], ["Iris Bell"], ["Mayor"]),
    Example("a couple sharing a surname, then a kinship description",
            "Police arrested Mark and Helen Ostrander on Friday. The mother told the court she was sorry.",
            ["The mother"], ["Helen Ostrander"], ["mother"]),
    Example("an honorific's gender picks the right namesake",
            "Laura Finch and her brother Daniel Finch run the farm. \"We will sell,\" Mr. Finch said.",
            ["Mr. Finch"], ["Daniel Finch"]),
    Example("a mention that carries its own appositive",
            "\"The cranes are idle,\" said Rosa Diaz, a spokeswoman for the port.",
            ["Rosa Diaz, a spokeswoman for the port"], ["Rosa Diaz"], ["spokeswoman for the port"]),
    Example("a relative clause is no part of the name",
            "\"We need answers,\" said Sen. Tom Avery, who chairs the committee.",
            ["Sen. Tom Avery, who chairs the committee"], ["Tom Avery"], ["Sen."]),
    Example("an age between the name and the role",
            "\"The water came so fast,\" said Ines Marlow, 62, a retired teacher.",
            ["Ines Marlow, 62, a retired teacher"], ["Ines Marlow"], ["retired teacher"]),
    Example("a party tag after a lawmaker's name",
            "Rep. Joel Carver, R-Ohio, voted no. \"The numbers do not add up,\" he said.",
            ["Rep. Joel Carver, R-Ohio", "he"], ["Joel Carver", "Joel Carver"], ["Rep.", "Rep."]),
    Example("a title-case headline introduces no one",
            "Mayor Backs New Harbor Plan\n\nMayor Lucia Brandt said the plan would pass. \"It is good,\" she said.",
            ["she"], ["Lucia Brandt"], ["Mayor"]),
    Example("a pseudonym names an otherwise anonymous speaker",
            "\"We are afraid,\" said a resident using the pseudonym Mira.",
            ["a resident using the pseudonym Mira"], ["Mira"], ["resident"]),
    Example("a description takes up a role the text gives the name only later",
            "Helen Voss toured the plant on Monday. \"The line is modern,\" the engineer said. Voss, a chemical "
            "engineer, joined the firm in 2019.",
            ["the engineer"], ["Helen Voss"], ["chemical engineer"]),
    Example("a description takes up a role written as an abbreviation",
            "Sen. Lara Quint visited the school. \"Teachers need support,\" the senator said.",
            ["the senator"], ["Lara Quint"], ["Sen."]),
    Example("a plural description takes up a group by a plural role",
            "Deputies Ola Brant and Piet Moss were cleared. \"We did our job,\" the deputies said.",
            ["the deputies"], ["Ola Brant and Piet Moss"]),
]


KNOWN_FAILURES = [
    Example("an indefinite description that a name later takes up",
            "Police questioned a local farmer on Monday. Ben Ruskin, 54, said he saw nothing.",
            ["Ben Ruskin"], ["Ben Ruskin"], ["farmer"]),
]


@pytest.mark.parametrize(
    "example", EXAMPLES + [pytest.param(e, marks=pytest.mark.xfail(strict=True)) for e in KNOWN_FAILURES],
    ids=[e.pattern for e in EXAMPLES + KNOWN_FAILURES])
def test_patterns(example: Example) -> None:
    resolved, _ = resolve(example.text, example.mentions)
    assert [s.name for s in resolved] == example.names
    for speaker, want in zip(resolved, example.titles or []):
        for words in [want] if isinstance(want, str) else want:
            assert words.lower() in (speaker.title or "").lower()
    for speaker, name in zip(resolved, example.names):
        assert speaker.anonymous is (name is None)


def test_every_surface_form_is_a_mention() -> None:
    text = ("U.N. Ambassador Greta Lind spoke first. \"We will vote,\" Lind said. Ambassador Lind later "
            "left, and she did not return. \"It is done,\" she said.")
    resolved, speakers = resolve(text, [("she", 1)])
    assert len(speakers) == 1
    surfaces = [m.text for m in resolved[0].mentions]
    assert surfaces == ["U.N. Ambassador Greta Lind", "Lind", "Ambassador Lind", "she", "she"]
    assert all(text[m.start:m.end] == m.text for m in resolved[0].mentions)


def test_ids_follow_first_mention_and_input_order() -> None:
    text = "\"Yes,\" said Carla Ruiz. \"No,\" said Ben Ortiz. \"Maybe,\" said Ruiz."
    spans = [find(text, "Ben Ortiz"), find(text, "Ruiz", 1), find(text, "Carla Ruiz"), find(text, "Ben Ortiz")]
    speakers, ids = resolve_speakers(text, sentences(text), spans)
    assert [s.id for s in speakers] == ["s1", "s2"]
    assert [s.name for s in speakers] == ["Carla Ruiz", "Ben Ortiz"]
    assert ids == ["s2", "s1", "s1", "s2"]


# Words a title can hold, with plural, irregular and abbreviated forms of role nouns.
TITLE_WORDS = ["Deputy", "deputies", "spokeswomen", "Spokesman", "children", "people", "Sen.", "Gov.", "analysts",
               "Americans", "cardiologists", "party", "parties", "chairwoman", "of", "the", "Northfield", "former"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=6))
def test_a_title_is_read_wherever_it_may_give_a_role(words) -> None:
    """Titles are read lazily: a description is matched only against entities whose text may
    hold its role word, so that test must never rule out a role the title does give."""
    title = " ".join(words)
    for role in _roles_of(title):
        assert _may_hold_role(title.lower(), role), role


def test_no_mentions_no_speakers() -> None:
    assert resolve_speakers("Nobody spoke.", [(0, 13)], []) == ([], [])


@pytest.mark.parametrize("span", [(5, 3), (-1, 2), (0, 99), (4, 4)])
def test_bad_mention_span_is_a_typed_error(span) -> None:
    with pytest.raises(InputError, match="offsets into the same text"):
        resolve_speakers("Short text.", [(0, 11)], [span])
    assert issubclass(InputError, QuotecheckError)


WORDS = st.sampled_from(["said", "the", "she", "he", "they", "Mr.", "Anna", "Reyes", "Group", "official",
                         "(WHO)", "of", "and", ",", ".", "\"", "Minister", "one", "diplomat", "U.S.", "é"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40), st.data())
def test_any_text_and_mentions_give_consistent_speakers(words, data) -> None:
    text = " ".join(words)
    starts = sorted({0} | {i + 1 for i, c in enumerate(text) if c == " "})
    n = data.draw(st.integers(0, 4))
    spans = []
    for _ in range(n):
        a = data.draw(st.sampled_from(starts))
        b = data.draw(st.integers(a + 1, min(len(text), a + 30)))
        spans.append((a, b))
    speakers, ids = resolve_speakers(text, sentences(text), spans)
    assert len(ids) == len(spans)
    assert {s.id for s in speakers} == set(ids)
    assert [s.id for s in speakers] == [f"s{i}" for i in range(1, len(speakers) + 1)]
    for s in speakers:
        assert all(text[m.start:m.end] == m.text for m in s.mentions)
        assert s.anonymous is (s.name is None)


RUN_PIECES = st.sampled_from(["Nikki", "Haley", "U.S.", "Mr.", "Sen.", "al-Assad", "O'Brien", "Jean-Jacques",
                               "von", "der", "de", "la", "Ambassador", "DPRK", "Export–Import", "UK-based",
                               "F.", "Group", "The", "and", "said"])


@settings(max_examples=300, deadline=None)
@given(st.lists(RUN_PIECES, min_size=1, max_size=8), st.sampled_from([" ", "  "]))
def test_a_runs_words_follow_from_its_text(pieces, gap) -> None:
    """Runs are split by their text alone (and cached so): their words must be the pieces
    between spaces that are no lower-case particle, as the name-run pattern matched them."""
    text = gap.join(pieces)
    for m in _NAME_RUN.finditer(text):
        matched = [(s - m.start(), e - m.start()) for s, e in m.spans("tok")]
        pieces_of_text = [p.span() for p in _RUN_PIECE.finditer(m.group()) if p.group() not in names.NAME_PARTICLES]
        assert matched == pieces_of_text


# --- the shared dev gold: gold mention spans in, names and titles out ----------------------

def _gold_documents() -> list[dict]:
    seed = SHARED / "corpus" / "voa-2017-08-09-north-korea.gold.json"
    dev = SHARED / "eval" / "dev" / "wikinews-dev.jsonl"
    if not seed.exists() or not dev.exists():
        pytest.skip("../shared (the evaluation data) is not next to this checkout")
    doc = json.loads(seed.read_text(encoding="utf-8"))
    doc["text"] = (seed.parent / doc["text_file"]).read_text(encoding="utf-8")
    docs = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [doc] + docs


def _words(s: str | None, drop: set[str]) -> set[str]:
    """As the scorer compares names and titles: lower-cased words, possessives and filler dropped."""
    words = {w.strip(".,;:'’\"()").lower() for w in (s or "").replace("’s", " ").replace("'s", " ").split()}
    return {w for w in words if len(w) > 1 and w not in drop}


FILLER = {"the", "a", "an", "of", "and", "for", "to", "at", "in", "with"}
NAME_FILLER = FILLER | {"mr", "mrs", "ms", "dr", "president", "minister", "ambassador", "secretary", "u.s.",
                        "u.n.", "former", "prime", "spokesman", "spokeswoman", "official", "officials"}


def gold_agreement(docs: list[dict]) -> dict[str, float]:
    """Share of gold quotes (with a speaker span, not optional) whose resolved speaker shares a
    name word with gold speaker_name, and a title word with gold speaker_title."""
    named = resolved = titled = title_right = 0
    for doc in docs:
        text = doc["text"]
        quotes = [q for q in doc["quotes"] if q.get("speaker_start") is not None]
        spans = [(q["speaker_start"], q["speaker_end"]) for q in quotes]
        speakers, ids = resolve_speakers(text, sentences(text), spans)
        by_id = {s.id: s for s in speakers}
        for q, sid in zip(quotes, ids):
            if q.get("optional"):
                continue
            s = by_id[sid]
            if q.get("speaker_name"):
                named += 1
                resolved += bool(_words(q["speaker_name"], NAME_FILLER) & _words(s.name, NAME_FILLER))
            if q.get("speaker_title"):
                titled += 1
                title_right += bool(_words(q["speaker_title"], FILLER) & _words(s.title, FILLER))
    return {"names": resolved / named, "titles": title_right / titled}


def test_dev_gold_names_and_titles() -> None:
    docs = _gold_documents()
    seed = gold_agreement(docs[:1])
    dev = gold_agreement(docs[1:])
    assert seed["names"] == 1.0
    assert dev["names"] >= 0.90
    assert dev["titles"] >= 0.90
