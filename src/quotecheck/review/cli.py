"""``quotecheck queue ...`` subcommands. (Placeholder.)"""
from __future__ import annotations


def add_queue_command(commands) -> None:
    commands.add_parser("queue", help="work through the fact-check review queue")
