"""The plugin manager: entry point discovery, built-ins through the same hook, broken
plugins reported by name, duplicate formats, QUOTECHECK_PLUGINS, and the plugin docs.

Third-party plugins are real distributions: a ``*.dist-info`` folder with an
``entry_points.txt`` and a module, written to a temporary folder on ``sys.path``.
"""
from __future__ import annotations

import inspect
import io
import re
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from quotecheck import hookspecs, plugins
from quotecheck.cli import main
from quotecheck.errors import FormatError, PluginError
from quotecheck.exporting import Exporter
from quotecheck.plugins import PluginLoadWarning
from quotecheck.records import Claim, Document, Span

DOCS = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"

WORKING = """
from quotecheck.exporting import Exporter
from quotecheck.hookspecs import hookimpl

def write(docs, stream, options):
    stream.write(b"".join(doc.id.encode() + b"\\n" for doc in docs))

@hookimpl
def register_exporters(register):
    register(Exporter("{format}", "document ids, one a line", write, extension=".ids"))
"""


# No third-party plugin unless a test installs one; plugins loaded anew for each test.
pytestmark = pytest.mark.usefixtures("builtin_formats_only")


@pytest.fixture
def install(tmp_path, monkeypatch):
    """install(distribution, module_source, entry_point=...) makes an importable plugin
    distribution and lets QUOTECHECK_PLUGINS load it (along with those installed before)."""
    modules: list[str] = []
    names: list[str] = []
    monkeypatch.syspath_prepend(str(tmp_path))

    def _install(distribution: str, source: str, entry_point: str | None = None) -> str:
        module = f"{distribution.replace('-', '_')}_{len(modules)}"
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source))
        info = tmp_path / f"{distribution.replace('-', '_')}-1.2.3.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 1.2.3\n")
        (info / "entry_points.txt").write_text(f"[quotecheck]\n{entry_point or distribution} = {module}\n")
        modules.append(module)
        names.append(entry_point or distribution)
        monkeypatch.setenv("QUOTECHECK_PLUGINS", ",".join(names))
        plugins.reset()
        return names[-1]

    yield _install
    for module in modules:
        sys.modules.pop(module, None)


def test_builtins_register_through_the_hook_like_any_plugin():
    found = {p.name: p for p in plugins.installed_plugins()}
    assert found["quotecheck.exporters.json"].formats == ("json", "jsonl")
    assert found["quotecheck.exporters.csv"].formats == ("csv",)
    assert all(p.builtin and p.distribution == "quotecheck" for p in found.values())
    assert {"json", "jsonl", "csv"} <= set(plugins.exporters())
    assert plugins.get_plugin_manager().has_plugin("quotecheck.exporters.json")


def test_the_plugin_manager_is_cached_until_reset():
    manager = plugins.get_plugin_manager()
    assert plugins.get_plugin_manager() is manager
    plugins.reset()
    assert plugins.get_plugin_manager() is not manager


def test_a_plugin_is_found_through_its_entry_point(install):
    name = install("quotecheck-ids", WORKING.format(format="ids"), entry_point="ids")
    info = next(p for p in plugins.installed_plugins() if p.name == name)
    assert (info.distribution, info.version, info.formats, info.error) == ("quotecheck-ids", "1.2.3", ("ids",), None)
    assert plugins.get_exporter("ids").extension == ".ids"


BROKEN = {
    "fails to import": ("raise ImportError('needs libfoo')", "ImportError: needs libfoo"),
    "hook raises": ("from quotecheck.hookspecs import hookimpl\n"
                    "@hookimpl\ndef register_exporters(register):\n    raise RuntimeError('bad config')",
                    "RuntimeError: bad config"),
    "unknown hook": ("from quotecheck.hookspecs import hookimpl\n"
                     "@hookimpl\ndef register_importers(register):\n    pass",
                     "unknown hook 'register_importers'"),
    "wrong hook arguments": ("from quotecheck.hookspecs import hookimpl\n"
                             "@hookimpl\ndef register_exporters(register, colour):\n    pass",
                             "colour"),
    "registers something else": ("from quotecheck.hookspecs import hookimpl\n"
                                 "@hookimpl\ndef register_exporters(register):\n    register('xml')",
                                 "register() takes a quotecheck.exporting.Exporter, not str"),
}


@pytest.mark.parametrize("source, error", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_plugin_is_reported_by_name_and_the_rest_keep_working(install, source, error):
    install("quotecheck-good", WORKING.format(format="ids"))
    broken = install("quotecheck-broken", source)
    with pytest.warns(PluginLoadWarning, match=broken):
        found = {p.name: p for p in plugins.installed_plugins()}
    assert error in found[broken].error
    assert found[broken].formats == ()
    assert not plugins.get_plugin_manager().has_plugin(broken)
    assert {"ids", "json", "csv"} <= set(plugins.exporters())


def test_two_plugins_registering_one_format_is_an_error_naming_both(install):
    first = install("quotecheck-one", WORKING.format(format="json"))
    with pytest.raises(PluginError, match=f"'quotecheck.exporters.json'.*'{first}'|'{first}'.*'quotecheck.exporters.json'"):
        plugins.exporters()


def test_quotecheck_plugins_restricts_what_loads(install, monkeypatch):
    install("quotecheck-a", WORKING.format(format="a"))
    install("quotecheck-b", WORKING.format(format="b"))
    monkeypatch.setenv("QUOTECHECK_PLUGINS", "quotecheck-b")
    plugins.reset()
    assert "b" in plugins.exporters() and "a" not in plugins.exporters()
    monkeypatch.setenv("QUOTECHECK_PLUGINS", "")
    plugins.reset()
    assert not [p for p in plugins.installed_plugins() if not p.builtin]


def test_quotecheck_plugins_naming_a_missing_plugin_warns(monkeypatch):
    monkeypatch.setenv("QUOTECHECK_PLUGINS", "quotecheck-nowhere")
    with pytest.warns(PluginLoadWarning, match="quotecheck-nowhere"):
        plugins.installed_plugins()


def test_an_unknown_format_lists_the_valid_ones():
    with pytest.raises(FormatError, match=r"unknown format 'xml'; choose one of: csv, json, jsonl"):
        plugins.get_exporter("xml")


def test_plugins_command_lists_plugins_and_broken_ones(install, capsys):
    broken = install("quotecheck-broken", "raise ImportError('needs libfoo')")
    assert main(["plugins"]) == 0  # the table reports broken plugins: no warning on top
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["PLUGIN", "DISTRIBUTION", "FORMATS", "STATUS"]
    assert any(line.startswith("quotecheck.exporters.json") and "json, jsonl" in line for line in table)
    assert any(line.startswith(broken) and "broken: ImportError: needs libfoo" in line for line in table)


def test_plugins_command_json_is_for_scripts(capsys):
    assert main(["plugins", "--json"]) == 0
    listed = orjson.loads(capsys.readouterr().out)
    csv = next(p for p in listed if p["name"] == "quotecheck.exporters.csv")
    assert csv == {"name": "quotecheck.exporters.csv", "distribution": "quotecheck",
                   "version": csv["version"], "formats": ["csv"], "builtin": True, "error": None}


@pytest.mark.parametrize("name", [name for name, f in inspect.getmembers(hookspecs, inspect.isfunction)
                                  if hasattr(f, "quotecheck_spec")])
def test_every_hook_is_documented_with_its_signature(name):
    spec = getattr(hookspecs, name)
    signature = f"{name}{inspect.signature(spec)}".replace("'", "")
    assert signature in DOCS.read_text(), f"document `{signature}` in docs/plugins.md"


def test_extract_warns_about_a_broken_plugin_and_still_runs(install, tmp_path, capsys):
    broken = install("quotecheck-broken", "raise ImportError('needs libfoo')")
    article = tmp_path / "note.txt"
    article.write_text("The council met on Tuesday.\n")
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"quotecheck: warning: plugin {broken!r} failed to load (ImportError: needs libfoo); it is skipped\n"
    assert orjson.loads(captured.out)["id"] == "note"


def test_the_example_plugin_in_the_docs_works():
    source = next(block for block in re.findall(r"```python\n(.*?)```", DOCS.read_text(), re.S)
                  if "@hookimpl" in block)
    namespace: dict = {}
    exec(compile(source, str(DOCS), "exec"), namespace)
    registered: list[Exporter] = []
    namespace["register_exporters"](registered.append)
    sentence = Span(start=0, end=26, text="Fares went up 3% in March.")
    doc = Document(id="fares", claims=[Claim(id="c1", text="3%", start=14, end=16, kind="percent", value=3,
                                             unit="percent", sentence=sentence, checkworthiness=0.4)])
    out = io.BytesIO()
    registered[0].write([doc], out, {})
    assert (registered[0].name, out.getvalue()) == ("claimlines", b"fares\t3%\t3.0\tpercent\n")
