"""Normalise text and split it into paragraphs and sentences, keeping original offsets.

Normalisation only ever replaces a character by one character (no-break spaces by spaces,
carriage returns by newlines), so an offset into the normalised text is the same offset
into the original: the offset map is the identity, and no stage needs to translate.
"""
from __future__ import annotations

import regex

PLAIN_CHARACTER = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
}
# A regex finds the few odd characters several times faster than str.translate scans for them.
_ODD_CHARACTER = regex.compile("[" + "".join(PLAIN_CHARACTER) + "]")


def normalise(text: str) -> str:
    """The text with odd spaces and line ends made plain, character for character."""
    text = _ODD_CHARACTER.sub(lambda m: PLAIN_CHARACTER[m.group()], text)
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text


_PARAGRAPH_BREAK = regex.compile(r"\n[ ]*\n\s*")  # a blank line, and any space after it
_LINE_BREAK = regex.compile(r"\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by a blank line, or by single
    newlines where the text never uses blank lines (one paragraph a line)."""
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
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

# Abbreviations that often end a sentence too ("... in the U.S. The next day"): a period after
# them ends one when a common sentence opener follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("u.s u.k u.n e.u d.c etc inc corp co ltd jr sr a.m p.m".split())
SENTENCE_OPENERS = """
The A An In But And It He She They We I This That On At For As If When After Some Many
""".split()

# A candidate sentence end. Possessive runs that start only at the first mark keep a long
# run of dots or quotes linear to scan.
_CLOSERS = "'\"’”»)\\]"
_SENTENCE_END = regex.compile(rf"""
    (?<![.!?])[.!?]++      # terminal punctuation, the whole run
    (?P<closers>[{_CLOSERS}]*+)  # closing quotes or brackets
    (?=\s|$)               # then space or the end
""", regex.VERBOSE)
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)$")   # searched backwards from the mark: one try
_SENTENCE_OPENER = regex.compile(rf"(?:{'|'.join(SENTENCE_OPENERS)})\b")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a paragraph boundary."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            if not _ends_sentence(text, m, p_end):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out.append(_strip(text, start, p_end))
    return [s for s in out if s[0] < s[1]]


def _ends_sentence(text: str, end_mark: regex.Match, limit: int) -> bool:
    """Whether a candidate end is one: not "Mr." or "U.S." before a name, nor a quoted
    question or exclamation that the attribution continues ('"Why?" she asked.')."""
    nxt = end_mark.end()
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    following = text[nxt] if nxt < limit else ""
    dot = end_mark.start()
    if text[dot] != ".":
        return not (end_mark.group("closers") and following.islower())
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    word = m.group(1).lower().strip(".") if m else ""
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        # "U.S. officials" continues; "in the U.S. The next" ends: only after an abbreviation that
        # often closes a sentence, and before a common sentence opener.
        return word in SENTENCE_FINAL_ABBREVIATIONS and bool(_SENTENCE_OPENER.match(text, nxt, limit))
    if following and (following.islower() or following.isdigit()):
        return False
    return True
