"""The built-in exporters (json, jsonl, csv), ``export`` and its atomic writes, and the
published JSON Schema of Document. Documents are built by hand: no extraction needed."""
from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck import export, plugins
from quotecheck.errors import FormatError
from quotecheck.exporting import Exporter, atomic_write
from quotecheck.exporters.csv import COLUMNS
from quotecheck.records import Claim, Document, Quote, Span, Speaker

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "document.schema.json"
ARTICLE = 'The port handled 4.2 million tonnes last year. "We will double it," Mayor Ana Ruiz said.'


pytestmark = pytest.mark.usefixtures("builtin_formats_only")


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def article_doc(doc_id: str = "port", quote_text: str = "We will double it,") -> Document:
    text = ARTICLE.replace("We will double it,", quote_text)
    quote, mention, amount = span(text, quote_text), span(text, "Mayor Ana Ruiz"), span(text, "4.2 million tonnes")
    return Document(
        id=doc_id, source="port.txt",
        speakers=[Speaker(id="s1", name="Ana Ruiz", title="Mayor", mentions=[mention])],
        quotes=[Quote(id="q1", text=quote.text, start=quote.start, end=quote.end, kind="direct",
                      speaker_id="s1", speaker_mention=mention, cue="said", confidence=0.9)],
        claims=[Claim(id="c1", text=amount.text, start=amount.start, end=amount.end, kind="quantity",
                      value=4_200_000, unit="tonne", measure="port traffic",
                      sentence=span(text, "The port handled 4.2 million tonnes last year."),
                      checkworthiness=0.7)],
    )


def exported(docs, format: str, **options) -> bytes:
    out = io.BytesIO()
    export(docs, format, out, **options)
    return out.getvalue()


# --- json and jsonl ---------------------------------------------------------------------

def test_json_one_document_is_an_object_that_round_trips():
    doc = article_doc()
    assert Document.model_validate(orjson.loads(exported([doc], "json"))) == doc


@pytest.mark.parametrize("count", [0, 2, 3])
def test_json_other_counts_are_an_array(count):
    docs = [article_doc(f"d{n}") for n in range(count)]
    assert [Document.model_validate(d) for d in orjson.loads(exported(iter(docs), "json"))] == docs


def test_json_has_the_shape_of_the_design():
    out = orjson.loads(exported([article_doc()], "json"))
    assert list(out) == ["id", "source", "quotes", "speakers", "claims", "meta"]
    start = ARTICLE.index("Mayor Ana Ruiz")
    assert out["quotes"][0]["speaker_mention"] == {"start": start, "end": start + 14, "text": "Mayor Ana Ruiz"}
    assert out["claims"][0]["value"] == 4_200_000


def test_jsonl_is_one_compact_document_per_line():
    docs = [article_doc("a"), article_doc("b")]
    lines = exported(docs, "jsonl").splitlines()
    assert [Document.model_validate_json(line) for line in lines] == docs
    assert all(b"\n" not in line for line in lines)


# --- csv ---------------------------------------------------------------------------------

def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_has_a_row_per_quote_and_per_claim():
    rows = csv_rows(exported([article_doc("a"), article_doc("b")], "csv"))
    assert [(r["document_id"], r["record"], r["id"]) for r in rows] == [
        ("a", "quote", "q1"), ("a", "claim", "c1"), ("b", "quote", "q1"), ("b", "claim", "c1")]
    quote, claim = rows[0], rows[1]
    assert (quote["text"], quote["speaker_name"], quote["speaker_title"], quote["cue"], quote["kind"]) == (
        "We will double it,", "Ana Ruiz", "Mayor", "said", "direct")
    assert (claim["value"], claim["unit"], claim["measure"], claim["approximate"]) == (
        "4200000", "tonne", "port traffic", "false")
    assert claim["sentence"] == "The port handled 4.2 million tonnes last year."
    assert int(claim["start"]) == ARTICLE.index("4.2")


def test_csv_with_no_documents_is_just_the_header():
    assert exported([], "csv").decode().splitlines() == [",".join(COLUMNS)]


FORMULAS = [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1 more", "'+1 more"),
    ("-2 points", "'-2 points"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("ordinary words", "ordinary words"),
    ("a = b", "a = b"),
]


@pytest.mark.parametrize("text, cell", FORMULAS)
def test_csv_neutralises_cells_a_spreadsheet_would_run(text, cell):
    assert csv_rows(exported([article_doc(quote_text=text)], "csv"))[0]["text"] == cell


@given(st.text(min_size=1, max_size=40).filter(lambda t: t not in ARTICLE))
@example("=1+1")
def test_csv_no_cell_starts_a_formula_and_text_survives(text):
    row = csv_rows(exported([article_doc(quote_text=text)], "csv"))[0]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())
    assert row["text"] in (text, "'" + text)


# --- export and atomic writes ---------------------------------------------------------------

def test_export_to_a_path_writes_the_file(tmp_path):
    target = tmp_path / "out.json"
    export([article_doc()], "json", target)
    assert orjson.loads(target.read_bytes())["id"] == "port"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def failing_docs():
    yield article_doc("first")
    raise RuntimeError("extraction failed half-way")


@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_a_failed_export_leaves_the_old_file_and_no_temp_file(tmp_path, format):
    target = tmp_path / "out"
    target.write_bytes(b"previous run")
    with pytest.raises(RuntimeError, match="half-way"):
        export(failing_docs(), format, target)
    assert target.read_bytes() == b"previous run"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_atomic_write_keeps_the_mode_of_a_replaced_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target) as stream:
        stream.write(b"new")
    assert (target.read_bytes(), stat.S_IMODE(target.stat().st_mode)) == (b"new", 0o640)


def test_atomic_write_makes_new_files_with_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "new.json") as stream:
            stream.write(b"{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


@pytest.mark.parametrize("where, message", [
    ("missing-dir/out.json", "check that its directory exists"),
    (".", "it is a directory"),
])
def test_an_unwritable_destination_is_a_format_error(tmp_path, where, message):
    with pytest.raises(FormatError, match=message):
        export([article_doc()], "json", tmp_path / where)


def test_export_refuses_a_text_stream():
    with pytest.raises(FormatError, match="binary stream"):
        export([article_doc()], "json", io.StringIO())


def test_a_format_that_needs_a_path_refuses_a_stream(monkeypatch):
    written = []
    database = Exporter("db", "a database file", lambda docs, path, options: written.append(path),
                        extension=".db", needs_path=True)
    monkeypatch.setattr(plugins, "exporters", lambda: {"db": database})
    with pytest.raises(FormatError, match="give a path"):
        export([article_doc()], "db", io.BytesIO())
    export([article_doc()], "db", "queue.db")
    assert written == [Path("queue.db")]


def test_options_reach_the_exporter(monkeypatch):
    seen = []
    recorder = Exporter("rec", "records its options", lambda docs, stream, options: seen.append(options))
    monkeypatch.setattr(plugins, "exporters", lambda: {"rec": recorder})
    export([], "rec", io.BytesIO(), include_quotes=True)
    assert seen == [{"include_quotes": True}]


# --- the published schema ---------------------------------------------------------------------

def test_the_published_schema_matches_the_records():
    regenerate = ("regenerate it: .venv/bin/python -c \"import orjson, quotecheck; open('docs/document.schema.json', 'wb')"
                  ".write(orjson.dumps(quotecheck.Document.model_json_schema(), option=orjson.OPT_INDENT_2) + b'\\n')\"")
    assert orjson.loads(SCHEMA.read_bytes()) == Document.model_json_schema(), regenerate
