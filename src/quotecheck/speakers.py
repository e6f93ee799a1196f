"""Speaker entities: which mentions refer to the same person or body, with its canonical full
name and the fullest title the article gives it.

A fact-checker needs "Nikki Haley, U.S. Ambassador", not "she" or "Ambassador Haley", so the
mentions that attribute quotes are resolved against the whole article: capitalised name runs
introduce people and organisations, with the titles written before them, in appositives after
them or in "X is the Y" clauses; surnames, acronyms, pronouns and descriptions ("the
diplomat") then resolve to the nearest compatible entity introduced before them.

Everything is regex over the text plus work per name run and per mention; the look-backs are
bounded (``_REACH``, ``_LOOKBACK``, ``_CANDIDATES``, ``_OCCURRENCES``) so that long or odd texts
stay linear.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import deque
from dataclasses import dataclass, replace

import regex

from . import names
from .errors import InputError
from .records import Speaker

# ---------------------------------------------------------------------------------------------
# Patterns, compiled once.

_ABBREVIATIONS = "|".join(sorted({w.rstrip(".") for w in names.TITLE_ABBREVIATIONS | names.MALE_HONORIFICS
                                  | names.FEMALE_HONORIFICS | names.NEUTRAL_HONORIFICS} | {"st", "jr", "sr"}))
_STARTS_WORD = r"(?<![\p{L}\p{M}\d'’])"
_LEAD_INS = ("el", "al", "ul", "bin", "abu", "de", "di", "da")
_LEAD_IN = r"(?:%s)[-‐]" % "|".join(_LEAD_INS)       # el-Sisi, al-Assad
_TOKEN_FORM = r"""(?:
      (?:\p{Lu}\.){2,4}                              # U.S., U.N.
    | %s                                             # a lead-in, where the token allows one
      \p{Lu}[\p{L}\p{M}]*                            # Haley, McDonald, DPRK
      (?:['’]\p{Lu}[\p{L}\p{M}]*)?                   # O'Brien (not "Tesco's")
      (?:[-‐–][\p{L}\p{M}]+)*                        # Jean-Jacques, Export–Import, UK-based
      (?:\.(?<=\b(?i:%s|\p{Lu})\.)(?=[ ]\p{Lu}))?    # Mr. Trump, John F. Kennedy (the dot first: cheap)
)"""
_TOKEN = _TOKEN_FORM % ("(?:%s)?" % _LEAD_IN, _ABBREVIATIONS)
# (After the spaces between tokens, a quick test of the letters the next token or particle may open with.)
_NAME_RUN_FORM = r"""
    %%s                                              # starts a word
    (?P<tok>%%s)
    (?: [ ]+ (?=[\p{Lu}%s])
        (?:(?:%%s)[ ]+){0,2}                         # "von der", "de": lower-case particles
        (?P<tok>%%s) )*
""" % "".join(sorted({word[0] for word in names.NAME_PARTICLES | set(_LEAD_INS)}))
_PARTICLES = "|".join(sorted(names.NAME_PARTICLES))
# A run of capitalised words: a name, perhaps with titles before it ("U.S. Ambassador Nikki Haley").
_NAME_RUN = regex.compile(_NAME_RUN_FORM % (_STARTS_WORD, _TOKEN, _PARTICLES, _TOKEN), regex.VERBOSE)
# The same runs found by their first capital: a first word that may open in lower case would be
# tried at every word of the text, which makes the scan twice as slow. ``_runs`` reads
# the rare run that opens with a lead-in again with ``_NAME_RUN``. Only its spans are read: its
# words are not captured (keeping every capture of a repeated group costs time).
_CAPITALISED_RUN = regex.compile(_NAME_RUN_FORM.replace("(?P<tok>", "(?:") % (
    _STARTS_WORD, _TOKEN_FORM % ("", _ABBREVIATIONS), _PARTICLES, _TOKEN), regex.VERBOSE)
_RUN_PIECE = regex.compile(r"[^ ]+")                # a run's words and particles, between its spaces
_LEAD_IN_BEFORE = regex.compile(r"(?r)%s%s\Z" % (_STARTS_WORD, _LEAD_IN))   # searched backwards

# The name of a body, with its inner "of", "for" and "and" and an acronym after it:
# "Centers for Disease Control and Prevention", "World Health Organization (WHO)".
_BODY_NAME = regex.compile(r"""
    (?P<body>%s (?:[ ]+(?:(?:of|for|and|on|de|from|the)[ ]+){0,2}%s)*)
    (?:[ ]+\((?P<acronym>\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu})\))?
""" % (_TOKEN, _TOKEN), regex.VERBOSE)
_ACRONYM = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu})\)")       # " (WHO)"
_BODY_JOINT = regex.compile(r"[ ]+(?:(?:of|for|and|on|de|from|the)[ ]+){0,2}")

_OF_BODY = regex.compile(r"[ ]+(?:of|at)[ ]+(?:the[ ]+)?(?=\p{Lu})")
_COPULAR_ROLE = regex.compile(r"""
    [ ]+(?:is|was|became|remains|has[ ]been|had[ ]been)[ ]+(?:now[ ]+|also[ ]+)?
    (?:the|a|an)[ ]+(?P<role>[^.,;:"“”()]{2,80}?)     # "Kosgei was the defending champion."
    (?=[.,;:]|[ ]+(?:and|who|when|since|after|before|in|at|for)\b)
""", regex.VERBOSE)
_WHO_IS = regex.compile(r"""
    ,[ ]+who[ ]+(?:is|was|serves[ ]as|served[ ]as|has[ ]been|had[ ]been|works[ ]as|worked[ ]as)[ ]+
    (?:also[ ]+|now[ ]+)?(?P<role>[^,;:"“”()]{2,100}?)(?=[,.;:]|$)     # ", who served as Asia director"
""", regex.VERBOSE)
_APPOSITIVE_STOP = r"""\p{Ll}+ed\b|says\b|tells\b|adds\b|notes\b|writes\b|who\b|which\b|whose\b
                     |in\b|on\b|at\b|said\b|told\b|wrote\b|\d"""
# An appositive's pieces run to the first clause mark or full stop that ends a sentence (the first
# place the role may end): past their first characters, the pieces take no such full stop and
# need no backtracking. The pattern bounds their lengths; ``_appositive`` reads first without the
# bounds, which is faster, and again with them only when a piece runs past them.
_APPOSITIVE_FORM = r"""
    ,[ ]+(?P<role>[^,;:"“”()\n]{2}%(rest)s%(first_bound)s                # ", the country's finance minister,"
        (?:,[ ]+(?!%(stop)s)[^,;:"“”()\n]%(rest)s%(bound)s){0,3})        # ", defence, defence industries and ..."
    (?=,[ ]+(?:%(stop)s)|[;:"“”()]|\.(?:[ ]|$)|$)
"""
_APPOSITIVE = regex.compile(_APPOSITIVE_FORM % {
    "rest": r'(?:[^,;:"“”()\n.]|\.(?![ ]|$))', "first_bound": "{0,118}+", "bound": "{0,79}+",
    "stop": _APPOSITIVE_STOP}, regex.VERBOSE)
_APPOSITIVE_UNBOUNDED = regex.compile(_APPOSITIVE_FORM % {
    "rest": r'(?:[^,;:"“”()\n.]++|\.(?![ ]|$))', "first_bound": "*+", "bound": "*+",
    "stop": _APPOSITIVE_STOP}, regex.VERBOSE)
_APPOSITIVE_LIST = regex.compile(r"^\p{Lu}[\p{L}\p{M}\-]*,|,[ ]+and[ ]|^and[ ]")   # "Quirin, Redouane, and ..."
# What ends a clause: [,;:"“”(—] or a line break, " – ", "--", "''", "``". ``_last_clause_end``
# finds the last one by its last character (the dash, for " – "), one character class searched
# backwards: a pattern with the longer marks among its branches is slower to search.
_CLAUSE_MARK_CHARS = ',;:"“”(—\n'
_LAST_CLAUSE_MARK_CHAR = regex.compile(r"""(?r)[,;:"“”(—\n\-'`–]""")
_LOWER_CASE_WORD = regex.compile(r"(?<![\p{L}\p{M}'’\-])(?!(?:of|to|the|for|on|at|in|with|and|a|an)\b)\p{Ll}")
# The same words after a space (most of them), found faster: searched first.
_SPACED_LOWER_CASE_WORD = regex.compile(r"[ ](?!(?:of|to|the|for|on|at|in|with|and|a|an)\b)\p{Ll}")
_TRAILING_GLUE = regex.compile(r"(?:[ ,]+(?:and|or|of|the|to|for|with))+$")
_AGE = regex.compile(r",[ ]+\d{1,3}(?:,[ ]+|$)")                              # "Maria Gomez, 34, a nurse"
_PARTY_TAG = regex.compile(r"\(?[DRI]-\p{Lu}[\p{L}.]*\)?")                       # "D-Mass.", "(R-Texas)"
_PARENTHESIS = regex.compile(r"[ ]*\([^()]{1,30}\)[ ]*")
_RELATIVE_CLAUSE_AFTER = regex.compile(r",?[ ]+(?:(?:who|whom|whose|which)[ ]|that[ ]+\p{Ll})")
_RELATIVE_CLAUSE = regex.compile(r"[ ]+(?:who|which|that|whose)[ ]+")
_NEXT_WORD = regex.compile(r"[ ]+(\p{Ll}[\p{L}\-]*)")
_WORD = regex.compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d.'’\-‐–]*")
_WORD_BACKWARDS = regex.compile(r"(?r)" + _WORD.pattern)   # the same words, last first
_WORD_BEFORE = regex.compile(r"([\p{L}\-]+)[ ]+$")
_AND_BETWEEN = regex.compile(r",?[ ]+(?:and|&)[ ]+")
_AND_BETWEEN_ENDS = (" and ", " & ", "  ")     # how text that ``_AND_BETWEEN`` matches ends
_COORDINATION = regex.compile(r",?[ ]+(?:and|&)[ ]+|,[ ]+")
_PSEUDONYM = regex.compile(r"""\b(?:pseudonym|named|known[ ]as|identified[ ](?:only[ ])?as|called)
                             [ ]+(?P<name>\p{Lu}[\p{L}\p{M}\-]+)$""", regex.VERBOSE)   # "using the pseudonym Katya"
_PRONOUN_AFTER = regex.compile(r"\b(?P<p>he|him|his|she|her|hers)\b", regex.IGNORECASE)
_PREPOSITION_BEFORE = regex.compile(r"(?r)\b(?:of|from|at|in|for|with|by|to|on)[ ]+(?:the[ ]+)?$",   # searched
                                    regex.IGNORECASE)                                              # backwards
# How the text right after a name (past its first character) can open for ``_OF_BODY``,
# ``_WHO_IS`` and ``_COPULAR_ROLE`` to match: tested first, as most names are followed by none.
_OF_BODY_STARTS = (" ", "of ", "at ")
_WHO_IS_STARTS = ("  ", " who ")
_COPULAR_STARTS = (" ", "is ", "was ", "became ", "remains ", "has ", "had ")
_PERSONAL_PRONOUN = regex.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he|him|her)\b")
_DEFINITE_DESCRIPTION = regex.compile(r"\b[Tt]he[ ]+(?:\p{Ll}[\p{Ll}\-]*[ ]+){0,2}?(?P<head>\p{Ll}+)\b(?![ ]+\p{Lu})")

_LOOKBACK = 300                 # mentions a pronoun or description may reach back over
_REACH = 300                    # characters around a name searched for its titles and pronouns
_SUBJECT_REACH = 160            # characters a sentence-opening title may span before a name
_OCCURRENCES = 40               # occurrences of a name whose titles are gathered
_CANDIDATES = 50                # latest entities sharing a name word that a surname is matched against
_HONORIFICS = names.MALE_HONORIFICS | names.FEMALE_HONORIFICS | names.NEUTRAL_HONORIFICS
_TITLE_TOKENS = names.ROLE_NOUNS | names.TITLE_MODIFIERS | names.TITLE_ABBREVIATIONS | _HONORIFICS
_PREPOSITIONS = frozenset("of from at in for with by to on using representing who under over".split())
_SUBORDINATORS = frozenset("according as when after before while since although if".split())
_CLAUSE_AFTER_VERB = frozenset("the a an by to that this his her its their in on at for with from".split())
_NOT_TITLE_START = _PREPOSITIONS | _SUBORDINATORS | names.RELATIVE_PRONOUNS | frozenset(
    "unlike like despite besides including except without among against during because".split())
_TITLE_GLUE = frozenset("of to the for on at in with and a an".split())
_ARTICLES = frozenset("the a an".split())
_QUOTES_AND_SPACE = " \t\n\"'“”‘’«»—–-("


_PLURAL_ENDINGS = (("women", "woman"), ("men", "man"), ("children", "child"), ("people", "person"),
                   ("ies", "y"), ("sses", "ss"), ("s", ""))
_PLURAL_LAST_LETTERS = frozenset(plural[-1] for plural, _ in _PLURAL_ENDINGS)   # most words end otherwise


@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """The singular of a role noun ("analysts" → "analyst", "parties" → "party")."""
    w = word.lower().strip(".,'’")
    if w in names.ROLE_NOUNS or w in names.ORGANISATION_NOUNS or len(w) < 4 or w[-1] not in _PLURAL_LAST_LETTERS:
        return w
    for plural, single in _PLURAL_ENDINGS:
        if w.endswith(plural):
            return w[: len(w) - len(plural)] + single
    return w


@functools.lru_cache(maxsize=4096)
def _is_role(word: str) -> bool:
    """A noun for a person's role: listed, or made with "-ist", "-ician", "-ologist"."""
    w = singular(word)
    return w in names.ROLE_NOUNS or (len(w) > 5 and w.endswith(names.ROLE_SUFFIXES) and w not in names.NOT_ROLES) or (
        len(word) > 5 and word.lower().endswith(names.PEOPLE_SUFFIX) and word.lower() not in names.NOT_ROLES)


@functools.lru_cache(maxsize=4096)
def _is_title_word(lw: str) -> bool:
    """A lower-cased word that can stand in a title: listed, or a role noun."""
    return lw in _TITLE_TOKENS or _is_role(lw)


@functools.lru_cache(maxsize=4096)
def _is_body_noun(word: str) -> bool:
    return singular(word) in names.ORGANISATION_NOUNS and not _is_role(word)


@functools.lru_cache(maxsize=4096)
def _is_modifying(word: str) -> bool:
    """Whether a name before this word modifies it: "UCL astronomer", "North Korean government"."""
    return _is_role(word) or _is_body_noun(word)


def _is_plural(word: str) -> bool:
    w = word.lower()
    return singular(w) != w or w in {"people", "police"}


@functools.lru_cache(maxsize=4096)
def _is_acronym(word: str) -> bool:
    """"WHO", "U.N.", "AFL-CIO"; not a shouted word ("BORROWING")."""
    letters = word.replace(".", "")
    return 1 < len(letters) <= 7 and letters.isupper()


# Abbreviations by the role they stand for: "sen." in a text may give the role "senator".
_ABBREVIATIONS_OF = {}
for _short, _role in names.ABBREVIATION_EXPANSIONS.items():
    _ABBREVIATIONS_OF.setdefault(_role, []).append(_short)


@functools.lru_cache(maxsize=4096)
def _role_stems(role: str) -> tuple[str, ...]:
    """Strings one of which a text must hold to give ``role`` (singular, lower case) in any
    of its forms: "part" for "party"/"parties", "spokeswom" for "spokeswoman"/"spokeswomen",
    "sen" for "senator"."""
    stem = role[:-1] if role.endswith("y") else role[:-2] if role.endswith("man") else role
    return (stem, *_ABBREVIATIONS_OF.get(role, ()), *(("people",) if role == "person" else ()))


def _may_hold_role(text: str, role: str) -> bool:
    """Whether lower-cased ``text`` can give ``role``: a quick test that rules most texts out."""
    return any(stem in text for stem in _role_stems(role))


# The gender each honorific, role noun or first name tells (a word on both sides counts as male).
_GENDER_OF_WORD = {**dict.fromkeys(names.FEMALE_HONORIFICS | names.FEMALE_ROLES | names.FEMALE_FIRST_NAMES, "female"),
                   **dict.fromkeys(names.MALE_HONORIFICS | names.MALE_ROLES | names.MALE_FIRST_NAMES, "male")}


def _gender_of_words(words) -> str | None:
    """The gender the first gendered word tells, or None."""
    for w in words:
        gender = _GENDER_OF_WORD.get(w.lower())
        if gender is not None:
            return gender
    return None


@functools.lru_cache(maxsize=4096)
def _title_words(phrase: str | None) -> tuple[str, ...]:
    """The lower-cased words of a title in order, abbreviations spelt out ("Sen." → "senator")."""
    words = (w.lower().rstrip(".") for w in _WORD.findall(phrase or ""))
    return tuple(names.ABBREVIATION_EXPANSIONS.get(w, w) for w in words)


@functools.lru_cache(maxsize=4096)
def _words_of(phrase: str | None) -> frozenset[str]:
    """The words of a title as a set, for telling whether one title holds another."""
    return frozenset(_title_words(phrase))


@functools.lru_cache(maxsize=4096)
def _cleaned_title(title: str) -> str:
    """A title without the punctuation and glue words at its edges."""
    return _TRAILING_GLUE.sub("", title.strip(" ,;:-–—"))


@functools.lru_cache(maxsize=4096)
def _roles_of(title: str) -> frozenset[str]:
    """The role and body nouns of a title, singular ("U.S. diplomats" → {"diplomat"})."""
    return frozenset(singular(w) for w in _words_of(_cleaned_title(title)) if _is_role(w) or _is_body_noun(w))


# ---------------------------------------------------------------------------------------------
# Name runs.

@dataclass(slots=True, eq=False)
class _Run:
    """A capitalised run split into the title words before the name, and the name. Never
    changed in place (``replace`` makes a variant): runs are shared by every look-up."""

    start: int
    end: int
    name_start: int
    name_end: int
    name_tokens: tuple[str, ...]
    title_tokens: tuple[str, ...]
    kind: str        # "person" | "organisation" | "unknown" | "modifier" (as in "North Korean government")
    key: tuple[str, ...]    # the name's words, lower-cased: what names are matched by


@functools.lru_cache(maxsize=8192)
def _run_shape(run_text: str) -> tuple[int, int, int, tuple[str, ...], tuple[str, ...], str, tuple[str, ...]] | None:
    """A capitalised run split into title and name (see ``_split_words``), as offsets from the
    run's start: where the run starts, ends and its name starts, the name and title words, the
    kind and the key; None for no name. The words and offsets follow from the run's text
    alone (its words are the pieces between spaces that are no lower-case particle), so the
    split is cached by that text: names recur within an article and across articles."""
    if run_text.lower() in names.CAPITALISED_NON_NAMES and not _is_acronym(run_text):
        return None                             # "The", "In", "But": most runs (of one word), and no names
    spans = [m.span() for m in _RUN_PIECE.finditer(run_text) if m.group() not in names.NAME_PARTICLES]
    split = _split_words(tuple([run_text[s:e] for s, e in spans]))
    if split is None:
        return None
    start, first, i, words, key, kind = split
    end = spans[len(words) - 1][0] + len(words[-1])
    return spans[start][0], end, spans[i][0], words[i:], words[first:i], kind, key


def _split_words(raw: tuple[str, ...]) -> tuple[int, int, int, tuple[str, ...], tuple[str, ...], str] | None:
    """Title words off the front of a capitalised run; what is left is the name. Returns where
    the run starts, its title and its name (indexes into the words kept), the words kept, the
    name's words lower-cased and the name's kind, or None for no name."""
    words = [w[:-1] if w[-1] == "." and "." not in w[:-1] and len(w) > 2 and w.lower() not in _TITLE_TOKENS
             else w for w in raw]
    if len(words) == 1:                         # most runs: one word, no titles to split off
        word = words[0]
        lw = word.lower()
        first_name = lw in names.MALE_FIRST_NAMES or lw in names.FEMALE_FIRST_NAMES
        if _is_title_word(lw) and not first_name:
            return None                         # "President", "Analysts"; but "Dean" is a name
        kind = ("organisation" if lw in names.ORGANISATION_WORDS or _is_acronym(word) else "person"
                if first_name else "unknown")
        return 0, 0, 0, (word,), (lw,), kind
    while len(words) > 1 and words[-1].lower() in names.CAPITALISED_NON_NAMES:
        words.pop()                             # "Lindsey Graham Says": a headline's verb
    if any(w.isupper() and not _is_acronym(w) for w in words):
        return None                             # "THE BORROWING Back": a shouted heading
    lower = [w.lower() for w in words]
    n = len(words)
    i = 0
    while i < n and lower[i] in names.CAPITALISED_NON_NAMES and not _is_acronym(words[i]):
        i += 1
    first = i
    org_end = max((k + 1 for k in range(i, n) if lower[k] in names.ORGANISATION_WORDS), default=i)
    last_title = max((k for k in range(i, n - 1) if _is_title_word(lower[k])), default=None)
    if last_title is not None and org_end <= last_title:
        i = last_title + 1                      # "Samoan Prime Minister Tuilaepa"
    known_first = next((k for k in range(i, n - 1) if lower[k] in names.MALE_FIRST_NAMES
                        or lower[k] in names.FEMALE_FIRST_NAMES), None)
    if known_first is not None and known_first > i and org_end <= known_first and all(
            w in _TITLE_TOKENS or w in names.ORGANISATION_WORDS or _is_acronym(words[k])
            for k, w in enumerate(lower[i:known_first], i)):
        i = known_first                         # "Secretary of State Rex Tillerson"
    if i < org_end < n:
        i = org_end                             # "Amnesty International Man-kei Tam"
    if i >= n:
        if org_end <= first:
            return None                         # only titles: "the President"
        i = first                               # "Salling Group", "World Health Organization"
        while i < org_end - 1 and lower[i] in _TITLE_TOKENS and lower[i] not in names.ORGANISATION_WORDS:
            i += 1
        return 0, first, i, tuple(words), tuple(lower[i:]), "organisation"
    name, title = tuple(words[i:]), tuple(words[first:i])
    if all(_is_title_word(w) or _is_acronym(words[k]) for k, w in enumerate(lower[i:], i)) and any(
            _is_title_word(w) for w in lower[i:]) and not (i and lower[i - 1] in _HONORIFICS):
        return None                             # "Analysts", "the President", "U.S. Secretary"; not "Mr. King"
    if {w.lower() for w in name} & names.ORGANISATION_WORDS or (len(name) == 1 and _is_acronym(name[0])):
        kind = "organisation"
    elif (known_first is not None or any(t.lower() in _HONORIFICS or _is_role(t) for t in title)
          or (len(name) >= 2 and {t.lower() for t in title} & names.ORGANISATION_WORDS)):
        kind = "person"
    else:
        kind = "unknown"
    return first, first, i, tuple(words), tuple(lower[i:]), kind


def _runs(text: str, start: int = 0, end: int | None = None) -> list[_Run]:
    """The name runs in ``text[start:end]``; one that modifies the noun after it ("North
    Korean government", "UCL astronomer") is marked as no one's name. They are the matches of
    ``_NAME_RUN``, found faster by ``_CAPITALISED_RUN``, except where a lead-in ("al-") opens
    the run (the run read again from there ends where the other ends)."""
    end = len(text) if end is None else end
    out = []
    last_end = start
    for m in _CAPITALISED_RUN.finditer(text, start, end):
        base, pos = m.span()
        if text[base - 1:base] in ("-", "‐") and (
                lead := _LEAD_IN_BEFORE.search(text, max(last_end, base - 4), base)):
            base, pos = _NAME_RUN.match(text, lead.start(), end).span()
        last_end = pos
        shape = _run_shape(text[base:pos])
        if shape is None:
            continue
        run_start, run_end, name_start, name_tokens, title_tokens, kind, key = shape
        run_end += base
        if text.startswith(" ", run_end) and _is_modifying(_next_word(text, run_end)):
            kind = "modifier"
        out.append(_Run(base + run_start, run_end, base + name_start, run_end, name_tokens, title_tokens, kind, key))
    return out


def _next_word(text: str, pos: int) -> str:
    """The lower-case word after the spaces at ``pos``, as ``_NEXT_WORD`` reads it, or "". Most
    often it opens with an ASCII letter and is letters up to the next space (str.isalpha() holds
    for letters only): that is tested first, without the pattern."""
    first = text[pos + 1:pos + 2]
    if not first.islower() and first != " ":
        return ""               # str.islower() holds for every lower-case letter
    if "a" <= first <= "z":
        space = text.find(" ", pos + 1)
        word = text[pos + 1:space]
        if space > 0 and word.isalpha():
            return word
    following = _NEXT_WORD.match(text, pos)
    return following.group(1) if following else ""


@functools.lru_cache(maxsize=4096)
def _fits_title(word: str) -> bool:
    """A word that can stand in a title written just before a name: roles, modifiers, names
    of places and bodies, possessives, "and"."""
    lw = word.lower()
    if lw in names.CAPITALISED_NON_NAMES and lw not in names.TITLE_MODIFIERS:
        return False                # "Like President Obama": "Like" is no part of the title
    return (word[:1].isupper() or lw in names.TITLE_MODIFIERS or _is_role(lw) or lw == "and"
            or _is_body_noun(lw) or lw.endswith(("'s", "’s", "-based", "al", "ic", "ian", "ese", "ish")))


@functools.lru_cache(maxsize=4096)
def _may_stand_before_name(word: str) -> bool:
    """Whether a word right before a name can stand in its title or end a subject title."""
    return _fits_title(word) or _is_role(word) or _is_body_noun(word)


def _is_clause(words: list[str]) -> bool:
    """Whether words read as a clause ("she was raped by", "the team established a model")
    rather than a noun phrase ("a retired Belgian general")."""
    return not names.CLAUSE_WORDS.isdisjoint(map(str.lower, words)) or any(
        w.endswith("ed") and w.islower() and "-" not in w and nxt.lower() in _CLAUSE_AFTER_VERB
        for w, nxt in zip(words, words[1:] + [""]))


def _appositive_is_role(role: str) -> bool:
    """Whether the words after "Name, " are a role ("now a partner with law firm X"), not a
    clause ("many people do not seek treatment") nor a list of other names."""
    words = _WORD.findall(role)
    if _APPOSITIVE_LIST.search(role) or (len(words) > 1 and all(w[0].isupper() for w in words)):
        return False                # a list, or another name: "Larry King"
    if not words or words[0][0].isdigit() or _is_clause(words) or words[0] in _PREPOSITIONS:
        return False
    if len(words) > 2 and words[0].lower() in names.INDEFINITE_DETERMINERS and words[1] == "of":
        words = words[2:]           # "one of the president's closest aides"
    head_zone = words[: next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))]
    return any(_is_role(w) or _is_body_noun(w) for w in head_zone)


def _appositive(text: str, start: int, end: int):
    """``_APPOSITIVE.match(text, start, end)``, read without its length bounds first: the match
    is the same when no piece runs past them (past the 120 characters of the first piece and the
    80 of the others, less the one space at least before each)."""
    m = _APPOSITIVE_UNBOUNDED.match(text, start, end)
    if m is None or m.end() - m.start("role") <= 80:
        return m
    first, *others = m.group("role").split(",")
    if len(first) > 120 or any(len(piece) > 81 for piece in others):
        return _APPOSITIVE.match(text, start, end)
    return m


def _names_body(phrase: str) -> bool:
    return any(w.lower() in names.ORGANISATION_WORDS or _is_acronym(w.strip("()")) for w in phrase.split())


# ---------------------------------------------------------------------------------------------
# The article: sentences, name runs, acronyms, and the titles written around each name.

class _Article:
    """The article with what every resolution step looks up."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        spans = sorted(sentences) or [(0, len(text))]
        self.text = text
        self.sentence_starts = [s for s, _ in spans]
        self.sentence_ends = [e for _, e in spans]
        self._titles: dict[tuple[int, int], list[str]] = {}
        self._windows: dict[tuple[int, int], str] = {}
        self.runs = _runs(text)
        self.run_starts = [r.start for r in self.runs]
        self._evidenced: dict[tuple[int, int], _Run] = {}
        self._by_name: dict[tuple[str, ...], list[_Run]] | None = None
        self._by_word: dict[str, list[_Run]] | None = None
        self._headlines: dict[int, bool] = {}
        self.acronyms: dict[str, str] = {}
        ends: dict[int, int] | None = None      # run by where it ends, made at the first acronym
        for m in _ACRONYM.finditer(text):
            if ends is None:
                ends = {r.end: k for k, r in enumerate(self.runs)}
            k = ends.get(m.start())
            if k is None:
                continue
            first = k                   # "World Health Organization (WHO)", "Notes from Poland (NFP)"
            while first and _BODY_JOINT.fullmatch(text, self.runs[first - 1].end, self.runs[first].start):
                first -= 1
            body = text[self.runs[first].start:self.runs[k].end]
            self.acronyms.setdefault(m.group(1), _expansion(body, m.group(1)))

    def runs_in(self, start: int, end: int) -> list[_Run]:
        """The name runs inside ``text[start:end]``: the article's own, and runs found afresh
        where one crosses the edge ("Tesco" in "Tesco Polska")."""
        out = []
        i = max(0, bisect.bisect_right(self.run_starts, start) - 1)
        while i < len(self.runs) and self.runs[i].start < end:
            run = self.runs[i]
            if start <= run.start and run.end <= end:
                out.append(run)
            elif run.end > start:
                out += _runs(self.text, max(start, run.start), min(end, run.end))
            i += 1
        return out

    def runs_by_name(self) -> dict[tuple[str, ...], list[_Run]]:
        """The runs under their lower-cased names."""
        if self._by_name is None:
            self._by_name = {}
            for run in self.runs:
                self._by_name.setdefault(run.key, []).append(run)
        return self._by_name

    def full_names_with(self, word: str) -> list[_Run]:
        """The runs of two or more name words that hold this (lower-cased) word."""
        if self._by_word is None:
            self._by_word = {}
            for run in self.runs:
                if len(run.key) > 1:
                    for w in set(run.key):
                        self._by_word.setdefault(w, []).append(run)
        return self._by_word.get(word, [])

    def sentence_index(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return i if i > 0 else 0

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1      # as ``sentence_index``: called often
        if i < 0:
            i = 0
        end = self.sentence_ends[i]
        return self.sentence_starts[i], end if end > pos else pos

    def title_window(self, run: _Run) -> str:
        """The text, lower-cased, that ``titles_around`` reads the titles of ``run`` from: its
        sentence, back to ``_REACH`` before it."""
        window = self._windows.get((run.start, run.end))
        if window is None:
            s_start, s_end = self.sentence(run.name_start)
            window = self._windows[run.start, run.end] = self.text[max(s_start, run.start - _REACH):s_end].lower()
        return window

    def is_headline(self, i: int) -> bool:
        """Whether sentence ``i`` is a title-case line ("Obama Speech Rallies Black Caucus")."""
        if i not in self._headlines:
            start, end = self.sentence_starts[i], self.sentence_ends[i]
            self._headlines[i] = not (_SPACED_LOWER_CASE_WORD.search(self.text, start, end)
                                      or _LOWER_CASE_WORD.search(self.text, start, end)) and len(
                _WORD.findall(self.text, start, end)) >= 3
        return self._headlines[i]

    def opens_sentence(self, pos: int, i: int | None = None) -> bool:
        """Whether ``pos`` opens its sentence (``i``, when known) but for quotes and spaces."""
        start = self.sentence_starts[self.sentence_index(pos) if i is None else i]
        if pos <= start:
            return True
        # Most sentences open with a word: then only a name at the very start opens it.
        return pos - start < _REACH and self.text[start] in _QUOTES_AND_SPACE and not self.text[start:pos].strip(
            _QUOTES_AND_SPACE)

    def with_evidence(self, run: _Run) -> _Run:
        """A run of unknown kind is a person when the article gives it a personal role or a
        he/she."""
        if run.kind != "unknown" or run.name_tokens[0].lower() in names.CAPITALISED_NON_NAMES:
            return run
        key = (run.start, run.end)
        if key not in self._evidenced:
            person = (any(_is_role(w) for t in self.titles_around(run) for w in _WORD.findall(t))
                      or (len(run.name_tokens) > 1 and self.opens_sentence(run.start) and self.pronoun_gender(run)))
            self._evidenced[key] = replace(run, kind="person") if person else run
        return self._evidenced[key]

    def titles_around(self, run: _Run) -> list[str]:
        """The roles the article gives the name at ``run``: before it ("UK-based retailer
        Tesco", "China's U.N. ambassador, Liu Jieyi"), after it (", the country's finance
        minister,", "of the World Health Organization") or in "X was the Y"."""
        found = self._titles.get((run.start, run.end))
        if found is not None:
            return found
        text = self.text
        name_end = run.name_end
        s_start, s_end = self.sentence(run.name_start)
        found = []
        before = self._title_before(run, s_start)
        if before:
            found.append(before)
        if run.start - 2 >= s_start and text.startswith(", ", run.start - 2):
            apposed = self._apposed_before(run, s_start)
            if apposed:
                found.append(apposed)
        after = text[name_end:name_end + 1]
        # What follows the name past that first character, for quick tests of what the patterns
        # below need to match at all.
        next_words = text[name_end + 1:name_end + 9]
        if after == ",":
            m = _appositive(text, name_end, s_end)
            role = m and _RELATIVE_CLAUSE.split(m.group("role"), 1)[0]
            if role and _appositive_is_role(role):
                found.append(role)
            m = next_words.startswith(_WHO_IS_STARTS) and _WHO_IS.match(text, name_end, s_end)
            if m and _appositive_is_role(m.group("role")):
                found.append(m.group("role"))
        elif after == " ":
            m = next_words.startswith(_OF_BODY_STARTS) and _OF_BODY.match(text, name_end, s_end)
            body = m and _BODY_NAME.match(text, m.end(), s_end)
            if body and _names_body(body.group()):
                found.append(body.group())
            m = next_words.startswith(_COPULAR_STARTS) and _COPULAR_ROLE.match(text, name_end, s_end)
            if m and _is_role(_WORD.findall(m.group("role"))[-1]):
                found.append(m.group("role"))
        self._titles[run.start, run.end] = found
        return found

    def _title_before(self, run: _Run, s_start: int) -> str:
        """The title written right before the name: the whole subject when the sentence opens
        with it ("Former U.S. deputy ambassador to the U.N. ... negotiator David Pressman"),
        else the title-like words next to it ("UK-based retailer Tesco")."""
        own = [t for t in run.title_tokens if t.lower() not in _HONORIFICS] if run.title_tokens else []
        picked: list[str] = []
        if self._may_have_title_before(run.start, s_start, bool(own)):
            # A clause that opens further back than _SUBJECT_REACH gives no subject title, and the
            # words next to the name are read back 80 characters at most: no need to look further.
            floor = max(s_start, run.start - _SUBJECT_REACH)
            clause_start = _last_clause_end(self.text, floor, run.start)
            if clause_start is None:
                clause_start = floor
            subject = self._subject_title(clause_start, run.start, s_start)
            if subject:
                return " ".join([subject] + own)
            picked = self._title_words_next_to(run.start, clause_start, own)
        if not picked and not own:
            return ""
        while picked and not (_is_role(picked[0]) or _is_body_noun(picked[0])
                              or (own and (picked[0][:1].isupper() or picked[0] == "of"))):
            picked.pop(0)           # the title ends in its role noun: "retailer", "negotiator"
        picked.reverse()
        while picked and picked[0].lower() in ("and", "of"):
            picked.pop(0)
        title = picked + own
        if title and _is_plural(title[-1]) and _is_role(title[-1]):
            title[-1] = singular(title[-1])     # "officers Antoine Quirin and ..." → officer
        return " ".join(title)

    def _may_have_title_before(self, pos: int, s_start: int, owns_title: bool) -> bool:
        """False when there is no title before the name to read: a clause mark (a line break,
        a quote) right before it, or a word right before it (a plain word and one space: most
        often "the", "of", "said") that can neither end a subject title nor stand in a title.
        A quick test that spares the reading for most names."""
        text = self.text
        before = text[pos - 1:pos]
        if not before or before in _CLAUSE_MARK_CHARS:
            return False
        if before != " ":
            return True
        space = text.rfind(" ", max(s_start, pos - 80), pos - 1)
        word = text[space + 1:pos - 1]
        if space < 0 or not (word.isascii() and word.isalpha()):
            return True
        return (word == "of" and owns_title) or _may_stand_before_name(word)

    def _subject_title(self, clause_start: int, pos: int, s_start: int) -> str | None:
        """The words from the start of the sentence to ``pos`` when they are all a title."""
        if clause_start != s_start or pos - clause_start >= _SUBJECT_REACH:
            return None
        segment = self.text[clause_start:pos].strip(_QUOTES_AND_SPACE)
        # A subject title ends in a role or body noun: that is tested first, on the last word.
        last = segment and _WORD_BACKWARDS.search(segment)
        if not last or not (_is_role(last.group()) or _is_body_noun(last.group())):
            return None
        words = _WORD.findall(segment)
        if (len(words) <= 14 and words[0][0].isupper() and words[0].lower() not in _NOT_TITLE_START
                and not _is_clause(words) and not _names_listed(words) and _reads_as_title(words)):
            return segment
        return None

    def _title_words_next_to(self, pos: int, clause_start: int, own: list[str]) -> list[str]:
        """The words right before ``pos`` that may stand in a title, nearest first."""
        text = self.text
        picked: list[str] = []
        for m in _WORD_BACKWARDS.finditer(text, max(clause_start, pos - 80), pos):
            word = m.group()
            if text[m.end():pos].strip() or not (_fits_title(word) or (word == "of" and (picked or own))):
                break               # "of" inside a title: "Secretary of State Jon Husted"
            if word.lower() in _HONORIFICS:
                return []           # "Both Mr. King and Mr. Schultz": the words were another name
            if picked and picked[-1] == "and" and (_names_listed([word, "and"]) or self._in_name(m.start())):
                break               # "retailer Tesco and ...", "Larry King and ...": names, not titles
            picked.append(word)
            pos = m.start()
        return picked

    def _in_name(self, pos: int) -> bool:
        """Whether ``pos`` is inside the name part of a person's run ("King" in "Larry King")."""
        i = bisect.bisect_right(self.run_starts, pos) - 1
        run = self.runs[i] if i >= 0 else None
        return run is not None and run.name_start <= pos < run.name_end and (
            run.kind == "person" or len(run.name_tokens) > 1)

    def _apposed_before(self, run: _Run, s_start: int) -> str:
        """"China's U.N. ambassador, Liu Jieyi": a role set off by a comma before the name (which
        the caller has seen: ", " before the run, in its sentence)."""
        text = self.text
        floor = max(s_start, run.start - _REACH)
        mark_end = _last_clause_end(text, floor, run.start - 2)
        if mark_end is None and run.start - s_start > _REACH:
            return ""
        chunk = text[floor if mark_end is None else mark_end:run.start - 2].strip()
        words = _WORD.findall(chunk)
        if (0 < len(words) <= 12 and _is_role(words[-1]) and not _is_clause(words) and _reads_as_title(words)
                and words[0].lower() not in _NOT_TITLE_START and not words[0].endswith("ing")):
            return chunk
        return ""

    def pronoun_gender(self, run: _Run) -> str | None:
        """The gender of the first he/she/his/her after the name in its sentence, when no
        other name comes between ("Quirin wept in his lawyer's arms")."""
        _, s_end = self.sentence(run.name_end)
        m = _PRONOUN_AFTER.search(self.text, run.name_end, min(s_end, run.name_end + _REACH))
        if not m:
            return None
        i = bisect.bisect_right(self.run_starts, run.name_end)
        if i < len(self.runs) and self.runs[i].start < m.start() and self.runs[i].kind != "modifier":
            return None
        return "male" if m.group("p").lower() in ("he", "him", "his") else "female"


def _last_clause_end(text: str, floor: int, pos: int) -> int | None:
    """Where the last clause mark in ``text[floor:pos]`` ends, or None when there is none."""
    while True:
        m = _LAST_CLAUSE_MARK_CHAR.search(text, floor, pos)
        if m is None:
            return None
        i = m.start()
        char = text[i]
        if char in _CLAUSE_MARK_CHARS:
            return i + 1
        if char == "–":
            if floor < i and i + 2 <= pos and text[i - 1] == text[i + 1] == " ":
                return i + 2            # " – "
        elif floor < i and text[i - 1] == char:
            return i + 1                # "--", "''", "``"
        pos = i


def _body_name(text: str, run: _Run, end: int):
    """The full name of the body a run begins, with its inner "of"/"for"/"and" ("Centers for
    Disease Control and Prevention"), or None when the run is no body's name."""
    if run.kind not in ("organisation", "unknown"):
        return None
    m = _BODY_NAME.match(text, run.name_start, end)
    if m and (run.kind == "organisation" or m.group("acronym") or _names_body(m.group("body"))):
        return m
    return None


def _reads_as_title(words: list[str]) -> bool:
    """Whether a phrase is made of title words, with at most one other word ("Former U.S.
    deputy ambassador to the U.N. and North Korea sanctions negotiator"), unlike a clause
    ("The candidate's call came after rival")."""
    misfits = sum(1 for w in words if not (_fits_title(w) or w.lower() in _TITLE_GLUE))
    return misfits <= 1


def _names_listed(words: list[str]) -> bool:
    """Whether "and" joins a name to what follows ("retailer Tesco and Denmark-based
    retailer"), rather than two parts of one title ("the U.N. and North Korea")."""
    for a, b in zip(words, words[1:]):
        if b == "and" and a[:1].isupper() and not _is_acronym(a) and a.lower() not in _TITLE_TOKENS:
            return True
    return False


def _expansion(body: str, acronym: str) -> str:
    """The words of ``body`` that the acronym abbreviates ("Leaders of African Union" → "African Union")."""
    words = body.split()
    letters = acronym.upper()
    for i in range(len(words)):
        tail = words[i:]
        if not tail[0][0].isupper():
            continue
        if "".join(w[0] for w in tail).upper() == letters or "".join(
                w[0] for w in tail if w[0].isupper()).upper() == letters:
            return " ".join(tail)
    while len(words) > 1 and words[0].lower() in names.CAPITALISED_NON_NAMES:
        words.pop(0)
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Entities.

class _Entity:
    """A person, organisation, group or anonymous source being built up.

    Its titles, roles and gender come from the text around each of its names, which costs a
    look at every occurrence; most entities are never asked for them (only speakers are
    returned, and pronouns and descriptions look at the few nearby). So the runs and titles
    given to an entity wait in ``_pending``, in order, with the kind and name the entity had
    when it was given them, and are read on first use of ``titles`` or ``roles`` as they
    would have been read at once; ``gender`` reads them only until one tells it.
    """

    __slots__ = ("article", "kind", "serial", "name", "plural", "tokens", "members", "aliases", "spans", "speaks",
                 "gathered", "indexed", "_pending", "_given", "_read", "_lacking", "_gender", "_titles", "_roles")

    def __init__(self, article: _Article, kind: str, serial: int, name: str | None = None,
                 gender: str | None = None, plural: bool = False, tokens: tuple[str, ...] = (),
                 members: list[_Entity] | None = None):
        self.article = article
        self.kind = kind                # "person" | "organisation" | "group" | "anonymous"
        self.serial = serial            # order of creation
        self.name = name
        self.plural = plural
        self.tokens = tokens
        self.members = members or []
        self.aliases: set[str] = set()
        self.spans: set[tuple[int, int]] = set()
        self.speaks = False
        self.gathered: set[tuple[int, int]] = set()     # runs whose titles it holds or awaits
        self.indexed: tuple[tuple[str, ...], int] | None = None     # (tokens, number of aliases) last filed
        self._pending: deque[tuple[_Run | str, str, str | None]] = deque()     # (run or title, kind, name)
        self._given = 0                 # items ever put in ``_pending``
        self._read = 0                  # items ever taken out of it
        self._lacking: dict[str, int] = {}  # role → how many of the items given are known not to give it
        self._gender = gender
        self._titles: list[str] = []
        self._roles: set[str] = set()

    @property
    def titles(self) -> list[str]:
        if self._pending:
            self._settle()
        return self._titles

    @property
    def roles(self) -> set[str]:
        if self._pending:
            self._settle()
        return self._roles

    @property
    def gender(self) -> str | None:
        if self._pending and self._gender is None:
            self._settle(until_gender=True)
        return self._gender

    @gender.setter
    def gender(self, value: str | None) -> None:
        self._settle()
        self._gender = value

    def has_role(self, role: str) -> bool:
        """Whether ``role`` (a singular role noun) is among the roles. The titles that wait are
        read only when the text they come from holds the word: a description ("the diplomat")
        is checked against every entity before it, and most are no diplomats. Each waiting
        item is tested once per role: the items found not to hold it are counted."""
        if self._pending:
            unchecked = itertools.islice(self._pending, max(self._lacking.get(role, 0) - self._read, 0), None)
            if not any(_may_hold_role(self.article.title_window(item) if isinstance(item, _Run)
                                      else item.lower(), role) for item, _, _ in unchecked):
                self._lacking[role] = self._given
                return role in self._roles
        return role in self.roles

    def gather(self, run: _Run) -> None:
        """The titles and gender the article gives the name at ``run``, once per run."""
        key = (run.start, run.end)
        if key not in self.gathered:
            self.gathered.add(key)
            self._pending.append((run, self.kind, self.name))
            self._given += 1

    def add_title(self, title: str) -> None:
        """A title the article gives the entity, read with the others when first needed."""
        self._pending.append((title, self.kind, self.name))
        self._given += 1

    def _settle(self, until_gender: bool = False) -> None:
        """Read what waits, in the order it was given (only until the gender is known, if asked:
        what is read later cannot change it)."""
        while self._pending and not (until_gender and self._gender is not None):
            item, kind, name = self._pending.popleft()
            self._read += 1
            if isinstance(item, str):
                self._take_title(item, kind, name)
                continue
            for title in self.article.titles_around(item):
                self._take_title(title, kind, name)
            if kind == "person" and self._gender is None:
                self._gender = (_gender_of_words(item.title_tokens + item.name_tokens[:1])
                                or self.article.pronoun_gender(item))

    def _take_title(self, title: str, kind: str, name: str | None) -> None:
        """Keep the fullest wording of each role: a title whose words another holds (or the
        name) is dropped."""
        title = _cleaned_title(title)
        words = _words_of(title)
        if not words or words <= _words_of(name):
            return
        for i, old in enumerate(self._titles):
            old_words = _words_of(old)
            if words <= old_words:
                return
            if old_words <= words:
                self._titles[i] = title
                break
        else:
            self._titles.append(title)
        self._roles |= _roles_of(title)
        if self._gender is None and kind == "person":
            self._gender = _gender_of_words(singular(w) for w in _title_words(title))   # in text order

    def accepts(self, need: str) -> bool:
        """Whether a pronoun that needs ``need`` can refer to this entity."""
        if need == "group":
            return self.kind in ("group", "organisation") or self.plural
        if need == "organisation":
            return self.kind == "organisation"
        if need == "anyone":            # "who": a person or a group of people
            return self.kind != "organisation"
        if self.plural or self.kind in ("group", "organisation"):
            return False
        return need == "person" or self.gender in (None, need)


class _Resolver:
    """Walks the article in order, linking each mention to an entity introduced before it."""

    def __init__(self, article: _Article):
        self.article = article
        self.entities: list[_Entity] = []
        self.history: list[tuple[int, _Entity, bool]] = []   # (start, entity, is a subject)
        self._last_scanned: tuple[_Run, _Entity] | None = None
        self._by_name: dict[tuple[str, ...], _Entity] = {}
        self._by_word: dict[str, dict[int, _Entity]] = {}
        self._names_in: dict[tuple[int, int], _Run | None] = {}
        self._labels: dict[tuple[str, str], _Entity] = {}

    def _earlier(self, start: int):
        """(start, entity, is a subject) of the mentions before ``start``, nearest first, as far
        back as a reader would look (bounded, so that long texts stay linear)."""
        for entry in itertools.islice(reversed(self.history), _LOOKBACK):
            if entry[0] < start:
                yield entry

    def _earlier_entities(self, start: int):
        """The entities of those mentions, each once, nearest first: a test of an entity gives
        the same answer at each of its mentions, so it is made once."""
        seen: set[_Entity] = set()
        for p, entity, _ in itertools.islice(reversed(self.history), _LOOKBACK):     # as ``_earlier``
            if p < start and entity not in seen:
                seen.add(entity)
                yield entity

    def _labelled(self, kind: str, label: str, make=None) -> _Entity | None:
        """The entity of this kind known by this label (a group's name, an unnamed source's
        title), made with ``make`` when there is none yet."""
        key = (kind, label.lower())
        if key not in self._labels and make is not None:
            self._labels[key] = make()
        return self._labels.get(key)

    def _remember(self, entity: _Entity, start: int, end: int, subject: bool) -> _Entity:
        entity.spans.add((start, end))
        self.history.append((start, entity, subject))
        return entity

    def _new(self, kind: str, **fields) -> _Entity:
        entity = _Entity(self.article, kind, len(self.entities), **fields)
        self.entities.append(entity)
        self._index(entity)
        return entity

    def _index(self, entity: _Entity) -> None:
        """File the entity under its name, its aliases and each of its name words, for
        ``_find_named``. Filing is the same again until the name or the aliases change: then skipped."""
        state = (entity.tokens, len(entity.aliases))      # aliases are only ever added
        if entity.indexed == state:
            return
        entity.indexed = state
        if entity.tokens:
            self._by_name.setdefault(entity.tokens, entity)
        for alias in entity.aliases:
            self._by_name.setdefault((alias.lower(),), entity)
        for word in entity.tokens:
            self._by_word.setdefault(word, {})[entity.serial] = entity

    # -- names -------------------------------------------------------------------------------

    def _find_named(self, lowered: tuple[str, ...], gender: str | None = None) -> _Entity | None:
        """The entity already known by this name (its words lower-cased), its surname, or an
        alias (of the gender an honorific gives: "Mr. Obama" is not Michelle Obama)."""
        exact = self._by_name.get(lowered)
        if exact is not None and not (gender and exact.gender and exact.gender != gender):
            return exact
        sharing = self._by_word.get(lowered[-1])
        if not sharing:
            return None
        best, best_rank = None, 0
        for e in sharing.values() if len(sharing) <= _CANDIDATES else list(sharing.values())[-_CANDIDATES:]:
            if (gender and e.gender and e.gender != gender) or e.kind == "group":
                continue
            if len(lowered) == 1 and lowered[0] in e.tokens and (e.kind == "person" or e.tokens[0] == lowered[0]):
                rank = 3 if e.tokens[-1] == lowered[0] and e.kind == "person" else 2 if e.kind == "person" else 1
            elif len(lowered) > 1 and lowered[-1] == e.tokens[-1] and (
                    len(e.tokens) == 1 or lowered[0][:1] == e.tokens[0][:1]):
                rank = 2
            else:
                continue
            if rank > best_rank:
                best, best_rank = e, rank
        return best

    def _introduction(self, token: str, gender: str | None = None) -> _Run | None:
        """The run anywhere in the article that gives this single name word in full: a
        surname's full name ("Pressman" → "David Pressman"), a body's ("Salling Group")."""
        lw = token.lower()
        best, best_rank = None, 0
        for run in self.article.full_names_with(lw):
            lowered = run.key
            run = self.article.with_evidence(run)
            if gender and _gender_of_words(run.title_tokens + run.name_tokens[:1]) not in (None, gender):
                continue
            rank = (4 if run.kind == "person" and lowered[-1] == lw else 3 if run.kind == "person"
                    else 2 if run.kind == "organisation" and lowered[0] == lw else 0)
            if rank > best_rank:
                best, best_rank = run, rank
        return best

    def named(self, run: _Run, start: int, end: int, subject: bool, titles=(), body: str | None = None) -> _Entity:
        """The entity a name refers to, created with its full name when new."""
        text = self.article.text
        tokens = run.name_tokens
        if len(tokens) == 1 and tokens[0] in self.article.acronyms:
            expansion = self.article.acronyms[tokens[0]]
            entity = self._find_named(tuple(expansion.lower().split()))
            if entity is None:
                entity = self._new("organisation", name=expansion, tokens=tuple(w.lower() for w in expansion.split()))
            entity.aliases.add(tokens[0])
            self._index(entity)
            return self._remember(entity, start, end, subject)
        if body is not None:
            tokens = tuple(body.split())
        gender = _gender_of_words(run.title_tokens) if run.title_tokens else None
        entity = self._find_named(run.key if body is None else tuple(body.lower().split()), gender)
        intro = self._introduction(tokens[0], gender) if entity is None and len(tokens) == 1 else None
        if entity is not None and run.kind == "person" and entity.kind == "organisation" and not entity.speaks:
            entity = None               # "Mr. Obama" is no body that merely shares the word
            intro = self._introduction(tokens[0], gender) if len(tokens) == 1 else None
        if entity is None:
            source = intro or run
            full = body or text[source.name_start:source.name_end]
            entity = self._new("person" if source.kind == "person" else "organisation",
                               name=full, tokens=tuple(w.lower() for w in full.split()))
            self._gather_everywhere(entity)
        elif (len(tokens) > len(entity.tokens) and entity.tokens and tokens[-1].lower() == entity.tokens[-1]
              and entity.kind != "group"):
            entity.name, entity.tokens = " ".join(tokens), tuple(t.lower() for t in tokens)
        if len(tokens) == 1 and entity.name != tokens[0]:
            entity.aliases.add(tokens[0])
        if run.kind == "person" and entity.kind == "organisation":
            entity.kind = "person"
        entity.gather(run)
        for title in titles:
            entity.add_title(title)
        acronym = text.startswith(" (", run.name_end) and _ACRONYM.match(text, run.name_end)
        if acronym:
            entity.aliases.add(acronym.group(1))
        self._index(entity)
        return self._remember(entity, start, end, subject)

    def _gather_everywhere(self, entity: _Entity) -> None:
        """Titles the article gives the new entity's name anywhere, before or after this
        mention: "titles found anywhere in the text for that person count"."""
        by_name = self.article.runs_by_name()
        surname = by_name.get(entity.tokens[-1:], []) if entity.kind == "person" else []
        for run in (by_name.get(entity.tokens, []) + surname)[:_OCCURRENCES]:
            if run.kind != "modifier":
                entity.gather(run)

    def scanned(self, run: _Run) -> None:
        """A name the article gives outside any attributing mention: it introduces the name,
        and a later pronoun or description can refer to it. Title-case headlines are skipped:
        there every word looks like a name."""
        article = self.article
        sentence = article.sentence_index(run.start)
        if article.is_headline(sentence):
            return
        known = run.kind != "unknown" or self._find_named(run.key) is not None
        if not known and len(run.name_tokens) > 1:
            run = article.with_evidence(run)            # a full name the article gives a role or he/she
        previous = self._last_scanned
        joined = previous is not None and article.text.endswith(
            _AND_BETWEEN_ENDS, previous[0].end, run.start) and _AND_BETWEEN.fullmatch(
            article.text, previous[0].end, run.start)
        if run.kind == "unknown" and joined and previous[1].kind == "person":
            run = replace(run, kind="person")           # "Dale Hume and Rory Tate"
        opens = None                                    # whether the name opens its sentence, once read
        if run.kind == "unknown" and 1 < len(run.name_tokens) < 5:
            opens = article.opens_sentence(run.start, sentence)
            if opens:
                run = replace(run, kind="organisation")     # "Carver Mining reported a loss."
        if run.kind == "modifier":
            self._people_named_by(run)
            return
        if run.kind == "unknown" and not known:
            return
        if opens is None:
            opens = article.opens_sentence(run.start, sentence)
        entity = self.named(run, run.start, run.name_end, opens)
        self._last_scanned = (run, entity)
        if joined and entity.kind == previous[1].kind == "person" and previous[1] is not entity:
            self._group([previous[1], entity], previous[0], run.end, False)

    def _people_named_by(self, run: _Run) -> None:
        """"Greenpeace activists blocked the port", "The Montreal team found": unnamed
        people opening a sentence, whom a later "they" can mean."""
        text = self.article.text
        following = _NEXT_WORD.match(text, run.end)
        noun = following.group(1)
        s_start, _ = self.article.sentence(run.start)
        if run.start - s_start > _REACH or text[s_start:run.start].strip(_QUOTES_AND_SPACE) not in ("", "The") or not (
                (_is_role(noun) and _is_plural(noun)) or noun in names.PEOPLE_GROUP_NOUNS):
            return
        title = text[s_start:following.end()].strip(_QUOTES_AND_SPACE)
        group = self._labelled("anonymous", title, lambda: self._new("anonymous", plural=True))
        group.add_title(title)
        self._remember(group, run.start, following.end(), True)

    def described(self, start: int, end: int, head: str) -> None:
        """A definite description outside any attributing mention ("The officers are back at
        work"): when its role word names an earlier entity, it is another mention of it, and a
        later pronoun can refer to it."""
        plural, role = _is_plural(head), singular(head)
        target = next((e for e in self._earlier_entities(start) if e.plural == plural and e.has_role(role)), None)
        if target is not None:
            self._remember(target, start, end, self.article.opens_sentence(start))

    def _group(self, members: list[_Entity], first: _Run, end: int, subject: bool, start: int | None = None) -> _Entity:
        """The group of these named members, titled by the plural role just before the first
        name ("officers Antoine Quirin and Nicolas Redouane")."""
        start = first.start if start is None else start
        surname = members[-1].name.split()[-1] if members[-1].name and len(members[-1].tokens) > 1 else None
        for member in members[:-1]:     # "David and Louise Turpin": David Turpin
            if surname and len(member.tokens) == 1 and (
                    member.tokens[0] in names.MALE_FIRST_NAMES or member.tokens[0] in names.FEMALE_FIRST_NAMES):
                member.name, member.tokens = f"{member.name} {surname}", member.tokens + (surname.lower(),)
                self._index(member)
        name = " and ".join(m.name or "" for m in members)
        group = self._labelled("group", name, lambda: self._new(
            "group", name=name, plural=True, tokens=tuple(t for m in members for t in m.tokens), members=list(members)))
        before = _WORD_BEFORE.search(self.article.text, max(0, first.start - 40), first.start)
        role = first.title_tokens[-1] if first.title_tokens else before.group(1) if before else ""
        if _is_role(role) and _is_plural(role):
            group.add_title(role.lower())
            for member in members:
                member.add_title(singular(role))
        return self._remember(group, start, end, subject)

    # -- attributing mentions ----------------------------------------------------------------

    def mention(self, start: int, end: int) -> _Entity:
        """The entity an attributing mention refers to."""
        text = self.article.text
        while start < end and text[start] in _QUOTES_AND_SPACE:
            start += 1
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        relative = _RELATIVE_CLAUSE_AFTER.search(text, start + 1, end)
        if relative:
            end = relative.start()      # "Sen. Bernie Sanders, who lost the primaries"
        surface = text[start:end]
        low = surface if _is_acronym(surface) else surface.lower()      # "WHO", "US": not pronouns
        if low in names.PRONOUNS:
            return self._pronoun(names.PRONOUNS[low], start, end)
        if low in names.RELATIVE_PRONOUNS:
            need = "organisation" if low == "which" else "anyone"
            prior = next((e for _, e, _ in self._earlier(start) if e.accepts(need)), None)
            return self._remember(prior or self._new("anonymous"), start, end, True)
        phrase = _Phrase(text, start, end)
        if not phrase.words:
            return self._remember(self._new("anonymous"), start, end, True)
        return (self._document_author(start, end, phrase) or self._apposition(start, end)
                or self._coordination(start, end) or self._named_mention(start, end, phrase)
                or self._description(start, end, phrase))

    def _apposition(self, start: int, end: int) -> _Entity | None:
        """"Sophie Obadia, another lawyer for the victim", "China's U.N. ambassador, Liu
        Jieyi": a name and a role set side by side; the role is a title of the name."""
        text = self.article.text
        comma = text.find(", ", start, end)
        if comma < 0:
            return None
        age = _AGE.match(text, comma)
        first, second = (start, comma), (age.end() if age else comma + 2, end)
        if age and second[0] >= end:    # "Maria Gomez, 34"
            return self._remember(self.mention(*first), start, end, True)
        for name_part, role_part in ((first, second), (second, first)):
            run = self._name_in(*name_part)
            if name_part == second and run is not None and self._name_in(*role_part) is not None:
                continue                # the role part is itself a name
            role = _RELATIVE_CLAUSE.split(text[role_part[0]:role_part[1]], 1)[0]
            if run is None or text[run.name_end:name_part[1]].strip(" ") and not _PARENTHESIS.fullmatch(
                    text, run.name_end, name_part[1]):
                continue                # the name must end its part, but for "(D-N.Y.)"
            words = role.split()
            article_led = name_part == first and words[0].lower() in _ARTICLES and len(words) <= 12
            if not (_appositive_is_role(role) or _PARTY_TAG.fullmatch(role) or (article_led and not _is_clause(words))):
                continue                # "Rendell, a Clinton surrogate"
            entity = self.mention(*name_part)
            entity.add_title(role)
            return self._remember(entity, start, end, True)
        return None

    def _antecedent_of(self, need: str, start: int) -> _Entity | None:
        """The nearest earlier entity a pronoun can refer to: in the nearest sentence that has
        one, its subject when it names several."""
        article = self.article
        starts = article.sentence_starts
        here = article.sentence_index(start)
        # The sentences a mention may be in, as the positions they span: up to 4 sentences back,
        # then only the sentence of the nearest fit (compared by position: no look-up per mention).
        low, high = (starts[here - 4] if here > 4 else -1), None
        same = []
        for p, e, subject in itertools.islice(reversed(self.history), _LOOKBACK):     # as ``_earlier``
            if p >= start:
                continue
            if p < low or (high is not None and p >= high):
                break
            if e.accepts(need):
                if high is None:
                    nearest = article.sentence_index(p)
                    low = starts[nearest] if nearest else -1
                    high = starts[nearest + 1] if nearest + 1 < len(starts) else len(article.text) + 1
                same.append((e, subject))
        subjects = [e for e, subject in same if subject]
        return subjects[0] if subjects else same[0][0] if same else None

    def pronoun_in_text(self, start: int, end: int) -> None:
        """A he or she that attributes no quote: another mention of the person it refers to,
        when there is one (none is made up)."""
        entity = self._antecedent_of(names.PRONOUNS[self.article.text[start:end].lower()], start)
        if entity is not None:
            self._remember(entity, start, end, False)

    def _pronoun(self, need: str, start: int, end: int) -> _Entity:
        """The entity a pronoun that attributes a quote refers to; a person or group of its
        own when nothing before fits."""
        antecedent = self._antecedent_of(need, start)
        if antecedent is not None:
            return self._remember(antecedent, start, end, True)
        entity = self._new("group" if need in ("group", "organisation") else "person",
                           gender=need if need in ("male", "female") else None, plural=need == "group")
        return self._remember(entity, start, end, True)

    def _document_author(self, start: int, end: int, phrase: _Phrase) -> _Entity | None:
        """"WHO's statistics", "a NATO press release", "the chain's statement": the body
        whose document it is."""
        words, cut = phrase.words, phrase.cut
        if words[cut - 1].lower() not in names.DOCUMENT_NOUNS:
            return None
        if cut < len(words) and words[cut] in ("by", "from", "of") and cut + 1 < len(words):
            after = phrase.matches[cut + 1].start()
            entity = self.mention(after, end)      # "a report by Politico"
            entity.spans.discard((after, end))
            return self._remember(entity, start, end, True)
        if cut < len(words):
            return None
        for w in phrase.matches[:-1]:
            if w.group().endswith(("'s", "’s")):
                entity = self.mention(start, w.end() - 2)
                entity.spans.discard((start, w.end() - 2))
                return self._remember(entity, start, end, True)
        runs = [r for r in self.article.runs_in(start, end) if r.kind in ("organisation", "modifier", "person")]
        if runs:
            body = runs[-1]
            entity = self.named(replace(body, kind="organisation") if body.kind == "modifier" else body,
                                start, end, True)
            return entity
        if words[0].lower() in names.DEFINITE_DETERMINERS:
            # "according to the study": the researchers or body named before as speaking
            author = next((e for _, e, subject in self._earlier(start) if subject and e.accepts("group")), None)
            if author is not None:
                return self._remember(author, start, end, True)
        return None

    def _coordination(self, start: int, end: int) -> _Entity | None:
        """"Tesco and Salling Group", "officers Antoine Quirin and Nicolas Redouane": a group
        whose members are named, each resolved on its own too."""
        text = self.article.text
        if text.find(" and ", start, end) < 0 and text.find(" & ", start, end) < 0:
            return None                 # no "and" joins names here
        parts, pos = [], start
        for m in _COORDINATION.finditer(text, start, end):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, end))
        if len(parts) < 2 or any(
                _is_clause(ws) or any(w in _PREPOSITIONS or w in _ARTICLES or (w.islower() and w.endswith("ing"))
                                      for w in ws)
                for ws in (_WORD.findall(text, s, e) for s, e in parts)):
            return None                 # "researchers from X and Y", "Rubel, a lawyer representing Spanton"
        runs = [self._name_in(s, e) for s, e in parts]
        if any(r is None or r.name_end != e for r, (_, e) in zip(runs, parts)):
            return None
        members = []
        for run, (s, e) in zip(runs, parts):
            lead = text[s:run.start].strip()
            members.append(self.named(run, s, e, True, titles=[lead] if lead else ()))
        return self._group(members, runs[0], end, True, start)

    def _name_in(self, start: int, end: int, phrase: _Phrase | None = None) -> _Run | None:
        """The name a mention carries: the last name run that is not a possessor ("Niger's"),
        a modifier ("UCL astronomer") nor inside a post-modifier ("of Egypt"). ``phrase``:
        the words of ``text[start:end]`` when already read."""
        if (start, end) not in self._names_in:
            self._names_in[start, end] = self._find_name_in(
                start, end, phrase or _Phrase(self.article.text, start, end))
        return self._names_in[start, end]

    def _find_name_in(self, start: int, end: int, phrase: _Phrase) -> _Run | None:
        text = self.article.text
        head_is_common = bool(phrase.words) and phrase.head_is_common()
        head_at = phrase.matches[phrase.head].start() if phrase.words else start
        best, body_end, in_modifier = None, None, False
        for run in self.article.runs_in(start, end):
            if run.kind == "modifier" or (run.end + 2 <= end and text[run.end:run.end + 2] in ("'s", "’s")) or (
                    text.rfind("(", start, run.start) > text.rfind(")", start, run.start)):
                continue                # "Niger's", "UCL astronomer", "(WHO)", "(D-N.Y.)"
            if best is not None and not run.title_tokens:
                if body_end is None:    # where the body ``best`` names ends: read only once a run follows it
                    body = _body_name(text, best, end)
                    body_end = body.end("body") if body else -1
                if in_modifier or run.end <= body_end or _PREPOSITION_BEFORE.search(text, start, run.start):
                    in_modifier = True  # "of Egypt"; "Prevention" in "Centers for Disease Control and Prevention"
                    continue
            if head_is_common and run.start > head_at and not run.title_tokens:
                continue                # "observers in Virginia"
            run = self.article.with_evidence(run)       # its kind counts from here on: read only now
            if best is not None and best.kind == "person" and run.kind != "person":
                continue                # "Sen. Elizabeth Warren, D-Mass."
            best, body_end = run, None
        return best

    def _named_mention(self, start: int, end: int, phrase: _Phrase) -> _Entity | None:
        """A mention that carries a name, with the title written inside it."""
        text = self.article.text
        run = self._name_in(start, end, phrase)
        if run is None:
            return None
        if phrase.head_is_common() and (run.kind != "person" or run.start < phrase.matches[phrase.cut - 1].start()):
            return None                 # "one Security Council diplomat", "researchers from the University"
        before = " ".join(w for w in text[start:run.name_start].strip(" ,").split()
                          if w.lower() not in _HONORIFICS)
        last = before.split()[-1] if before else ""
        if before.lower() in _ARTICLES or not (last[:1].isupper() or _is_role(last) or _is_body_noun(last)):
            before = ""                 # a title ends in its head: "Niger's president", not "... claimed"
        chain = _body_name(text, run, end)
        body = chain.group("body") if chain and chain.end("body") > run.name_end else None
        if body:
            run = replace(run, name_end=chain.end("body"))
        after = ""
        m = _OF_BODY.match(text, run.name_end, end)
        if m and _names_body(text[m.end():end]):
            after = text[run.name_end:end].strip() if before else text[m.end():end]
        elif text.startswith(",", run.name_end) and _appositive_is_role(text[run.name_end + 1:end]):
            after = text[run.name_end + 1:end]
        title = " ".join(filter(None, [before, after]))
        if run.kind == "unknown" and (_is_role(before.split()[-1]) if before else False):
            run = replace(run, kind="person")
        if run.kind == "unknown" and before and _is_body_noun(before.split()[-1]):
            run = replace(run, kind="organisation")
        return self.named(run, start, end, True, titles=[title] if title else (), body=body)

    def _description(self, start: int, end: int, phrase: _Phrase) -> _Entity:
        """"the diplomat", "one Security Council diplomat", "Analysts", "the ministry"."""
        text = self.article.text
        words = phrase.matches
        lowered = [w.lower() for w in phrase.words]
        head_word = phrase.words[phrase.head]
        head, plural = singular(head_word), _is_plural(head_word) and lowered[:2] != ["one", "of"]
        first = lowered[0]
        drop_first = (first in _ARTICLES or first in names.DEFINITE_DETERMINERS or (
            first in names.INDEFINITE_DETERMINERS and first not in names.TELLING_DETERMINERS
            and lowered[1:2] != ["of"]))        # keep "one of the children", "unnamed experts"
        title = text[words[1].start() if drop_first and len(words) > 1 else start:end]
        possessed = first.endswith(("'s", "’s")) or first in names.POSSESSIVE_DETERMINERS
        definite = first in names.DEFINITE_DETERMINERS or possessed
        is_body = _is_body_noun(head)
        if is_body and any(w[:1].isupper() for w in phrase.words[1:]):     # "the Obama administration"
            same = self._labelled("organisation", title)
            if same is not None:
                return self._remember(same, start, end, True)
        elif definite:
            target = self._antecedent(head, plural, start)
            if target is not None:
                if not possessed:
                    target.add_title(title)     # "the mother", "the defendants": roles too
                return self._remember(target, start, end, True)
        elif first not in names.INDEFINITE_DETERMINERS or plural:
            same = self._labelled("anonymous", title)
            if same is not None:
                return self._remember(same, start, end, True)
        pseudonym = _PSEUDONYM.search(text, start, end)
        entity = self._new("person" if pseudonym else "organisation" if is_body else "anonymous",
                           plural=plural and not is_body,
                           name=pseudonym.group("name") if pseudonym else title if is_body else None)
        entity.add_title(title)
        entity.roles.add(head)
        if not plural and not is_body:
            entity.gender = _gender_of_words([head])
        self._labels.setdefault((entity.kind, title.lower()), entity)
        return self._remember(entity, start, end, True)

    def _antecedent(self, head: str, plural: bool, start: int) -> _Entity | None:
        """The nearest earlier entity a definite description fits: one with that role word,
        else for "this person" the last unnamed source, for a plural the last group, for a
        body ("the company") the last body."""
        earlier = list(self._earlier_entities(start))
        for e in earlier:
            if ((e.plural == plural or e.kind == "organisation") and e.has_role(head)) or (
                    e.kind == "organisation" and head in e.tokens):
                return e
        if head in names.GENERIC_PERSON_NOUNS:
            return next((e for e in earlier if e.kind == "anonymous" and not e.plural), None)
        gender = _gender_of_words([head])
        if gender and not plural:       # "David and Louise Turpin ... the mother": Louise Turpin
            return next((m for e in earlier if e.kind == "group" for m in e.members if m.gender == gender), None)
        if plural:
            return next((e for e in earlier if e.kind == "group"), None)
        if _is_body_noun(head):         # "the company": the last body named by its name
            return next((e for e in earlier if e.kind == "organisation" and e.tokens), None)
        return None


class _Phrase:
    """The words of a mention, read once: their matches and texts, where its head phrase ends
    (``cut``: at its first preposition or comma) and where its head noun is (``head``:
    "diplomat" in "one Security Council diplomat"; "children" in "one of the children")."""

    __slots__ = ("matches", "words", "cut", "head")

    def __init__(self, text: str, start: int, end: int):
        self.matches = matches = list(_WORD.finditer(text, start, end))
        words = self.words = [m[0] for m in matches]
        cut = len(words)
        for i in range(1, len(words)):
            if words[i] in _PREPOSITIONS or words[i].endswith(","):
                cut = i
                break
        self.cut = cut
        self.head = len(words) - 1 if words and words[cut - 1].lower() in names.INDEFINITE_DETERMINERS and (
            cut < len(words)) else cut - 1

    def head_is_common(self) -> bool:
        """Whether the head is a common noun ("diplomat", "Analysts"), not a name that happens
        to be one ("Mr. King")."""
        k, words = self.head, self.words
        head = words[k]
        return head.islower() or (_is_role(head) and not (k and words[k - 1].lower() in _HONORIFICS))


# ---------------------------------------------------------------------------------------------
# Every surface form of each speaker's name.

def _surface_mentions(article: _Article, speakers: list[_Entity]) -> None:
    """Add every name run that gives a named speaker's full name, surname or alias (with the
    titles written in the run: "Ambassador Haley") to its mentions, where no other speaker
    holds that stretch of text."""
    forms: dict[tuple[str, ...], _Entity] = {}
    for e in speakers:
        if not e.name or e.kind == "group":
            continue
        forms.setdefault(e.tokens, e)
        if e.kind == "person":
            forms.setdefault(e.tokens[-1:], e)
        for alias in e.aliases:
            forms.setdefault((alias.lower(),), e)
    taken = _Coverage([sp for e in speakers for sp in e.spans])
    for run in article.runs:
        entity = forms.get(run.key)
        if entity is not None and run.kind != "modifier" and not taken.overlaps(run.start, run.name_end):
            entity.spans.add((run.start, run.name_end))


class _Coverage:
    """Which stretches of text the attributing mentions cover, for quick overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, without those inside another ("Pressman" inside "Pressman,
    now a partner with law firm X")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
        if not out or e > out[-1][1] or s >= out[-1][1]:
            out.append((s, e))
    return out


def resolve_speakers(text: str, sentences: list[tuple[int, int]],
                     mentions: list[tuple[int, int]]) -> tuple[list[Speaker], list[str]]:
    """Group the speaker mentions (spans of ``text`` that attribute quotes) into Speaker entities.

    Returns the speakers (ids "s1", "s2", ... in order of first mention) and, for each input
    mention in the order given, the id of the speaker it refers to.
    """
    for start, end in mentions:
        if not 0 <= start < end <= len(text):
            raise InputError(f"speaker mention ({start}, {end}) is not a non-empty span of the "
                             f"{len(text)}-character text; pass (start, end) offsets into the same text")
    article = _Article(text, sentences)
    resolver = _Resolver(article)
    distinct = sorted(set(mentions))
    # Events in text order, an attributing mention after what else starts where it does: each
    # keyed by one number, twice its start, plus one for a mention.
    events: list[tuple[int, object]] = [(2 * s + 1, (s, e)) for s, e in distinct]
    covered = _Coverage(distinct)
    events += [(2 * run.start, run) for run in article.runs if not covered.overlaps(run.start, run.end)]
    events += [(2 * m.start(), m) for m in _DEFINITE_DESCRIPTION.finditer(text)
               if _is_role(m.group("head")) and not covered.overlaps(m.start(), m.end())]
    events += [(2 * m.start(), m) for m in _PERSONAL_PRONOUN.finditer(text)
               if not covered.overlaps(m.start(), m.end())]
    events.sort(key=operator.itemgetter(0))
    by_mention: dict[tuple[int, int], _Entity] = {}
    for order, item in events:
        if order & 1:                   # a mention
            entity = resolver.mention(*item)
            entity.speaks = True
            entity.spans.add(item)
            by_mention[item] = entity
        elif isinstance(item, _Run):
            resolver.scanned(item)
        elif item.lastgroup == "pronoun":
            resolver.pronoun_in_text(item.start(), item.end())
        else:
            resolver.described(item.start(), item.end(), item.group("head"))
    speaking = [e for e in resolver.entities if e.speaks]
    _surface_mentions(article, speaking)
    speaking.sort(key=lambda e: min(e.spans))
    ids = {id(e): f"s{i}" for i, e in enumerate(speaking, 1)}
    speakers = [Speaker(id=ids[id(e)], name=e.name, title="; ".join(e.titles) or None,
                        anonymous=e.name is None,
                        # as data: validated into Spans with the Speaker, in one call rather than one each
                        mentions=[{"start": s, "end": t, "text": text[s:t]} for s, t in _outermost(e.spans)])
                for e in speaking]
    return speakers, [ids[id(by_mention[m])] for m in mentions]
