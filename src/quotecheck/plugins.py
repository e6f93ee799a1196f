"""The plugin manager: finds exporter plugins and the formats they register.

Third-party plugins come from the entry point group ``quotecheck``, each loaded on its own
so that one that fails is reported by name while the rest keep working. The built-in
exporters are then registered by module name, exactly as a third party would be.
``QUOTECHECK_PLUGINS`` (a comma list of entry point or distribution names; empty for
none) restricts which third-party plugins load, for tests and reproducible runs.
"""
from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import pluggy

from . import __version__, hookspecs
from .errors import FormatError, PluginError
from .exporting import Exporter

ENTRY_POINT_GROUP = "quotecheck"
ENV_VAR = "QUOTECHECK_PLUGINS"
BUILTIN_PLUGINS = (
    "quotecheck.exporters.json",
    "quotecheck.exporters.csv",
    "quotecheck.review.exporter",  # the review queue; optional while it is being written
)


class PluginLoadWarning(UserWarning):
    """A plugin failed to load or to register its formats; the others still work."""


@dataclass(frozen=True)
class PluginInfo:
    """What ``quotecheck plugins`` shows about one plugin."""

    name: str
    distribution: str | None = None
    version: str | None = None
    formats: tuple[str, ...] = ()
    builtin: bool = False
    error: str | None = None


@dataclass
class _Loaded:
    manager: pluggy.PluginManager
    plugins: dict[str, PluginInfo] = field(default_factory=dict)
    registrations: list[tuple[str, Exporter]] = field(default_factory=list)


def get_plugin_manager() -> pluggy.PluginManager:
    """The plugin manager with every working plugin registered (loaded once, then cached)."""
    return _load().manager


def exporters() -> dict[str, Exporter]:
    """Every registered format, by name. Two plugins registering one name is a PluginError."""
    found: dict[str, tuple[str, Exporter]] = {}
    for plugin, exporter in _load().registrations:
        if exporter.name in found:
            raise PluginError(f"format {exporter.name!r} is registered by two plugins, "
                              f"{found[exporter.name][0]!r} and {plugin!r}: uninstall one, or set "
                              f"{ENV_VAR} to the plugins you want")
        found[exporter.name] = (plugin, exporter)
    return {name: exporter for name, (_, exporter) in found.items()}


def get_exporter(name: str) -> Exporter:
    """The exporter registered as ``name``, or a FormatError that lists the valid names."""
    known = exporters()
    if name not in known:
        raise FormatError(f"unknown format {name!r}; choose one of: {', '.join(sorted(known))} "
                          f"(`quotecheck plugins` lists what is installed)")
    return known[name]


def installed_plugins() -> list[PluginInfo]:
    """Every plugin found, built-in ones last, broken ones with their error."""
    return list(_load().plugins.values())


def reset() -> None:
    """Forget the loaded plugins: the next call loads them again (after an install, in tests)."""
    _load.cache_clear()
    importlib.invalidate_caches()  # also forgets the cached lists of installed distributions


@functools.cache
def _load() -> _Loaded:
    loaded = _Loaded(pluggy.PluginManager("quotecheck"))
    loaded.manager.add_hookspecs(hookspecs)
    for ep in _selected_entry_points():
        dist = (ep.dist.name, ep.dist.version) if ep.dist else (None, None)
        _add(loaded, ep.name, dist, builtin=False,
             register=lambda name=ep.name: loaded.manager.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=name))
    own = ("quotecheck", __version__)
    for module_name in BUILTIN_PLUGINS:
        _add(loaded, module_name, own, builtin=True,
             register=lambda name=module_name: _register_module(loaded.manager, name))
    return loaded


def _selected_entry_points() -> list[importlib.metadata.EntryPoint]:
    """The group's entry points, restricted to those named in QUOTECHECK_PLUGINS if it is set."""
    found = list(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))
    wanted = os.environ.get(ENV_VAR)
    if wanted is None:
        return found
    names = {name.strip() for name in wanted.split(",") if name.strip()}
    chosen = [ep for ep in found if ep.name in names or (ep.dist and ep.dist.name in names)]
    missing = names - {ep.name for ep in chosen} - {ep.dist.name for ep in chosen if ep.dist}
    for name in sorted(missing):
        warnings.warn(f"{ENV_VAR} names {name!r}, which is not an installed quotecheck plugin",
                      PluginLoadWarning, stacklevel=3)
    return chosen


def _register_module(manager: pluggy.PluginManager, module_name: str) -> None:
    """Register a built-in module by name; skip it quietly if it does not exist (yet)."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return
        raise
    manager.register(module, name=module_name)


def _add(loaded: _Loaded, name: str, dist: tuple[str | None, str | None], *, builtin: bool,
         register: Callable[[], object]) -> None:
    """Register one plugin and collect its formats; on any failure, unregister it and
    record it as broken, so that one bad plugin never takes the others down."""
    manager = loaded.manager
    if name in loaded.plugins:
        warnings.warn(f"two quotecheck plugins are named {name!r} ({loaded.plugins[name].distribution} and "
                      f"{dist[0]}): only the first is loaded", PluginLoadWarning, stacklevel=2)
        return
    try:
        register()
        if not manager.has_plugin(name):
            return
        manager.check_pending()
        formats = _registrations(manager, name)
    except Exception as err:  # a plugin's own code may raise anything: report it by name
        if manager.has_plugin(name):
            manager.unregister(name=name)
        message = f"{type(err).__name__}: {err}"
        loaded.plugins[name] = PluginInfo(name, *dist, builtin=builtin, error=message)
        warnings.warn(f"quotecheck plugin {name!r} failed to load ({message}); it is skipped",
                      PluginLoadWarning, stacklevel=2)
        return
    loaded.registrations.extend((name, exporter) for exporter in formats)
    loaded.plugins[name] = PluginInfo(name, *dist, builtin=builtin,
                                      formats=tuple(exporter.name for exporter in formats))


def _registrations(manager: pluggy.PluginManager, name: str) -> list[Exporter]:
    """The exporters that plugin ``name`` registers: its hook alone is called."""
    registered: list[Exporter] = []

    def register(exporter: Exporter) -> None:
        if not isinstance(exporter, Exporter):
            raise PluginError(f"register() takes a quotecheck.exporting.Exporter, not {type(exporter).__name__}")
        registered.append(exporter)

    plugin = manager.get_plugin(name)
    others = [other for other in manager.get_plugins() if other is not plugin]
    manager.subset_hook_caller("register_exporters", remove_plugins=others)(register=register)
    return registered
