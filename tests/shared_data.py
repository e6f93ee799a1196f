"""The annotated data beside the checkout (``../shared``), for the tests that measure accuracy.

A user's fresh clone has no ``../shared``: these helpers then skip the test that asked, with
that reason, and every other test runs as usual.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def shared_file(relative: str) -> Path:
    """``../shared/<relative>``, or skip the test when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is absent (a fresh clone has no evaluation data)")
    return path


def score_tool() -> ModuleType:
    """The shared scorer, ``../shared/tools/score.py``, imported as a module (or skip)."""
    return _import_score_tool(shared_file("tools/score.py"))


@functools.cache
def _import_score_tool(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
