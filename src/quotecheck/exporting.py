"""Export documents through the exporter registered under a format name. (Placeholder.)"""
from __future__ import annotations

from .errors import FormatError


def export(docs, format: str, destination, **options) -> None:
    raise FormatError(f"unknown format {format!r}")
