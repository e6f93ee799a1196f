"""Reading the CLI's FILE|DIR|- arguments into articles for ``extract_many``.

``input_files`` checks every argument up front (a missing file fails before any work);
``read_articles`` then reads lazily, one file at a time, so archives stream. An article is
a mapping: ``{"id", "text", "source", ...}``, other JSONL keys kept as meta.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .errors import InputError

STDIN = "-"
READ_FROM_DIRECTORIES = (".txt", ".jsonl")
BOM = "\ufeff"


def input_files(arguments: Iterable[str]) -> list[Path | str]:
    """Each argument as a file to read, or ``"-"``; a directory as its .txt and .jsonl files,
    sorted by name. Raises InputError for a path that does not exist."""
    files: list[Path | str] = []
    for argument in arguments:
        if argument == STDIN:
            files.append(STDIN)
            continue
        path = Path(argument)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in READ_FROM_DIRECTORIES and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{argument}: no such file or directory; give article files (.txt, .jsonl), "
                             f"directories of them, or - for standard input")
    return files


def read_articles(files: Iterable[Path | str], stdin_format: str = "txt") -> Iterator[dict[str, Any]]:
    """The articles in ``files``: a .jsonl file gives one per line, any other file one
    (id = the file name's stem, source = its path); ``"-"`` reads standard input as one
    text (its id then comes from its content), or as JSONL when ``stdin_format`` is "jsonl"."""
    for file in files:
        if file == STDIN:
            if stdin_format == "jsonl":
                yield from jsonl_articles(sys.stdin.buffer, "<stdin>")
            else:
                yield {"id": None, "text": decode(sys.stdin.buffer.read(), "<stdin>"), "source": None}
        elif file.suffix == ".jsonl":
            with _open(file) as stream:
                yield from jsonl_articles(stream, str(file))
        else:
            with _open(file) as stream:
                yield {"id": file.stem, "text": decode(stream.read(), str(file)), "source": str(file)}


def jsonl_articles(lines: Iterable[bytes], name: str) -> Iterator[dict[str, Any]]:
    """One article per non-blank line: a JSON object with a "text" string, an optional "id"
    and "source"; its other keys end up in the document's meta."""
    offset = 0
    for number, line in enumerate(lines, start=1):
        text = decode(line, name, offset)
        offset += len(line)
        if not text.strip():
            continue
        where = f"{name}, line {number}"
        try:
            article = orjson.loads(text)
        except orjson.JSONDecodeError as err:
            raise InputError(f"{where}: not valid JSON ({err}); write one JSON object per line") from None
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise InputError(f'{where}: expected a JSON object with a "text" string, like {{"id": "a1", "text": "..."}}')
        article_id = article.get("id")
        if article_id is not None and not isinstance(article_id, (str, int)):
            raise InputError(f'{where}: "id" must be a string or a number, not {type(article_id).__name__}')
        yield {**article, "id": None if article_id is None else str(article_id),
               "source": source_text(article.get("source"))}


def source_text(source: Any) -> str | None:
    """A JSONL "source" as the string a Document holds: a string as it is; an object by its
    "url" when it has one (a common shape for crawled articles); anything else as JSON."""
    if source is None or isinstance(source, str):
        return source
    if isinstance(source, dict) and isinstance(source.get("url"), str):
        return source["url"]
    return orjson.dumps(source).decode()


def decode(data: bytes, name: str, offset: int = 0) -> str:
    """``data`` as UTF-8 text (a leading byte-order mark dropped); an InputError that names
    the file and the byte offset of the first bad byte otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text (bad byte 0x{data[err.start]:02x} at byte offset "
                         f"{offset + err.start}); convert it first, e.g. iconv -f windows-1252 -t utf-8") from None
    return text[1:] if offset == 0 and text.startswith(BOM) else text


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror})") from None
