"""The ``quotecheck`` command: extract, plugins, queue, evaluate.

Exit codes scripts can rely on: 0 done, 1 a QuotecheckError (bad input, unknown format, queue
problem; one line on stderr), 2 a usage error, 3 nothing to do (``queue next`` on an empty
queue), 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

import orjson

from . import __version__
from .batch import extract_many
from .errors import InputError, PluginError, QuotecheckError
from .exporting import export
from .inputs import STDIN, input_files, read_articles
from .plugins import PluginInfo, PluginLoadWarning, exporters, get_exporter, installed_plugins
from .records import Document

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3
PROGRESS_WIDTH = 50  # progress lines are padded so that a shorter one overwrites a longer one


def build_parser() -> argparse.ArgumentParser:
    from .evaluation import add_evaluate_command
    from .review.cli import add_queue_command

    parser = argparse.ArgumentParser(prog="quotecheck", description="Who said what in news text, and which numbers can be checked.")
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_extract_command(commands)
    add_plugins_command(commands)
    add_queue_command(commands)
    add_evaluate_command(commands)
    return parser


def add_extract_command(commands) -> None:
    p = commands.add_parser(
        "extract", help="extract quotes, speakers and claims from articles",
        description="Read articles (.txt files, .jsonl files of {\"id\", \"text\"} objects, directories "
                    "of them, or - for standard input) and write what quotecheck finds in them.")
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR|-",
                   help="articles to read (default: standard input, when it is not a terminal)")
    p.add_argument("-f", "--format", default="json",
                   help="output format: json (default), jsonl, csv, review, or a plugin's (see `quotecheck plugins`)")
    p.add_argument("-o", "--output", metavar="PATH", help="file to write (default: standard output)")
    p.add_argument("--include-quotes", action="store_true",
                   help="ask the exporter to include quotes as well as claims (review queue)")
    p.add_argument("--workers", type=_positive_int, metavar="N",
                   help="processes to use (default: one for a single article, else every core)")
    p.add_argument("--stdin-format", choices=("txt", "jsonl"), default="txt",
                   help="read standard input as one text (default) or as JSONL")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction,
                   help="report progress on stderr (default: when stderr is a terminal)")
    p.set_defaults(func=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    """Check the format and the inputs first, then stream articles through extraction
    into the exporter; the output file appears only once everything is written."""
    for plugin in _plugins_found():
        if plugin.error:
            print(f"quotecheck: warning: plugin {plugin.name!r} failed to load ({plugin.error}); "
                  f"it is skipped", file=sys.stderr)
    get_exporter(args.format)
    if not args.inputs and sys.stdin.isatty():
        raise InputError("no articles given: name files or directories, or pipe an article in "
                         "(quotecheck extract - < article.txt)")
    files = input_files(args.inputs or [STDIN])
    docs = extract_many(read_articles(files, stdin_format=args.stdin_format),
                        workers=args.workers or default_workers(files, args.stdin_format))
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    if show_progress:
        docs = with_progress(docs, sys.stderr)
    options = {"include_quotes": True} if args.include_quotes else {}
    to_stdout = args.output in (None, STDIN)
    try:
        export(docs, args.format, sys.stdout.buffer if to_stdout else args.output, **options)
        if to_stdout:
            sys.stdout.buffer.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    return EXIT_OK


def with_progress(docs: Iterable[Document], stream: TextIO, interval: float = 0.5) -> Iterator[Document]:
    """``docs`` unchanged, with a running count on ``stream`` every ``interval`` seconds and,
    if the batch took longer than that, a closing line (also when it stops on an error)."""
    start = last = time.monotonic()
    count = 0
    try:
        for count, doc in enumerate(docs, start=1):
            yield doc
            now = time.monotonic()
            if now - last >= interval:
                status = f"quotecheck: {count} documents ({count / (now - start):.1f}/s)"
                print("\r" + status.ljust(PROGRESS_WIDTH), end="", file=stream, flush=True)
                last = now
    finally:
        if last > start:
            status = f"quotecheck: {count} documents in {time.monotonic() - start:.1f}s"
            print("\r" + status.ljust(PROGRESS_WIDTH), file=stream, flush=True)


def add_plugins_command(commands) -> None:
    p = commands.add_parser("plugins", help="list installed exporter plugins",
                            description="List the plugins quotecheck found, the formats each registers, "
                                        "and the error of any that failed to load.")
    p.add_argument("--json", action="store_true", help="print JSON, for scripts")
    p.set_defaults(func=run_plugins)


def run_plugins(args: argparse.Namespace) -> int:
    found = _plugins_found()
    if args.json:
        sys.stdout.buffer.write(orjson.dumps([asdict(p) for p in found], option=orjson.OPT_INDENT_2) + b"\n")
    else:
        rows = [("PLUGIN", "DISTRIBUTION", "FORMATS", "STATUS")]
        rows += [(p.name, " ".join(filter(None, (p.distribution, p.version))) or "-",
                  ", ".join(p.formats) or "-", f"broken: {p.error}" if p.error else "ok") for p in found]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for row in rows:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)), row[3], sep="  ")
    try:
        exporters()
    except PluginError as err:
        print(f"quotecheck: warning: {err}", file=sys.stderr)
    return EXIT_OK


def _plugins_found() -> list[PluginInfo]:
    """The installed plugins; the CLI reports broken ones itself, so no Python warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginLoadWarning)
        return installed_plugins()


def default_workers(files: list[Path | str], stdin_format: str) -> int | None:
    """One process for a single article (a pool would only add start-up time); otherwise
    None, which lets extract_many use every core."""
    many = [f for f in files if (f == STDIN and stdin_format == "jsonl") or (f != STDIN and f.suffix == ".jsonl")]
    return 1 if len(files) == 1 and not many else None


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuotecheckError as err:
        print(f"quotecheck: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
