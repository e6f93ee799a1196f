"""``ReviewQueue``: the review workflow, for scripts, the CLI and a later web page.

An item moves new → in_review (``next``, ``assign``) → reviewed (``verdict``); ``reopen``
sends it back to new, keeping the earlier verdict in its history. Re-running an export of
articles never changes an item's review state. The rules live here; durability and
atomicity are the store's (``store.py``), so another store can take SQLite's place.
"""
from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from ..errors import QueueError
from ..exporting import atomic_write
from ..records import Document
from .claimreview import claim_reviews_json
from .items import queue_items
from .review_csv import reviews_csv
from .store import STATUSES, AddResult, HistoryEntry, Item, ReviewStore, SQLiteStore, now

# The ratings a desk uses, best first; a queue can set its own scale (``configure``).
DEFAULT_RATINGS = ("true", "mostly-true", "half-true", "misleading", "false")
# Ratings outside the true-to-false scale: they carry no rating value in ClaimReview.
DEFAULT_UNSCORED = ("unverifiable",)
EXPORT_FORMATS = ("claimreview", "csv")
ADD_BATCH = 500  # items written per transaction when adding articles

_RATING_NAME = regex.compile(r"^[a-z0-9][a-z0-9-]*$")
_WEB_URL = regex.compile(r"^https?://[^\s/?#]+\S*$", regex.IGNORECASE)


@dataclass(frozen=True)
class RatingScale:
    """The ratings a verdict may use: ``ratings`` best first, then ``unscored`` ones."""

    ratings: tuple[str, ...]
    unscored: tuple[str, ...]

    def value(self, rating: str) -> int | None:
        """1 (worst) to len(ratings) (best); None for an unscored rating."""
        return len(self.ratings) - self.ratings.index(rating) if rating in self.ratings else None

    @property
    def names(self) -> tuple[str, ...]:
        return self.ratings + self.unscored


def current_user() -> str:
    """Who is running this, for history rows when no name is given."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class ReviewQueue:
    """A fact-check review queue. ``ReviewQueue(path)`` opens the SQLite queue at ``path``
    (``create=True`` makes it if missing); ``ReviewQueue(store=...)`` takes any ReviewStore."""

    def __init__(self, path: str | Path | None = None, *, create: bool = False,
                 store: ReviewStore | None = None):
        if (path is None) == (store is None):
            raise ValueError("give ReviewQueue a path or a store, not both")
        self.store = store or SQLiteStore(path, create=create)

    def __enter__(self) -> ReviewQueue:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- filling ------------------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document], *, include_quotes: bool = False,
                      actor: str = "quotecheck extract") -> AddResult:
        """Add the claims (and attributed quotes) of ``docs``; items and appearances already
        in the queue are skipped, and no review is ever changed."""
        added = appeared = 0
        batch = []
        for doc in docs:
            batch.extend(queue_items(doc, include_quotes))
            if len(batch) >= ADD_BATCH:
                result = self.store.add(batch, actor)
                added, appeared, batch = added + result.items_added, appeared + result.appearances_added, []
        result = self.store.add(batch, actor)
        return AddResult(added + result.items_added, appeared + result.appearances_added)

    # -- the workflow -------------------------------------------------------------------

    def next(self, reviewer: str) -> Item | None:
        """Hand the highest-priority new item to ``reviewer``; None when nothing is left."""
        return self.store.take_next(_name(reviewer, "reviewer"))

    def assign(self, item_id: int, assignee: str, *, by: str | None = None) -> Item:
        """Give an item that is new or in review to ``assignee``."""
        assignee = _name(assignee, "assignee")
        return self.store.transition(item_id, by or current_user(), "assign", ("new", "in_review"),
                                     {"status": "in_review", "assignee": assignee})

    def verdict(self, item_id: int, rating: str, *, note: str | None = None,
                evidence: Iterable[str] = (), reviewer: str | None = None) -> Item:
        """Record the verdict on an item in review. ``reviewer``, when given, must be its assignee."""
        scale = self.rating_scale()
        if rating not in scale.names:
            raise QueueError(f"unknown rating {rating!r}: use one of {', '.join(scale.names)}")
        evidence = tuple(evidence)
        for url in evidence:
            if not _WEB_URL.match(url):
                raise QueueError(f"evidence must be an http(s) URL, not {url!r}")

        # Without a name, the verdict is the assignee's; the check below re-reads the item
        # inside the transaction, so a reassignment in between is caught, not overwritten.
        if reviewer is None:
            reviewer = self.store.get(item_id).assignee or current_user()
        reviewer = _name(reviewer, "reviewer")

        def assigned_to_reviewer(item: Item) -> None:
            if item.assignee != reviewer:
                raise QueueError(f"item {item_id} is assigned to {item.assignee}, not {reviewer}; "
                                 f"`quotecheck queue assign QUEUE {item_id} --to {reviewer}` first")

        return self.store.transition(
            item_id, reviewer, "verdict", ("in_review",),
            {"status": "reviewed", "rating": rating, "note": note, "evidence": evidence,
             "reviewed_by": reviewer, "reviewed_at": now()},
            check=assigned_to_reviewer)

    def reopen(self, item_id: int, *, by: str | None = None) -> Item:
        """Send an item in review or reviewed back to new; its verdict stays in history."""
        return self.store.transition(item_id, by or current_user(), "reopen", ("in_review", "reviewed"),
                                     {"status": "new", "assignee": None})

    # -- reading ------------------------------------------------------------------------

    def show(self, item_id: int) -> tuple[Item, list[HistoryEntry]]:
        """The item with its appearances, and its history."""
        return self.store.get(item_id, with_appearances=True), self.store.history(item_id)

    def list(self, status: str | None = None, assignee: str | None = None,
             limit: int | None = None) -> list[Item]:
        """Items by priority, highest first."""
        if status is not None and status not in STATUSES:
            raise QueueError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        return self.store.items(status, assignee, limit)

    def stats(self) -> dict[str, Any]:
        return self.store.counts()

    # -- configuration ------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        return self.store.settings()

    def configure(self, *, publisher: str | None = None, publisher_url: str | None = None,
                  ratings: Iterable[str] | None = None, unscored: Iterable[str] | None = None,
                  by: str | None = None) -> dict[str, Any]:
        """Set the publishing organisation and the rating scale, kept in the queue for the whole desk."""
        values: dict[str, Any] = {}
        if publisher is not None:
            values["publisher"] = _name(publisher, "publisher")
        if publisher_url is not None:
            if not _WEB_URL.match(publisher_url):
                raise QueueError(f"the publisher URL must be an http(s) URL, not {publisher_url!r}")
            values["publisher_url"] = publisher_url
        if ratings is not None or unscored is not None:
            current = self.rating_scale()
            scale = RatingScale(tuple(current.ratings if ratings is None else ratings),
                                tuple(current.unscored if unscored is None else unscored))
            _check_scale(scale)
            values["ratings"], values["unscored"] = list(scale.ratings), list(scale.unscored)
        return self.store.update_settings(values, by or current_user())

    def rating_scale(self) -> RatingScale:
        settings = self.store.settings()
        return RatingScale(tuple(settings.get("ratings", DEFAULT_RATINGS)),
                           tuple(settings.get("unscored", DEFAULT_UNSCORED)))

    # -- export -------------------------------------------------------------------------

    def reviewed(self) -> list[Item]:
        """Every finished review, with the articles each claim appeared in."""
        return self.store.items("reviewed", with_appearances=True)

    def export_bytes(self, format: str, *, publisher: str | None = None,
                     publisher_url: str | None = None) -> bytes:
        """Finished reviews as ClaimReview JSON-LD or CSV."""
        if format not in EXPORT_FORMATS:
            raise QueueError(f"unknown export format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
        if format == "csv":
            return reviews_csv(self.reviewed())
        settings = self.store.settings()
        publisher = publisher or settings.get("publisher")
        if not publisher:
            raise QueueError("ClaimReview needs the publishing organisation: set it once with "
                             "`quotecheck queue config QUEUE --publisher NAME`, or pass --publisher")
        return claim_reviews_json(self.reviewed(), self.rating_scale(), publisher,
                                  publisher_url or settings.get("publisher_url"))

    def export(self, format: str, path: str | Path, *, publisher: str | None = None,
               publisher_url: str | None = None) -> None:
        """Write finished reviews to ``path`` atomically: a temporary file renamed into place,
        so a reader, or a crash, sees the old file or the new one, never half of one."""
        data = self.export_bytes(format, publisher=publisher, publisher_url=publisher_url)
        with atomic_write(path) as stream:
            stream.write(data)


def _name(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value or any(c in value for c in "\r\n\x00"):
        raise QueueError(f"give a {what} name: a non-empty single line")
    return value


def _check_scale(scale: RatingScale) -> None:
    names = scale.names
    if not scale.ratings:
        raise QueueError("a rating scale needs at least one rating, best first (e.g. true,mostly-true,false)")
    bad = [n for n in names if not _RATING_NAME.match(n)]
    if bad:
        raise QueueError(f"rating names are lower-case words joined by hyphens, not {', '.join(map(repr, bad))}")
    if len(set(names)) != len(names):
        raise QueueError("each rating may appear only once across the scale and the unscored ratings")
