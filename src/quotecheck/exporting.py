"""Exporters: named writers of Documents, registered by plugins, looked up by format name.

``export`` is the one entry point: it finds the exporter, and for formats that stream it
writes through ``atomic_write`` so that a failed export never leaves a half-written file.
"""
from __future__ import annotations

import io
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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


def export(docs: Iterable[Document], format: str, destination: str | os.PathLike | BinaryIO,
           **options: Any) -> None:
    """Write ``docs`` in ``format`` to ``destination``: a path, or a binary stream.

    A streamable exporter always receives a binary stream: for a path, a temporary file
    that replaces the destination only once every document is written. An exporter with
    ``needs_path`` (a database, say) receives the path and keeps it consistent itself.
    """
    from .plugins import get_exporter

    exporter = get_exporter(format)
    if isinstance(destination, (str, os.PathLike)):
        path = Path(destination)
        if exporter.needs_path:
            exporter.write(docs, path, options)
            return
        with atomic_write(path) as stream:
            exporter.write(docs, stream, options)
        return
    if exporter.needs_path:
        raise FormatError(f"format {format!r} writes a file, not a stream: give a path (-o PATH)")
    if isinstance(destination, io.TextIOBase):
        raise FormatError("export() writes bytes: pass a binary stream such as sys.stdout.buffer, or a path")
    exporter.write(docs, destination, options)


@contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` only when the block ends without error.

    It is written next to ``path`` (same directory, so the final ``os.replace`` is atomic)
    and removed on any error, leaving an existing ``path`` untouched. A new file gets the
    usual permissions (0666 less the umask); a replaced one keeps its own.
    """
    path = Path(path)
    if path.is_dir():
        raise FormatError(f"cannot write {path}: it is a directory; give a file name")
    temp, stream = _open_temp_beside(path)
    try:
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _open_temp_beside(path: Path) -> tuple[Path, BinaryIO]:
    """A new, exclusively created temporary file in ``path``'s directory."""
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as err:
            raise FormatError(f"cannot write {path}: {err.strerror}; check that its directory "
                              f"exists and is writable") from None
        return temp, os.fdopen(fd, "wb")
