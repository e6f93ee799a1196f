"""``quotecheck evaluate``: the matching rules on small gold files written here, agreement with
the reference scorer ``../shared/tools/score.py`` on the dev sets, and the command itself."""
from __future__ import annotations

import functools
import json
import random
from pathlib import Path

import pytest

import quotecheck
from quotecheck.cli import main
from quotecheck.errors import InputError
from quotecheck.evaluation import (
    GoldDocument, evaluate, evaluate_quantities, load_gold, match, name_words, run_evaluation, title_words,
)
from quotecheck.records import Claim, Document, Quantity, Quote, Span, Speaker

from shared_data import SHARED, score_tool
DEV = SHARED / "eval" / "dev"

TEXT = ('"The bridge will open in May," Mayor Ana Ruiz told reporters on Monday. '
        'She said the work cost about $40 million. "We kept our promise."')


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def span(phrase: str, text: str = TEXT) -> Span:
    start, end = at(phrase, text)
    return Span(start=start, end=end, text=phrase)


def gold_quote(phrase: str, speaker: str | None = "Mayor Ana Ruiz", **extra) -> dict:
    start, end = at(phrase)
    item = {"start": start, "end": end, "text": phrase, "kind": "direct", **extra}
    if speaker:
        item.update(speaker=speaker, speaker_start=at(speaker)[0], speaker_end=at(speaker)[1])
    return item


def gold(quotes=(), claims=(), text: str = TEXT) -> GoldDocument:
    return GoldDocument.model_validate({"id": "d1", "text": text, "quotes": list(quotes), "claims": list(claims)})


RUIZ = Speaker(id="s1", name="Ana Ruiz", title="Mayor", mentions=[span("Mayor Ana Ruiz"), span("She")])
OTHER = Speaker(id="s2", name="Tom Bell", mentions=[])


def predicted_quote(phrase: str, speaker: str | None = "s1", kind: str = "direct", n: int = 1) -> Quote:
    start, end = at(phrase)
    return Quote(id=f"q{n}", text=phrase, start=start, end=end, kind=kind, speaker_id=speaker, confidence=0.9)


def predicted(*quotes: Quote, claims=(), speakers=(RUIZ, OTHER)) -> Document:
    return Document(id="d1", quotes=list(quotes), speakers=list(speakers), claims=list(claims))


FIRST = "The bridge will open in May,"
SECOND = "We kept our promise."


# --------------------------------------------------------------------------- matching rules

CASES = [
    # (name, gold quotes, predicted quotes, expected figures)
    ("exact and attributed", [gold_quote(FIRST)], [predicted_quote(FIRST)],
     {"tp": 1, "exact": 1, "attributed": 1, "errors": {}}),
    ("quotation marks and edge punctuation are trimmed", [gold_quote(FIRST)], [predicted_quote(f'"{FIRST}"')],
     {"tp": 1, "exact": 1, "attributed": 1, "errors": {}}),
    ("boundary wrong: found, not exact", [gold_quote(FIRST)], [predicted_quote("The bridge will open")],
     {"tp": 1, "exact": 0, "attributed": 1, "errors": {"boundary wrong": 1}}),
    ("overlap under half of the shorter span does not match", [gold_quote(FIRST)], [predicted_quote('May," Mayor Ana')],
     {"tp": 0, "exact": 0, "attributed": 0, "errors": {"quote missed": 1, "not in gold": 1}}),
    ("speaker wrong", [gold_quote(FIRST)], [predicted_quote(FIRST, speaker="s2")],
     {"tp": 1, "exact": 1, "attributed": 0, "errors": {"speaker wrong": 1}}),
    ("no speaker predicted", [gold_quote(FIRST)], [predicted_quote(FIRST, speaker=None)],
     {"tp": 1, "exact": 1, "attributed": 0, "errors": {"speaker wrong": 1}}),
    ("not in gold", [gold_quote(FIRST)], [predicted_quote(FIRST), predicted_quote(SECOND, n=2)],
     {"tp": 1, "exact": 1, "attributed": 1, "errors": {"not in gold": 1}}),
    ("one to one: a second overlapping prediction is extra", [gold_quote(FIRST)],
     [predicted_quote("The bridge will open"), predicted_quote(FIRST, n=2)],
     {"tp": 1, "exact": 1, "attributed": 1, "errors": {"not in gold": 1}}),
    ("an optional item found is neither right nor wrong", [gold_quote(FIRST), gold_quote(SECOND, optional=True)],
     [predicted_quote(FIRST), predicted_quote(SECOND, n=2)],
     {"tp": 1, "exact": 1, "attributed": 1, "pred": 1, "gold": 1, "errors": {}}),
    ("an optional item missed is not a miss", [gold_quote(SECOND, optional=True)], [],
     {"tp": 0, "exact": 0, "attributed": 0, "pred": 0, "gold": 0, "errors": {}}),
]


@pytest.mark.parametrize("name, gold_quotes, pred_quotes, want", CASES, ids=[c[0] for c in CASES])
def test_quote_matching_rules(name, gold_quotes, pred_quotes, want):
    report = evaluate([gold(gold_quotes)], [predicted(*pred_quotes)])
    assert report["quotes"]["tp"] == want["tp"]
    assert report["quotes_exact_span"]["tp"] == want["exact"]
    assert report["attributed_quotes"]["tp"] == want["attributed"]
    assert report["quotes"]["pred"] == want.get("pred", len(pred_quotes))
    assert report["quotes"]["gold"] == want.get("gold", len(gold_quotes))
    assert {k: v for k, v in report["errors"].items() if v} == want["errors"]
    assert len(report["misses"]) == sum(want["errors"].values())


def test_speaker_matched_by_name_when_spans_differ():
    # gold marks a later mention; the predicted speaker has the same surname
    g = gold_quote(FIRST, speaker=None, speaker_name="Ana Ruiz")
    elsewhere = Speaker(id="s1", name="Ruiz", mentions=[])
    report = evaluate([gold([g])], [predicted(predicted_quote(FIRST), speakers=[elsewhere])])
    assert report["attributed_quotes"]["tp"] == 1


def test_pronoun_attributes_but_does_not_resolve():
    g = gold_quote(SECOND, speaker="She", speaker_name="Ana Ruiz", speaker_title="Mayor")
    unresolved = Speaker(id="s1", name=None, mentions=[span("She")])
    report = evaluate([gold([g])], [predicted(predicted_quote(SECOND), speakers=[unresolved])])
    assert report["attributed_quotes"]["tp"] == 1
    assert report["resolved_attributed_quotes"]["tp"] == 0
    assert report["title_accuracy"] == 0.0
    report = evaluate([gold([g])], [predicted(predicted_quote(SECOND))])
    assert report["resolved_attributed_quotes"]["tp"] == 1
    assert report["title_accuracy"] == 1.0


def test_quote_attributed_through_its_mention_alone():
    g = gold_quote(FIRST)
    q = predicted_quote(FIRST, speaker=None).model_copy(update={"speaker_mention": span("Ana Ruiz")})
    assert evaluate([gold([g])], [predicted(q, speakers=[])])["attributed_quotes"]["tp"] == 1


def test_kinds_filter_both_sides():
    g = [gold_quote(FIRST), gold_quote(SECOND, kind="partial")]
    p = predicted(predicted_quote(FIRST), predicted_quote(SECOND, kind="indirect", n=2))
    report = evaluate([gold(g)], [p], kinds={"direct"})
    assert (report["quotes"]["gold"], report["quotes"]["pred"], report["quotes"]["tp"]) == (1, 1, 1)
    report = evaluate([gold(g)], [p], kinds={"partial"})
    assert (report["quotes"]["gold"], report["quotes"]["pred"], report["quotes"]["tp"]) == (1, 0, 0)


def test_speech_only_makes_non_speech_indirect_optional():
    belief = gold_quote("the work cost about $40 million", kind="indirect", speech_cue=False)
    report = evaluate([gold([belief])], [predicted()])
    assert report["errors"]["quote missed"] == 1
    report = evaluate([gold([belief])], [predicted()], speech_only=True)
    assert report["quotes"]["gold"] == 0 and report["errors"]["quote missed"] == 0


def test_min_overlap_is_configurable():
    g, p = [gold([gold_quote(FIRST)])], [predicted(predicted_quote("bridge will"))]
    assert evaluate(g, p)["quotes"]["tp"] == 1
    assert evaluate(g, p, min_overlap=1.0)["quotes"]["tp"] == 1  # inside: covers the shorter span
    p = [predicted(predicted_quote('May," Mayor Ana Ruiz told'))]
    assert evaluate(g, p, min_overlap=0.1)["quotes"]["tp"] == 1
    assert evaluate(g, p)["quotes"]["tp"] == 0


def claim(phrase: str, value: float, unit: str | None, n: int = 1) -> Claim:
    start, end = at(phrase)
    return Claim(id=f"c{n}", text=phrase, start=start, end=end, kind="money", value=value, unit=unit,
                 sentence=span("She said the work cost about $40 million."), checkworthiness=0.8)


@pytest.mark.parametrize("pred_claims, want", [
    ([claim("about $40 million", 40e6, "USD")], (1, 1.0, 1.0)),
    ([claim("$40 million", 40e6, "USD")], (1, 1.0, 1.0)),
    ([claim("about $40 million", 40.0, "USD")], (1, 0.0, 1.0)),
    ([claim("about $40 million", 40e6, None)], (1, 1.0, 0.0)),
    ([claim("Monday", 1.0, None)], (0, None, None)),
])
def test_claims_value_and_unit(pred_claims, want):
    g = gold(claims=[{**dict(zip(("start", "end"), at("about $40 million"))), "value": 40e6, "unit": "USD"}])
    report = evaluate([g], [predicted(claims=pred_claims)])
    assert (report["claims"]["tp"], report["claim_value_accuracy"], report["claim_unit_accuracy"]) == want


def test_claim_figures_absent_without_gold_claims():
    assert "claims" not in evaluate([gold()], [predicted()])


@pytest.mark.parametrize("name, want_words", [
    ("Ambassador Nikki Haley", {"nikki", "haley"}),
    ("Haley's spokesman", {"haley"}),
    ("the Secretary of State", {"state"}),
])
def test_name_words_leave_titles_aside(name, want_words):
    assert name_words(name) == want_words


def test_title_words_spell_out_abbreviations():
    assert title_words("Sen.") == title_words("Senator") == {"senator"}


def test_match_prefers_the_closest_span():
    text = "alpha beta gamma delta"
    pairs = match([(0, 10)], [(0, 16), (0, 10)], text, 0.5)
    assert pairs == [(0, 1, True)]


# --------------------------------------------------------------------------- numbers suites

def quantity(text: str, phrase: str, **fields) -> Quantity:
    start, end = at(phrase, text)
    return Quantity(text=phrase, start=start, end=end, **fields)


NUMBERS = [
    # (text, expected item, found quantities, found?)
    ("It took 3 days.", {"text": "3 days", "kind": "duration", "value_num": 259200},
     [{"kind": "duration", "value": 3, "unit": "days"}], True),
    ("It took 3 days.", {"text": "3 days", "kind": "duration", "value_num": 259200},
     [{"kind": "duration", "value": 3, "unit": None}], False),
    ("Between 5 and 9 people came.", {"text": "Between 5 and 9", "kind": "range", "range": {"min": 5, "max": 9}},
     [{"kind": "range", "value": None, "low": 5, "high": 9}], True),
    ("Between 5 and 9 people came.", {"text": "Between 5 and 9", "kind": "range", "range": {"min": 5, "max": 9}},
     [{"kind": "range", "value": None, "low": 5, "high": 10}], False),
    ("Prices rose 12.5 percent.", {"text": "12.5 percent", "kind": "percent", "value_num": 12.5},
     [{"kind": "percent", "value": 12.5}], True),
]


@pytest.mark.parametrize("text, expected, found, hit", NUMBERS)
def test_numbers_suite(text, expected, found, hit):
    start, end = at(expected["text"], text)
    g = GoldDocument.model_validate({"id": "n", "text": text, "expected": [{**expected, "start": start, "end": end}]})
    assert g.numeric
    got = [quantity(text, expected["text"], **f) for f in found]
    report = evaluate_quantities([g], [got])
    assert report["quantities"]["tp"] == hit
    assert report["exact_span_recall"] == float(hit)
    assert len(report["misses"]) == (not hit)


# --------------------------------------------------------------------------- gold files

def write(tmp_path: Path, lines: list[str], name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"id": "a", "text": TEXT, "quotes": [gold_quote(FIRST)]})


@pytest.mark.parametrize("second_line, message", [
    ("{not json", "line 2: not valid JSON"),
    ('["a list"]', "line 2: expected a JSON object"),
    ('{"id": "b"}', "line 2: text: Field required"),
    ('{"id": "b", "text": "Short.", "quotes": [{"start": 3, "end": 40}]}',
     r"line 2: quotes\[0\] has offsets 3:40 outside the text"),
    ('{"id": "b", "text": "Short.", "quotes": [{"start": 0, "end": 2, "kind": "rumour"}]}', "line 2: quotes.0.kind"),
    ('{"id": "b", "text": "Short.", "claims": [{"start": 0, "end": 2, "value": "lots"}]}', "line 2: claims.0.value"),
])
def test_bad_gold_line_names_file_and_line(tmp_path, second_line, message):
    path = write(tmp_path, [GOOD, second_line])
    with pytest.raises(InputError, match=message) as err:
        load_gold(path)
    assert str(path) in str(err.value)


def test_gold_file_problems(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")
    (tmp_path / "latin1.jsonl").write_bytes('{"id": "a", "text": "café"}'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_gold(tmp_path / "latin1.jsonl")
    with pytest.raises(InputError, match="no gold documents"):
        load_gold(write(tmp_path, [""], "empty.jsonl"))


def test_single_json_document_with_text_file(tmp_path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "article.gold.json"
    path.write_text(json.dumps({"id": "a", "text_file": "article.txt", "quotes": [gold_quote(FIRST)]}), encoding="utf-8")
    [doc] = load_gold(path)
    assert doc.text == TEXT and doc.quotes[0].start == 1 and not doc.numeric


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8") + b"\n")
    assert [d.id for d in load_gold(path)] == ["a"]


def test_numeric_ids_become_strings(tmp_path):
    [doc] = load_gold(write(tmp_path, [json.dumps({"id": 7, "text": "Seven."})]))
    assert doc.id == "7"


# --------------------------------------------------------------------------- the command

def test_evaluate_command_reports_figures(tmp_path, capsys):
    path = write(tmp_path, [GOOD, json.dumps({"id": "b", "text": "No quotes here.", "quotes": []})])
    assert main(["evaluate", str(path), "--json", "--misses", "5", "--kinds", "direct,partial"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 2 and report["quotes"]["gold"] == 1
    assert set(report["errors"]) == {"quote missed", "boundary wrong", "speaker wrong", "not in gold"}
    assert len(report["misses"]) <= 5
    assert main(["evaluate", str(path), "--misses", "1"]) == 0
    out = capsys.readouterr().out
    assert "attributed_quotes" in out and "F1" in out


def test_evaluate_command_numbers_suite(tmp_path, capsys):
    five = {"start": 8, "end": 10, "text": "$5", "kind": "money", "value_num": 5}
    line = {"id": "n", "text": "It cost $5.", "expected": [five]}
    assert main(["evaluate", str(write(tmp_path, [json.dumps(line)])), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["cases"] == 1 and report["quantities"]["gold"] == 1


def test_evaluate_command_bad_gold_exits_1(tmp_path, capsys):
    assert main(["evaluate", str(write(tmp_path, [GOOD, "{oops"]))]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "Traceback" not in err


@pytest.mark.parametrize("option", [["--kinds", "rumour"], ["--min-overlap", "0"], ["--min-overlap", "x"]])
def test_evaluate_command_bad_options_exit_2(tmp_path, option):
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate", str(write(tmp_path, [GOOD])), *option])
    assert exit_.value.code == 2


# --------------------------------------------------------------------------- agreement with score.py

def reference_scorer():
    return score_tool()


@functools.cache
def dev_set(name: str) -> tuple[list[dict], list[GoldDocument]]:
    path = DEV / name
    if not path.is_file():
        pytest.skip(f"dev set not found at {path} (../shared is absent in a fresh clone)")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines, load_gold(path)


@functools.cache
def extracted(name: str) -> list[Document]:
    """quotecheck's output on a dev set, made once for every setting scored."""
    return [quotecheck.extract(g.text, id=g.id) for g in dev_set(name)[1]]


def perturbed(doc: GoldDocument, rng: random.Random) -> Document:
    """Predictions made from gold with every kind of error: drops, shifted boundaries, wrong,
    missing or name-only speakers, extra quotes, wrong claim values and units."""
    speakers, quotes, claims = [], [], []
    text = doc.text
    for g in doc.quotes:
        if rng.random() < 0.15:
            continue
        start = max(0, g.start + rng.choice([0, 0, 0, -3, 2, 15]))
        end = min(len(text), max(start, g.end + rng.choice([0, 0, 1, -4, 30])))
        sid = f"s{len(speakers) + 1}"
        roll = rng.random()
        if roll < 0.5 and g.speaker_start is not None:
            mention = Span(start=g.speaker_start, end=g.speaker_end, text=text[g.speaker_start:g.speaker_end])
            speakers.append(Speaker(id=sid, name=g.speaker_name if rng.random() < 0.5 else None,
                                    title=g.speaker_title, mentions=[mention]))
        elif roll < 0.7:
            speakers.append(Speaker(id=sid, name=g.speaker_name or g.speaker, title=rng.choice([None, "Sen."])))
        elif roll < 0.85:
            speakers.append(Speaker(id=sid, name="Nobody In Particular", title="spokesman"))
        else:
            sid = None
        kind = g.kind if rng.random() < 0.9 else rng.choice(["direct", "partial", "indirect"])
        quotes.append(Quote(id=f"q{len(quotes) + 1}", text=text[start:end], start=start, end=end, kind=kind,
                            speaker_id=sid, confidence=0.5))
    for _ in range(rng.randrange(3)):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(1, 200))
        quotes.append(Quote(id=f"q{len(quotes) + 1}", text=text[start:end], start=start, end=end,
                            kind="direct", confidence=0.1))
    for g in doc.claims:
        if rng.random() < 0.2:
            continue
        value = g.value if rng.random() < 0.8 else (g.value or 0) * 10
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[g.start:g.end], start=g.start, end=g.end,
                            kind="count", value=value, unit=g.unit if rng.random() < 0.8 else "USD",
                            sentence=Span(start=g.start, end=g.end, text=text[g.start:g.end]), checkworthiness=0.5))
    return Document(id=doc.id, quotes=quotes, speakers=speakers, claims=claims)


def figures(report: dict) -> dict:
    return {k: v for k, v in report.items() if k not in {"misses", "errors", "seconds", "chars_per_second"}}


AGREEMENT = [
    ("polnear-dev.jsonl", None, False),
    ("polnear-dev.jsonl", "direct,partial", False),
    ("polnear-dev.jsonl", None, True),
    ("wikinews-dev.jsonl", None, False),
    ("wikinews-dev.jsonl", "direct,partial", True),
]


@pytest.mark.parametrize("name, kinds, speech_only", AGREEMENT)
def test_agrees_with_reference_scorer(name, kinds, speech_only):
    score = reference_scorer()
    lines, golds = dev_set(name)
    kind_set = set(kinds.split(",")) if kinds else None
    rng = random.Random(name)
    for predictions in (extracted(name), [perturbed(g, rng) for g in golds]):
        reference = score.score(lines, {d.id: d.model_dump(mode="json") for d in predictions}, kind_set, 0.5, speech_only)
        ours = evaluate(golds, predictions, kinds=kind_set, min_overlap=0.5, speech_only=speech_only)
        assert figures(ours) == figures(reference)
        q = ours["quotes"]
        assert ours["errors"]["quote missed"] == q["gold"] - q["tp"]
        assert ours["errors"]["not in gold"] == q["pred"] - q["tp"]
        assert ours["errors"]["boundary wrong"] == q["tp"] - ours["quotes_exact_span"]["tp"]


def test_run_evaluation_agrees_on_the_numbers_suite():
    score = reference_scorer()
    lines, golds = dev_set("numbers-dev.jsonl")
    reference = score.score_quantities(lines, score.predict_quantities(lines)[0])
    ours = run_evaluation(golds)
    assert figures(ours) == figures(reference)


def test_agrees_on_the_numbers_suite_with_errors():
    score = reference_scorer()
    lines, golds = dev_set("numbers-dev.jsonl")
    rng = random.Random(0)
    found = []
    for g in golds:
        quantities = []
        for e in g.expected:
            values = e.values()
            if not values or rng.random() < 0.2:
                continue
            wrong = rng.random() < 0.2
            fields = ({"kind": "duration", "value": values[0] / 86400, "unit": "days"} if e.kind == "duration"
                      else {"kind": "range", "low": values[0], "high": values[-1] + wrong} if e.range
                      else {"kind": "count", "value": values[0] * (2 if wrong else 1)})
            quantities.append(Quantity(text=g.text[e.start:e.end], start=e.start, end=e.end, **fields))
        found.append(quantities)
    # the suite repeats some ids; number the cases so that the reference keeps every prediction
    numbered = [{**line, "id": str(i)} for i, line in enumerate(lines)]
    reference = score.score_quantities(numbered, {str(i): {"quantities": [q.model_dump(mode="json") for q in qs]}
                                                  for i, qs in enumerate(found)})
    ours = evaluate_quantities(golds, found)
    assert ours["quantities"]["tp"] > 0
    assert figures(ours) == figures(reference)


def test_misses_are_listed_in_reading_order():
    g = gold([gold_quote(SECOND)])
    report = evaluate([g, g], [predicted(predicted_quote(FIRST)), predicted()])
    assert [(m["why"], m["start"]) for m in report["misses"]] == [
        ("not in gold", at(FIRST)[0]), ("quote missed", at(SECOND)[0]), ("quote missed", at(SECOND)[0])]
