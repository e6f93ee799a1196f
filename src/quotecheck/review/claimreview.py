"""Finished reviews as schema.org ``ClaimReview`` JSON-LD, the form search engines and
fact-check aggregators read.

Each review names the claim (its sentence), the verdict (``reviewRating`` with the desk's
wording as ``alternateName``, and its place on the scale where it has one), the claim as
``itemReviewed`` (a ``Claim`` whose author is the speaker, with name and job title, and whose
appearances are the articles it ran in), the date of the verdict and the publishing
organisation. Article text is untrusted and the JSON is often pasted into a ``<script>``
tag, so ``<``, ``>`` and ``&`` are written as JSON escapes.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import orjson

from .store import Appearance, Item

if TYPE_CHECKING:
    from .queue import RatingScale

_HTML_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def claim_reviews_json(items: Iterable[Item], scale: RatingScale, publisher: str,
                       publisher_url: str | None = None) -> bytes:
    """A JSON array of one ClaimReview per reviewed item."""
    reviews = [claim_review(item, scale, publisher, publisher_url) for item in items]
    text = orjson.dumps(reviews, option=orjson.OPT_INDENT_2).decode()
    return (text.translate(_HTML_SAFE) + "\n").encode()


def claim_review(item: Item, scale: RatingScale, publisher: str, publisher_url: str | None = None) -> dict[str, Any]:
    """The ClaimReview of one reviewed item."""
    organisation = _present({"@type": "Organization", "name": publisher, "url": publisher_url})
    dated = sorted((a for a in item.appearances if a.date), key=lambda a: a.date)
    return _present({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": item.fingerprint,
        "datePublished": (item.reviewed_at or "")[:10] or None,
        "claimReviewed": item.sentence or item.text,
        "author": organisation,
        "publisher": organisation,
        "reviewRating": rating(item.rating or "", scale),
        "reviewBody": item.note,
        "citation": list(item.evidence) or None,
        "itemReviewed": _present({
            "@type": "Claim",
            "author": _claim_author(item),
            "datePublished": dated[0].date if dated else None,
            "firstAppearance": _creative_work(dated[0]) if dated else None,
            "appearance": [_creative_work(a) for a in item.appearances] or None,
        }),
    })


def rating(name: str, scale: RatingScale) -> dict[str, Any]:
    """A schema.org Rating: the desk's wording, and its value on the scale where it has one."""
    value = scale.value(name)
    return _present({
        "@type": "Rating",
        "alternateName": name.replace("-", " ").capitalize(),
        "ratingValue": value,
        "bestRating": len(scale.ratings) if value is not None else None,
        "worstRating": 1 if value is not None else None,
    })


def _claim_author(item: Item) -> dict[str, Any] | None:
    if item.speaker_name:
        return _present({"@type": "Person", "name": item.speaker_name, "jobTitle": item.speaker_title})
    publisher = next((a.publisher for a in item.appearances if a.publisher), None)
    return {"@type": "Organization", "name": publisher} if publisher else None


def _creative_work(appearance: Appearance) -> dict[str, Any]:
    return _present({
        "@type": "CreativeWork",
        "url": appearance.url,
        "headline": appearance.title,
        "datePublished": appearance.date,
        "identifier": appearance.document_id,
        "publisher": {"@type": "Organization", "name": appearance.publisher} if appearance.publisher else None,
    })


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}
