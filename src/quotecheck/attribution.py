"""Quotes and their speakers. (Placeholder until the attribution stage lands.)"""
from __future__ import annotations

from .records import Quote, Speaker


def quotes_and_speakers(text: str, sentences: list[tuple[int, int]]) -> tuple[list[Quote], list[Speaker]]:
    """Every quoted or reported statement in ``text`` and the speakers they belong to."""
    return [], []
