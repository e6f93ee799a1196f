"""``quotecheck evaluate``: measure quotecheck on gold annotations a newsroom writes itself.

Gold files follow DESIGN.md ("Gold files for evaluation"). The matching rules are those of the
project's reference scorer, so that figures quoted anywhere mean the same thing:

- spans are compared after trimming quotation marks, spaces and edge punctuation;
- a gold and a predicted span match when their overlap covers ``min_overlap`` of the shorter
  one; pairs are taken greedily by overlap / union, one to one;
- a matched quote's speaker is right when the gold speaker span overlaps a mention of the
  predicted speaker (or the quote's attributing mention), or when their names share a word
  that is not a title; "resolved" also asks that the predicted speaker carry the gold name;
- gold items marked ``optional`` (and, with ``speech_only``, indirect quotes whose
  ``speech_cue`` is false) are neither missed nor wrong when found.

On top of the figures, every error is listed by cause, so that an annotating desk sees what
to fix: a quote missed, its boundary wrong, its speaker wrong, or a quote not in gold.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, get_args

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import InputError
from .pipeline import extract
from .quantities import find_quantities
from .records import Document, Quantity, Quote, QuoteKind, Speaker

QUOTE_KINDS = get_args(QuoteKind)

# Characters trimmed from both ends of a span before spans are compared.
EDGE_CHARACTERS = frozenset(" \t\r\n\"'“”‘’«»„‚,.;:!?—–-()[]")

# Words that never identify a person: a shared "Mr" or "Secretary" does not make two names agree.
NOT_NAME_WORDS = frozenset("""
mr mrs ms dr sen rep gov gen president minister ambassador secretary the a an of and said
u.s. u.n. former prime spokesman spokeswoman spokesperson official officials chief executive
""".split())
NAME_STRIP = ".,'’\""

# Titles are compared word by word, abbreviations spelled out, small words left aside.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "sec": "secretary", "amb": "ambassador",
}
NOT_TITLE_WORDS = frozenset("the a an of and for to at in with".split())
TITLE_STRIP = ".,;:'’\"()"

# Durations are compared in seconds (a month is 30 days, a year 365).
SECONDS_PER_UNIT = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
    "month": 2592000, "year": 31536000, "decade": 315360000, "century": 3153600000,
}

CLAIM_MIN_OVERLAP = 0.5


# ---------------------------------------------------------------------------- gold records

class GoldItem(BaseModel):
    """A span of the gold text; unknown keys (annotators' notes) are ignored."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""


class GoldQuote(GoldItem):
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_start: int | None = Field(default=None, ge=0)
    speaker_end: int | None = Field(default=None, ge=0)
    speaker_name: str | None = None
    speaker_title: str | None = None
    speech_cue: bool | None = None
    optional: bool = False

    @property
    def names_speaker(self) -> bool:
        """Whether gold resolves this quote's speaker to a person (the key is present)."""
        return "speaker_name" in self.model_fields_set

    def is_optional(self, speech_only: bool) -> bool:
        return self.optional or (speech_only and self.kind == "indirect" and self.speech_cue is False)


class GoldClaim(GoldItem):
    value: float | None = None
    unit: str | None = None


class GoldRange(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    min: float | None = None
    max: float | None = None


class GoldQuantity(GoldItem):
    kind: str = ""
    value_num: float | None = None
    range: GoldRange | None = None

    def values(self) -> list[float]:
        """The numbers a prediction must stand for: the range's bounds, or the value."""
        if self.range is not None:
            return [v for v in (self.range.min, self.range.max) if v is not None]
        return [] if self.value_num is None else [self.value_num]


class GoldDocument(BaseModel):
    """One annotated article: quotes and claims, or (a numbers suite) expected quantities."""

    model_config = ConfigDict(frozen=True, extra="ignore", coerce_numbers_to_str=True)

    id: str
    text: str
    quotes: list[GoldQuote] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    expected: list[GoldQuantity] | None = None

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> GoldDocument:
        items: list[tuple[str, int | None, int | None]] = [
            (f"{key}[{i}]", item.start, item.end)
            for key in ("quotes", "claims", "expected")
            for i, item in enumerate(getattr(self, key) or [])
        ]
        items += [(f"quotes[{i}].speaker", q.speaker_start, q.speaker_end)
                  for i, q in enumerate(self.quotes) if q.speaker_start is not None]
        for where, start, end in items:
            if end is None or not start <= end <= len(self.text):
                raise ValueError(f"{where} has offsets {start}:{end} outside the text "
                                 f"(0:{len(self.text)}); offsets are characters into 'text'")
        return self

    @property
    def numeric(self) -> bool:
        """A numbers-suite case: quantities expected, no quotes annotated."""
        return self.expected is not None and "quotes" not in self.model_fields_set


def load_gold(path: Path) -> list[GoldDocument]:
    """The gold documents of a .jsonl file (one a line), or of one .json document whose text
    is inline ("text") or in a file beside it ("text_file")."""
    raw = _read_utf8(path).removeprefix("\ufeff")  # a byte-order mark from Windows editors
    if path.suffix == ".json":
        return [_gold_document(raw, path, None)]
    docs = [_gold_document(line, path, n) for n, line in enumerate(raw.split("\n"), 1) if line.strip()]
    if not docs:
        raise InputError(f"{path}: no gold documents; write one JSON object a line")
    return docs


def _read_utf8(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the gold file ({err.strerror}); check the path") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 (byte {err.start}); save the gold file as UTF-8") from err


def _gold_document(source: str, path: Path, line: int | None) -> GoldDocument:
    where = f"{path}, line {line}" if line else str(path)
    try:
        data = orjson.loads(source)
    except orjson.JSONDecodeError as err:
        raise InputError(f"{where}: not valid JSON ({err}); each gold document is one JSON object") from err
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text', found {type(data).__name__}")
    if line is None and "text" not in data and isinstance(data.get("text_file"), str):
        data["text"] = _read_utf8(path.parent / data["text_file"])
    try:
        return GoldDocument.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        problem = f"{field}: {first['msg']}" if field else first["msg"].removeprefix("Value error, ")
        raise InputError(f"{where}: {problem} (gold format: see DESIGN.md)") from err


# ---------------------------------------------------------------------------- matching

Offsets = tuple[int, int]  # (start, end)


def trim(text: str, start: int, end: int) -> Offsets:
    """The span without quotation marks, spaces and punctuation at its edges."""
    while start < end and text[start] in EDGE_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARACTERS:
        end -= 1
    return start, end


def overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[Offsets], predicted: list[Offsets], text: str, min_overlap: float) -> list[tuple[int, int, bool]]:
    """(gold index, predicted index, exact span) pairs, one to one: among pairs whose trimmed
    overlap covers ``min_overlap`` of the shorter span, the best overlap / union first."""
    pred_trimmed = [trim(text, *p) for p in predicted]
    candidates = []
    for gi, g in enumerate(gold):
        gs = trim(text, *g)
        for pi, ps in enumerate(pred_trimmed):
            shared = overlap(gs, ps)
            shorter = max(1, min(gs[1] - gs[0], ps[1] - ps[0]))
            if shared and shared / shorter >= min_overlap:
                union = max(gs[1], ps[1]) - min(gs[0], ps[0])
                candidates.append((shared / union, gi, pi, gs == ps))
    candidates.sort(reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi, exact in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, exact))
    return pairs


def _words(s: str | None, strip: str) -> set[str]:
    if not s:
        return set()
    return {w.strip(strip).lower() for w in s.replace("’s", " ").replace("'s", " ").split()}


def name_words(s: str | None) -> set[str]:
    """The words of a name that can identify a person."""
    return {w for w in _words(s, NAME_STRIP) if len(w) > 1 and w not in NOT_NAME_WORDS}


def title_words(s: str | None) -> set[str]:
    """The words of a title, abbreviations spelled out."""
    words = {TITLE_ABBREVIATIONS.get(w, w) for w in _words(s, TITLE_STRIP)}
    return {w for w in words if len(w) > 1 and w not in NOT_TITLE_WORDS}


def speaker_right(gold: GoldQuote, quote: Quote, speaker: Speaker | None) -> bool:
    """The predicted speaker is the gold one: by span (any mention) or by a shared name word."""
    if gold.speaker_start is not None:
        mentions = list(speaker.mentions) if speaker else []
        if quote.speaker_mention is not None:
            mentions.append(quote.speaker_mention)
        if any(overlap((gold.speaker_start, gold.speaker_end), (m.start, m.end)) for m in mentions):
            return True
    gold_names = name_words(gold.speaker_name) | name_words(gold.speaker)
    pred_names = name_words(speaker.name) if speaker else set()
    if speaker and not speaker.name:
        pred_names |= name_words(speaker.title)
    return bool(gold_names & pred_names)


def speaker_resolved(gold: GoldQuote, quote: Quote, speaker: Speaker | None) -> bool:
    """Stricter: where gold names the person, the predicted speaker must carry that name."""
    if not gold.speaker_name:
        return speaker_right(gold, quote, speaker)
    return bool(speaker and name_words(gold.speaker_name) & name_words(speaker.name))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def same_value(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


# ---------------------------------------------------------------------------- quotes and claims

ERROR_CAUSES = ("quote missed", "boundary wrong", "speaker wrong", "not in gold")


@dataclass(frozen=True)
class Miss:
    """One error, with what a fact-checker needs to find it in the article."""

    id: str
    why: str  # one of ERROR_CAUSES
    start: int
    end: int
    quote: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    predicted_span: Offsets | None = None


def evaluate(gold: Sequence[GoldDocument], predicted: Sequence[Document], *,
             kinds: set[str] | None = None, min_overlap: float = 0.5,
             speech_only: bool = False) -> dict[str, Any]:
    """Quote, attribution and claim figures of ``predicted`` (one Document for each gold
    document, in the same order), with the errors by cause; a quote with its boundary or its
    speaker wrong still counts as found."""
    t: Counter[str] = Counter()
    misses: list[Miss] = []
    for doc, pred in zip(gold, predicted, strict=True):
        first = len(misses)
        t.update(_score_quotes(doc, pred, kinds, min_overlap, speech_only, misses))
        misses[first:] = sorted(misses[first:], key=lambda m: (m.start, m.end))  # in reading order
        t.update(_score_claims(doc, pred))
    report: dict[str, Any] = {
        "documents": len(gold),
        "quotes": prf(t["found"], t["pred"], t["gold"]),
        "quotes_exact_span": prf(t["exact"], t["pred"], t["gold"]),
        "attribution_accuracy": _ratio(t["attributed"], t["found_with_speaker"]),
        "attributed_quotes": prf(t["attributed"], t["pred"], t["gold"]),
    }
    if t["named_gold"]:
        report["resolved_attributed_quotes"] = prf(t["resolved"], t["pred"], t["gold"])
    if t["titled"]:
        report["title_accuracy"] = _ratio(t["title_right"], t["titled"])
    if t["claims_gold"]:
        report["claims"] = prf(t["claims_found"], t["claims_pred"], t["claims_gold"])
        report["claim_value_accuracy"] = _ratio(t["claims_value"], t["claims_found"])
        report["claim_unit_accuracy"] = _ratio(t["claims_unit"], t["claims_found"])
    causes = Counter(m.why for m in misses)
    report["errors"] = {why: causes[why] for why in ERROR_CAUSES}
    report["misses"] = [asdict(m) for m in misses]
    return report


def _score_quotes(doc: GoldDocument, pred: Document, kinds: set[str] | None, min_overlap: float,
                  speech_only: bool, misses: list[Miss]) -> Counter:
    """The quote tallies of one document; its errors are appended to ``misses``."""
    def wanted(kind: str) -> bool:
        return not kinds or kind in kinds

    in_scope = [q for q in doc.quotes if wanted(q.kind)]
    gold = [q for q in in_scope if not q.is_optional(speech_only)]
    optional = [q for q in in_scope if q.is_optional(speech_only)]
    predicted = [q for q in pred.quotes if wanted(q.kind)]
    text = doc.text

    pairs = match([(q.start, q.end) for q in gold], [(q.start, q.end) for q in predicted], text, min_overlap)
    matched_pred = {pi for _, pi, _ in pairs}
    unmatched = [i for i in range(len(predicted)) if i not in matched_pred]
    # a prediction that only finds an optional gold item is neither right nor wrong
    neutral = {unmatched[pi] for _, pi, _ in match([(q.start, q.end) for q in optional],
                                                   [(predicted[i].start, predicted[i].end) for i in unmatched],
                                                   text, min_overlap)}
    t = Counter(gold=len(gold), pred=len(predicted) - len(neutral),
                named_gold=sum(q.names_speaker for q in gold))
    for gi, pi, exact in pairs:
        g, p = gold[gi], predicted[pi]
        speaker = pred.speaker(p.speaker_id)
        t["found"] += 1
        t["exact"] += exact
        if not exact:
            misses.append(_miss(doc, "boundary wrong", g, p))
        if g.names_speaker:
            t["resolved"] += speaker_resolved(g, p, speaker)
        if g.speaker_title:
            t["titled"] += 1
            t["title_right"] += bool(title_words(g.speaker_title) & title_words(speaker.title if speaker else None))
        if g.speaker or g.speaker_name:
            t["found_with_speaker"] += 1
            if speaker_right(g, p, speaker):
                t["attributed"] += 1
            else:
                misses.append(_miss(doc, "speaker wrong", g, p, speaker))
    found_gold = {gi for gi, _, _ in pairs}
    misses.extend(_miss(doc, "quote missed", g) for gi, g in enumerate(gold) if gi not in found_gold)
    misses.extend(Miss(doc.id, "not in gold", predicted[i].start, predicted[i].end, predicted[i].text,
                       predicted_speaker=_speaker_label(pred.speaker(predicted[i].speaker_id)))
                  for i in unmatched if i not in neutral)
    return t


def _miss(doc: GoldDocument, why: str, gold: GoldQuote, pred: Quote | None = None,
          speaker: Speaker | None = None) -> Miss:
    return Miss(doc.id, why, gold.start, gold.end, doc.text[gold.start:gold.end],
                gold_speaker=gold.speaker_name or gold.speaker,
                predicted_speaker=_speaker_label(speaker),
                predicted_span=(pred.start, pred.end) if pred else None)


def _speaker_label(speaker: Speaker | None) -> str | None:
    return (speaker.name or speaker.title) if speaker else None


def _score_claims(doc: GoldDocument, pred: Document) -> Counter:
    """The claim tallies of one document: found by overlap, then value and unit compared."""
    gold, predicted = doc.claims, pred.claims
    t = Counter(claims_gold=len(gold), claims_pred=len(predicted))
    pairs = match([(c.start, c.end) for c in gold], [(c.start, c.end) for c in predicted],
                  doc.text, CLAIM_MIN_OVERLAP)
    for gi, pi, _ in pairs:
        t["claims_found"] += 1
        t["claims_value"] += same_value(gold[gi].value, predicted[pi].value)
        t["claims_unit"] += (gold[gi].unit or None) == (predicted[pi].unit or None)
    return t


# ---------------------------------------------------------------------------- numbers suites

def quantity_values(q: Quantity) -> list[float]:
    """The numbers a found quantity stands for: value and bounds, durations also in seconds."""
    per_unit = SECONDS_PER_UNIT.get((q.unit or "").lower().rstrip("s")) if q.kind == "duration" else None
    values = [v for v in (q.value, q.low, q.high) if v is not None]
    return values + [v * per_unit for v in values] if per_unit else values


def evaluate_quantities(gold: Sequence[GoldDocument], predicted: Sequence[list[Quantity]]) -> dict[str, Any]:
    """How many expected quantities ``predicted`` (the quantities found in each gold document,
    in order) holds with their value, by kind, and how many with their exact span: an expected
    item is found by the first overlapping, unused quantity that stands for all its numbers."""
    found = exact = n_pred = n_gold = 0
    by_kind: dict[str, list[int]] = {}
    misses = []
    for doc, got in zip(gold, predicted, strict=True):
        expected = doc.expected or []
        n_gold += len(expected)
        n_pred += len(got)
        used: set[int] = set()
        for e in expected:
            hit = _first_hit(e, got, used)
            if hit is not None:
                used.add(hit)
                found += 1
                exact += (got[hit].start, got[hit].end) == (e.start, e.end)
            tally = by_kind.setdefault(e.kind, [0, 0])
            tally[0] += hit is not None
            tally[1] += 1
            if hit is None:
                near = [f"{q.text}={q.value}" for q in got if overlap((e.start, e.end), (q.start, q.end))]
                misses.append({"id": doc.id, "text": doc.text[:120],
                               "want": f"{doc.text[e.start:e.end]}={e.values()}", "got": near})
    return {"cases": len(gold), "quantities": prf(found, n_pred, n_gold),
            "value_recall_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
            "exact_span_recall": _ratio(exact, n_gold), "misses": misses}


def _first_hit(expected: GoldQuantity, got: list[Quantity], used: set[int]) -> int | None:
    want = expected.values()
    if not want:
        return None
    for i, q in enumerate(got):
        if i in used or not overlap((expected.start, expected.end), (q.start, q.end)):
            continue
        have = quantity_values(q)
        if all(any(math.isclose(w, h, rel_tol=1e-3) for h in have) for w in want):
            return i
    return None


# ---------------------------------------------------------------------------- command

def run_evaluation(gold: list[GoldDocument], *, kinds: set[str] | None = None, min_overlap: float = 0.5,
                   speech_only: bool = False) -> dict[str, Any]:
    """Run quotecheck over the gold texts and score it: quantities for a numbers suite (every
    document has "expected" and no "quotes"), quotes and claims otherwise; adds the speed."""
    numeric = all(doc.numeric for doc in gold)
    started = time.perf_counter()
    if numeric:
        found = [find_quantities(doc.text) for doc in gold]
    else:
        docs = [extract(doc.text, id=doc.id) for doc in gold]
    seconds = time.perf_counter() - started
    if numeric:
        report = evaluate_quantities(gold, found)
    else:
        report = evaluate(gold, docs, kinds=kinds, min_overlap=min_overlap, speech_only=speech_only)
    report["seconds"] = round(seconds, 3)
    report["chars_per_second"] = round(sum(len(d.text) for d in gold) / seconds) if seconds else None
    return report


def add_evaluate_command(commands) -> None:
    """``quotecheck evaluate GOLD``: the figures, the errors by cause, and the first misses."""
    p = commands.add_parser(
        "evaluate", help="measure quotecheck against a gold JSONL file",
        description="Run quotecheck over annotated articles and report precision, recall and F1 of "
                    "quotes, attribution and claims (or, for a numbers suite, of quantities), with "
                    "the errors by cause: quote missed, boundary wrong, speaker wrong, not in gold.")
    p.add_argument("gold", type=Path, help="gold .jsonl, one document a line (or one .json document)")
    p.add_argument("--kinds", type=_kinds, help="comma-separated quote kinds to score, e.g. direct,partial")
    p.add_argument("--speech-only", action="store_true",
                   help="indirect gold quotes without a speech cue are optional")
    p.add_argument("--misses", type=int, default=0, metavar="N", help="list the first N errors")
    p.add_argument("--min-overlap", type=_ratio_arg, default=0.5, metavar="R",
                   help="share of the shorter span two quotes must overlap to match (default 0.5)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_evaluate_command)


def _kinds(value: str) -> set[str]:
    kinds = {k.strip() for k in value.split(",") if k.strip()}
    if not kinds or not kinds <= set(QUOTE_KINDS):
        raise argparse.ArgumentTypeError(f"{value!r}: choose from {', '.join(QUOTE_KINDS)}")
    return kinds


def _ratio_arg(value: str) -> float:
    try:
        ratio = float(value)
    except ValueError:
        ratio = -1.0
    if not 0 < ratio <= 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a ratio above 0 and at most 1, e.g. 0.5")
    return ratio


def _evaluate_command(args: argparse.Namespace) -> int:
    report = run_evaluation(load_gold(args.gold), kinds=args.kinds, min_overlap=args.min_overlap,
                            speech_only=args.speech_only)
    misses = report.pop("misses")[: max(0, args.misses)]
    if args.json:
        sys.stdout.buffer.write(orjson.dumps({**report, "misses": misses}, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    for key, value in report.items():
        print(f"{key:27} {_format(value)}")
    for m in misses:
        print(_format_miss(m))
    if not misses and any(report.get("errors", {}).values()):
        print("(list the errors with --misses N)")
    return 0


def _format(value: Any) -> str:
    if isinstance(value, dict) and "f1" in value:
        return (f"P {value['p']:.4f}  R {value['r']:.4f}  F1 {value['f1']:.4f}  "
                f"(tp {value['tp']}, predicted {value['pred']}, gold {value['gold']})")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _format_miss(m: dict[str, Any]) -> str:
    if "why" not in m:  # numbers suite
        return f"miss {m['id']}: want {m['want']}, got {m['got'] or 'nothing'}  | {m['text']}"
    line = f"{m['why']:14} {m['id']} {m['start']}:{m['end']} “{m['quote'][:80]}”"
    if m["why"] == "boundary wrong":
        line += f"  predicted {m['predicted_span'][0]}:{m['predicted_span'][1]}"
    if m["why"] in ("speaker wrong", "not in gold"):
        line += f"  predicted speaker: {m['predicted_speaker']}"
    if m["why"] == "speaker wrong":
        line += f"  gold: {m['gold_speaker']}"
    return line
