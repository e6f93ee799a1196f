"""Measures: what a numeric claim counts or measures, read from the words around it.

A fact-checker needs "export revenue losses to Pyongyang: about $1 billion a year", not a bare
number. News English names the measure in a few places, tried in about this order: inside the
quantity ("a third of [export income]"), in the noun before it ("a [death rate] of 6%",
"[inflation] at 3%", "a [population] of 2 million"), in the noun after it ("301 [stores]",
"$24 million in [losses]"), as the subject of a copula or change verb ("[the death toll] rose
to 40"), with an earlier figure it is compared with or drawn from ("[9% of homes], compared
with 40%"), or, for dates and spans of time, in the event the clause reports. Each rule reads
a bounded window of tokens, so the cost per claim stays constant however long the article.
"""
from __future__ import annotations

import re

import regex

from . import numberwords as W
from .patterns import compile_anchored, is_plain

Tokens = list[str]
"""Words and marks of the text, in order; rules read those inside, before and after a quantity."""

MAX_WORDS = 8
"""A measure is a short noun phrase; longer ones are cut to this many words."""
LOOK_BACK = 240
"""Characters of the sentence read before a quantity: bounds the work per claim."""

DETERMINERS = frozenset("""
the a an their its his her our your my this that these those entire whole total all some any
another more many several
""".split())
# Words that open a verb's object: a word right before one is a verb ("voters [cast] a ballot").
OBJECT_OPENERS = frozenset("a an the their its his her our your my these those".split())
# Words that end a noun phrase read forwards: prepositions, auxiliaries, conjunctions, adverbs.
PHRASE_STOPS = frozenset("""
and or but nor in at for to from with by on of over under about into onto across through since
during after before per than was were is are be been being has have had will would could should
can may might must do does did not this that these those which who whom whose where when while
each every both either so as if because although though also only just still even ago earlier
later now then here there says said say told according versus vs compared against between among
within without until toward towards like it they he she we you i them us him roughly nearly
approximately almost around next last near outside inside along past behind beyond throughout amid
despite via upon apiece
""".split())
# Adjectives and adverbs that follow a counted noun without belonging to it: "439 delegates [short]".
POSTPOSED = frozenset("short shy ahead behind away apart old long high wide deep tall ago".split())
# Words that only say how precise the number is, or that link it to its verb ("rose [to] 40").
SKIP_BEFORE = frozenset("""
about around roughly approximately nearly almost some only just estimated an a the mere fully
close to by from currently now already still
""".split())
# Words that may stand between a verb and its number: "rose [to] 40", "was [at least] 25%".
GAP_WORDS = SKIP_BEFORE | frozenset("to by at from as high low much many up more less than least over under"
                                    .split())
# Verbs whose subject is what the number measures: copulas, change and measuring verbs.
MEASURING_VERBS = frozenset("""
is are was were be been being stood stands stand remained remains remain reached reaches reach hit
rose rise rises risen fell fall falls fallen increased increase increases decreased decrease
decreases grew grow grows grown dropped drop drops declined decline declines climbed climbs
jumped jumps surged soared plunged slumped totalled totaled totals averaged averages
topped amounted amounts cost costs weighed weighs weigh took takes lasted lasts accounted
accounts doubled tripled halved exceeded exceeds exceed worth valued priced pegged closed
""".split())
# Words of a verb group before its verb: "are [expected to] be", "[has] risen".
VERB_GROUP_WORDS = frozenset("""
has have had will would could may might shall should must not to expected likely projected forecast
set also now currently already
""".split())
# Measuring verbs that name the measure themselves: "weighed 82 pounds" → "weight of ...".
VERB_MEASURES = {
    "cost": "cost", "costs": "cost", "weighed": "weight", "weighs": "weight", "weigh": "weight",
    "lasted": "length", "lasts": "length",
}
# Words that open a new clause: the subject of a verb lies after them.
CLAUSE_OPENERS = frozenset("""
that which who whom whose where when while because although though if and but or said says say
told according as since after before whereas so than
""".split())
# Heads too vague to name a measure on their own: "a total of 54 nations" → "nations".
VAGUE_HEADS = frozenset("""
total number sum amount figure estimate average maximum minimum excess tune more less most least
one ones some group set range lot lots
""".split())
# Words in a quantity that are part of the number, its unit or its period, not the measure.
_DENOMINATORS = {w for w in W.ORDINAL_DENOMINATORS} | {w + "s" for w in W.ORDINAL_DENOMINATORS}
NUMBER_WORDS = frozenset({
    *W.UNIT_WORDS, *W.TEEN_WORDS, *W.TENS_WORDS, *W.HUNDRED_WORDS, *W.BIG_SCALES, *W.DOZEN_WORDS,
    *_DENOMINATORS, *W.SCALE_ABBREVIATIONS, *(w.lower() for w in W.CURRENCY_WORDS),
    *(w for spellings in W.DURATION_UNITS.values() for w in spellings),
    *(w.lower() for spellings in W.MEASURE_UNITS.values() for w in spellings),
    *(w for phrase in W.PERIOD_WORDS for w in phrase.split()),
    "percent", "per", "cent", "percentage", "point", "points", "and", "a", "an", "old", "aged", "age",
    "of", "upwards", "more", "less", "fewer", "than", "over", "under", "up", "to", "at", "least",
    "most", "as", "many", "much", "high", "low", "between", "exceed", "exceeding", "above", "below",
})
NUMERALS = frozenset({*W.UNIT_WORDS, *W.TEEN_WORDS, *W.TENS_WORDS, *W.HUNDRED_WORDS, *W.BIG_SCALES,
                      *W.DOZEN_WORDS, *_DENOMINATORS} - {"a", "an"})
# Counted nouns so general that the noun "of" hangs on says more: "a population of 2 million people".
GENERIC_COUNTED = frozenset("people persons individuals residents inhabitants times".split())
# Prepositions inside a noun phrase ("losses [to] Pyongyang", "talks [on] the deal"), and
# those that end it when read backwards ("[at] a cost", "[with] the combined economies").
NP_JOINING_PREPOSITIONS = frozenset("of for to on".split())
NP_BREAKING_PREPOSITIONS = frozenset("""
in at by with from into onto under over about through during after before since among against between
across toward towards within without via versus per
""".split())
PREPOSITIONS = NP_JOINING_PREPOSITIONS | NP_BREAKING_PREPOSITIONS
PRONOUNS = frozenset("it it's it’s they he she we you i this that there which what who one".split())
COPULAS = frozenset("is are was were be been being".split())
AUXILIARIES = frozenset("has have had will would could may might shall should must not".split())
PERIOD_ADVERBS = frozenset(w for w in W.PERIOD_WORDS if " " not in w)
# Verbs that end a counted noun phrase ("sanctions resolutions [took]"), from the number tables
# less those more often nouns after a number ("152 electoral [votes]").
VERBS_AFTER_NOUN = (frozenset(W.VERB_PHRASE_OPENERS) | frozenset("occurs occur occurred owing".split())) \
    - frozenset("vote votes work works run runs live lives support supports face faces remains".split())
# Words that name a span of time: "in the [single day]" is not a measure of a count.
TIME_NOUNS = frozenset(w for spellings in W.DURATION_UNITS.values() for w in spellings) | frozenset(W.MONTHS)
DISTANCE_UNITS = frozenset("""
meter metre kilometer kilometre mile foot yard light-year nautical
""".split())
COMPARATIVES = frozenset("""
faster slower higher lower more less fewer bigger smaller larger longer shorter ahead behind
earlier later cheaper dearer older younger
""".split())
# Words between a date or span and the event it dates: "in", "over the last", "since".
TIME_PREPOSITIONS = frozenset("""
in on since by during until before after over for within the last past next first
""".split())
PERCENT_WORDS = frozenset("percent percentage cent".split())
COMPARISON_MARKERS = frozenset("compared versus vs against than".split())
BOUND_WORDS = frozenset("above below under over exceeding".split())
ANAPHORS = frozenset("those them these".split())
# What may stand before the noun phrase a date belongs to: "since its first test in 2006".
EVENT_OPENERS = PREPOSITIONS | {"and", "or", ","}
HEAD_PREFIX = {"year": "year", "duration": "time"}
"""For dates and spans of time with no measured noun: the head put before the event."""

_TOKEN = regex.compile(r"""
    [\p{L}\p{N}$€£¥₹][\p{L}\p{N}/%$€£]*                # a word starts with a letter, digit or currency sign
    (?:[.,'’-][\p{L}\p{N}][\p{L}\p{N}/%$€£]*)*          # inner marks only between letters or digits
  | [^\s\p{L}\p{N}]                                    # or one mark on its own
""", regex.VERBOSE)       # written as runs of word characters: a choice at every character is slower
# The same for text that is ASCII but for the marks and signs news adds (curly quotes, dashes,
# currency signs: none a letter, digit or space), where it matches exactly what ``_TOKEN``
# does and the stdlib engine reads it several times faster.
_PLAIN_TOKEN = re.compile(
    r"[A-Za-z0-9$€£¥₹][A-Za-z0-9/%$€£]*(?:[.,'’-][A-Za-z0-9][A-Za-z0-9/%$€£]*)*|[^\sA-Za-z0-9]", re.ASCII)
_QUOTE_MARKS = frozenset("\"“”‘’«»'")
# Marks that end the clause a subject is looked for in (a full stop inside the sentence span is
# an abbreviation: the segmenter has already cut the sentences).
_BOUNDARY_MARKS = frozenset(";:—–()[]")
_DIGIT = regex.compile(r"\d")
_CONVERSION = compile_anchored(r"[ ]*\([^()]{1,60}\)")        # "(112 km)", "(£17,500; US$22,900)"


def measure_of(text: str, start: int, end: int, kind: str, sentence: tuple[int, int]) -> str | None:
    """What the quantity at ``text[start:end]`` counts or measures, or None when the sentence does
    not say ("a third of their entire export income" → "export income")."""
    s_start, s_end = max(0, min(sentence[0], start)), min(len(text), max(sentence[1], end))
    inside = _tokens(text, start, end)
    after = _tokens(text, _past_conversion(text, end), min(s_end, end + LOOK_BACK))
    before = [t for t in _tokens(text, max(s_start, start - LOOK_BACK), start) if t not in _QUOTE_MARKS]
    for rule in _COUNT_RULES if kind == "count" else _RULES:
        if (found := rule(inside, before, after, kind)):
            return _tidy(found)
    found = _event(before, after, kind)
    return _tidy(found) if found else None


def _tidy(measure: str) -> str | None:
    """At most ``MAX_WORDS`` words, without leading determiners."""
    words = measure.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words[:MAX_WORDS]) or None


def _tokens(text: str, start: int, end: int) -> list[str]:
    window = text[start:end]
    return (_PLAIN_TOKEN if is_plain(window) else _TOKEN).findall(window)


def _past_conversion(text: str, end: int) -> int:
    """Skip a conversion in brackets after the quantity: "82 pounds (37 kg) ..."."""
    if text[end:end + 8].lstrip(" ")[:1] not in ("(", ""):
        return end                                  # no bracket opens after the spaces
    m = _CONVERSION.match(text, end)
    return m.end() if m else end


def _has_digit(tok: str) -> bool:
    """Whether a token holds a digit; most tokens are words, which a str method rules out
    several times faster than a regex search."""
    return not tok.isalpha() and _DIGIT.search(tok) is not None


def _is_number(tok: str) -> bool:
    return _has_digit(tok) or tok.lower() in NUMBER_WORDS or tok in W.CURRENCY_PREFIXES


def _is_numeral(tok: str) -> bool:
    """A token that carries the value itself ("301", "two", "third"), not a unit or qualifier."""
    return _has_digit(tok) or tok.lower() in NUMERALS


def _forward_phrase(tokens: list[str], *, allow_time: bool = True) -> str | None:
    """The noun phrase that opens ``tokens``, without determiners, up to a stop word, a mark or
    the verb that follows it ("53 measles related deaths [have]", "two children [died]")."""
    words: list[str] = []
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if not words and low in DETERMINERS:
            continue
        if low in PHRASE_STOPS or low in DETERMINERS or not tok[0].isalnum() or _has_digit(tok) \
                or low in PERIOD_ADVERBS:
            break
        if words and (low in VERBS_AFTER_NOUN or low in POSTPOSED or low.endswith(("ed", "ing"))
                      and _ends_phrase(tokens, k + 1)
                      or k + 1 < len(tokens) and tokens[k + 1].lower() in OBJECT_OPENERS):
            break                                           # "voters [cast] a ballot": a verb
        words.append(tok)
        if len(words) == MAX_WORDS:
            break
    if len(words) == 1 and words[0].lower().endswith("ed"):
        return None                                         # "198 [recorded] in": a verb, not a noun
    if words and not allow_time and words[-1].lower() in TIME_NOUNS:
        return None
    return " ".join(words) or None


def _ends_phrase(tokens: list[str], k: int) -> bool:
    return k >= len(tokens) or not tokens[k][0].isalnum() or tokens[k].lower() in PHRASE_STOPS


def _backward_phrase(tokens: list[str], i: int) -> tuple[str | None, int]:
    """The noun phrase ending at ``tokens[i]``, read backwards to a clause opener, a mark, a verb
    or the determiner that opens it ("a [value]", but "the oldest of the [offspring]" goes on);
    returns it without leading determiners, and the index where it starts."""
    j = i
    while j >= 0 and j > i - MAX_WORDS - 4:
        tok = tokens[j]
        low = tok.lower()
        if not tok[0].isalnum() and tok not in "'’" or low in CLAUSE_OPENERS or low in COPULAS \
                or low in AUXILIARIES or low in NP_BREAKING_PREPOSITIONS or _has_digit(tok) \
                or (j == i and low in PHRASE_STOPS):
            break
        if j < i and (low in VERBS_AFTER_NOUN and low not in NP_JOINING_PREPOSITIONS
                      or low.endswith(("ing", "ed")) and (j == 0 or tokens[j - 1].lower() not in DETERMINERS)):
            break                                           # "households [earning] incomes", "[declared] Ann Lee"
        if low in DETERMINERS and j < i and (j == 0 or tokens[j - 1].lower() not in NP_JOINING_PREPOSITIONS):
            j -= 1
            break
        j -= 1
    words = tokens[j + 1:i + 1]
    while words and (words[0].lower() in DETERMINERS or words[0].lower() in PREPOSITIONS
                     or words[0].lower() in PERCENT_WORDS):
        words = words[1:]                                   # "[84 percent of] young voters under 29"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None, j + 1                                  # "it's been seven years": says nothing
    return (" ".join(words[-MAX_WORDS:]) or None), j + 1


def _skip_back(tokens: list[str]) -> int:
    """Index of the last token before the quantity that is not a hedge or linking word."""
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() in SKIP_BEFORE:
        i -= 1
    return i


def _inside(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """The measure written inside the quantity: "a third [of export income]", "16,000 [deaths]"."""
    i = next((k for k, t in enumerate(inside) if _is_numeral(t)), None)
    if i is None:
        return None
    rest = inside[i + 1:]
    while rest and _is_number(rest[0]) and rest[0].lower() != "of":
        rest = rest[1:]
    if rest and rest[0].lower() == "of":
        return _forward_phrase(rest[1:])
    return _forward_phrase(rest) if rest and rest[0][0].isalpha() else None


def _noun_before_of(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"a [death rate] of only 6%", "a [population] of 2 million": the noun that "of" hangs on."""
    i = _skip_back(before)
    if kind == "year" or i < 1 or before[i].lower() != "of":
        return None
    phrase, _ = _backward_phrase(before, i - 1)
    head = phrase.split()[-1].lower() if phrase else ""
    if not phrase or head in VAGUE_HEADS or kind == "count" and head.endswith("s") and not head.endswith("ss"):
        return None                                        # "the records of [three people]": their owners
    return phrase


def _noun_before_at(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"[inflation] at 3%", "[white Americans] at six per 100,000"."""
    i = _skip_back(before)
    if kind in ("year", "duration") or i < 1 or before[i].lower() != "at":
        return None
    phrase, _ = _backward_phrase(before, i - 1)
    last = phrase.split()[-1].lower() if phrase else ""
    return None if last in MEASURING_VERBS or last.endswith("ed") else phrase   # "stood at": a verb


def _after(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """The noun after the quantity: "301 [stores]", "a 4% [share]", "$24 million in [losses]",
    "70 miles south of [Los Angeles]" (a distance), "81 seconds faster than [the record]"."""
    if not after:
        return None
    first = after[0].lower()
    if first in COMPARATIVES and len(after) > 2 and after[1].lower() in ("than", "of"):
        target = _forward_phrase(after[2:])
        return f"margin over {target}" if target else None
    if first in ("from", "south", "north", "east", "west", "away") and _is_distance(inside):
        k = 1 if first == "from" else 2 if len(after) > 1 and after[1].lower() in ("of", "from") else 0
        target = _forward_phrase(after[k:]) if k else None
        return f"distance {' '.join(after[:k])} {target}" if target else None
    if kind == "year" and not _year_has_determiner(before):
        return None
    if first == "of" and after[1:2] and after[1].lower() in ANAPHORS:
        return _earlier_noun(before, len(before))          # "91% of those": the deaths counted before
    if first == "of" and kind in ("percent", "fraction", "count", "range"):
        return _forward_phrase(after[1:])
    if first == "in" and kind in ("money", "quantity") and len(after) > 1:
        return _forward_phrase(after[1:], allow_time=False)
    if first in ("strong", "-") or first == "worth" and after[1:2] == ["of"]:
        after = after[2 if first == "worth" else 1:]       # "386 strong [chain]", "55-[member]", "worth of [ads]"
    if after and after[0].lower().startswith(("and-", "or-")):
        return None                                        # "seven-and-a-half years": still the number
    phrase = _forward_phrase(after) if after and after[0][0].isalpha() else None
    if phrase and inside[-1:] == ["old"]:                  # "an 18 year old [half back]"
        return f"age of {phrase}"
    return phrase


def _specific_after(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """The counted noun, unless one so general that the noun before "of" says more."""
    phrase = _after(inside, before, after, kind)
    return None if phrase and phrase.split()[-1].lower() in GENERIC_COUNTED else phrase


def _age(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"Emily Spanton, 39, met ...", "one of their daughters, aged 17,": the age of who is named."""
    if kind not in ("count", "quantity") or not inside or not before:
        return None
    if inside[0].lower() not in ("age", "aged"):
        if len(inside) != 1 or not inside[0].isdecimal() or int(inside[0]) > 124 \
                or (after and after[0] not in ",." and after[0].lower() != "and"):
            return None
    j = len(before) - 1
    while j > 0 and before[j].lower() == "and" and before[j - 1].isdigit():
        j -= 2                                             # "A and B, 40 and [49]"
    phrase = _backward_phrase(before, j - 1)[0] if j >= 1 and before[j] == "," else None
    if phrase is None:
        return "age" if inside[0].lower() in ("age", "aged") else None
    words = phrase.split()
    name = len(words)
    while name > 0 and words[name - 1][0].isupper():
        name -= 1
    return f"age of {' '.join(words[name:] if name < len(words) else words)}"   # "the death of [Ann Lee], 43"


def _is_distance(inside: list[str]) -> bool:
    return any(t.lower().rstrip("s") in DISTANCE_UNITS or t.lower() in ("km", "mi", "m")
               for t in inside)


def _year_has_determiner(before: list[str]) -> bool:
    """"the 2019/20 [fiscal year]", "ESA's 2028 [ARIEL program]": a year used as a modifier."""
    return bool(before) and (before[-1].lower() in ("the", "a", "an", "its", "their", "his", "her", "our")
                             or before[-1].endswith(("'s", "’s")))


def _subject(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """The subject of the copula or change verb the quantity completes: "[the death toll] rose to
    40", "[costs] are expected to be about $1 billion"; a list goes back to its verb ("rates were
    49% for A, 53% for B")."""
    for i in range(len(before) - 1, max(-1, len(before) - 30), -1):
        tok = before[i]
        low = tok.lower()
        if tok in _BOUNDARY_MARKS or low in ("that", "which", "who", "because", "said", "says", "told"):
            return None
        if low not in MEASURING_VERBS:
            continue
        gap = before[i + 1:]
        listed = kind not in HEAD_PREFIX and any(_has_digit(t) for t in gap)   # "49% for A, 53%"
        if not (all(t.lower() in GAP_WORDS for t in gap) or listed
                or (low in VERB_MEASURES and len(gap) <= 2)):
            continue                                       # the verb has other words to complete it
        j = i - 1
        while j >= 0 and (before[j].lower() in MEASURING_VERBS or before[j].lower() in VERB_GROUP_WORDS):
            j -= 1
        phrase, k = _backward_phrase(before, j)
        if not phrase and j >= 0 and before[j] == ",":        # "The sale price, paid in cash, is"
            prev = next((m for m in range(j - 1, max(-1, j - 12), -1) if before[m] == ","), None)
            if prev is not None:
                phrase, k = _backward_phrase(before, prev - 1)
        if phrase:
            head = VERB_MEASURES.get(low)
            return f"{head} of {phrase}" if head and kind != "duration" else phrase
    return None


def _elided_noun(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """A count whose noun was said with an earlier count: "54 nations signed, only 27 ratified"."""
    return _earlier_noun(before, len(before)) if kind == "count" else None


def _compared(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"0.5% of grocery sales, compared with 7% in Britain": the measure of the first figure."""
    i = _skip_back(before)
    if i > 0 and before[i].lower() == "with":
        i -= 1
    return _earlier_noun(before, i) if i >= 0 and before[i].lower() in COMPARISON_MARKERS else None


def _including(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"more cases of measles, including 165 in one day": the noun the figure is part of."""
    i = _skip_back(before)
    if kind != "count" or i < 2 or before[i].lower() not in ("including", "among"):
        return None
    j = i - 2 if before[i - 1] == "," else i - 1
    return _backward_phrase(before, j)[0] if j >= 0 else None


def _noun_before_bound(inside: Tokens, before: Tokens, after: Tokens, kind: str) -> str | None:
    """"annual incomes below $10,000", "children under 5": the plural noun a bound limits."""
    if not inside or inside[0].lower() not in BOUND_WORDS or len(before) < 2:
        return None
    last, prev = before[-1].lower(), before[-2]
    if not last.endswith("s") or last.endswith("ss") or last in MEASURING_VERBS \
            or prev.lower() in PRONOUNS or prev[0].isupper():
        return None                                        # "she earns over": a verb
    return _backward_phrase(before, len(before) - 1)[0]


def _earlier_noun(before: list[str], upto: int) -> str | None:
    """The counted noun or "of" phrase of the last figure in ``before[:upto]``."""
    for i in range(upto - 1, -1, -1):
        if _is_numeral(before[i]):
            rest = before[i + 1:upto]
            while rest and rest[0].lower() in NUMBER_WORDS and rest[0].lower() != "of":
                rest = rest[1:]
            return _forward_phrase(rest[1:] if rest[:1] == ["of"] else rest)
    return None


def _event(before: Tokens, after: Tokens, kind: str) -> str | None:
    """For a date or a span of time: what happened then, as the noun before "in 2006" ("year of
    first nuclear test") or the words of its clause ("year K2-18b was first identified")."""
    head = HEAD_PREFIX.get(kind)
    if head is None:
        return None
    i = len(before) - 1
    while i >= 0 and (before[i].lower() in TIME_PREPOSITIONS or before[i].lower() in SKIP_BEFORE):
        i -= 1
    if 0 <= i < len(before) - 1:
        phrase, k = _backward_phrase(before, i)
        opener = before[k - 1].lower() if k > 0 else "and"
        opens = before[k].lower() in DETERMINERS or before[k].endswith(("'s", "’s"))
        if phrase and opens and phrase.split()[-1].islower() and opener in EVENT_OPENERS:
            return f"{head} of {phrase}"                  # "since its [first nuclear test] in 2006"
    left: list[str] = []
    for tok in reversed(before[:i + 1]):
        if not tok[0].isalnum():
            break
        left.insert(0, tok)
    right: list[str] = []
    for tok in after:
        if not tok[0].isalnum():
            if right or tok != ",":
                break
            continue                                      # "In 2015, [Tesco centralized ...]"
        right.append(tok)
    words: list[str] = []
    for w in left[-MAX_WORDS:] + right:
        if _has_digit(w):                                 # "a household in the [1960s] and": drop the
            while words and (words[-1].lower() in PHRASE_STOPS or words[-1].lower() in DETERMINERS):
                words.pop()                               # number and the words that led to it
        elif w.lower() not in ("ago", "later", "earlier"):
            words.append(w)
    while words and (words[0].lower() in PHRASE_STOPS or words[0].lower() in CLAUSE_OPENERS):
        words.pop(0)
    while words and (words[-1].lower() in PHRASE_STOPS or words[-1].lower() in DETERMINERS):
        words.pop()
    return " ".join([head, *words][:MAX_WORDS]) if words else None


_RULES = (_age, _inside, _noun_before_of, _noun_before_at, _after, _subject, _compared, _including,
          _noun_before_bound)
_COUNT_RULES = (_age, _inside, _specific_after, _noun_before_of, _after, _noun_before_at, _subject, _compared,
                _including, _noun_before_bound, _elided_noun)
