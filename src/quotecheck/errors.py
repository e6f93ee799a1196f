"""Typed errors. Each message says what went wrong and what to do next."""
from __future__ import annotations


class QuotecheckError(Exception):
    """Base of every error quotecheck raises on purpose."""


class InputError(QuotecheckError):
    """An input file or text that cannot be read (missing, not UTF-8, malformed JSONL)."""


class FormatError(QuotecheckError):
    """An unknown output format, or one that cannot write to the given destination."""


class PluginError(QuotecheckError):
    """A plugin that is broken: fails to load, or registers a name another plugin has."""


class QueueError(QuotecheckError):
    """A review-queue problem: not a queue file, unknown item, a transition not allowed."""
