"""``quotecheck queue ...``: the review workflow on the command line.

Every subcommand takes the queue file first and prints for people, or JSON with ``--json``
for scripts. Exit codes: 0 done, 1 a queue problem (one line on stderr, via ``cli.main``),
3 nothing left (``next`` on a drained queue). Article text printed to a terminal has its
control characters replaced, so an article cannot send escape sequences to the reviewer's
terminal.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

import orjson
import regex

from .queue import EXPORT_FORMATS, ReviewQueue
from .store import STATUSES, HistoryEntry, Item

EXIT_OK, EXIT_NOTHING = 0, 3
# C0 and C1 controls but tab and newline (terminal escapes), and bidi overrides (text that reads backwards)
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def add_queue_command(commands) -> None:
    """Add ``queue`` and its subcommands to the ``quotecheck`` parser."""
    queue = commands.add_parser("queue", help="work through the fact-check review queue",
                                description="Work through the fact-check review queue (a file written by "
                                            "`quotecheck extract ARTICLES --format review -o QUEUE.db`).")
    sub = queue.add_subparsers(dest="queue_command", metavar="SUBCOMMAND", required=True)

    def subcommand(name: str, func, help: str, json: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("queue", metavar="QUEUE", help="the review queue file")
        if json:
            p.add_argument("--json", action="store_true", help="print JSON, for scripts")
        p.set_defaults(func=func)
        return p

    p = subcommand("list", _list, "list items by priority")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--assignee", metavar="NAME")
    p.add_argument("--limit", type=int, metavar="N")

    p = subcommand("show", _show, "show one item with its appearances and history")
    p.add_argument("id", type=int, metavar="ID")

    subcommand("stats", _stats, "count items by status, rating and reviewer")

    p = subcommand("next", _next, "take the highest-priority new item (exit 3 when none is left)")
    p.add_argument("--reviewer", required=True, metavar="NAME")

    p = subcommand("verdict", _verdict, "record the verdict on an item in review")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--rating", required=True,
                   help="true, mostly-true, half-true, misleading, false, unverifiable, or the queue's own scale")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--evidence", action="append", default=[], metavar="URL", help="a source (repeat for more)")
    p.add_argument("--reviewer", metavar="NAME", help="who gives it (default: the item's assignee)")

    p = subcommand("reopen", _reopen, "send an item back to new (its verdict stays in history)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--by", metavar="NAME")

    p = subcommand("assign", _assign, "give an item to a reviewer")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--by", metavar="NAME")

    p = subcommand("export", _export, "write finished reviews as ClaimReview JSON-LD or CSV", json=False)
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("-o", "--output", metavar="PATH", help="file to write (default: stdout)")
    p.add_argument("--publisher", metavar="NAME", help="publishing organisation (default: the queue's config)")
    p.add_argument("--publisher-url", metavar="URL")

    p = subcommand("config", _config, "show or set the publisher and the rating scale")
    p.add_argument("--publisher", metavar="NAME")
    p.add_argument("--publisher-url", metavar="URL")
    p.add_argument("--ratings", type=_words, metavar="LIST", help="the scale, best first, comma-separated")
    p.add_argument("--unscored", type=_words, metavar="LIST", help="ratings off the scale, e.g. unverifiable")
    p.add_argument("--by", metavar="NAME")


def _list(args) -> int:
    with ReviewQueue(args.queue) as queue:
        items = queue.list(args.status, args.assignee, args.limit)
    if args.json:
        return _print_json([item.to_dict() for item in items])
    for item in items:
        who = f" ({item.assignee})" if item.assignee else ""
        rating = f" [{item.rating}]" if item.status == "reviewed" else ""
        _print(f"{item.id:>6}  {item.priority:.2f}  {item.status}{who}{rating}  {_one_line(item)}")
    return EXIT_OK


def _show(args) -> int:
    with ReviewQueue(args.queue) as queue:
        item, history = queue.show(args.id)
    if args.json:
        return _print_json({**item.to_dict(), "history": [asdict(h) for h in history]})
    _print(_describe(item, history))
    return EXIT_OK


def _stats(args) -> int:
    with ReviewQueue(args.queue) as queue:
        stats = queue.stats()
    if args.json:
        return _print_json(stats)
    lines = [f"{stats['items']} items in {stats['articles']} articles ({stats['appearances']} appearances)"]
    lines += [f"  {status:<10} {count}" for status, count in stats["by_status"].items()]
    lines += [f"  rated {rating}: {count}" for rating, count in stats["by_rating"].items()]
    lines += [f"  in review with {who}: {count}" for who, count in stats["in_review_by"].items()]
    _print("\n".join(lines))
    return EXIT_OK


def _next(args) -> int:
    with ReviewQueue(args.queue) as queue:
        item = queue.next(args.reviewer)
        if item is None:
            return EXIT_NOTHING
        item = queue.store.get(item.id, with_appearances=True)
    return _print_item(item, args.json)


def _verdict(args) -> int:
    with ReviewQueue(args.queue) as queue:
        item = queue.verdict(args.id, args.rating, note=args.note, evidence=args.evidence, reviewer=args.reviewer)
    return _print_item(item, args.json)


def _reopen(args) -> int:
    with ReviewQueue(args.queue) as queue:
        item = queue.reopen(args.id, by=args.by)
    return _print_item(item, args.json)


def _assign(args) -> int:
    with ReviewQueue(args.queue) as queue:
        item = queue.assign(args.id, args.to, by=args.by)
    return _print_item(item, args.json)


def _export(args) -> int:
    with ReviewQueue(args.queue) as queue:
        if args.output is None:
            sys.stdout.buffer.write(queue.export_bytes(args.format, publisher=args.publisher,
                                                       publisher_url=args.publisher_url))
            sys.stdout.buffer.flush()
        else:
            queue.export(args.format, args.output, publisher=args.publisher, publisher_url=args.publisher_url)
    return EXIT_OK


def _config(args) -> int:
    with ReviewQueue(args.queue) as queue:
        settings = queue.configure(publisher=args.publisher, publisher_url=args.publisher_url,
                                   ratings=args.ratings, unscored=args.unscored, by=args.by)
        scale = queue.rating_scale()
    settings = {**settings, "ratings": list(scale.ratings), "unscored": list(scale.unscored)}
    if args.json:
        return _print_json(settings)
    _print("\n".join(f"{key}: {', '.join(value) if isinstance(value, list) else value}"
                     for key, value in settings.items()))
    return EXIT_OK


def _words(value: str) -> list[str]:
    return [word.strip() for word in value.split(",") if word.strip()]


def _print_item(item: Item, as_json: bool) -> int:
    if as_json:
        return _print_json(item.to_dict())
    _print(_describe(item, None))
    return EXIT_OK


def _print_json(value: Any) -> int:
    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.buffer.flush()
    return EXIT_OK


def _print(text: str) -> None:
    print(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", text))


def _one_line(item: Item) -> str:
    speaker = f"{item.speaker_name}: " if item.speaker_name else ""
    context = item.sentence or item.text
    context = " ".join(context.split())
    return f"{item.kind} {item.text!r}  {speaker}{context[:100]}{'…' if len(context) > 100 else ''}"


def _describe(item: Item, history: list[HistoryEntry] | None) -> str:
    """An item as a reviewer reads it: the claim marked in its sentence, who said it, where."""
    who = f" ({item.assignee})" if item.assignee else ""
    lines = [f"#{item.id}  {item.kind}  {item.status}{who}  priority {item.priority:.2f}",
             f"  {item.kind}:".ljust(12) + item.text]
    if item.sentence is not None and item.offset_start is not None and item.offset_end is not None:
        s, a, b = item.sentence, item.offset_start, item.offset_end
        lines.append("  sentence: " + f"{s[:a]}[{s[a:b]}]{s[b:]}")
    if item.speaker_name:
        lines.append("  speaker:  " + ", ".join(filter(None, (item.speaker_name, item.speaker_title))))
    if item.quote_text and item.kind == "claim":
        lines.append(f"  quote:    “{item.quote_text}”")
    if item.rating:
        lines.append(f"  verdict:  {item.rating} by {item.reviewed_by} at {item.reviewed_at}"
                     + ("" if item.status == "reviewed" else " (reopened)"))
        if item.note:
            lines.append(f"  note:     {item.note}")
        lines += [f"  evidence: {url}" for url in item.evidence]
    if item.appearances:
        lines.append(f"  appears in {len(item.appearances)} article(s):")
        for a in item.appearances:
            title = a.title and f"“{a.title}”"
            parts = (a.document_id, title, a.url or a.source, a.date, f"chars {a.char_start}-{a.char_end}")
            lines.append("    - " + "  ".join(filter(None, parts)))
    if history:
        lines.append("  history:")
        for h in history:
            move = f" {h.from_status or '-'} → {h.to_status}" if h.to_status else ""
            changes = "; ".join(f"{k}: {v['from']!r} → {v['to']!r}" if isinstance(v, dict) and "from" in v
                                else f"{k}: {v}" for k, v in h.detail.items())
            lines.append(f"    {h.at}  {h.actor}  {h.action}{move}" + (f"  ({changes})" if changes else ""))
    return "\n".join(lines)
