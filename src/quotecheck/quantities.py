"""Numeric expressions and their normalised values. (Placeholder.)"""
from __future__ import annotations

from .records import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in ``text`` with its value, unit and qualifiers."""
    return []
