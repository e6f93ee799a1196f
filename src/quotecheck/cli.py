"""The ``quotecheck`` command: extract, plugins, queue, evaluate.

Exit codes scripts can rely on: 0 done, 1 a QuotecheckError (bad input, unknown format, queue
problem; one line on stderr), 2 a usage error, 3 nothing to do (``queue next`` on an empty
queue), 130 interrupted.
"""
from __future__ import annotations

import argparse
import sys

from . import __version__
from .errors import QuotecheckError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


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
    p = commands.add_parser("extract", help="extract quotes, speakers and claims from articles")
    p.set_defaults(func=lambda args: EXIT_OK)


def add_plugins_command(commands) -> None:
    p = commands.add_parser("plugins", help="list installed exporter plugins")
    p.set_defaults(func=lambda args: EXIT_OK)


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
