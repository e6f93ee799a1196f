"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest

from quotecheck import plugins


@pytest.fixture
def builtin_formats_only(monkeypatch):
    """Only the built-in exporters: third-party plugins installed here must not change results."""
    monkeypatch.setenv("QUOTECHECK_PLUGINS", "")
    plugins.reset()
    yield
    plugins.reset()
