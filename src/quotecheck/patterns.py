"""Helpers for building the stages' regular expressions: word lists as prefix trees, and
patterns meant to be matched at one place in a long article; the offsets of a few rare
characters, found faster than by a pattern; and a test for text that ASCII-only patterns read
as the general ones do."""
from __future__ import annotations

import re
from collections.abc import Iterable

import regex

# What news adds beyond ASCII that is no letter, digit or space: curly quotes, dashes, an
# ellipsis, guillemets, currency signs.
_BEYOND_PLAIN = re.compile(r"[^\x00-\x7f‘’“”–—―…«»€£¥₹]")


def word_trie(words: Iterable[str], space: str = r"\ ") -> str:
    """``words`` as one alternation shaped as a prefix tree ("t(?:wo|hree)"), which the regex
    engines scan several times faster than a flat list of a few hundred words. Read forwards
    it matches what a longest-first flat list matches: the words that fit at one place are
    prefixes of each other, and the tree tries the longest first. ``space`` is the pattern
    written for a space inside a word ("per cent"); words must have single spaces only."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(space if ch == " " else regex.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
    return emit(tree)


def suffix_trie(words: Iterable[str], space: str = r"\ ") -> str:
    """``words`` as one alternation for a pattern matched leftwards (regex's REVERSE flag): a
    prefix tree of the words spelt backwards, which such a pattern checks from each word's last
    letter and drops at the first letter that no word ends with, where a named list (``\\L<…>``)
    tries every length of word. Longer words are tried first, as in ``word_trie``."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in reversed(word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [emit(child) + (space if ch == " " else regex.escape(ch))
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
    return emit(tree)


def compile_anchored(pattern: str, flags: int = 0) -> regex.Pattern:
    """``pattern`` compiled for ``match`` at one place in an article. For a pattern that must
    hold some literal ("(" in "[ ]*\\("), regex first looks for it in all the rest of the text,
    so that each match costs the length of the article; an alternative that never matches
    ("|(?!)") turns that search off and changes nothing else."""
    return regex.compile(f"(?:{pattern})|(?!)", flags)


def char_offsets(text: str, characters: str) -> list[int]:
    """The sorted offsets of every occurrence of ``characters`` in ``text``: a plain string
    search for each, many times faster than a pattern's scan when they are rare."""
    found = []
    for ch in characters:
        at = text.find(ch)
        while at != -1:
            found.append(at)
            at = text.find(ch, at + 1)
    found.sort()
    return found


def is_plain(text: str) -> bool:
    """Whether ``text`` holds no letter, digit or space beyond ASCII (only the marks and signs
    news adds): where a pattern written for ASCII letters and digits finds what the pattern
    written for every script finds, and the standard library's engine reads it faster."""
    return text.isascii() or not _BEYOND_PLAIN.search(text)
