"""Pair quotation marks into quoted spans, one paragraph at a time.

News text mixes straight and typographic marks, nests single quotes inside double ones,
uses apostrophes that look like closing single quotes (don't, '90s, Jones'), and runs long
quotes over several paragraphs by leaving each paragraph open and reopening the next one.
Pairing restarts at every paragraph end, so one stray mark never derails the rest of the
article. A span's ``start``/``end`` cover the content without the marks.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .patterns import char_offsets

_DOUBLE_OPENERS = "“„«"
_DOUBLE_CLOSERS = "”»"

# Double marks. Two apostrophes typed for one (''like this'', an old wire style) are not
# paired: the PolNeAR annotation this stage is measured on counts such quotes as reported
# speech, and pairing them costs 0.045 attributed F1 on its dev split. Adding ''
# here is the whole switch; the single-mark rules below never split '' into two quotes.
_DOUBLE_MARK_CHARACTERS = '"“”„«»'
_DOUBLE_MARK = regex.compile(f"[{_DOUBLE_MARK_CHARACTERS}]")

# A single mark that can open a quote: at a word start, and not an elided year ('90s) or
# an elided word ('em, 'til, 'n').
_SINGLE_OPEN = regex.compile(r"""
    (?<=^|[\s(\[—–-])            # at the start of a word
    (?:'(?!')|[‘‚])
    (?!\d\d?s?\b)                # not '90s, '08
    (?!(?:em|til|cause|n|tis)\b) # not 'em, 'til, 'cause, rock 'n' roll
    (?=[\p{L}\p{N}])
    """, regex.VERBOSE | regex.IGNORECASE)
_SINGLE_OPENERS = "'‘‚"  # the marks _SINGLE_OPEN can match
# A single mark that can close a quote: after a word or punctuation, before a space,
# punctuation or the end (so the apostrophe inside don't or no's never closes).
_SINGLE_CLOSE = regex.compile(r"""
    (?<=[\p{L}\p{N}.,!?])
    (?:'(?!')|’)
    (?=$|[\s.,;:!?)\]—–-])
    """, regex.VERBOSE)

# "farmers' share": a plural possessive, more often than a closing mark.
_PLURAL_POSSESSIVE = regex.compile(r"s['’] \p{Ll}")

_OPEN, _CLOSE, _UNSURE = 1, 2, 0
_LEFT_OF_OPENER = frozenset(" \n([{—–-/")
_PUNCT_AFTER_CLOSER = frozenset(".,;:!?)]}—–-/")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The content between a pair of marks (or from an opening mark to its paragraph's end)."""

    start: int
    end: int
    open_mark: int  # where the opening mark begins
    close_mark: int | None  # where the closing mark ends, less one; None: left open at the paragraph end
    continues: bool = False  # reopens a quote the previous paragraph left open
    double: bool = True


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Every quoted span of ``text``, in text order, pairing marks within each paragraph."""
    out: list[QuotedSpan] = []
    left_open = False
    # Where every mark is, found once for the text: each paragraph takes its own by bisection,
    # and half of the paragraphs hold none, nothing to pair.
    doubles = char_offsets(text, _DOUBLE_MARK_CHARACTERS)
    singles = char_offsets(text, _SINGLE_OPENERS)
    d_first = s_first = 0
    for p_start, p_end in paragraphs:
        d_first = bisect_left(doubles, p_start, d_first)
        d_last = bisect_left(doubles, p_end, d_first)
        s_first = bisect_left(singles, p_start, s_first)
        s_last = bisect_left(singles, p_end, s_first)
        if d_first == d_last and s_first == s_last:
            left_open = False
            continue
        spans, left_open = _paragraph_spans(text, p_start, p_end, left_open,
                                            doubles[d_first:d_last], singles[s_first:s_last])
        out.extend(spans)
    return out


def _paragraph_spans(text: str, p_start: int, p_end: int, previous_open: bool,
                     double_marks: list[int], single_marks: list[int]) -> tuple[list[QuotedSpan], bool]:
    """The paragraph's quoted spans, and whether it leaves a quote open; ``double_marks`` and
    ``single_marks`` are the offsets of its double marks and of its marks that may open a single quote."""
    spans: list[QuotedSpan] = []
    opened: tuple[int, int] | None = None
    for at in double_marks:
        role = _role(text, at, at + 1, p_start, p_end)
        if role == _OPEN:
            opened = (at, at + 1)  # an unclosed earlier opener was a stray mark
        elif (role == _CLOSE or (role == _UNSURE and text[at] == '"')) and opened is not None:
            _add(spans, text, opened, (at, at + 1), p_start, previous_open)
            opened = None
    still_open = False
    if opened is not None and (opened[0] == p_start or _next_paragraph_reopens(text, p_end)):
        _add(spans, text, opened, None, p_start, previous_open, end=p_end)
        still_open = True
    # Inside ''…'' marks, single ones nest: leave them be.
    if _may_open_single(text, p_start, single_marks) and text.find("''", p_start, p_end) == -1:
        spans.extend(_single_spans(text, p_start, p_end, spans))
        spans.sort(key=lambda s: s.start)
    return spans, still_open


def _may_open_single(text: str, p_start: int, single_marks: list[int]) -> bool:
    """Whether a single mark of the paragraph starts a word, where _SINGLE_OPEN may match it.
    Most paragraphs hold no such mark, only apostrophes inside words ("Trump's"), and a look
    at each of the few marks is several times faster than _SINGLE_OPEN's search."""
    return any(at == p_start or text[at - 1].isspace() or text[at - 1] in _LEFT_OF_OPENER for at in single_marks)


def _role(text: str, i: int, j: int, p_start: int, p_end: int) -> int:
    """Whether the double mark at ``text[i:j]`` opens or closes, from what flanks it."""
    before = text[i - 1] if i > p_start else " "
    after = text[j] if j < p_end else " "
    can_open = not after.isspace() and (before in _LEFT_OF_OPENER or before in "\"“„«'‘")
    can_close = not before.isspace() and (after.isspace() or after in _PUNCT_AFTER_CLOSER or after in "\"”»'’")
    mark = text[i]
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    if mark in _DOUBLE_OPENERS:
        return _OPEN
    if mark in _DOUBLE_CLOSERS:
        return _CLOSE
    return _UNSURE  # a straight mark between two words or two spaces: closes a quote if one is open


def _next_paragraph_reopens(text: str, p_end: int) -> bool:
    rest = text[p_end:p_end + 8].lstrip()
    return rest.startswith(('"', "“", "„", "«"))


def _add(spans: list[QuotedSpan], text: str, open_mark: tuple[int, int], close_mark: tuple[int, int] | None,
         p_start: int, previous_open: bool, *, end: int | None = None, double: bool = True) -> None:
    start, stop = open_mark[1], close_mark[0] if close_mark is not None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if start < stop:
        continues = previous_open and open_mark[0] == p_start and not spans
        last = close_mark[1] - 1 if close_mark is not None else None
        spans.append(QuotedSpan(start, stop, open_mark[0], last, continues, double))


def _single_spans(text: str, p_start: int, p_end: int, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single-quoted spans outside every double-quoted one (inside, they belong to the outer quote)."""
    covered = [(s.open_mark, (s.close_mark if s.close_mark is not None else p_end) + 1) for s in doubles]

    def outside(i: int) -> bool:
        return not any(a <= i < b for a, b in covered)

    spans: list[QuotedSpan] = []
    pos = p_start
    while True:
        o = _SINGLE_OPEN.search(text, pos, p_end)
        if o is None:
            break
        if not outside(o.start()):
            pos = o.end()
            continue
        c = _SINGLE_CLOSE.search(text, o.end(), p_end)
        if c is None:
            break
        if _PLURAL_POSSESSIVE.match(text, c.start() - 1):
            later = _SINGLE_CLOSE.search(text, c.end(), p_end)
            c = later or c  # "the farmers' share": the quote closes further on, if anywhere
        if outside(c.start()) and not _DOUBLE_MARK.search(text, o.end(), c.start()):
            _add(spans, text, o.span(), c.span(), p_start, False, double=False)
        pos = c.end()
    return spans
