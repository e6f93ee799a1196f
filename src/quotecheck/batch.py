"""``extract_many``: extraction over many documents, on every core, in input order.

Extraction is a pure function of one text, so workers need no shared state: each process
imports quotecheck and calls ``extract``. Results stream back in input order, and at most
a bounded number of documents are in flight at once, so memory stays flat on archives.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from itertools import count, islice
from typing import Any

from .errors import InputError
from .pipeline import extract
from .records import Document

Article = str | Mapping[str, Any]


def extract_many(articles: Iterable[Article], workers: int | None = None,
                 chunksize: int = 16) -> Iterator[Document]:
    """Extract every article, yielding Documents in input order.

    An article is a text, or a mapping with ``text`` and optional ``id``, ``source``, and any
    other keys (kept as ``meta``). ``workers`` defaults to the machine's cores; 1 runs in
    this process.
    """
    articles = map(_checked, count(1), articles)
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        yield from map(_extract_one, articles)
        return
    window = workers * chunksize * 4  # documents in flight at once: bounds memory
    with ProcessPoolExecutor(max_workers=workers) as pool:
        items = iter(articles)
        while batch := list(islice(items, window)):
            yield from pool.map(_extract_one, batch, chunksize=chunksize)


def _checked(position: int, article: Article) -> Article:
    """The article, if it is one; checked in this process so that the error can say which."""
    if isinstance(article, str) or (isinstance(article, Mapping) and isinstance(article.get("text"), str)):
        return article
    raise InputError(f"article {position} is a {type(article).__name__}: each article must be a text (str), "
                     "or a mapping with a 'text' string (decode bytes as UTF-8 first)")


def _extract_one(article: Article) -> Document:
    if isinstance(article, str):
        return extract(article)
    meta = {k: v for k, v in article.items() if k not in {"id", "text", "source"}}
    doc_id, source = (None if v is None else str(v) for v in (article.get("id"), article.get("source")))
    return extract(article["text"], id=doc_id, source=source, meta=meta)
