"""The fact-checkers' review queue: check-worthy claims in a durable, shared queue.

``quotecheck extract ARTICLES --format review -o QUEUE.db`` fills it (``exporter.py``);
reviewers work through it with ``quotecheck queue ...`` (``cli.py``) or the ``ReviewQueue``
class (``queue.py``); finished reviews leave as ClaimReview JSON-LD or CSV. The queue sits
behind the ``ReviewStore`` interface, with SQLite as the embedded default (``store.py``).
"""
from __future__ import annotations

from .queue import DEFAULT_RATINGS, DEFAULT_UNSCORED, RatingScale, ReviewQueue
from .store import AddResult, Appearance, HistoryEntry, Item, ReviewStore, SQLiteStore

__all__ = [
    "DEFAULT_RATINGS", "DEFAULT_UNSCORED", "AddResult", "Appearance", "HistoryEntry", "Item",
    "RatingScale", "ReviewQueue", "ReviewStore", "SQLiteStore",
]
