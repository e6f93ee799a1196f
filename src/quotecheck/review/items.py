"""Documents → review-queue items: what a reviewer needs without opening the article.

Each item is keyed by a fingerprint, so re-running the same articles adds nothing and the
same claim seen in two articles (a wire story run by two papers) becomes one item with two
appearances. A claim's fingerprint hashes what makes it the same statement to check: its
sentence, the claim phrase, which occurrence of that phrase in the sentence it is, and who
said it. Each is normalised (Unicode NFKC, case folded, punctuation and spacing reduced to
single spaces) so that curly against straight quotes or a re-wrapped line do not split one
claim in two. Offsets, article ids and dates are left out on purpose: they differ between
appearances of the same claim. A quote's fingerprint hashes its normalised text and speaker.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

import regex

from ..records import Claim, Document, Quote
from .store import Appearance, NewItem

FINGERPRINT_VERSION = "1"  # bump when the recipe changes: old and new items would not match

_NOT_WORD = regex.compile(r"[\W_]+")  # punctuation, quote marks, dashes and spacing alike
_WEB_ADDRESS = regex.compile(r"https?://", regex.IGNORECASE)


def normalised(text: str | None) -> str:
    """``text`` folded for comparison: NFKC, case folded, runs of non-word characters as one space."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text or "").casefold()).strip()


def fingerprint(*parts: str | int | None) -> str:
    """A stable key for an item: the SHA-256 of its normalised identifying parts."""
    joined = "\x1f".join([FINGERPRINT_VERSION, *(normalised(str(p)) if p is not None else "" for p in parts)])
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def queue_items(doc: Document, include_quotes: bool = False) -> Iterator[NewItem]:
    """The check-worthy claims of ``doc`` (and, if asked, its attributed quotes) as queue items."""
    article = article_details(doc)
    seen: Counter[tuple[int, str]] = Counter()
    for claim in doc.claims:
        key = (claim.sentence.start, normalised(claim.text))
        seen[key] += 1
        yield _claim_item(doc, claim, occurrence=seen[key], article=article)
    if include_quotes:
        claims_by_quote: dict[str, float] = {}
        for claim in doc.claims:
            if claim.quote_id is not None:
                claims_by_quote[claim.quote_id] = max(claims_by_quote.get(claim.quote_id, 0.0), claim.checkworthiness)
        for quote in doc.quotes:
            if quote.speaker_id is not None:
                yield _quote_item(doc, quote, claims_by_quote.get(quote.id, 0.0), article)


def article_details(doc: Document) -> dict[str, Any]:
    """Title, URL, source path, date and publisher of the article, where its meta or source say."""
    meta = doc.meta

    def text_of(*keys: str) -> str | None:
        return next((str(meta[k]) for k in keys if isinstance(meta.get(k), (str, int, float)) and meta[k] != ""), None)

    source = doc.source
    url = text_of("url") or (source if source and _WEB_ADDRESS.match(source) else None)
    return {"title": text_of("title", "headline"), "url": url, "source": source,
            "date": text_of("date", "publication_date", "published"), "publisher": text_of("publisher")}


def _claim_item(doc: Document, claim: Claim, occurrence: int, article: dict[str, Any]) -> NewItem:
    speaker = doc.speaker(claim.speaker_id)
    quote = doc.quote(claim.quote_id)
    speaker_name = speaker.name if speaker else None
    return NewItem(
        fingerprint=fingerprint("claim", claim.sentence.text, claim.text, occurrence, speaker_name),
        kind="claim", text=claim.text, priority=claim.checkworthiness,
        appearance=Appearance(doc.id, claim.start, claim.end, claim.sentence.start, claim.sentence.end, **article),
        sentence=claim.sentence.text,
        offset_start=claim.start - claim.sentence.start, offset_end=claim.end - claim.sentence.start,
        claim_kind=claim.kind, value=claim.value, low=claim.low, high=claim.high, unit=claim.unit,
        period=claim.period, approximate=claim.approximate, qualifier=claim.qualifier, measure=claim.measure,
        speaker_name=speaker_name, speaker_title=speaker.title if speaker else None,
        quote_text=quote.text if quote else None,
    )


def _quote_item(doc: Document, quote: Quote, priority: float, article: dict[str, Any]) -> NewItem:
    speaker = doc.speaker(quote.speaker_id)
    speaker_name = speaker.name if speaker else None
    return NewItem(
        fingerprint=fingerprint("quote", quote.text, speaker_name),
        kind="quote", text=quote.text, priority=priority,
        appearance=Appearance(doc.id, quote.start, quote.end, **article),
        speaker_name=speaker_name, speaker_title=speaker.title if speaker else None, quote_text=quote.text,
    )
