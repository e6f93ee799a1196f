"""quotecheck-markdown: found through its entry point, renders a brief, escapes article text."""
from __future__ import annotations

import importlib.metadata
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

quotecheck_markdown = pytest.importorskip(
    "quotecheck_markdown", reason="quotecheck-markdown is not installed: pip install -e plugins/quotecheck-markdown")

from quotecheck import export, plugins  # noqa: E402
from quotecheck.records import Claim, Document, Quote, Span, Speaker  # noqa: E402

ARTICLE = ('Rents rose by nearly 8% a year. "We cannot keep up," said tenant organiser Jo Park. '
           "An official who asked not to be named said the city had no plan.")


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch):
    monkeypatch.setenv("QUOTECHECK_PLUGINS", "markdown")
    plugins.reset()
    yield
    plugins.reset()


def span(part: str, text: str = ARTICLE) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def brief_doc(quote_text: str = "We cannot keep up,") -> Document:
    text = ARTICLE.replace("We cannot keep up,", quote_text)
    quote, indirect = span(quote_text, text), span("the city had no plan", text)
    rise = span("nearly 8% a year", text)
    return Document(
        id="rents", source="rents.txt",
        speakers=[Speaker(id="s1", name="Jo Park", title="tenant organiser", mentions=[span("tenant organiser Jo Park", text)]),
                  Speaker(id="s2", name=None, title="An official", anonymous=True)],
        quotes=[Quote(id="q1", text=quote.text, start=quote.start, end=quote.end, kind="direct",
                      speaker_id="s1", cue="said", confidence=0.9),
                Quote(id="q2", text=indirect.text, start=indirect.start, end=indirect.end, kind="indirect",
                      speaker_id="s2", cue="said", confidence=0.6)],
        claims=[Claim(id="c1", text=rise.text, start=rise.start, end=rise.end, kind="percent", value=8,
                      unit="percent", period="year", approximate=True, qualifier=None,
                      sentence=span("Rents rose by nearly 8% a year.", text), checkworthiness=0.8)],
    )


def brief(doc: Document) -> str:
    out = io.BytesIO()
    export([doc], "markdown", out)
    return out.getvalue().decode("utf-8")


def test_it_is_discovered_through_its_entry_point():
    entry_points = {ep.name: ep for ep in importlib.metadata.entry_points(group="quotecheck")}
    if "markdown" not in entry_points:
        pytest.skip("quotecheck-markdown is importable but not installed as a distribution")
    assert entry_points["markdown"].value == "quotecheck_markdown"
    info = next(p for p in plugins.installed_plugins() if p.name == "markdown")
    assert (info.distribution, info.formats, info.error) == ("quotecheck-markdown", ("markdown",), None)
    assert plugins.get_exporter("markdown").extension == ".md"


def test_the_brief_says_who_said_what_and_what_to_check():
    text = brief(brief_doc())
    assert text.startswith("# Brief: rents\n")
    assert "### Jo Park, tenant organiser\n\n- “We cannot keep up,” (direct, said;" in text
    assert "### Anonymous source, An official\n\n- “the city had no plan” (indirect, said;" in text
    assert "1. **nearly 8% a year** (percent; 8 percent a year; approximate; check-worthiness 0.80)" in text
    assert "   > Rents rose by nearly 8% a year." in text


def test_several_documents_are_separated_by_a_rule():
    out = io.BytesIO()
    export([brief_doc(), brief_doc()], "markdown", out)
    assert out.getvalue().decode().count("\n---\n\n# Brief: rents") == 1


HOSTILE = [
    ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
    ("[click](http://x.example)", "\\[click\\]\\(http://x.example\\)"),
    ("**loud** _and_ `code`", "\\*\\*loud\\*\\* \\_and\\_ \\`code\\`"),
    ("line one\n# heading", "line one \\# heading"),
    ("$5 and $6", "\\$5 and \\$6"),
    ("AT&amp;T", "AT&amp;amp;T"),
]


@pytest.mark.parametrize("quote_text, escaped", HOSTILE)
def test_article_text_is_escaped(quote_text, escaped):
    assert f"- “{escaped}” (direct" in brief(brief_doc(quote_text))


@given(st.text(min_size=1, max_size=60))
def test_no_raw_html_or_markdown_link_survives(text):
    escaped = quotecheck_markdown.escape(text)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped
    assert "[" not in escaped.replace("\\[", "")
