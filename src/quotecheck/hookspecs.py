"""The hooks a quotecheck plugin can implement (pluggy project name "quotecheck").

A plugin is a module or object with ``@hookimpl`` functions, found through the entry point
group ``quotecheck``. The built-in exporters register through these same hooks.
"""
from __future__ import annotations

from collections.abc import Callable

import pluggy

from .exporting import Exporter

hookspec = pluggy.HookspecMarker("quotecheck")
hookimpl = pluggy.HookimplMarker("quotecheck")


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register output formats: call ``register(Exporter(...))`` once for each."""
