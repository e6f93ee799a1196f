"""``quotecheck extract`` and its inputs: .txt, .jsonl, directories, stdin; one-line errors
with exit status 1; progress; and a whole run over the shared corpus when it is present."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import plugins
from quotecheck.cli import EXIT_ERROR, EXIT_OK, default_workers, main, with_progress
from quotecheck.exporting import Exporter
from quotecheck.inputs import jsonl_articles

from shared_data import SHARED
CORPUS_ARTICLE = SHARED / "corpus" / "voa-2017-08-09-north-korea.txt"

HARBOUR = 'The harbour reopened on Monday. "Ships are back," Captain Lea Moss said.\n'
BRIDGE = "The bridge cost $12 million, about 30% more than planned.\n"


pytestmark = pytest.mark.usefixtures("builtin_formats_only")


@pytest.fixture
def run(capsys, monkeypatch):
    """run(*args, stdin=b"") -> (status, stdout bytes, stderr text), in this process."""
    def _run(*args: str, stdin: bytes = b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        status = main(["extract", "--workers", "1", *args])
        out, err = capsys.readouterr()
        return status, out.encode("utf-8"), err
    return _run


@pytest.fixture
def articles(tmp_path) -> Path:
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "batch.jsonl").write_bytes(
        orjson.dumps({"id": "j1", "text": BRIDGE, "desk": "metro"}) + b"\n\n"
        + orjson.dumps({"id": 7, "text": HARBOUR}) + b"\n")
    return tmp_path


def test_a_text_file_becomes_a_document_named_after_it(run, articles):
    status, out, _ = run(str(articles / "harbour.txt"))
    doc = orjson.loads(out)
    assert (status, doc["id"], doc["source"]) == (EXIT_OK, "harbour", str(articles / "harbour.txt"))
    assert all(HARBOUR[q["start"]:q["end"]] == q["text"] for q in doc["quotes"])


def test_a_directory_gives_its_txt_and_jsonl_files_sorted(run, articles):
    status, out, _ = run(str(articles), "--format", "jsonl")
    docs = [orjson.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["j1", "7", "bridge", "harbour"]
    assert docs[0]["meta"] == {"desk": "metro"}


def test_stdin_is_one_text_or_jsonl(run):
    _, out, _ = run("-", stdin=BRIDGE.encode())
    assert orjson.loads(out)["id"].startswith("doc-")
    _, out, _ = run("--stdin-format", "jsonl", "--format", "jsonl",
                    stdin=b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    assert [orjson.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


def test_output_file_and_csv(run, articles):
    target = articles / "out" / "claims.csv"
    target.parent.mkdir()
    status, out, _ = run(str(articles / "bridge.txt"), "-f", "csv", "-o", str(target))
    assert (status, out) == (EXIT_OK, b"")
    assert target.read_text(encoding="utf-8").startswith("document_id,source,record,")


def test_exporter_options_pass_through(run, articles, monkeypatch):
    seen = []
    recorder = Exporter("rec", "records its options", lambda docs, stream, options: seen.append(options))
    monkeypatch.setattr(plugins, "exporters", lambda: {"rec": recorder})
    run(str(articles / "bridge.txt"), "-f", "rec")
    run(str(articles / "bridge.txt"), "-f", "rec", "--include-quotes")
    assert seen == [{}, {"include_quotes": True}]


ERRORS = {
    "missing file": (lambda d: [str(d / "gone.txt")], "gone.txt: no such file or directory"),
    "not UTF-8": (lambda d: [str(d / "latin1.txt")], "latin1.txt: not UTF-8 text (bad byte 0xe9 at byte offset 4)"),
    "malformed JSONL": (lambda d: [str(d / "broken.jsonl")], "broken.jsonl, line 2: not valid JSON"),
    "JSONL without text": (lambda d: [str(d / "notext.jsonl")], 'notext.jsonl, line 1: expected a JSON object with a "text" string'),
    "bad byte in JSONL": (lambda d: [str(d / "badbyte.jsonl")], "badbyte.jsonl: not UTF-8 text (bad byte 0xff at byte offset 27)"),
    "unknown format": (lambda d: [str(d / "harbour.txt"), "-f", "xml"], "unknown format 'xml'; choose one of: csv, json, jsonl"),
    "unwritable output": (lambda d: [str(d / "harbour.txt"), "-o", str(d / "no" / "out.json")], "check that its directory exists"),
    "output is a directory": (lambda d: [str(d / "harbour.txt"), "-o", str(d)], "it is a directory"),
}


@pytest.mark.parametrize("arguments, message", ERRORS.values(), ids=ERRORS.keys())
def test_bad_input_is_one_line_on_stderr_and_exit_1(run, articles, arguments, message):
    (articles / "latin1.txt").write_bytes(b"Cafe\xe9 opens.\n")
    (articles / "broken.jsonl").write_bytes(b'{"text": "fine"}\n{"text": "cut\n')
    (articles / "notext.jsonl").write_bytes(b'{"body": "wrong key"}\n')
    (articles / "badbyte.jsonl").write_bytes(b'{"text": "fine"}\n{"text": "\xff"}\n')
    status, out, err = run(*arguments(articles))
    assert status == EXIT_ERROR
    assert err.startswith("quotecheck: error: ") and message in err and err.count("\n") == 1
    assert out == b""


def test_a_failed_run_leaves_an_existing_output_untouched(run, articles):
    target = articles / "out.json"
    target.write_bytes(b"yesterday")
    (articles / "zz-broken.jsonl").write_bytes(b'{"text": "cut\n')
    status, _, _ = run(str(articles), "-o", str(target))
    assert (status, target.read_bytes()) == (EXIT_ERROR, b"yesterday")
    assert sorted(p.name for p in articles.iterdir() if p.name.startswith(".")) == []


def test_progress_counts_documents_on_stderr():
    stream = io.StringIO()
    assert list(with_progress(iter("abc"), stream, interval=0)) == ["a", "b", "c"]
    assert stream.getvalue().endswith("\rquotecheck: 3 documents in 0.0s".ljust(51) + "\n")
    quiet = io.StringIO()
    list(with_progress(iter("abc"), quiet, interval=60))
    assert quiet.getvalue() == ""


def test_progress_ends_its_line_when_the_batch_fails():
    def failing():
        yield "a"
        raise RuntimeError("bad article")
    stream = io.StringIO()
    with pytest.raises(RuntimeError):
        list(with_progress(failing(), stream, interval=0))
    assert stream.getvalue().endswith("quotecheck: 1 documents in 0.0s".ljust(50) + "\n")


def test_no_inputs_and_a_terminal_on_stdin_is_an_error_not_a_hang(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", type("Terminal", (), {"isatty": lambda self: True})())
    assert main(["extract"]) == EXIT_ERROR
    assert "no articles given" in capsys.readouterr().err


@pytest.mark.parametrize("files, stdin_format, workers", [
    (["-"], "txt", 1),
    (["-"], "jsonl", None),
    ([Path("a.txt")], "txt", 1),
    ([Path("a.jsonl")], "txt", None),
    ([Path("a.txt"), Path("b.txt")], "txt", None),
])
def test_a_single_article_runs_in_process_and_batches_use_every_core(files, stdin_format, workers):
    assert default_workers(files, stdin_format) == workers


@given(st.dictionaries(st.sampled_from(["id", "source", "desk", "lang"]), st.text(max_size=20)), st.text())
def test_jsonl_lines_keep_text_and_extra_keys(extra, text):
    article = {**extra, "text": text}
    (parsed,) = jsonl_articles([orjson.dumps(article) + b"\n"], "x.jsonl")
    assert parsed == {**article, "id": article.get("id"), "source": article.get("source")}


@pytest.mark.parametrize("source, text", [
    (None, None),
    ("https://news.example/a", "https://news.example/a"),
    ({"url": "https://news.example/b", "desk": "metro"}, "https://news.example/b"),
    ({"archive": "box 4"}, '{"archive":"box 4"}'),
    (["a", "b"], '["a","b"]'),
])
def test_a_jsonl_source_becomes_a_string(source, text):
    (parsed,) = jsonl_articles([orjson.dumps({"text": "x", "source": source})], "x.jsonl")
    assert parsed["source"] == text


def test_the_console_command_reports_errors_without_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "quotecheck.cli", "extract", str(tmp_path / "gone.txt")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == EXIT_ERROR
    assert "Traceback" not in result.stderr and "no such file" in result.stderr


def test_the_shared_corpus_article_exports_with_exact_offsets(run):
    if not CORPUS_ARTICLE.exists():
        pytest.skip("../shared/corpus is not present (a fresh clone has no shared data)")
    text = CORPUS_ARTICLE.read_text(encoding="utf-8")
    status, out, _ = run(str(CORPUS_ARTICLE))
    doc = orjson.loads(out)
    assert status == EXIT_OK and doc["id"] == CORPUS_ARTICLE.stem
    for record in doc["quotes"] + doc["claims"]:
        assert text[record["start"]:record["end"]] == record["text"]
