"""Numeric expressions in news text and their normalised values: ``find_quantities``.

Three steps, so that each rule stays small:

1. a scan (``_SCAN``, tried where the cheap triggers see a digit or a number word)
   finds runs of numerals and number words, and before them the things that only look like
   numbers (dates, clock times, phone numbers, ordinals, URLs), which are skipped whole;
2. each run is read into one or more values (``_numbers_in_run``) and each value grown into
   a quantity by its context (``_build``): currency before or after, scale (bn, k),
   percent, unit, counted noun, period, hedges ("about") and bounds ("more than");
3. neighbouring quantities are joined: ranges ("3-5%", "between $5 and $7 billion"),
   ratios ("one in five", "seven per 100,000"), seasons ("2012–13").

Offsets index the text given, so ``text[q.start:q.end] == q.text`` always holds.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from operator import methodcaller
from typing import NamedTuple

import regex

from . import numberwords as W
from .patterns import compile_anchored, word_trie
from .records import Quantity

# ---------------------------------------------------------------------------------------
# Regular expressions, compiled once.


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that "per cent" beats "per". For the
    patterns searched backwards ((?r)), which read a word from its end: ``word_trie`` would not try
    the longest first there."""
    return "|".join(_escaped(w) for w in sorted(set(words), key=len, reverse=True))


def _word_trie(words) -> str:
    """``words`` as a prefix tree (``patterns.word_trie``) that allows any run of spaces where a
    word has one ("per  cent"). Words must be in lower case when the pattern ignores case."""
    return word_trie(words, space="[ ]+")


def _escaped(word: str) -> str:
    """``word`` as a literal pattern that allows any run of spaces where it has one."""
    return regex.escape(word).replace(r"\ ", "[ ]+")


_DENOMINATORS = {**W.ORDINAL_DENOMINATORS, **{w + "s": v for w, v in W.ORDINAL_DENOMINATORS.items() if w != "half"}}
_WORD_VALUES = {**W.UNIT_WORDS, **W.TEEN_WORDS, **W.TENS_WORDS}
_NUMBER_WORDS = _word_trie([*_WORD_VALUES, *W.HUNDRED_WORDS, *W.BIG_SCALES, *W.DOZEN_WORDS, *_DENOMINATORS])
_SCALE_OR_FRACTION = _word_trie([*W.HUNDRED_WORDS, *W.BIG_SCALES, *W.DOZEN_WORDS, *_DENOMINATORS])
_VULGAR = "[" + "".join(W.VULGAR_FRACTIONS) + "]"
_MONTH = r"(?:" + _word_trie(W.MONTHS) + r")\.?"
_WEEKDAY = r"(?:" + _word_trie(W.WEEKDAYS) + r")"
_DURATION_SPELLINGS = frozenset(s for spellings in W.DURATION_UNITS.values() for s in spellings if len(s) > 2)
_DURATION_WORDS = _word_trie(_DURATION_SPELLINGS)

_DIGITS = r"""
    (?<![\p{L}\d.,/])                            # not glued to a word, a number or a decimal point
    (?:(?<![\w)\]])[-−](?=\.?\d))?               # a minus sign, not a hyphen after a word ("SCP-173")
    (?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])     # 1,234,567.5
      | \d{1,3}(?:[ ]\d{3})+(?![\d]|[.,]\d)      # 1 414 021 100 (thin-space grouping)
      | \d{1,3}/\d{1,3}(?![\d/])                 # 1/4 (checked later: numerator < denominator)
      | \d+,\d{1,2}(?![\d,])                     # decimal comma: 5,00
      | \d*\.?\d+(?:[eE][-+]?\d+)?(?:\^[-+]?\d+)?  # 42, 3.5, .25, 1.3e6, 2.5^-1
    )
"""
# The scan runs over a copy of the text with A-Z lower-cased (same length, same offsets), so
# its word lists need no case-insensitive matching, which is several times slower.
_ATOM = rf"""
    (?: {_DIGITS}
      | {_VULGAR}
      | (?<![\w'’])(?:{_NUMBER_WORDS}|point(?=[ ]+(?:{_NUMBER_WORDS})))(?![\w'’])
      | (?<![\w'’-])an?(?=[ ]+(?:{_SCALE_OR_FRACTION})(?![\w]))   # "a third", "a million"
    )
"""
_JOIN = r"""(?:[ ]*-[ ]*(?!\d\d\d\d)|[ ]+and[ ]+|[ ]*&[ ]*|[ ]+of[ ]+an?[ ]+(?=hundred|thousand|million|billion|trillion|dozen)|,[ ]+|[ ]+)"""

_SCAN = regex.compile(rf"""
    (?P<skip>
        https?://\S+ | www\.\S+                                             # web addresses
      | (?:{_WEEKDAY},?[ ]+)?{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?[ ]+\d{{4}}(?!\d))?  # August 5, 2017
      | (?<!\d)\d{{1,2}}(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?{_MONTH}(?![\w])(?:,?[ ]+\d{{4}}(?!\d))?  # 5 August 2017
      | {_MONTH},?[ ]+(?:of[ ]+)?\d{{4}}(?!\d)                                # October 2014
      | (?<!\d)\d{{4}}-\d{{2}}-\d{{2}}(?!\d) | (?<![\d/])\d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?![\d/])  # numeric dates
      | (?<![\d.:])\d{{1,2}}:\d{{2}}(?![\d:])(?:[ ]?(?:a\.m\.|p\.m\.|am|pm)(?![\w]))?  # 10:30, 10:30 pm
      | (?<![\d.:])\d{{1,2}}(?:[.:]\d{{2}})?[ ]?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![\w])  # 11pm, 2.17 pm
      | (?<![\w+])(?:\+\d{{1,3}}[-. ])?(?:\(\d{{2,4}}\)[ ]?|\d{{3}}[-.])\d{{3,4}}[-.]\d{{4}}(?![\d])  # phones
      | (?<=\b(?:call|called|calling|dial|dialed|dialled|phoned|phone|ring|rang)[ ]+)\d{{3}}(?!\d)  # "dialled 911"
      | (?<!\w)\d+(?:st|nd|rd|th)(?![\w])                                  # ordinals: 4th, 21st
      | (?<=(?:(?<![\w])no\.|\#)[ ]?)\d[\d/.-]*                              # No. 1430/2019: identifiers
    )
  | (?P<clock>(?<![\d:])\d{{1,2}}:\d{{2}}:\d{{2}}(?:\.\d+)?(?![\d:]))         # 2:14:04, a race time
  | (?P<dotted>(?<![\d.])\d+(?:\.\d+){{2,}}(?![\d]))                          # 192.168.1.2, versions
  | (?P<once>(?<![\w])(?:once|twice|thrice)[ ]+(?:a|per|each|every)[ ]+(?:{_DURATION_WORDS})(?![\w]))
  | (?P<oneunit>(?<![\w])(?:(?P<lead>within|in[ ]+the[ ]+(?:past|last))[ ]+(?:an?[ ]+)?|(?<=for[ ]+)an?[ ]+|(?:another|all|full)[- ]+)
        (?P<u>{_DURATION_WORDS})(?P<half>[ ]+and[ ]+a[ ]+half)?(?![\w]))
  | (?P<seq>
        (?:(?P<minus>minus)[ ]+)?
        (?P<atom>{_ATOM})
        (?:(?P<join>{_JOIN}|(?={_VULGAR}))(?P<atom>{_ATOM}))*
    )
""", regex.VERBOSE)
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


# Where a scan may start: numerals, and number words with the words that open a date or a
# duration. The two are found by separate patterns (they share no character, so no match of
# one lies inside a match of the other): the regex engine skips ahead to a numeral's first
# character, and the stdlib engine is fastest on the word trie. Group 1 of each is the trigger.
_NUMERAL_TRIGGER = regex.compile(r"([-−]?[\d" + "".join(W.VULGAR_FRACTIONS) + r"]+|[+(](?=\d))")
_OPENING_WORDS = frozenset([*_WORD_VALUES, *W.HUNDRED_WORDS, *W.BIG_SCALES, *W.DOZEN_WORDS, *_DENOMINATORS, *W.MONTHS,
                            *W.WEEKDAYS, "minus", "once", "twice", "thrice", "http", "www"])
_OPENING_TRIE = _word_trie(_OPENING_WORDS | _DURATION_SPELLINGS)
_WORD_TRIGGER = re.compile(r"\b(" + _OPENING_TRIE + r")\b")
# The same two for ASCII text (``_ascii_stand_in`` makes most news so), where they match exactly
# what the Unicode ones do and the stdlib engine finds them several times faster; the numeral
# pattern starts with one character class, which that engine skips along quickly.
_ASCII_NUMERAL_TRIGGER = re.compile(r"([-+(0-9](?:(?<=[0-9])[0-9]*|(?<=-)[0-9]+|(?<=[+(])(?=[0-9])))")
# The ASCII word pattern matches the character before the word too (where ``\b`` holds): as it
# starts with a character class, the engine skips along inside words instead of trying each
# position. A word at the very start of the text has no character before it: matched apart.
_ASCII_WORD_TRIGGER = re.compile(r"[^a-zA-Z0-9_](" + _OPENING_TRIE + r")\b", re.ASCII)
_ASCII_FIRST_WORD_TRIGGER = re.compile(r"(" + _OPENING_TRIE + r")\b", re.ASCII)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A word of duration ("year") starts no alternative of ``_SCAN``: it opens a scan only after a
# lead-in ("within a year"), so without one the scan is not tried there.
_LEAD_IN_ONLY = _DURATION_SPELLINGS - _OPENING_WORDS
_trigger_start = methodcaller("start", 1)
# A month or weekday opens a scan only as a date, which has a digit a word or two later
# ("May 5", "Friday, May 5", "October 2014"); this looser pattern rules the others out cheaply.
_DATE_NAMES = frozenset([*W.MONTHS, *W.WEEKDAYS]) - frozenset([*_WORD_VALUES, *W.HUNDRED_WORDS, *W.BIG_SCALES,
                                                                *W.DOZEN_WORDS, *_DENOMINATORS, *_DURATION_SPELLINGS])
_DATE_AFTER_NAME = compile_anchored(r"\.?,?[ ]+(?:of[ ]+)?\d|,?[ ]+[a-z]+\.?[ ]+\d")
# Words before a trigger that belong to what it opens: "a third", "minus five", "within a year".
_LEAD_IN = regex.compile(  # longest first: a backward search takes the first alternative that fits
    r"(?r)(?<![\w'’-])(?:within(?:[ ]+an?)?|in[ ]+the[ ]+(?:past|last)|another|minus|all|full|an?)[- ]+\Z")
# How each lead-in ends: a trigger right after spaces or hyphens that follow none of these has
# no lead-in, and ``_LEAD_IN`` is not tried.
_LEAD_IN_LAST_WORDS = ("within", "a", "an", "past", "last", "another", "minus", "all", "full")

# Context read before a number: each anchored at its start and searched backwards ((?r)), which
# is twenty times faster than trying every start in the window.
_CURRENCY_BEFORE = regex.compile(
    r"(?r)(?:(?<![\w])(?i:us|u\.s\.)[ ]?\$"                                  # US$, us $
    r"|(?<![\w])(?:" + _alternation(k.upper() for k in W.CURRENCY_PREFIXES if k[:-1].isalpha() and k[-1] == "$") +
    r")|[" + regex.escape("".join(k for k in W.CURRENCY_PREFIXES if len(k) == 1)) + r"]"  # $ € £ ¥ ...
    r"|(?<![\w])(?:" + _alternation(k.upper() for k in W.CURRENCY_PREFIXES if len(k) == 3 and k.isalpha()) +
    r")|(?<![\w])Rs\.?)[ ]?\Z")
_LEADING_MINUS = regex.compile(r"(?r)(?:^|(?<=\n))[ ]*(?P<minus>-)[ ]+\Z")
_QUALIFIER_BEFORE = regex.compile(
    r"(?r)(?<![\w])(?P<q>(?i:" + _alternation([q for q in W.QUALIFIERS if q[0].isalpha()]) + r"))[ ]+\Z"
    r"|(?P<q>" + _alternation([q for q in W.QUALIFIERS if not q[0].isalpha()]) + r")[ ]?\Z")
_HEDGE_BEFORE = regex.compile(r"(?r)(?:(?<![\w])|(?<=~))(?P<h>(?i:" + _alternation(W.HEDGES) + r"))[ ]*\Z")
_AGE_BEFORE = regex.compile(r"(?r)(?<![\w])(?i:aged|age|ages)[ ]+\Z")
_AGE_BY_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}'’.-]+,[ ](?:\d{1,3}[ ]and[ ])?\Z")
_MID_BEFORE = regex.compile(r"(?r)(?<![\w])(?i:mid|early|late)-\Z")
_BETWEEN_BEFORE = regex.compile(r"(?r)(?<![\w])(?i:between)[ ]+\Z")
_WORD_BEFORE = regex.compile(r"(?r)(?P<w>[\p{L}][\p{L}'’.-]*)[ ]+\Z")


def _any_of(*patterns: regex.Pattern) -> regex.Pattern:
    """One pattern that matches where any of ``patterns`` does (all read forwards, or all
    backwards): one quick test lets the common case, where none does, skip trying each in turn."""
    backwards = {p.pattern.startswith("(?r)") for p in patterns}
    assert len(backwards) == 1
    either = "|".join(f"(?:{p.pattern.removeprefix('(?r)')})" for p in patterns)
    return regex.compile("(?r)" + either) if backwards.pop() else compile_anchored(either)


# What may stand right before a number and change it: when none of these ends at its start
# (about three numbers in four), none of the searches before it is tried. All read 40 characters.
_CONTEXT_BEFORE = _any_of(_CURRENCY_BEFORE, _LEADING_MINUS, _AGE_BEFORE, _MID_BEFORE, _QUALIFIER_BEFORE, _HEDGE_BEFORE)

# Context read after a number (each anchored at the number's end).
_SCALE_AFTER = regex.compile(r"(?P<sp>[ ]*)(?P<s>bn|bln|mln|mn|MM|tn|tln|trn|k|K|m|M|B|b)(?![\p{L}\d])")
_PERCENT_AFTER = regex.compile(
    r"[ ]?%|[ ]*(?P<pp>(?i:percentage[ ]+points?))(?![\w])|[ ]*(?i:per[ ]?cents?|percents?|pct|percentage)(?![\w])")
_CURRENCY_WORD_AFTER = regex.compile(r"[ ]+(?P<c>(?i:" + _word_trie(W.CURRENCY_WORDS) + r"))(?![\w])")
_MINOR_AFTER = regex.compile(r"(?:[ ]+|[ ]*-[ ]*)(?P<c>(?i:cents?|penny|pence))(?![\w])")
_CURRENCY_SIGN_AFTER = regex.compile(r"[ ]?(?P<c>" + _word_trie(W.CURRENCY_SUFFIX_SIGNS) + r")(?![\w])")
_CENTS_AFTER = regex.compile(r"[ ]+(?:and[ ]+)?(?P<n>\d{1,2}|(?i:" + _word_trie([*W.TENS_WORDS, *W.TEEN_WORDS, *W.UNIT_WORDS]) +
                             r")(?:[ ]*-[ ]*(?i:" + _word_trie(W.UNIT_WORDS) + r"))?)[ ]+(?i:cents?|pence)(?![\w])")
_AGE_AFTER = compile_anchored(r"(?:[ ]+|[ ]*-[ ]*)(?i:years?)(?:[ ]+|[ ]*-[ ]*)(?i:old)(?![\w])")
_AGE_BY_NAME_AFTER = regex.compile(r",(?![ ]?\d)|[ ]and[ ]\d{1,3},")
_DECADE_AFTER = regex.compile(r"'?s(?![\w])")
_SLASH_FRACTION = regex.compile(r"(?P<n>\d{1,2})/(?P<d>2|3|4|5|6|8|10|16|32|64|100)")
_DECIMAL_COMMA = regex.compile(r"\d+,\d{1,2}")
_YEAR_DIGITS = regex.compile(r"1[5-9][0-9]{2}|20[0-9]{2}")
_DIGIT_RUN = regex.compile(r"\d+")
_NEXT_WORD = regex.compile(r"[ ]+([\p{L}]+)")
_NEXT_CAPITAL = regex.compile(r"[ ]+\p{Lu}")
_SEASON_AFTER = regex.compile(r"[-–/]\d{2}(?![\d\p{L}])")


def _unit_pattern() -> regex.Pattern:
    """Units after a number: spelled-out units case-insensitively, short symbols exactly."""
    loose, exact = [], []
    for table in (W.DURATION_UNITS, W.MEASURE_UNITS):
        for spellings in table.values():
            for s in spellings:
                (exact if s in W.CASE_SENSITIVE_UNITS or len(s) == 1 else loose).append(s)
    exact += ["m", "pm", "C", "F"]
    return regex.compile(r"(?P<sep>[ ]*-[ ]*|[ ]*)(?P<u>(?i:" + _word_trie(loose) + r")|" + _word_trie(exact) +
                         r")(?![\p{L}\d])")


_UNIT_AFTER = _unit_pattern()
_UNIT_NAMES = {s.lower(): (name, table is W.DURATION_UNITS)
               for table in (W.DURATION_UNITS, W.MEASURE_UNITS) for name, spellings in table.items() for s in spellings}
_UNIT_NAMES.update({"m": ("meter", False), "pm": ("picometer", False), "c": ("degree Celsius", False),
                    "f": ("degree Fahrenheit", False), "k": ("kelvin", False)})
# The words after a number that make it a percent, money, an age or a measure: when none
# starts at its end (most numbers), none of them is tried in turn.
_KIND_AFTER = _any_of(_PERCENT_AFTER, _CURRENCY_WORD_AFTER, _MINOR_AFTER, _CURRENCY_SIGN_AFTER, _AGE_AFTER, _UNIT_AFTER)
_PERIOD_AFTER = regex.compile(
    r"(?:[ ]+|[ ]*-[ ]*)(?P<p>(?i:" + _word_trie(W.PERIOD_WORDS) + r"))(?![\w])(?![ ]+(?i:" +
    _word_trie(W.NOT_PERIOD_AFTER) + r")(?![\w]))")
_HYPHEN_NOUN = regex.compile(r"-(?!(?:year|month|week|day|hour)s?-old)[\p{L}]{3,}(?![\w-])")
_NOUN_WORDS = regex.compile(r"(?:[ ]+(?:[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*))")
# The noun phrase after "a third of": words up to punctuation or a word that opens a verb
# phrase (an auxiliary, "to", "that", a past tense in -ed, a frequent verb).
_NP_WORD = (r"(?!(?:" + _word_trie(W.VERB_PHRASE_OPENERS) + r")(?![\w]))"   # not "is", "to", "said"...
            r"(?![\p{L}]{2,}ed(?![\w]))[\p{L}\d][\p{L}\d'’-]*")                     # nor a past tense
_OF_PHRASE = regex.compile(r"[ ]+of[ ]+(?P<np>" + _NP_WORD + r"(?:[ ]+" + _NP_WORD + r"){0,7})")
_LOWER_OR_MORE = regex.compile(r"[ ]+or[ ]+(?P<q>more|greater|above|higher|over|less|fewer|below|lower)(?:[ ]+than)?(?![\w])")
_RANGE_SEP = regex.compile(r"[ ]*(?:-|–|—|to|through)[ ]*\Z|[ ]+(?:and)[ ]+\Z")
_RATIO_SEP = regex.compile(r"[ ]+(?P<r>in|out[ ]+of(?:[ ]+every)?|per|over)[ ]+\Z")


# ---------------------------------------------------------------------------------------
# Reading a run of number atoms ("one hundred and three and two thirds") into values.


class _Atom(NamedTuple):
    """One number word or numeral of a run (a tuple: runs make many, and tuples are made fast)."""

    kind: str  # digit | frac | unit | teen | tens | hundred | big | dozen | denom | article | point
    value: float
    start: int
    end: int
    text: str


_ATOM_TABLES = (("frac", W.VULGAR_FRACTIONS), ("article", {"a": 1, "an": 1}), ("point", {"point": 0}),
                ("unit", W.UNIT_WORDS), ("teen", W.TEEN_WORDS), ("tens", W.TENS_WORDS),
                ("hundred", W.HUNDRED_WORDS), ("big", W.BIG_SCALES), ("dozen", W.DOZEN_WORDS),
                ("denom", _DENOMINATORS))
# Every number word with its kind and value, looked up at once; a word in two tables takes the
# first (the tables are read last to first, so that earlier ones overwrite).
_WORD_ATOMS = {word: (kind, value) for kind, table in reversed(_ATOM_TABLES) for word, value in table.items()}


def _atom(text: str, start: int, end: int) -> _Atom | None:
    """One number word or numeral, classified; None when it has no value ("1/0")."""
    word = _WORD_ATOMS.get(text.lower())
    if word is not None:
        return _Atom(word[0], word[1], start, end, text)
    return _digit_atom(text, start, end)


def _digit_atom(text: str, start: int, end: int) -> _Atom | None:
    """A numeral: "-1,234.5", "5,00", "1.3e6", "2.5^-1", "3/4"."""
    sign = -1.0 if text[:1] in "-−" else 1.0
    body = text.lstrip("-−")
    if "/" in body:                          # 3/4; not 9/11, 24/7 or 1/0
        f = _SLASH_FRACTION.fullmatch(body)
        if not f or not f.group("n").isdecimal() or int(f.group("n")) >= int(f.group("d")):
            return None
        return _Atom("frac", sign * int(f.group("n")) / int(f.group("d")), start, end, text)
    power = None
    if "^" in body:
        body, power = body.split("^")
    if "," in body and _DECIMAL_COMMA.fullmatch(body):
        body = body.replace(",", ".")
    body = body.replace(",", "").replace(" ", "")
    try:
        value = float(body)
    except ValueError:
        return None
    if power is not None:
        try:
            value = value ** int(power)
        except (OverflowError, ZeroDivisionError, ValueError):
            return None
    if not math.isfinite(value):
        return None
    return _Atom("digit", sign * value, start, end, text)


def _join_kind(join: str) -> str:
    """What joins two atoms: "and", a hyphen, a comma, "of a", a space, or nothing ("2½")."""
    if join == "":
        return "none"
    j = join.strip().lower()
    if j in ("and", "&"):
        return "and"
    if j == "-":
        return "hyphen"
    if j == ",":
        return "comma"
    if j.startswith("of"):
        return "of"
    return "space"


def _integer(atoms: list[_Atom], joins: list[str]) -> float | None:
    """The value of a run without fractions ("twenty-one trillion three hundred"), or None."""
    total, current, prev = 0.0, None, None
    for i, a in enumerate(atoms):
        j = _join_kind(joins[i - 1]) if i else None
        if j in ("none", "of") or (j == "and" and prev not in ("hundred", "big")) \
                or (j == "comma" and prev != "big") \
                or (j == "hyphen" and not ((prev == "tens" and a.kind == "unit") or (prev == "digit" and a.kind == "big"))):
            return None
        k = a.kind
        if k in ("digit", "unit", "teen", "tens"):
            if prev in ("digit", "unit", "teen", "article", "dozen") or (prev == "tens" and k != "unit") \
                    or (k == "digit" and prev == "tens"):
                return None
            if prev in ("hundred", "big") and (a.value >= (100 if prev == "hundred" else 1000) or a.value < 0
                                               or not float(a.value).is_integer()):
                return None                          # "3 hundred and 2.12 hundred" is two numbers
            current = (current or 0) + a.value
        elif k == "hundred":
            if prev in ("hundred", "big") and current is None:
                return None
            current = (1 if current is None else current) * 100
        elif k == "big":
            if current is None:
                if prev != "big" or not total:
                    return None
                total *= a.value                                    # "three lakh crore"
            else:
                total = (total + current) * a.value if total and total < a.value else total + current * a.value
                current = None
        elif k == "article":
            if i:
                return None
            current = 1
        elif k == "dozen":
            if current is None:
                return None
            current *= 12
        else:
            return None
        prev = k
    if prev == "article" or (len(atoms) == 1 and prev in ("hundred", "big", "dozen")):
        return None
    return total + (current or 0)


def _fraction(atoms: list[_Atom], joins: list[str]) -> float | None:
    """The value of a run holding a fraction: "two thirds", "1 4/5", "a half million"."""
    k = next((i for i, a in enumerate(atoms) if a.kind in ("denom", "frac")), None)
    if k is None:
        return None
    tail = atoms[k + 1:]
    multiplier = 1.0
    if tail:                                 # "two thirds of a million", "three quarters billion"
        if len(tail) > 2 or tail[-1].kind != "big" or (len(tail) == 2 and tail[0].kind != "article"):
            return None
        multiplier = tail[-1].value
    d = atoms[k]
    if d.kind == "frac":                     # 10 1/2, 2½
        if k == 0:
            return d.value * multiplier
        whole = _integer(atoms[:k], joins[:k - 1])
        if whole is None or _join_kind(joins[k - 1]) not in ("space", "none") or atoms[k - 1].kind != "digit":
            return None
        return (whole - d.value if whole < 0 else whole + d.value) * multiplier
    if k == 0:                               # "half" alone; "quarter" alone is not a number
        return 0.5 * multiplier if d.text.lower() == "half" else None
    splits = list(range(k, 0, -1))
    if atoms[k - 1].kind == "tens" and d.value < 10 and k >= 2:    # "one hundred thirty fifths" = 100/35
        splits.remove(k - 1)
        splits.insert(0, k - 1)
    singular = not d.text.lower().endswith("s")
    for p in splits:
        numerator = 1.0 if p == 1 and atoms[0].kind == "article" else _integer(atoms[:p], joins[:p - 1])
        extra = 0.0 if p == k else _integer(atoms[p:k], joins[p:k - 1])
        if numerator is not None and numerator > 1 and singular and not tail:
            continue                                 # "five eighth" is a rugby position, not 5/8
        if numerator is not None and extra is not None:
            return numerator / (extra + d.value) * multiplier
    return None


def _value(atoms: list[_Atom], joins: list[str]) -> float | None:
    """The value of a run of atoms, or None when they do not make one number."""
    if len(atoms) == 1 and atoms[0].kind == "digit":   # most runs: one numeral ("-0" reads as 0)
        return atoms[0].value or 0.0
    points = [i for i, a in enumerate(atoms) if a.kind == "point"]
    if points:
        p = points[0]
        whole = _integer(atoms[:p], joins[:p - 1]) if p else None
        decimals = atoms[p + 1:]
        if whole is None or not decimals or len(points) > 1:
            return None
        if all(a.kind == "unit" for a in decimals):
            digits = "".join(str(int(a.value)) for a in decimals)
        else:
            tail = _integer(decimals, joins[p + 1:])
            if tail is None or tail >= 100:
                return None
            digits = str(int(tail))
        return whole + float("0." + digits)
    for i in range(len(atoms) - 1, 0, -1):  # "one and a half", "six million and two thirds"
        if _join_kind(joins[i - 1]) == "and" and any(a.kind in ("denom", "frac") for a in atoms[i:]):
            right, right_joins = atoms[i:], joins[i:]
            scale = 1.0
            if right[-1].kind == "big" and _join_kind(right_joins[-1]) == "space":   # "five and a half million"
                scale, right, right_joins = right[-1].value, right[:-1], right_joins[:-1]
            left = _integer(atoms[:i], joins[:i - 1])
            frac = _fraction(right, right_joins)
            if left is None or frac is None or frac >= 1:
                break                                   # "one hundred and thirty-two fifths"
            last = atoms[i - 1]
            if scale == 1.0 and last.kind == "big":
                return left + frac * last.value
            return (left + frac) * scale
    if any(a.kind in ("denom", "frac") for a in atoms):
        return _fraction(atoms, joins)
    return _integer(atoms, joins)


@dataclass
class _Number:
    """A number read from the text, before its context is looked at."""

    start: int
    end: int
    value: float
    atoms: list[_Atom]

    @property
    def words(self) -> bool:
        return any(a.text[-1:].isalpha() for a in self.atoms)

    @property
    def is_fraction(self) -> bool:
        return any(a.kind in ("denom", "frac") for a in self.atoms)

    @property
    def has_big_scale(self) -> bool:
        return self.value >= 1000 and any(a.kind in ("big", "hundred") for a in self.atoms)

    @property
    def plain_digits(self) -> str | None:
        return self.atoms[0].text if len(self.atoms) == 1 and self.atoms[0].kind == "digit" else None


# The longest number worth reading as one ("twenty-one trillion three hundred and forty-five
# thousand six hundred and seventy-eight"); it keeps a run of a table's figures linear.
_MAX_ATOMS = 16


def _numbers_in_run(text: str, m: regex.Match) -> list[_Number]:
    """Split a matched run into the numbers it holds ("45 and 50" is two), longest first."""
    negative = m.group("minus") is not None
    starts, ends = m.starts("atom"), m.ends("atom")
    if len(starts) == 1:                                  # most runs: one numeral or number word
        a = _atom(text[starts[0]:ends[0]], starts[0], ends[0])
        v = None if a is None else _value([a], [])
        if v is None:
            return []
        return [_Number(m.start("minus") if negative else a.start, a.end, -v if negative else v, [a])]
    joins = m.captures("join")
    atoms = [_atom(text[s:e], s, e) for s, e in zip(starts, ends)]
    out, i = [], 0
    while i < len(atoms):
        best = None
        if atoms[i] is not None:
            stop = min(len(atoms), i + _MAX_ATOMS)
            if None in atoms[i:stop]:                     # "1/0" has no value
                stop = atoms.index(None, i, stop)
            best = next(((j, v) for j in range(stop, i, -1) if (v := _value(atoms[i:j], joins[i:j - 1])) is not None),
                        None)
        if best is None:
            i += 1
            continue
        j, v = best
        seg = atoms[i:j]
        minus = i == 0 and negative
        start = m.start("minus") if minus else seg[0].start
        out.append(_Number(start, seg[-1].end, -v if minus else v, seg))
        i = j
    return out


# ---------------------------------------------------------------------------------------
# Growing a number into a quantity.


@dataclass
class Draft:
    """A quantity under construction (mutable), with the context ``claims`` judges it by; turned
    into a record only at the end, and only for what is returned."""

    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    period: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    scale: float = 1.0
    bare: bool = False              # a plain number: no unit, no noun, nothing around it
    core: tuple[int, int] = (0, 0)  # the number itself, without context
    hedge_start: int | None = None  # where "about" starts: the hedge is not part of the span
    noun_end: int | None = None     # where the counted noun ends: not part of the span either
    extras: dict = field(default_factory=dict)

    def fields(self) -> dict:
        """The record fields other than the span (a ``Claim`` has a span of its own)."""
        return {"kind": self.kind, "value": _float(self.value), "low": _float(self.low), "high": _float(self.high),
                "unit": self.unit, "period": self.period, "approximate": self.approximate,
                "qualifier": self.qualifier}


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _lone_half_ok(text: str, n: _Number) -> bool:
    """"half" alone is a fraction in "half of", "more than half", not in "the first half"."""
    before = _WORD_BEFORE.search(text, max(0, n.start - 30), n.start)
    prev = before.group("w").lower() if before else ""
    after = _NEXT_WORD.match(text, n.end)
    nxt = after.group(1).lower() if after else ""
    if prev in ("first", "second", "the", "this", "that", "their", "its", "his", "her", "our", "attacking", "other"):
        return False
    return nxt in ("of", "a", "an", "the", "their", "its", "his", "her", "our", "them", "these", "those",
                   "year", "hour", "day", "month", "century", "mile", "people") \
        or prev in ("than", "about", "nearly", "almost", "roughly", "around", "over", "under", "least", "by", "and")


def _is_title(text: str, n: _Number) -> bool:
    """Number words in a title of a work: "One Billion Americans"."""
    capital_scale = any(a.kind in ("big", "hundred") and a.text[:1].isupper() for a in n.atoms)
    return capital_scale and bool(_NEXT_CAPITAL.match(text, n.end))


def _build(text: str, n: _Number) -> Draft | None:
    """The quantity a number makes with its context, or None when it is not one."""
    lone_half = len(n.atoms) == 1 and n.atoms[0].text.lower() == "half"
    if (lone_half and not _lone_half_ok(text, n)) or _is_title(text, n):
        return None
    q = Draft(n.start, n.end, "count", n.value, core=(n.start, n.end))
    context_before = _CONTEXT_BEFORE.search(text, max(0, n.start - 40), n.start) is not None
    if context_before:
        _read_prefix(text, n, q)
    end = _read_scale(text, n, q)
    end = _read_kind(text, n, q, end)
    if q.kind != "year" and (pe := _PERIOD_AFTER.match(text, end)):
        q.period, end = W.PERIOD_WORDS[" ".join(pe.group("p").lower().split())], pe.end()
    if q.kind in ("count", "quantity", "money", "percent") and (om := _LOWER_OR_MORE.match(text, end)):
        q.qualifier = "at least" if om.group("q") in ("more", "greater", "above", "higher", "over") else "at most"
        end = om.end()
    q.end = end
    window = max(0, q.start - 40)
    if context_before and (age := _AGE_BEFORE.search(text, window, q.start)):
        q.kind, q.unit, q.start = "quantity", "year", age.start()
    elif q.kind == "count" and "noun" not in q.extras and _is_age_after_name(text, q):
        q.kind, q.unit = "quantity", "year"
    if context_before and q.kind == "year" and (mid := _MID_BEFORE.search(text, window, q.start)):
        q.start = mid.start()
    _qualify(text, q, context_before)
    q.bare = q.kind in ("count", "quantity") and q.unit is None and "noun" not in q.extras
    return q


def _is_age_after_name(text: str, q: Draft) -> bool:
    """News style gives ages between commas after a name: "Emily Ross, 39, said";
    "Ana Ruiz and Ben Ode, 40 and 49, were"."""
    return 0 < q.value < 125 and q.value.is_integer() and q.start == q.core[0] \
        and bool(_AGE_BY_NAME_AFTER.match(text, q.end)) \
        and bool(_AGE_BY_NAME_BEFORE.search(text, max(0, q.start - 60), q.start))


def _read_prefix(text: str, n: _Number, q: Draft) -> None:
    """A currency sign or code before the number ("US$", "€", "Rs"), or a minus set apart."""
    window = max(0, n.start - 40)
    if (currency := _CURRENCY_BEFORE.search(text, window, n.start)):
        code = currency.group().replace(" ", "").lower()
        code = {"u.s.$": "us$", "rs.": "rs"}.get(code, code)
        q.kind, q.unit, q.start = "money", W.CURRENCY_PREFIXES.get(code, "USD"), currency.start()
    elif (minus := _LEADING_MINUS.search(text, window, n.start)):
        q.value, q.start = -q.value, minus.start("minus")


def _read_scale(text: str, n: _Number, q: Draft) -> int:
    """A scale written as an abbreviation ("$1.2bn", "10k", "€10M"); returns where it ends."""
    if n.has_big_scale:
        q.scale = max(a.value for a in n.atoms if a.kind in ("big", "hundred"))
    sm = _SCALE_AFTER.match(text, n.end)
    if not sm or n.words:
        return n.end
    s = sm.group("s")
    factor = W.SCALE_ABBREVIATIONS.get(s) or W.SCALE_ABBREVIATIONS.get(s.lower() if len(s) > 1 else s)
    counts_people = s == "m" and _counted_noun_end(text, sm.end(), 2) > sm.end()      # "1.5m people"
    if q.kind == "money" or counts_people:
        factor = factor or W.MONEY_ONLY_SCALES.get(s)
    if not factor:
        return n.end
    q.value *= factor
    q.scale = factor
    return sm.end()


def _read_kind(text: str, n: _Number, q: Draft, end: int) -> int:
    """What the number measures, from the words after it: percent, a currency, a unit, a
    fraction's "of" phrase, a year, or the counted noun. Returns where the quantity ends."""
    if q.kind == "money":
        cw = _CURRENCY_WORD_AFTER.match(text, end)           # "$5 dollars" repeats the sign
        return cw.end() if cw and cw.group("c").lower() in ("dollars", "dollar") else end
    if _KIND_AFTER.match(text, end) and (kind_end := _read_kind_word(text, n, q, end)) is not None:
        return kind_end
    if n.is_fraction:
        q.kind = "fraction" if abs(n.value) < 1 else "count" if n.value.is_integer() or n.has_big_scale else "quantity"
        of = _OF_PHRASE.match(text, end)
        if of and abs(n.value) < 1 and n.words:           # "a third of their export income"
            q.extras["of"] = of.group("np").strip()
            return of.end()
        return end
    if (y := _year(text, n, end)) is not None:
        q.kind = "year"
        return y
    noun_end = _counted_noun_end(text, end, n.value)
    if noun_end > end:
        q.extras["noun"] = text[end:noun_end].strip()
        if _PERIOD_AFTER.match(text, noun_end):           # "100,000 deaths annually": one rate
            end = noun_end
        else:
            q.noun_end = noun_end
    if not n.value.is_integer() and not n.has_big_scale and q.scale == 1.0:
        q.kind = "quantity"                                # "1,234.5 points" is a measure
    return end


def _read_kind_word(text: str, n: _Number, q: Draft, end: int) -> int | None:
    """A word after the number that says what it measures: percent, a currency, "years old", a
    unit. Returns where it ends, or None when there is none."""
    if (pm := _PERCENT_AFTER.match(text, end)):
        q.kind = "percent"
        q.unit = "percentage point" if pm.group("pp") else None
        return pm.end()
    if (cm := _CURRENCY_WORD_AFTER.match(text, end)) and _currency_word_ok(cm.group("c"), n, q):
        q.kind, q.unit, end = "money", W.CURRENCY_WORDS[" ".join(cm.group("c").lower().split())], cm.end()
        cents = _CENTS_AFTER.match(text, end)              # "3 dollars 50 cents" is one amount
        if cents and (c := _small_number(cents.group("n"))) is not None:
            q.value += c / 100
            end = cents.end()
        return end
    if (mm := _MINOR_AFTER.match(text, end)) and not n.is_fraction:
        q.kind, q.unit, q.value = "money", W.MINOR_CURRENCY_WORDS[mm.group("c").lower()], q.value / 100
        return mm.end()
    if (sg := _CURRENCY_SIGN_AFTER.match(text, end)):
        q.kind, q.unit = "money", W.CURRENCY_SUFFIX_SIGNS[sg.group("c")]
        return sg.end()
    if (am := _AGE_AFTER.match(text, end)):
        q.kind, q.unit = "quantity", "year"
        return am.end()
    if (um := _UNIT_AFTER.match(text, end)) and _unit_ok(um, n):
        q.unit, is_time = _UNIT_NAMES[um.group("u").lower()]
        q.kind = "duration" if is_time else "quantity"
        return um.end()
    return None


def _small_number(s: str) -> float | None:
    """The value of a cents figure: "50", "forty-five"."""
    if s.isdigit():
        return float(s)
    parts = s.lower().replace("-", " ").split()
    return float(sum(_WORD_VALUES[p] for p in parts)) if all(p in _WORD_VALUES for p in parts) else None


def _currency_word_ok(word: str, n: _Number, q: Draft) -> bool:
    """"361 million pounds" is money, "82 pounds" a weight; "won" and "rand" need a scale too."""
    word = " ".join(word.lower().split())
    return word not in W.CURRENCY_WORDS_NEEDING_SCALE or n.has_big_scale or q.scale > 1


def _unit_ok(um: regex.Match, n: _Number) -> bool:
    """Short unit symbols only right after digits ("3h", "10kg"), not after words."""
    u = um.group("u")
    if len(u) <= 2 and n.words and u.lower() not in ("km", "kg", "mg", "ft", "lb", "oz"):
        return False
    if u.lower() in ("h", "c", "f", "k", "t", "g", "b", "w", "m", "pm") and um.group("sep").strip() == "-":
        return False
    return True


def _year(text: str, n: _Number, end: int) -> int | None:
    """Where a year ("2006", "1960s", "2012–13", "2019/20") ends, or None if ``n`` is not one."""
    digits = n.plain_digits
    if not digits or not _YEAR_DIGITS.fullmatch(digits):
        return None
    # News style writes counts of a thousand and more with a comma ("2,000 people"), so four
    # bare digits are a year unless a hedge or a bound says they count something.
    if _HEDGE_BEFORE.search(text, max(0, n.start - 30), n.start):
        return None
    bound = _QUALIFIER_BEFORE.search(text, max(0, n.start - 40), n.start)
    if bound and bound.group("q").lower() not in W.YEAR_QUALIFIERS:
        noun_end = _counted_noun_end(text, end, n.value)
        if noun_end > end and text[end:noun_end].split()[-1].lower() not in W.YEAR_NOUNS:
            return None                              # "more than 1500 troops", not "below 2005 levels"
    if (d := _DECADE_AFTER.match(text, end)):
        return d.end()
    if (s := _SEASON_AFTER.match(text, end)):
        return s.end()
    return end


def _counted_noun_end(text: str, end: int, value: float) -> int:
    """End of the noun counted by a number: "two [intercontinental ballistic missile launches]"."""
    if text.startswith("-", end) and (h := _HYPHEN_NOUN.match(text, end)):   # "a 55-member union", "20,000-seat"
        return h.end()
    pos, head = end, end
    for _ in range(5):
        m = _NOUN_WORDS.match(text, pos)
        if not m:
            break
        word = m.group().strip()
        low = word.lower()
        if low in W.COUNT_PHRASE_STOPS or low in _WORD_VALUES or low in _UNIT_NAMES:
            break
        pos = m.end()
        plural = low in W.IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")))
        if value == 1 and plural:                    # "one vaccine [appears]": a verb, not the noun
            break
        if plural or value == 1:
            head = pos
    return head


def _qualify(text: str, q: Draft, context_before: bool) -> None:
    """Take in bounds ("more than") written before the quantity, and note hedges ("about").
    Both make the figure approximate; a bound is part of the span, a hedge is not. Without
    ``context_before`` neither is looked for (only an "or more" read after it counts)."""
    window = max(0, q.start - 40)
    m = context_before and _QUALIFIER_BEFORE.search(text, window, q.start)
    if m and q.qualifier is None:
        word = " ".join(m.group("q").lower().split())
        fits = not ((word == "over" and q.kind == "duration")                 # "over 18 months" = during
                    or (word in W.YEAR_QUALIFIERS) != (q.kind == "year")
                    or (word == "within" and q.kind != "duration"))
        if fits:
            q.qualifier, q.start = W.QUALIFIERS[word], m.start()
    if q.qualifier in W.LOWER_BOUNDS or q.qualifier in W.UPPER_BOUNDS:
        q.approximate = True                         # a bound: the figure itself is not stated
    h = context_before and _HEDGE_BEFORE.search(text, max(0, q.start - 40), q.start)
    if h and q.kind != "year":
        q.approximate, q.hedge_start = True, h.start()


# ---------------------------------------------------------------------------------------
# Joining neighbours: ranges, ratios, bounds.


def _join_neighbours(text: str, qs: list[Draft]) -> list[Draft]:
    """The quantities with each pair that reads as one (a range, a ratio) joined."""
    out: list[Draft] = []
    for q in qs:
        joined = _joined(text, out[-1], q) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(q)
    return out


def _joined(text: str, a: Draft, b: Draft) -> Draft | None:
    """One quantity made of neighbours ``a`` and ``b``, or None."""
    if b.start - (a.noun_end or a.end) > 14:
        return None
    between = text[a.end:b.start]
    if a.kind == "year" and b.kind == "year":                            # 1990-1995, from 1999 to 2004
        between_word = _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
        if a.value < b.value and (between.strip() in ("-", "–", "—", "to") or (between.strip() == "and" and between_word)):
            return replace(a, start=between_word.start() if between_word else a.start, end=b.end,
                           low=a.value, high=b.value)
        return None
    if _RANGE_SEP.match(between):
        return _range(text, a, b)
    return _ratio(text, a, b)


def _range(text: str, a: Draft, b: Draft) -> Draft | None:
    """"3-5%", "$5 million to $10 million", "between $5 and $7 billion" (the scale is shared)."""
    if a.kind == "year" or b.kind == "year":
        return None
    between = text[a.end:b.start]
    if between.strip() in ("-", "–", "—") and not (text[a.core[1] - 1].isdigit() and text[b.core[0]].isdigit()):
        return None                                  # "three-nought-four" is read out digit by digit
    between_word = None
    if "and" in between:
        between_word = _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
        if not between_word:
            return _bounds(a, b)
    if b.bare and not a.bare and a.kind in ("quantity", "duration", "money"):   # "ages 16 to 24"
        b = replace(b, kind=a.kind, unit=a.unit)
    compatible = (a.bare and b.kind in ("count", "percent", "money", "quantity", "duration")) or \
        (a.kind == b.kind and a.unit == b.unit)
    low = a.value
    if a.scale == 1.0 and b.scale > 1 and low * b.scale <= b.value:
        low *= b.scale
    if not compatible or low >= b.value:
        return None
    return Draft(between_word.start() if between_word else a.start, b.end, "range", low,
              unit="percent" if b.kind == "percent" else b.unit, period=b.period or a.period,
              approximate=a.approximate, qualifier=a.qualifier, low=low, high=b.value, core=a.core,
              hedge_start=a.hedge_start, noun_end=b.noun_end, extras=b.extras)


def _ratio(text: str, a: Draft, b: Draft) -> Draft | None:
    """"one in five", "3 out of 10", "seven per 100,000 people", "2000 over 3"."""
    r = _RATIO_SEP.fullmatch(text, a.noun_end or a.end, b.core[0])
    if not r or b.kind != "count" or b.value <= 0 or b.qualifier not in (None, "over") or b.hedge_start is not None:
        return None
    word = r.group("r")
    a_bare = a.bare or (a.kind == "year" and word in ("over", "out of"))
    if (word == "per" and (b.value < 10 or a.kind != "count")) or (word != "per" and not a_bare) \
            or (word in ("in", "over") and not b.bare and "noun" not in b.extras) \
            or (word != "over" and a.value > b.value):
        return None
    return Draft(a.start, b.end, "fraction" if word == "over" else "ratio", a.value / b.value, noun_end=b.noun_end,
              approximate=a.approximate, qualifier=a.qualifier, core=a.core, hedge_start=a.hedge_start,
              extras={"noun": b.extras.get("noun") or a.extras.get("noun")})


def _bounds(a: Draft, b: Draft) -> Draft | None:
    """"more than 10 and less than 40" is one range."""
    if a.qualifier in W.LOWER_BOUNDS and b.qualifier in W.UPPER_BOUNDS and a.value < b.value and a.unit == b.unit:
        return Draft(a.start, b.end, "range", a.value, unit=b.unit, low=a.value, high=b.value, core=a.core)
    return None


# ---------------------------------------------------------------------------------------
# The public function.


def _special(text: str, m: regex.Match) -> Draft | None:
    """Quantities written without a number core: race times, "once a year", "within a year"."""
    if m.group("clock"):
        parts = [float(p) for p in m.group("clock").split(":")]
        seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
        return Draft(m.start(), m.end(), "duration", seconds, unit="second", core=m.span())
    if m.group("once"):
        times = {"once": 1, "twice": 2, "thrice": 3}[m.group().split()[0].lower()]
        period = _UNIT_NAMES[m.group().split()[-1].lower()][0]
        return Draft(m.start(), m.end(), "count", times, period=period, core=m.span())
    if m.group("oneunit"):
        if m.group("u").lower().endswith("s"):       # "within hours": no number at all
            return None
        unit = _UNIT_NAMES[m.group("u").lower()][0]
        q = Draft(m.start(), m.end(), "duration", 1.5 if m.group("half") else 1.0, unit=unit, core=m.span())
        if m.group("lead"):
            q.qualifier = "within"
        return q
    return None


def _triggers(low: str) -> list:
    """Where a scan may start (``_NUMERAL_TRIGGER`` and ``_WORD_TRIGGER``), in order; group 1
    of each match is the trigger."""
    low = _ascii_stand_in(low)
    if low.isascii():
        first_word = _ASCII_FIRST_WORD_TRIGGER.match(low)
        found = [*_ASCII_NUMERAL_TRIGGER.finditer(low), *([first_word] if first_word else []),
                 *_ASCII_WORD_TRIGGER.finditer(low)]
    else:
        found = [*_NUMERAL_TRIGGER.finditer(low), *_WORD_TRIGGER.finditer(low)]
    found.sort(key=_trigger_start)                     # two sorted runs: merged in one pass
    return found


def _ascii_stand_in(low: str) -> str:
    """``low`` with the non-ASCII characters that play no part in a trigger (curly quotes,
    dashes: most of what news holds beyond ASCII) replaced by "?", and the minus sign by "-",
    so that the ASCII triggers find the same at the same offsets: only letters and digits
    (which decide where a word starts) and numerals matter to them. Unchanged if it holds a
    letter or digit beyond ASCII, or a character beyond the BMP (where regex knows digits that
    the stdlib does not; on the BMP the two agree)."""
    if low.isascii() or any(c.isalnum() or c > "\uffff" for c in set(_NON_ASCII.findall(low))):
        return low
    return low.replace("−", "-").encode("ascii", "replace").decode("ascii")


def _scans(text: str):
    """Matches of ``_SCAN``, tried only where a trigger finds something numeric."""
    low = text.lower()
    if len(low) != len(text):                        # a letter that lower-cases to two ("İ")
        low = text.translate(_ASCII_LOWER)
    pos = 0
    for t in _triggers(low):
        start, trigger = t.start(1), t.group(1)
        if start < pos or (trigger in _DATE_NAMES and not _DATE_AFTER_NAME.match(low, t.end(1))):
            continue
        # A lead-in ("within a", "minus") ends in spaces or hyphens right before the trigger,
        # after one of its last words.
        lead = _LEAD_IN.search(low, max(0, start - 20), start) \
            if low[start - 1:start] in (" ", "-") \
            and low[max(0, start - 20):start].rstrip(" -").endswith(_LEAD_IN_LAST_WORDS) else None
        m = _SCAN.match(low, lead.start()) if lead else None
        if not m and trigger not in _LEAD_IN_ONLY:
            m = _SCAN.match(low, start)
        if not m and trigger[0] in "-−":             # a hyphen, not a minus: "SCP-173", "5k-20k"
            m = _SCAN.match(low, start + 1)
        if m and m.end() > start:
            pos = m.end()
            yield m


def _candidates(text: str):
    """Quantities found in ``text``, in order, before neighbours are joined."""
    consumed = 0
    for m in _scans(text):
        if m.group("seq"):                           # most matches: a run of numbers
            for n in _numbers_in_run(text, m):
                if n.start < consumed:
                    continue
                q = _build(text, n)
                if q is None:
                    continue
                consumed = max(consumed, q.end)
                yield q
        elif m.start() < consumed:
            continue
        elif m.group("skip"):
            consumed = m.end()
        elif m.group("dotted"):
            for part in _DIGIT_RUN.finditer(m.group()):
                if not part.group().isdecimal():     # digits newer than Python's Unicode tables
                    continue
                s = m.start() + part.start()
                yield Draft(s, s + len(part.group()), "count", float(part.group()), bare=True, core=(s, s + len(part.group())))
            consumed = m.end()
        elif (special := _special(text, m)):
            consumed = special.end
            yield special


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in ``text`` with its value, unit and qualifiers.

    >>> [q.text for q in find_quantities("Sales rose 6.2% to $1.45 billion.")]
    ['6.2%', '$1.45 billion']
    """
    if not isinstance(text, str):
        from .errors import InputError
        raise InputError(f"find_quantities() takes text as a str, not {type(text).__name__}; decode bytes as UTF-8 first")
    return [Quantity(text=text[q.start:q.end], start=q.start, end=q.end, **q.fields()) for q in quantity_drafts(text)]


def quantity_drafts(text: str) -> list[Draft]:
    """``find_quantities`` before the records are made, with what ``claims`` needs to judge each
    one: the counted noun, the "of" phrase of a fraction, and where the bare number sits."""
    return _join_neighbours(text, list(_candidates(text)))
