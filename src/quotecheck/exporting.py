"""Exporters: named writers of Documents, registered by plugins, looked up by format name."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .errors import FormatError
from .records import Document

# write(docs, destination, options): destination is a Path, or a binary stream (stdout)
# when no -o is given and the exporter allows streaming.
WriteFunction = Callable[[Iterable[Document], "Path | BinaryIO", dict[str, Any]], None]


@dataclass(frozen=True)
class Exporter:
    """An output format.

    ``name`` is what users pass to ``--format``; ``write`` writes every document;
    ``extension`` is the usual file suffix; ``needs_path`` is True for formats that cannot
    stream to stdout (a database file, for instance).
    """

    name: str
    description: str
    write: WriteFunction
    extension: str = ""
    needs_path: bool = False


def export(docs, format: str, destination, **options) -> None:
    raise FormatError(f"unknown format {format!r}")
