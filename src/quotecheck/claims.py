"""Claims: the quantities worth checking, with their context. (Placeholder.)"""
from __future__ import annotations

from .records import Claim, Quote


def find_claims(text: str, sentences: list[tuple[int, int]], quotes: list[Quote]) -> list[Claim]:
    """The check-worthy quantities of ``text``, each with its sentence, measure and speaker."""
    return []
