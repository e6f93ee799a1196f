"""quotecheck: who said what in a news article, and which of its numbers can be checked.

>>> import quotecheck
>>> doc = quotecheck.extract('"We are ready," the mayor said.')
>>> doc.quotes[0].text
'We are ready,'
"""
from __future__ import annotations

from .batch import extract_many
from .errors import FormatError, InputError, PluginError, QueueError, QuotecheckError
from .pipeline import extract
from .quantities import find_quantities
from .records import Claim, Document, Quantity, Quote, Speaker, Span

__all__ = [
    "Claim", "Document", "FormatError", "InputError", "PluginError", "Quantity", "QueueError",
    "Quote", "QuotecheckError", "Span", "Speaker", "export", "extract", "extract_many",
    "find_quantities",
]
__version__ = "0.1.0"


def export(docs, format: str, destination, **options) -> None:
    """Write ``docs`` with the exporter registered as ``format`` (json, jsonl, csv, review, or a
    plugin's) to ``destination`` (a path, or a binary file object where the exporter allows)."""
    from .exporting import export as _export

    _export(docs, format, destination, **options)
