"""Helpers for building the stages' regular expressions: word lists as prefix trees, and
patterns meant to be matched at one place in a long article."""
from __future__ import annotations

from collections.abc import Iterable

import regex


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


def compile_anchored(pattern: str, flags: int = 0) -> regex.Pattern:
    """``pattern`` compiled for ``match`` at one place in an article. For a pattern that must
    hold some literal ("(" in "[ ]*\\("), regex first looks for it in all the rest of the text,
    so that each match costs the length of the article; an alternative that never matches
    ("|(?!)") turns that search off and changes nothing else."""
    return regex.compile(f"(?:{pattern})|(?!)", flags)
