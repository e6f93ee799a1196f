"""Reported speech: statements given in the writer's words, without quotation marks.

A few shapes of English news writing carry nearly all of it: "X said (that) CONTENT",
"CONTENT, X said.", "The plan, X said, would …", "according to X, CONTENT" (or "CONTENT,
according to X."), "As X noted, CONTENT", and verbs that take what was said as their object,
however short ("X called the plan reckless", "X praised Trump", "X declined to comment",
"…, saying CONTENT"). The content runs to the end of its sentence or to the next statement's
clause, without "that" and the final stop. A statement that holds a quotation is left to the
direct and partial quotes, except one in doubled apostrophes (''…'', an old wire style), which
quotemarks.py leaves unpaired and PolNeAR counts as reported speech.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

import regex

from . import cues

if TYPE_CHECKING:
    from .attribution import Attribution

_PHRASAL = frozenset(cues.phrasal_forms(cues.PHRASAL_CUES)) | frozenset(cues.phrasal_participles(cues.PHRASAL_CUES))
_REPORTING = (frozenset(cues.forms_of(cues.REPORTING_VERBS)) | frozenset(cues.participles(cues.PARTICIPLE_CUES))
              | _PHRASAL | frozenset(cues.forms_of(cues.NAMING_VERBS)))
_THAT_CLAUSE_ONLY = frozenset(cues.words(cues.THAT_CLAUSE_ONLY))
_DOUBTING = frozenset(cues.forms_of(cues.DOUBTING_VERBS))
_WHETHER = regex.compile(r"(?:whether|if)\b", regex.IGNORECASE)
_ASKING = frozenset(cues.forms_of("ask"))
_INFINITIVE = regex.compile(r"(?:not\s+)?to\s", regex.IGNORECASE)
# Verbs whose object is what was said, however short: "praised Trump", "called for a ban", "declined to comment".
_TAKES_OBJECT = (frozenset(cues.forms_of(cues.OBJECT_REPORTING_VERBS)) | frozenset(cues.participles(cues.OBJECT_REPORTING_VERBS))
                 | _PHRASAL)
_WORD = regex.compile(r"[\p{L}\p{N}]+")
MIN_WORDS = 3
# MIN_WORDS words (runs of _WORD) from where it is matched: one call, where counting them
# one match at a time makes a match object for each.
_MIN_WORDS_FROM_HERE = regex.compile(rf"(?:[^\p{{L}}\p{{N}}]*+[\p{{L}}\p{{N}}]++){{{MIN_WORDS}}}")

# After the verb, before the content: an object of "told" and short adverbials, then "that".
_TIME = "|".join(cues.words(cues.TIME_WORDS))
_LEAD = regex.compile(rf"""
    (?:\s*,?\s*
        (?:(?:on|in|at|during|last|this|earlier|later|again|also|repeatedly|previously)\s+   # in a statement,
           (?:(?:a|an|the|his|her|their|its)\s+)?[\w’'.-]+                                   # on Friday, in an
           (?:\s+(?:with|to|on)\s+[\p{{Lu}}][\w’'.-]*(?:\s+[\p{{Lu}}][\w’'.-]*)*)?              # interview with CNN
         | (?:{_TIME})
        )
    ){{0,2}}
    \s*,?\s*(?:that\s+)?
    """, regex.VERBOSE)
# The object of "told"/"tells": a pronoun, a name or a short noun phrase ("told reporters").
_TOLD_OBJECT = regex.compile(r"""
    \s+(?:
        (?:me|him|her|us|them|you)\b
      | (?:(?:the|a|an|his|her|their|its)\s+)?                    # CNN, The Post, reporters,
        (?:\p{Lu}[\w’'.&-]*(?:['’]s)?\s+){0,5}                   # Security Council members
        (?:\p{Lu}[\w’'.&-]*|\p{Ll}{3,}s\b)
      | (?:the|a|an|his|her|their|its)\s+(?:[\w’'.&-]+\s+){0,3}?[\w’'.&-]+(?=\s+that\b)  # the debate audience (that …)
    )(?:\s+["“][^"“”\n]{1,40}["”])?                          # MSNBC's “Morning Joe”
    (?=[\s,.])
    """, regex.VERBOSE)
# What may follow an attribution that ends its statement ("…, X told CNN on Friday in a
# statement."): an object of "told", a day, a short prepositional phrase.
_TRAILER = regex.compile(rf"""
    (?:\s+(?:me|him|her|us|them|reporters|(?:\p{{Lu}}[\w’'.&-]*(?:['’]s)?\s+){{0,4}}\p{{Lu}}[\w’'.&-]*))?
    (?:\s+(?:on\s+)?(?:{_TIME}|last\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?)?
    (?:\s+(?:in|on|at|during|to|via|after|before|of|by|with)\s+[^,.;:!?“”"]{{1,50}}?)?
    \s*(?=[,.!?]|$)
    """, regex.VERBOSE)
# Where the clause of a later cue may begin: "…, which he said", "… and noted that", "— and he".
_CLAUSE_BREAKS = (",", ";", " —", " –", " --", " and ", " but ", " which ", " who ")
_AFTER_CLOSING_MARK = regex.compile(r"(?:[”\"’]|(?<!')')[ ,—–]*\Z")  # not after ''…'', which quotemarks.py leaves unpaired
# A mark that opens a quotation (left to quotemarks.py). Two apostrophes typed for one do not:
# quotemarks.py leaves ''…'' unpaired, and PolNeAR counts such a quote as reported speech.
_QUOTATION_OPENER = r"[\"“‘«]|'(?!')"
_QUOTATION_OPENERS = ('"', "“", "‘", "«", "'")  # the same, as plain strings for a cheap look at one place
# What follows "X said," when no reported clause does: a participle ("adding"), a quotation,
# or a subordinate clause ("as the crowd cheered").
_NO_CLAUSE_AFTER_COMMA = regex.compile(rf"""\s*(?:
    {_QUOTATION_OPENER}
  | \p{{Ll}}+ing\b
  | (?:{"|".join(cues.words(cues.SUBORDINATORS))})\b
  )""", regex.VERBOSE)
# "X said: ''…''": an unpaired wire-style quotation after a colon is the statement.
_COLON_THEN_APOSTROPHES = regex.compile(r":\s*''")
# A participle clause that trails the statement: ", arguing that …", ", adding …".
_TRAILING_CLAUSE = regex.compile(r",\s+(?:\p{Ll}+ing|according\s+to|while|as)\b")
_SENTENCE_STOP = regex.compile(r"[.!?](?=\s|$)|\n")
# A report with no one named as its source: "It was reported that …", "it is widely believed that …".
_PASSIVE_REPORT = regex.compile(rf"""
    \b[Ii]t\s+(?P<cue>(?:is|was|has\s+been|had\s+been)\s+(?:\p{{Ll}}+ly\s+)?
    (?:{"|".join(cues.words(cues.PASSIVE_REPORTS))}))\s+that\s+
    """, regex.VERBOSE)
# Where such a report may start, one character on ("[I]t was"): a pattern that opens with a
# plain letter, which the standard library's engine finds by a fast string search, many times
# faster than the pattern above scans an article.
_PASSIVE_REPORT_HINT = re.compile(r"t\s+(?:is|was|ha[sd])\s")


def reported_speech(text: str, sentences: list[tuple[int, int]], attributions: list[Attribution],
                    quoted: list[tuple[int, int]], cue_starts: list[int]) -> list[tuple[tuple[int, int], Attribution, float]]:
    """(content span, attribution, confidence) of every reported statement. ``quoted`` are
    the quotes already found, which a reported statement may not overlap (that is a partial
    quote, not reported speech, and "“…,” she said." reports nothing more);
    ``cue_starts`` the sorted offsets of every cue, where another statement may begin."""
    starts = [s for s, _ in sentences]
    quoted = sorted(quoted)
    quoted_starts = [q0 for q0, _ in quoted]
    out: list[tuple[tuple[int, int], Attribution, float]] = []
    for a in attributions:
        i = bisect_right(starts, a.start) - 1
        if i < 0:
            continue
        s_start, s_end = sentences[i]
        if s_start < a.start and _AFTER_CLOSING_MARK.search(text, max(s_start, a.start - 4), a.start) \
                and not a.cue_text.endswith("ing"):
            continue  # "“…,” she told the council.": the quotation was the statement; "“….” He said …" opens a new one
        found = None
        if _opens_sentence(text, s_start, a):
            found = _content_after(text, a, s_end)
        if found is None:
            found = _content_around(text, a, s_start, s_end)
        if found is None and not a.inverted and a.cue_text.lower() in _REPORTING:
            j = bisect_right(cue_starts, a.cue[1])
            found = _content_after(text, a, s_end, min(s_end, cue_starts[j]) if j < len(cue_starts) else s_end)
        if found is None:
            continue
        (start, end), _, _ = found
        k = bisect_left(quoted_starts, end)  # the quotes that start before the content ends
        if k and quoted[k - 1][1] > start:
            continue
        if out and out[-1][0][1] > start:
            continue  # overlaps the statement before it
        out.append(found)
    return out


def _opens_sentence(text: str, s_start: int, a: Attribution) -> bool:
    """An "according to X," that opens its sentence."""
    return a.inverted and a.cue_text.lower().startswith("according") and not text[s_start:a.start].strip(" ,")


def _content_after(text: str, a: Attribution, s_end: int, limit: int | None = None) -> tuple[tuple[int, int], Attribution, float] | None:
    """"X said (that) CONTENT": to the sentence end, or to a trailing participle ("…, adding")."""
    cue = a.cue_text.lower()
    pos = a.end
    if cue in ("told", "tells", "tell"):
        obj = _TOLD_OBJECT.match(text, pos, s_end)
        if obj:
            pos = obj.end()
    # "According to X, CONTENT", "As X noted, CONTENT", "X says, win or lose, CONTENT", "X said: ''…''";
    # but "X said, adding ...", "X said:" report no clause.
    if text.startswith(",", pos):
        if _NO_CLAUSE_AFTER_COMMA.match(text, pos + 1, s_end):
            return None
        pos += 1
    elif text.startswith(":", pos):
        if not _COLON_THEN_APOSTROPHES.match(text, pos, s_end):
            return None
        pos += 1
    lead = _LEAD.match(text, pos, s_end)
    start = lead.end() if lead else pos
    if cue in _THAT_CLAUSE_ONLY and not text[pos:start].rstrip().endswith("that"):
        return None  # "declared a state of emergency": a deed, not a statement
    if cue in _DOUBTING and _WHETHER.match(text, start, s_end):
        return None  # "Observers question whether …": a doubt raised, not a statement reported
    if cue in _ASKING and _INFINITIVE.match(text, start, s_end):
        return None  # "who asked not to be named", "asked to speak": a request, not a statement
    if start < s_end and _opens_quotation(text, start):
        return None
    limit = s_end if limit is None else limit
    tail = _TRAILING_CLAUSE.search(text, start, limit) if text.find(",", start, limit) != -1 else None
    end = tail.start() if tail else limit
    if end < s_end and text[end].isalpha():  # stopped at the next cue: cut before its clause
        cut = max(text.rfind(b, start, end) for b in _CLAUSE_BREAKS)
        end = cut if cut > start else s_end  # no clause of its own: a report nested in this one
    end = _trim_end(text, start, end)
    if cue in _TAKES_OBJECT:
        if not _WORD.search(text, start, end):
            return None  # "praised Trump", "denied the charges": the object is what was said
    elif end - start < 12 or not _has_min_words(text, start, end):
        return None
    named = text[a.speaker[0]].isupper()
    return (start, end), a, 0.7 if named else 0.6


def _content_around(text: str, a: Attribution, s_start: int, s_end: int) -> tuple[tuple[int, int], Attribution, float] | None:
    """"CONTENT, X said." (or "…, X said Friday, as …"), "CONTENT, according to X." and the
    attribution set inside the statement: "The museum, X said, would …"."""
    comma = text.rfind(",", s_start, a.start)
    if comma == -1 or text[comma + 1:a.start].strip(" '") not in ("", "as"):
        return None
    trailer = _TRAILER.match(text, a.end, s_end)
    if trailer is None:
        return None
    if text.startswith(",", trailer.end()) and not _TRAILING_CLAUSE.match(text, trailer.end(), s_end):
        start, end = s_start, _trim_end(text, s_start, s_end)  # the attribution sits inside the statement
    elif text.startswith(",", trailer.end()) or trailer.end() >= _trim_end(text, a.end, s_end):
        start, end = s_start, comma
    else:
        return None
    inside = _words(text, a.start, a.end, 50) if end > a.start else 0
    if _opens_quotation(text, start) or _words(text, start, end, inside + MIN_WORDS) - inside < MIN_WORDS - 1:
        return None
    return (start, end), a, 0.7


def passive_reports(text: str, taken: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """(content span, cue) of each report whose source goes unnamed ("It was reported that …"):
    a claim for a fact-checker to trace, though no one stands behind it. Stretches already
    ``taken`` by a quote or a sourced report are left to them."""
    out = []
    for m in _passive_report_matches(text):
        stop = _SENTENCE_STOP.search(text, m.end())
        end = _trim_end(text, m.end(), stop.start() + 1 if stop else len(text))
        if _has_min_words(text, m.end(), end) and \
                not any(q0 < end and m.start() < q1 for q0, q1 in taken):
            out.append(((m.end(), end), m.group("cue")))
    return out


def _passive_report_matches(text: str) -> Iterator[regex.Match]:
    """What ``_PASSIVE_REPORT.finditer(text)`` finds, tried only where a hint of one is."""
    pos = 0
    while (hint := _PASSIVE_REPORT_HINT.search(text, pos + 1)) is not None:
        m = _PASSIVE_REPORT.match(text, hint.start() - 1)
        if m is None:
            pos = hint.start()
        else:
            yield m
            pos = m.end()


def _opens_quotation(text: str, at: int) -> bool:
    """Whether a mark that opens a quotation (_QUOTATION_OPENER) is at ``at``."""
    return text.startswith(_QUOTATION_OPENERS, at) and not text.startswith("''", at)


def _has_min_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds at least MIN_WORDS words."""
    return _MIN_WORDS_FROM_HERE.match(text, start, end) is not None


def _words(text: str, start: int, end: int, enough: int) -> int:
    """How many words text[start:end] holds, counting no further than ``enough``."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), enough))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .!?;:,":
        end -= 1
    return end
