"""The ``review`` format: adds the check-worthy claims of each article to a review queue.

``quotecheck extract ARTICLES --format review -o QUEUE.db`` creates the queue if needed and
adds to it; ``--include-quotes`` adds the attributed quotes too. Re-running adds nothing
already there and never changes a review (see ``items.py`` for how items are matched).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import FormatError
from ..exporting import Exporter
from ..hookspecs import hookimpl
from ..records import Document
from .queue import ReviewQueue


def write_queue(docs: Iterable[Document], destination: Path | BinaryIO, options: dict[str, Any]) -> None:
    """Add ``docs`` to the SQLite queue at ``destination`` (created when missing)."""
    if not isinstance(destination, (str, Path)):
        raise FormatError("the review format writes a queue file: give its path with -o QUEUE.db")
    with ReviewQueue(destination, create=True) as queue:
        queue.add_documents(docs, include_quotes=bool(options.get("include_quotes")))


@hookimpl
def register_exporters(register) -> None:
    register(Exporter("review", "adds check-worthy claims to a fact-check review queue (SQLite)",
                      write_queue, extension=".db", needs_path=True))
