"""``extract``: the stages of DESIGN.md run in order over one document's text.

text → normalise → sentences → quotes and speakers → claims → Document.
Each stage is a plain function in its own module; this one only wires them together.
"""
from __future__ import annotations

import hashlib
from typing import Any

from .errors import InputError
from .records import Document
from .segment import normalise, sentences


def extract(text: str, *, id: str | None = None, source: str | None = None,
            meta: dict[str, Any] | None = None) -> Document:
    """Every quote, speaker and numeric claim in ``text``, with offsets into ``text``."""
    # The stages that quote and count are imported on first use: their patterns take about half a
    # second to compile, which commands that never extract (the review queue, ``plugins``) skip.
    from .attribution import quotes_and_speakers
    from .claims import find_claims

    if not isinstance(text, str):
        raise InputError(f"extract() takes the article text as a str, not {type(text).__name__}; decode bytes as UTF-8 first")
    plain = normalise(text)
    sentence_spans = sentences(plain)
    quotes, speakers = quotes_and_speakers(plain, sentence_spans)
    claims = find_claims(plain, sentence_spans, quotes)
    doc = Document(id=id or document_id(text), source=source, quotes=quotes,
                   speakers=speakers, claims=claims, meta=dict(meta or {}))
    return _resliced(doc, text) if plain != text else doc


def document_id(text: str) -> str:
    """A stable id for a text without one: the start of its SHA-256."""
    return "doc-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _resliced(doc: Document, original: str) -> Document:
    """The document with every span's text read from the original string (normalisation
    keeps offsets, but may have replaced a no-break space inside a span). Only records whose
    text differs are copied: most spans contain no replaced character."""
    def reread(record, **spans):
        update = {}
        for field, span in spans.items():
            fresh = None if span is None else reread(span)
            if fresh is not span:
                update[field] = fresh
        if original[record.start:record.end] != record.text:
            update["text"] = original[record.start:record.end]
        return record.model_copy(update=update) if update else record

    def speaker(s):
        mentions = [reread(m) for m in s.mentions]
        changed = any(new is not old for new, old in zip(mentions, s.mentions))
        return s.model_copy(update={"mentions": mentions}) if changed else s

    return doc.model_copy(update={
        "quotes": [reread(q, speaker_mention=q.speaker_mention) for q in doc.quotes],
        "speakers": [speaker(s) for s in doc.speakers],
        "claims": [reread(c, sentence=c.sentence) for c in doc.claims],
    })
