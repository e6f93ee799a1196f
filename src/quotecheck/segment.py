"""Normalise text and split it into paragraphs and sentences, keeping original offsets.

Normalisation only ever replaces a character by one character (no-break spaces by spaces,
carriage returns by newlines), so an offset into the normalised text is the same offset
into the original: the offset map is the identity, and no stage needs to translate.
"""
from __future__ import annotations

import regex

_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
})


def normalise(text: str) -> str:
    """The text with odd spaces and line ends made plain, character for character."""
    text = text.translate(_SAME_LENGTH)
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text


_PARAGRAPH_BREAK = regex.compile(r"\n[ ]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by a blank line, or by single
    newlines where the text never uses blank lines (one paragraph a line)."""
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else regex.compile(r"\n\s*")
    spans, start = [], 0
    for m in breaker.finditer(text):
        if m.start() > start:
            spans.append(_strip(text, start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append(_strip(text, start, len(text)))
    return [s for s in spans if s[0] < s[1]]


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

# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_SENTENCE_END = regex.compile(r"""[.!?]+['"’”»)\]]*(?=\s+|$)""")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a paragraph boundary."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            if m.group().startswith(".") and not _ends_sentence(text, m.start(), m.end(), p_end):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out.append(_strip(text, start, p_end))
    return [s for s in out if s[0] < s[1]]


def _ends_sentence(text: str, dot: int, end: int, limit: int) -> bool:
    """Whether the period at ``dot`` ends a sentence (not "Mr." or "U.S." before a name)."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    word = m.group(1).lower().strip(".") if m else ""
    nxt = end
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    following = text[nxt] if nxt < limit else ""
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        # "U.S. officials" continues; "in the U.S. The next" may end: trust a capital only after
        # place-like abbreviations that often end sentences.
        return word in {"u.s", "u.k", "u.n", "e.u", "d.c", "etc"} and following.isupper() and _looks_like_new_sentence(text, nxt, limit)
    if following and (following.islower() or following.isdigit()):
        return False
    return True


_NEW_SENTENCE_START = regex.compile(r"(?:The|A|An|In|But|And|It|He|She|They|We|I|This|That|On|At|For|As|If|When|After|Some|Many)\b")


def _looks_like_new_sentence(text: str, pos: int, limit: int) -> bool:
    return bool(_NEW_SENTENCE_START.match(text, pos, limit))
