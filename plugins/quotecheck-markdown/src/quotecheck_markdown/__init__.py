"""A Markdown brief for an editor: who said what, and the claims to check.

An example quotecheck plugin: one ``register_exporters`` hook implementation, found through
the entry point group ``quotecheck`` (see pyproject.toml). Article text is untrusted, so every
piece of it is escaped for Markdown and HTML before it goes into the brief.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, BinaryIO

from quotecheck.exporting import Exporter
from quotecheck.hookspecs import hookimpl
from quotecheck.records import Claim, Document, Quote, Speaker

__version__ = "0.1.0"

# HTML's three specials become entities; Markdown's inline punctuation (and $, which some
# renderers read as maths) gets a backslash.
HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
MARKDOWN_SPECIALS = re.compile(r"[\\`*_\[\]()#!|~&<>$]")
WHITESPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` on one line, safe to place anywhere inline in Markdown rendered to HTML."""
    one_line = WHITESPACE.sub(" ", text).strip()
    return MARKDOWN_SPECIALS.sub(lambda m: HTML_ENTITIES.get(m[0], "\\" + m[0]), one_line)


def render(doc: Document) -> str:
    """The brief for one document."""
    lines = [f"# Brief: {escape(doc.id)}", ""]
    if doc.source:
        lines += [f"Source: {escape(doc.source)}", ""]
    lines += ["## Who said what", ""]
    if not doc.quotes:
        lines += ["No quotes found.", ""]
    for speaker_id in dict.fromkeys(q.speaker_id for q in doc.quotes):
        lines += [f"### {_speaker_heading(doc.speaker(speaker_id))}", ""]
        lines += [_quote_line(q) for q in doc.quotes if q.speaker_id == speaker_id]
        lines.append("")
    lines += ["## Claims to check", ""]
    if not doc.claims:
        lines += ["No numeric claims found.", ""]
    ranked = sorted(doc.claims, key=lambda c: (-c.checkworthiness, c.start))
    for number, claim in enumerate(ranked, start=1):
        lines += [f"{number}. {_claim_line(doc, claim)}", f"   > {escape(claim.sentence.text)}", ""]
    return "\n".join(lines)


def write_markdown(docs: Iterable[Document], stream: BinaryIO, options: dict[str, Any]) -> None:
    """Every document's brief, separated by a horizontal rule."""
    for n, doc in enumerate(docs):
        stream.write((("\n---\n\n" if n else "") + render(doc)).encode("utf-8"))


def _speaker_heading(speaker: Speaker | None) -> str:
    if speaker is None:
        return "Unattributed"
    name = speaker.name or "Anonymous source"
    return escape(f"{name}, {speaker.title}" if speaker.title else name)


def _quote_line(quote: Quote) -> str:
    how = ", ".join(filter(None, (quote.kind, quote.cue)))
    return f"- “{escape(quote.text)}” ({escape(how)}; characters {quote.start}–{quote.end})"


def _claim_line(doc: Document, claim: Claim) -> str:
    facts = [claim.kind]
    if claim.value is not None:
        facts.append(" ".join(filter(None, (claim.qualifier, f"{claim.value:,.15g}", claim.unit,
                                            claim.period and f"a {claim.period}"))))
    if claim.approximate:
        facts.append("approximate")
    if claim.measure:
        facts.append(f"measure: {claim.measure}")
    speaker = doc.speaker(claim.speaker_id)
    if speaker is not None:
        facts.append(f"said by {speaker.name or 'an anonymous source'}")
    facts.append(f"check-worthiness {claim.checkworthiness:.2f}")
    return f"**{escape(claim.text)}** ({escape('; '.join(facts))})"


@hookimpl
def register_exporters(register) -> None:
    register(Exporter("markdown", "a Markdown brief for an editor: who said what, claims to check",
                      write_markdown, extension=".md"))
