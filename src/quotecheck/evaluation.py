"""``quotecheck evaluate``: score quotecheck against gold annotations. (Placeholder.)"""
from __future__ import annotations


def add_evaluate_command(commands) -> None:
    commands.add_parser("evaluate", help="measure quotecheck against a gold JSONL file")
