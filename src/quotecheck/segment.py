"""Normalise text and split it into paragraphs and sentences, keeping original offsets.

Normalisation only ever replaces a character by one character (no-break spaces by spaces,
carriage returns by newlines), so an offset into the normalised text is the same offset
into the original: the offset map is the identity, and no stage needs to translate.
"""
from __future__ import annotations

import functools

import regex

PLAIN_CHARACTER = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
}


def normalise(text: str) -> str:
    """The text with odd spaces and line ends made plain, character for character."""
    for odd, plain in PLAIN_CHARACTER.items():
        if odd in text:  # most texts hold none or one of them: a look for each is a fast scan
            text = text.replace(odd, plain)
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text


_PARAGRAPH_BREAK = regex.compile(r"\n[ ]*\n\s*")  # a blank line, and any space after it
_LINE_BREAK = regex.compile(r"\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by a blank line, or by single
    newlines where the text never uses blank lines (one paragraph a line)."""
    return list(_paragraphs(text))


# One entry: ``sentences`` and then attribution ask for the paragraphs of the same text in turn.
@functools.lru_cache(maxsize=1)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    spans, start = [], 0
    for m in breaker.finditer(text):
        if m.start() > start:
            spans.append(_strip(text, start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append(_strip(text, start, len(text)))
    return tuple(s for s in spans if s[0] < s[1])


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr st jr sr rev hon pres supt
insp det cpl pvt fr messrs mme mlle u.s u.k u.n e.u d.c n.y l.a a.m p.m no nos vs v etc
inc corp co ltd bros dept est fig jan feb mar apr jun jul aug sep sept oct nov dec
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
neb nev okla ore pa tenn tex va vt wash wis wyo approx e.g i.e
""".split())

# Abbreviations that often end a sentence too ("... in the U.S. The next day"): a period after
# them ends one when a common sentence opener follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("u.s u.k u.n e.u d.c etc inc corp co ltd jr sr a.m p.m".split())
SENTENCE_OPENERS = """
The A An In But And It He She They We I This That On At For As If When After Some Many
""".split()

# A candidate sentence end, and the word before it (for "Mr." and "U.S."). Possessive runs that
# start only at the first mark keep a long run of dots or quotes linear to scan.
_CLOSERS = "'\"’”»)\\]"
_LONGEST_WORD_BEFORE = 20  # characters of the word before a period that tell an abbreviation
_SENTENCE_END = regex.compile(rf"""
    (?<![.!?])[.!?]                             # terminal punctuation, the first of its run,
    (?<=(?P<word>[\p{{L}}.]{{0,{_LONGEST_WORD_BEFORE}}}\n?).)  # with the word before it (bounded: "a.a.a.…")
    [.!?]*+                                     # and the rest of the run
    (?P<closers>[{_CLOSERS}]*+)  # closing quotes or brackets
    (?=\s|$)               # then space or the end
""", regex.VERBOSE)
_SENTENCE_OPENER = regex.compile(rf"(?:{'|'.join(SENTENCE_OPENERS)})\b")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a paragraph boundary."""
    out: list[tuple[int, int]] = []
    # One scan of the whole text: a candidate end holds no space, so none crosses a paragraph
    # boundary, and every one lies in a paragraph (only space lies between them).
    end_marks = _SENTENCE_END.finditer(text)
    m = next(end_marks, None)
    for p_start, p_end in _paragraphs(text):
        start = p_start
        while m is not None and m.start() < p_end:
            following = m.end()  # where the next word starts: the next sentence, if this one ends
            while following < p_end and text[following].isspace():
                following += 1
            if _ends_sentence(text, m, following, p_end):
                out.append((start, m.end()))
                start = following
            m = next(end_marks, None)
        if start < p_end:
            out.append(_strip(text, start, p_end))
    return [s for s in out if s[0] < s[1]]


def _ends_sentence(text: str, end_mark: regex.Match, nxt: int, limit: int) -> bool:
    """Whether a candidate end is one: not "Mr." or "U.S." before a name, nor a quoted
    question or exclamation that the attribution continues ('"Why?" she asked.'). ``nxt`` is
    where the space after the end stops (at most ``limit``, the paragraph's end)."""
    following = text[nxt] if nxt < limit else ""
    if text[end_mark.start()] != ".":
        return not (end_mark.group("closers") and following.islower())
    # The word as a search leftwards from the mark in the 20 characters before it finds it, where
    # "$" matches before a newline too.
    word = end_mark.group("word")[-_LONGEST_WORD_BEFORE:].rstrip("\n").lower().strip(".")
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        # "U.S. officials" continues; "in the U.S. The next" ends: only after an abbreviation that
        # often closes a sentence, and before a common sentence opener.
        return word in SENTENCE_FINAL_ABBREVIATIONS and bool(_SENTENCE_OPENER.match(text, nxt, limit))
    if following and (following.islower() or following.isdigit()):
        return False
    return True
