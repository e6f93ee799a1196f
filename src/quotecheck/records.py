"""The records quotecheck returns: the contract that exporters, plugins and evaluation rely on.

Every offset is a character offset into the original input string, so that
``text[record.start:record.end] == record.text`` holds for every span-bearing record.
Records are frozen pydantic models; they pickle (for worker processes) and serialise
to JSON through orjson.
"""
from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "partial", "indirect"]
QuantityKind = Literal[
    "money", "percent", "fraction", "count", "quantity", "duration", "year", "range", "ratio"
]


class Record(BaseModel):
    """Base of every record: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def to_json(self) -> bytes:
        """The record as compact JSON bytes (orjson)."""
        return orjson.dumps(self.model_dump(mode="json"))


class Span(Record):
    """A stretch of the input text: ``text == input[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Speaker(Record):
    """One person or body that speaks in the document, with every mention of it."""

    id: str = Field(description='"s1", "s2", ... in order of first mention')
    name: str | None = Field(description="Canonical full name, or null when anonymous")
    title: str | None = Field(default=None, description='The fullest role seen, e.g. "U.S. Ambassador"')
    anonymous: bool = False
    mentions: list[Span] = Field(default_factory=list, description="Every span that refers to this speaker, pronouns included")


class Quote(Record):
    """A quoted or reported statement. Its span is the content without quotation marks."""

    id: str = Field(description='"q1", "q2", ... in text order')
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker_id: str | None = None
    speaker_mention: Span | None = Field(default=None, description="The mention that attributes this quote")
    cue: str | None = Field(default=None, description='The speech verb, e.g. "told", or null')
    confidence: float = Field(ge=0.0, le=1.0)


class Quantity(Record):
    """A numeric expression with its normalised value (see ``find_quantities``)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuantityKind
    value: float | None = Field(default=None, description="Percent in points, fractions as decimals, money in full")
    low: float | None = None
    high: float | None = None
    unit: str | None = Field(default=None, description="ISO 4217 code for money, a unit word otherwise")
    period: str | None = Field(default=None, description='e.g. "year" for "a year"')
    approximate: bool = False
    qualifier: str | None = Field(default=None, description='e.g. "more than", "up to"')


class Claim(Quantity):
    """A quantity worth checking, with the context a fact-checker needs."""

    id: str = Field(description='"c1", "c2", ... in text order')
    measure: str | None = Field(default=None, description='What is counted, e.g. "export income"')
    sentence: Span
    quote_id: str | None = None
    speaker_id: str | None = None
    checkworthiness: float = Field(ge=0.0, le=1.0)


class Document(Record):
    """Everything quotecheck found in one text."""

    id: str
    source: str | None = None
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None."""
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def quote(self, quote_id: str | None) -> Quote | None:
        """The quote with this id, or None."""
        return next((q for q in self.quotes if q.id == quote_id), None)
