"""Finished reviews as CSV, one row per review, for the desk's spreadsheet.

Cells are written by the ``csv`` exporter's cell rule, so text that a spreadsheet would run
as a formula gets a leading apostrophe here too.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..exporters.csv import spreadsheet_cell
from .store import Item

COLUMNS = (
    "id", "rating", "claim", "sentence", "speaker_name", "speaker_title", "quote", "note", "evidence",
    "reviewed_by", "reviewed_at", "article_title", "article_url", "article_source", "article_date",
    "appearances", "priority", "fingerprint",
)


def reviews_csv(items: Iterable[Item]) -> bytes:
    """A header, then one row per reviewed item (RFC 4180, UTF-8); the article columns
    describe the first appearance, ``appearances`` counts them all."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for item in items:
        first = item.appearances[0] if item.appearances else None
        row = (item.id, item.rating, item.text, item.sentence, item.speaker_name, item.speaker_title,
               item.quote_text, item.note, " ".join(item.evidence), item.reviewed_by, item.reviewed_at,
               first and first.title, first and first.url, first and first.source, first and first.date,
               len(item.appearances), item.priority, item.fingerprint)
        writer.writerow([spreadsheet_cell(value) for value in row])
    return out.getvalue().encode("utf-8")
