"""Claims: the quantities of an article worth checking, each with its sentence, measure and speaker.

A claim is a quantity from ``find_quantities`` grown into the phrase a reader checks ("about
$1 billion a year", "two intercontinental ballistic missile launches"), scored for
checkworthiness from features written out in ``docs/claims.md``, and kept when the score
reaches ``THRESHOLD``. Numbers that label rather than measure (names like "Voyager 2",
"the two officers" said again, a single "one" introducing an example) score low.
"""
from __future__ import annotations

import bisect
import re

import regex

from .numberwords import MONTHS, NOT_NAME_WORDS
from .measures import measure_of
from .patterns import compile_anchored, is_plain
from .quantities import Draft, quantity_drafts
from .records import Claim, Quote

THRESHOLD = 0.3
"""Claims scoring below this are left out of ``Document.claims``."""

BASE_SCORE = {
    "money": 0.6, "percent": 0.6, "ratio": 0.6, "fraction": 0.55, "range": 0.55,
    "quantity": 0.45, "count": 0.45, "duration": 0.4, "year": 0.35,
}
CHANGE_WORDS = frozenset("""
rose rise rises risen rising fell fall falls fallen falling increased increase increases decreased
decrease decreases doubled tripled trebled quadrupled halved grew grow grown growth dropped drop
declined decline surged soared jumped plunged plummeted slumped climbed cut raised record records
most least highest lowest largest biggest smallest fastest slowest worst best compared versus
than exceeded exceed topped more less fewer peak
""".split())
# Words before a number that make it a label, not an amount: "round five", "page 12".
LABEL_WORDS = frozenset("""
round stage phase game match chapter page pages section article level grade episode act volume
number no room flight route gate platform seat row line item rule paragraph clause exhibit
""".split())
STREET_WORDS = frozenset("street st avenue ave road rd boulevard blvd lane drive quai rue place".split())
SCORE_WORDS = frozenset("points goals runs tries wickets".split())
EMERGENCY_NUMBERS = frozenset("911 999 112 000 110 119".split())
VAGUE_NOUNS = frozenset("figures digits".split())

_WORD_BEFORE = regex.compile(r"(?r)(?P<w>[\p{L}][\p{L}.'’-]*)[ ]+\Z")
_TOKEN_BEFORE = regex.compile(r"(?r)(?P<t>\S+)\Z")
_PAREN_OPEN = compile_anchored(r"[ ]*\(")
_PAREN_SEP = regex.compile(r"[ ]*[;,/][ ]*")
_PAREN_CLOSE = compile_anchored(r"[ ]*\)")
_WORDS = regex.compile(r"[\p{L}]+")
_ASCII_LOWER_WORDS = re.compile(r"[a-z]+")          # ``_WORDS`` in lower-cased ASCII text, read faster
_ANAPHORA_BEFORE = regex.compile(r"(?r)(?<![\w])(?i:the|these|those)(?:[ ]+(?i:other|same|remaining))?[ ]+\Z")
# "August 9, 2017": the day and year are matched first and the month looked for behind them,
# which searches many times faster than trying every month name at every position.
_DOC_YEAR = regex.compile(r"(?<=(?i:" + "|".join(MONTHS) + r")\.?[ ]+)\d{1,2},?[ ]+(?P<y>(?:19|20)[0-9][0-9])(?!\d)")
_PERIOD_PREFIX = regex.compile(r"(?i:mid|early|late|pre|post)-")
_CAPITALISED_AFTER = regex.compile(r"[ ]+\p{Lu}")


def find_claims(text: str, sentences: list[tuple[int, int]], quotes: list[Quote]) -> list[Claim]:
    """The check-worthy quantities of ``text``, each with its sentence, measure and speaker.
    Quantities are scored as drafts; records, sentence spans and measures are made only for
    those kept."""
    starts = [s for s, _ in sentences]
    doc_year = _document_year(text)
    found = quantity_drafts(text)
    quote_spans = [(qt.start, qt.end, qt) for qt in quotes]     # read once, not once per quantity
    read = _ReadSentences(text)
    claims: list[Claim] = []
    skip_until = 0
    for i, q in enumerate(found):
        if q.start < skip_until:
            continue
        start = q.hedge_start if q.hedge_start is not None else q.start
        end = q.noun_end or q.end
        end, skip_until = _with_conversions(text, q, end, found, i + 1)
        sentence = _sentence(sentences, starts, start, end)
        quote = _quote_holding(quote_spans, start, end)
        score = checkworthiness(text, q, start, sentence, quote, doc_year, read)
        if score < THRESHOLD:
            continue
        record = q.fields()         # one dict, its sentence included, validated in one call
        record.update(
            text=text[start:end], start=start, end=end, id=f"c{len(claims) + 1}",
            measure=measure_of(text, q.start, q.end, q.kind, sentence),
            sentence={"start": sentence[0], "end": sentence[1], "text": read.text_of(sentence)},
            quote_id=quote.id if quote and quote.speaker_id else None,
            speaker_id=quote.speaker_id if quote else None, checkworthiness=round(score, 3))
        claims.append(Claim.model_validate(record))
    return claims


class _ReadSentences:
    """Each sentence's text and lower-cased words, read once for the document: a sentence often
    holds several numbers, and the claims of one sentence share its text (a long sentence full
    of numbers would otherwise be copied once per number)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._texts: dict[tuple[int, int], str] = {}
        self._words: dict[tuple[int, int], frozenset[str]] = {}

    def text_of(self, sentence: tuple[int, int]) -> str:
        if sentence not in self._texts:
            self._texts[sentence] = self._text[sentence[0]:sentence[1]]
        return self._texts[sentence]

    def words_of(self, sentence: tuple[int, int]) -> frozenset[str]:
        if sentence not in self._words:
            self._words[sentence] = _lowered_words(self.text_of(sentence))
        return self._words[sentence]


def _quote_holding(quote_spans: list[tuple[int, int, Quote]], start: int, end: int) -> Quote | None:
    """The first quote whose span holds ``start``-``end``, or None."""
    for q_start, q_end, quote in quote_spans:
        if q_start <= start and end <= q_end:
            return quote
    return None


def checkworthiness(text: str, q: Draft, start: int, sentence: tuple[int, int], quote: Quote | None,
                    doc_year: int | None, read: _ReadSentences) -> float:
    """A 0–1 score: high for money, statistics, change and comparison, attributed figures;
    low for labels, names, anaphoric counts and the year of the event reported. ``read`` gives
    the sentence's words."""
    core_start = q.core[0]
    before = text[max(0, start - 40):start]
    word = _WORD_BEFORE.search(before)
    prev = word.group("w") if word else ""
    if _is_name(text, q, core_start, start, prev, sentence[0]) or prev.lower() in LABEL_WORDS:
        return 0.05
    if q.kind != "year" and _ANAPHORA_BEFORE.search(before) and not text.startswith("-", q.core[1]):
        return 0.1                                   # "the two officers": said before ("the 55-member AU" is not)
    noun = (q.extras.get("noun") or "").lower()
    noun_words = noun.split()
    if noun_words[:1] and noun_words[0] in STREET_WORDS or text[q.start:q.end] in EMERGENCY_NUMBERS:
        return 0.05                                  # "36 Quai des Orfèvres", "a 911 caller"
    if noun in VAGUE_NOUNS:
        return 0.1                                   # "six figures": a size, not a count
    if q.value == 0 or (q.kind == "count" and q.value == 1 and not q.qualifier and not q.period):
        return 0.1                                   # "one diplomat said", "almost zero"
    if q.kind == "year" and doc_year == q.value and _CAPITALISED_AFTER.match(text, q.end):
        return 0.1                                   # "the 2019 Chicago Marathon": the event itself
    score = BASE_SCORE[q.kind]
    words = read.words_of(sentence)
    if not words.isdisjoint(CHANGE_WORDS):
        score += 0.15
    if quote is not None and quote.speaker_id:
        score += 0.1
    if "according" in words:
        score += 0.05
    if q.unit or q.qualifier or abs(q.value or 0) >= 100:
        score += 0.05
    if (q.kind == "quantity" and q.unit == "year") or noun_words[-1:] and noun_words[-1] in SCORE_WORDS:
        score *= 0.7                                 # ages and scores: checkable, rarely contested
    return min(score, 1.0)


def _lowered_words(sentence: str) -> frozenset[str]:
    """The words of a sentence, lower-cased: in plain text, runs of ASCII letters."""
    if is_plain(sentence):
        return frozenset(_ASCII_LOWER_WORDS.findall(sentence.lower()))
    return frozenset(w.lower() for w in _WORDS.findall(sentence))


def _is_name(text: str, q: Draft, core_start: int, start: int, prev: str, sentence_start: int) -> bool:
    """A number that is part of a name: "mAb114", "K2-18b", "Zrínyi 2026", "Voyager 2"."""
    if q.kind != "money":
        token = None if text[core_start - 1:core_start] == " " \
            else _TOKEN_BEFORE.search(text, max(0, core_start - 20), core_start)  # none ends in a space
        head = token.group("t") if token else ""
        if any(map(str.isalpha, head)) and not _PERIOD_PREFIX.fullmatch(head) and head[0] not in "(\"“'‘[":
            return True
    if start != core_start or q.kind == "money" or not prev or not prev[0].isupper() \
            or prev.lower().strip(".") in NOT_NAME_WORDS or prev.lower().strip(".") in MONTHS \
            or prev.endswith(("'s", "’s")):
        return False
    return start - len(prev) - 1 > sentence_start


def _with_conversions(text: str, q: Draft, end: int, found: list[Draft], after: int) -> tuple[int, int]:
    """Extend a claim over a conversion in brackets: "900 million złotys (181 million pounds)".
    Returns the new end and the position up to which later quantities are part of it."""
    if q.kind not in ("money", "quantity", "percent", "duration"):
        return end, 0
    m = _PAREN_OPEN.match(text, end)
    if not m:
        return end, 0
    pos, took = m.end(), False
    for other in found[after:after + 4]:
        if other.start != pos or other.kind != q.kind:
            break
        pos, took = other.end, True
        sep = _PAREN_SEP.match(text, pos)
        if not sep:
            break
        pos = sep.end()
    close = _PAREN_CLOSE.match(text, pos)
    if took and close:
        return close.end(), close.end()
    return end, 0


def _sentence(sentences: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding the claim (the claim itself if segmentation missed it)."""
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i][1] >= start:
        return sentences[i][0], max(sentences[i][1], end)
    return start, end


def _document_year(text: str) -> int | None:
    """The year of the dateline or byline, read from the first date near the top."""
    m = _DOC_YEAR.search(text, 0, min(len(text), 600))
    return int(m.group("y")) if m else None
