"""quotecheck: who said what in a news article, and which of its numbers can be checked.

>>> import quotecheck
>>> doc = quotecheck.extract('"We are ready," the mayor said.')
>>> doc.quotes[0].text
'We are ready,'
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import FormatError, InputError, PluginError, QueueError, QuotecheckError
from .records import Claim, Document, Quantity, Quote, Span, Speaker

if TYPE_CHECKING:
    from .batch import extract_many
    from .pipeline import extract
    from .quantities import find_quantities

__all__ = [
    "Claim", "Document", "FormatError", "InputError", "PluginError", "Quantity", "QueueError",
    "Quote", "QuotecheckError", "Span", "Speaker", "export", "extract", "extract_many",
    "find_quantities",
]
__version__ = "0.1.0"

# The extraction functions, imported on first use: their modules compile many regexes, a cost
# that commands which never extract (the review queue, ``plugins``) need not pay.
_LAZY = {"extract": ".pipeline", "extract_many": ".batch", "find_quantities": ".quantities"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def export(docs, format: str, destination, **options) -> None:
    """Write ``docs`` with the exporter registered as ``format`` (json, jsonl, csv, review, or a
    plugin's) to ``destination`` (a path, or a binary file object where the exporter allows)."""
    from .exporting import export as _export

    _export(docs, format, destination, **options)
