"""The ``json`` and ``jsonl`` formats: Documents in the shape of DESIGN.md, through orjson.

``json`` writes one document as an object and several as an array (streamed, one document
at a time); ``jsonl`` writes one compact document per line, for archives and pipelines.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import chain, islice
from typing import Any, BinaryIO

import orjson

from ..exporting import Exporter
from ..hookspecs import hookimpl
from ..records import Document


def write_json(docs: Iterable[Document], stream: BinaryIO, options: dict[str, Any]) -> None:
    """One document: an indented object. Any other number: an array of them."""
    docs = iter(docs)
    head = list(islice(docs, 2))
    if len(head) == 1:
        stream.write(_indented(head[0]) + b"\n")
        return
    stream.write(b"[")
    separator = b"\n"
    for doc in chain(head, docs):
        stream.write(separator + _indented(doc))
        separator = b",\n"
    stream.write(b"\n]\n" if head else b"]\n")


def write_jsonl(docs: Iterable[Document], stream: BinaryIO, options: dict[str, Any]) -> None:
    """One compact JSON object per line."""
    for doc in docs:
        stream.write(doc.to_json() + b"\n")


def _indented(doc: Document) -> bytes:
    return orjson.dumps(doc.model_dump(mode="json"), option=orjson.OPT_INDENT_2)


@hookimpl
def register_exporters(register) -> None:
    register(Exporter("json", "one JSON object per document (an array for several)",
                      write_json, extension=".json"))
    register(Exporter("jsonl", "one compact JSON document per line (JSON Lines)",
                      write_jsonl, extension=".jsonl"))
