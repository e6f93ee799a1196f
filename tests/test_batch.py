"""``extract_many``: input order kept in one process and across workers, articles as texts or
mappings, a bad article named by its position, and the same Documents as ``extract``."""
from __future__ import annotations

import pytest

from quotecheck import InputError, extract, extract_many

ARTICLES = [
    '"The plant will close in March," the company said in a statement on Tuesday.',
    "Unemployment in the county fell to 4.2 percent, down from 5 percent a year earlier.",
    {"id": "council-17", "text": "Councillor Mina Patel said the budget was “a mess.”",
     "source": "https://news.example/council", "section": "local", "words": 9},
    "",
    {"text": "Nobody spoke.", "source": None},
    {"id": 42, "text": "Turnout was about 61%, officials said.", "source": 7},
] + [f"Story {n}: the fund grew by ${n} million, its director said." for n in range(40)]


def expected(article) -> object:
    if isinstance(article, str):
        return extract(article)
    meta = {k: v for k, v in article.items() if k not in {"id", "text", "source"}}
    ident, source = (None if v is None else str(v) for v in (article.get("id"), article.get("source")))
    return extract(article["text"], id=ident, source=source, meta=meta)


@pytest.mark.parametrize("workers", [1, 2])
def test_same_documents_as_extract_in_input_order(workers):
    docs = list(extract_many(iter(ARTICLES), workers=workers, chunksize=3))
    assert docs == [expected(a) for a in ARTICLES]


@pytest.mark.parametrize("workers", [1, 2])
def test_mapping_keeps_id_source_and_meta(workers):
    docs = list(extract_many(ARTICLES[2:6], workers=workers))
    assert (docs[0].id, docs[0].source) == ("council-17", "https://news.example/council")
    assert docs[0].meta == {"section": "local", "words": 9}
    assert docs[1].id == extract("").id and docs[2].source is None and docs[2].meta == {}
    assert (docs[3].id, docs[3].source) == ("42", "7")


def test_texts_without_ids_get_stable_ids():
    first, second, again = extract_many(["One text.", "Another text.", "One text."], workers=1)
    assert first.id == again.id != second.id


@pytest.mark.parametrize("workers", [1, 2])
def test_streams_lazily(workers):
    def endless():
        n = 0
        while True:
            n += 1
            yield f"Report {n} said {n} people came."

    stream = extract_many(endless(), workers=workers, chunksize=2)
    first = [next(stream) for _ in range(5)]
    stream.close()
    assert [d.id for d in first] == [extract(f"Report {n} said {n} people came.").id for n in range(1, 6)]


BAD = [
    (b"bytes, not text", "article 2 is a bytes"),
    ({"id": "x"}, "article 2 is a dict"),
    ({"id": "x", "text": 12}, "article 2 is a dict"),
    (None, "article 2 is a NoneType"),
    (["a", "list"], "article 2 is a list"),
]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("bad, message", BAD)
def test_bad_article_raises_input_error_naming_it(workers, bad, message):
    stream = extract_many(["A good first article.", bad, "A third."], workers=workers)
    with pytest.raises(InputError, match=message):
        list(stream)


def test_empty_input_yields_nothing():
    assert list(extract_many([], workers=2)) == []
