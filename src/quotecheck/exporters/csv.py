"""The ``csv`` format: one row per quote and per claim, for fact-checkers' spreadsheets.

Article text is untrusted: a cell that a spreadsheet would run as a formula (one starting
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any, BinaryIO

from ..exporting import Exporter
from ..hookspecs import hookimpl
from ..records import Claim, Document, Quote

COLUMNS = (
    "document_id", "source", "record", "id", "text", "start", "end", "kind",
    "speaker_id", "speaker_name", "speaker_title", "cue", "confidence",
    "value", "low", "high", "unit", "period", "approximate", "qualifier", "measure",
    "quote_id", "checkworthiness", "sentence",
)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(docs: Iterable[Document], stream: BinaryIO, options: dict[str, Any]) -> None:
    """A header, then the quotes and the claims of each document in turn (RFC 4180, UTF-8)."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.DictWriter(text, COLUMNS)
        writer.writeheader()
        for doc in docs:
            writer.writerows({key: spreadsheet_cell(value) for key, value in row.items()} for row in rows(doc))
    finally:
        text.detach()  # leave the caller's stream open


def rows(doc: Document) -> Iterable[dict[str, Any]]:
    """The document's quotes, then its claims, as rows keyed by COLUMNS (absent: empty)."""
    for quote in doc.quotes:
        yield {**_common(doc, quote, "quote"), "cue": quote.cue, "confidence": quote.confidence}
    for claim in doc.claims:
        yield {**_common(doc, claim, "claim"),
               **claim.model_dump(include={"value", "low", "high", "unit", "period", "approximate",
                                           "qualifier", "measure", "quote_id", "checkworthiness"}),
               "sentence": claim.sentence.text}


def _common(doc: Document, record: Quote | Claim, kind: str) -> dict[str, Any]:
    speaker = doc.speaker(record.speaker_id)
    return {"document_id": doc.id, "source": doc.source, "record": kind, "id": record.id,
            "text": record.text, "start": record.start, "end": record.end, "kind": record.kind,
            "speaker_id": record.speaker_id, "speaker_name": speaker and speaker.name,
            "speaker_title": speaker and speaker.title}


def spreadsheet_cell(value: Any) -> Any:
    """Numbers as written by people (1000000000, not 1e9); text neutralised for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@hookimpl
def register_exporters(register) -> None:
    register(Exporter("csv", "one row per quote and per claim, for spreadsheets",
                      write_csv, extension=".csv"))
