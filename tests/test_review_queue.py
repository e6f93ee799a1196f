"""The review workflow through ``ReviewQueue``: adding articles without duplicates, next,
assign, verdict, reopen, the rating scale, history, and re-runs that never undo a review.

``article()`` builds Documents by hand from sentences written for these tests; the other
test_review_* modules import it.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from quotecheck.errors import QueueError
from quotecheck.records import Claim, Document, Quote, Span, Speaker
from quotecheck.review.queue import DEFAULT_RATINGS, DEFAULT_UNSCORED, ReviewQueue


def article(doc_id: str, sentence: str, claims: list[str], *, speaker: tuple[str, str | None] | None = None,
            quoted: str | None = None, prefix: str = "", meta: dict | None = None, source: str | None = None,
            worth: float = 0.5) -> Document:
    """A Document whose text is ``prefix + sentence``, with a claim for each phrase in
    ``claims`` (found left to right), said by ``speaker`` (name, title), and a quote of
    the ``quoted`` phrase when given."""
    text = prefix + sentence
    base = len(prefix)
    sentence_span = Span(start=base, end=len(text), text=sentence)
    speakers = [Speaker(id="s1", name=speaker[0], title=speaker[1])] if speaker else []
    quotes = []
    if quoted is not None:
        q_start = text.index(quoted, base)
        quotes.append(Quote(id="q1", text=quoted, start=q_start, end=q_start + len(quoted), kind="direct",
                            speaker_id="s1" if speaker else None, confidence=0.9))
    found, cursor = [], base
    for n, phrase in enumerate(claims, 1):
        start = text.index(phrase, cursor)
        cursor = start + len(phrase)
        in_quote = next((q for q in quotes if q.start <= start and cursor <= q.end), None)
        found.append(Claim(id=f"c{n}", text=phrase, start=start, end=cursor, kind="count", value=float(n),
                           sentence=sentence_span, quote_id=in_quote and in_quote.id,
                           speaker_id="s1" if speaker else None, checkworthiness=worth))
    return Document(id=doc_id, source=source, quotes=quotes, speakers=speakers, claims=found, meta=meta or {})


HARBOUR = "The harbour handled 4,000 ships last year, up from 3,100, the port authority said."
BRIDGE = "Repairs to the bridge will cost 12 million euros, the minister told reporters."


@pytest.fixture
def queue(tmp_path):
    with ReviewQueue(tmp_path / "queue.db", create=True) as q:
        yield q


def test_adding_the_same_articles_twice_adds_nothing(queue):
    docs = [article("a1", HARBOUR, ["4,000 ships", "3,100"]), article("a2", BRIDGE, ["12 million euros"])]
    first = queue.add_documents(docs)
    second = queue.add_documents(docs)
    assert (first.items_added, first.appearances_added) == (3, 0)
    assert (second.items_added, second.appearances_added) == (0, 0)
    assert queue.stats()["items"] == 3
    assert queue.stats()["appearances"] == 3


def test_the_same_claim_in_two_articles_is_one_item_with_two_appearances(queue):
    wire = article("paper-1", HARBOUR, ["4,000 ships"], meta={"title": "Port busier", "url": "https://one.example/p"})
    # Re-wrapped and re-punctuated by the second paper: still the same claim.
    rewrapped = HARBOUR.replace("The harbour", "The\nharbour").replace("said.", "said:")
    rerun = article("paper-2", rewrapped, ["4,000 ships"], prefix="Harbour news.\n\n",
                    meta={"title": "Busy port", "publication_date": "2024-03-01"})
    queue.add_documents([wire])
    result = queue.add_documents([rerun])
    assert (result.items_added, result.appearances_added) == (0, 1)
    (item,) = queue.list()
    shown, _ = queue.show(item.id)
    assert [(a.document_id, a.title, a.char_start) for a in shown.appearances] == [
        ("paper-1", "Port busier", wire.claims[0].start), ("paper-2", "Busy port", rerun.claims[0].start)]
    assert wire.claims[0].start != rerun.claims[0].start
    assert shown.appearances[1].date == "2024-03-01"


def test_an_item_keeps_what_a_reviewer_needs(queue):
    doc = article("a1", 'Ms. Lane said "we hired 250 teachers" this spring.', ["250 teachers"],
                  speaker=("Ana Lane", "Schools Superintendent"), quoted="we hired 250 teachers",
                  meta={"title": "Schools hire", "url": "https://news.example/schools", "date": "2024-05-01"},
                  source="/archive/schools.txt", worth=0.75)
    queue.add_documents([doc])
    item, history = queue.show(queue.list()[0].id)
    assert item.text == "250 teachers"
    assert item.sentence[item.offset_start:item.offset_end] == "250 teachers"
    assert (item.speaker_name, item.speaker_title) == ("Ana Lane", "Schools Superintendent")
    assert item.quote_text == "we hired 250 teachers"
    assert item.priority == 0.75
    (where,) = item.appearances
    assert (where.document_id, where.title, where.url, where.source, where.date) == (
        "a1", "Schools hire", "https://news.example/schools", "/archive/schools.txt", "2024-05-01")
    assert [(h.action, h.to_status) for h in history] == [("added", "new")]


def test_quotes_join_the_queue_only_when_asked(queue):
    doc = article("a1", 'Mr. Ode said "the tunnel opens in May" at the meeting.', [],
                  speaker=("Sam Ode", "Mayor"), quoted="the tunnel opens in May")
    assert queue.add_documents([doc]).items_added == 0
    assert queue.add_documents([doc], include_quotes=True).items_added == 1
    assert queue.list()[0].kind == "quote"


def test_next_hands_out_the_highest_priority_first_then_nothing(queue):
    queue.add_documents([article("low", HARBOUR, ["4,000 ships"], worth=0.2),
                         article("high", BRIDGE, ["12 million euros"], worth=0.9)])
    first, second = queue.next("ana"), queue.next("ben")
    assert (first.text, first.status, first.assignee) == ("12 million euros", "in_review", "ana")
    assert (second.text, second.assignee) == ("4,000 ships", "ben")
    assert queue.next("ana") is None


def test_a_verdict_records_who_what_and_evidence_in_history(queue):
    queue.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    item = queue.next("ana")
    done = queue.verdict(item.id, "mostly-true", note="Budget says 11.8m", evidence=["https://gov.example/budget"])
    assert (done.status, done.rating, done.reviewed_by, done.evidence) == (
        "reviewed", "mostly-true", "ana", ("https://gov.example/budget",))
    _, history = queue.show(item.id)
    last = history[-1]
    assert (last.actor, last.action, last.from_status, last.to_status) == ("ana", "verdict", "in_review", "reviewed")
    assert last.detail["rating"] == {"from": None, "to": "mostly-true"}


@pytest.mark.parametrize("setup, call, message", [
    ("none", lambda q, i: q.verdict(i, "false"), "is new"),
    ("next", lambda q, i: q.verdict(i, "wrong-ish"), "unknown rating"),
    ("next", lambda q, i: q.verdict(i, "false", evidence=["javascript:alert(1)"]), r"http\(s\) URL"),
    ("next", lambda q, i: q.verdict(i, "false", reviewer="ben"), "assigned to ana, not ben"),
    ("next", lambda q, i: q.verdict(i + 99, "false"), "no item"),
    ("verdict", lambda q, i: q.verdict(i, "true"), "is reviewed"),
    ("verdict", lambda q, i: q.assign(i, "ben"), "is reviewed"),
    ("none", lambda q, i: q.reopen(i), "is new"),
    ("none", lambda q, i: q.next("  "), "reviewer name"),
])
def test_transitions_that_are_not_allowed_raise_and_change_nothing(queue, setup, call, message):
    queue.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    item_id = queue.list()[0].id
    if setup in ("next", "verdict"):
        queue.next("ana")
    if setup == "verdict":
        queue.verdict(item_id, "false")
    before = queue.show(item_id)
    with pytest.raises(QueueError, match=message):
        call(queue, item_id)
    assert queue.show(item_id) == before


def test_reopen_keeps_the_earlier_verdict_in_history_and_allows_a_new_one(queue):
    queue.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    item = queue.next("ana")
    queue.verdict(item.id, "false")
    reopened = queue.reopen(item.id, by="desk-editor")
    assert (reopened.status, reopened.assignee, reopened.rating) == ("new", None, "false")
    again = queue.next("ben")
    assert again.id == item.id
    final = queue.verdict(item.id, "half-true")
    _, history = queue.show(item.id)
    assert final.reviewed_by == "ben"
    assert [h.action for h in history] == ["added", "next", "verdict", "reopen", "next", "verdict"]
    assert history[3].actor == "desk-editor"
    assert history[-1].detail["rating"] == {"from": "false", "to": "half-true"}


def test_assign_moves_an_item_between_reviewers(queue):
    queue.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    item_id = queue.list()[0].id
    assert queue.assign(item_id, "ana", by="lead").assignee == "ana"
    assert queue.assign(item_id, "ben", by="lead").assignee == "ben"
    assert [i.id for i in queue.list(assignee="ben", status="in_review")] == [item_id]
    assert queue.next("cy") is None


def test_a_rerun_never_overwrites_a_review(queue):
    doc = article("a1", BRIDGE, ["12 million euros"], worth=0.4)
    queue.add_documents([doc])
    item = queue.next("ana")
    reviewed = queue.verdict(item.id, "false", note="wrong currency")
    changed = doc.model_copy(update={"claims": [doc.claims[0].model_copy(update={"checkworthiness": 0.9})]})
    queue.add_documents([doc, changed])
    assert queue.store.get(item.id) == reviewed


def test_a_custom_rating_scale_from_configuration(queue):
    queue.configure(ratings=["correct", "wrong"], unscored=["no-data"], publisher="Desk")
    queue.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    item = queue.next("ana")
    with pytest.raises(QueueError, match="correct, wrong, no-data"):
        queue.verdict(item.id, "false")
    assert queue.verdict(item.id, "no-data").rating == "no-data"
    assert queue.rating_scale().value("correct") == 2
    assert queue.rating_scale().value("no-data") is None


@pytest.mark.parametrize("ratings, unscored, message", [
    ([], None, "at least one rating"),
    (["True"], None, "lower-case"),
    (["true", "false"], ["false"], "only once"),
])
def test_bad_rating_scales_are_refused(queue, ratings, unscored, message):
    with pytest.raises(QueueError, match=message):
        queue.configure(ratings=ratings, unscored=unscored)
    assert queue.rating_scale().names == DEFAULT_RATINGS + DEFAULT_UNSCORED


def test_list_refuses_an_unknown_status(queue):
    with pytest.raises(QueueError, match="unknown status"):
        queue.list(status="done")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([HARBOUR, BRIDGE, "Turnout was 61 percent, officials said."]),
                min_size=1, max_size=6))
def test_adding_is_idempotent_whatever_the_mix_of_articles(tmp_path_factory, sentences):
    path = tmp_path_factory.mktemp("q") / "queue.db"
    docs = [article(f"d{n}", s, [s.split()[3]]) for n, s in enumerate(sentences)]
    with ReviewQueue(path, create=True) as q:
        q.add_documents(docs)
        before = q.stats()
        assert q.add_documents(docs).items_added == 0
        assert q.stats() == before
        assert before["items"] == len(set(sentences))
        assert before["appearances"] == len(docs)


class Desk(RuleBasedStateMachine):
    """Reviewers doing anything in any order: the queue's invariants hold after every step,
    and a refused step changes nothing."""

    def __init__(self):
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.queue = ReviewQueue(Path(self.folder.name) / "q.db", create=True)
        self.queue.add_documents([article(f"d{n}", f"Ward {n} logged {n + 3} floods in spring.", [f"{n + 3} floods"],
                                          worth=n / 5) for n in range(5)])
        self.changes = 5  # one "added" history row per item

    item_ids = st.integers(min_value=1, max_value=6)
    people = st.sampled_from(["ana", "ben", "cy"])

    def attempt(self, action) -> None:
        before = self.queue.list()
        try:
            action()
        except QueueError:
            assert self.queue.list() == before
        else:
            self.changes += 1

    @rule(who=people)
    def take_next(self, who):
        if self.queue.next(who) is not None:
            self.changes += 1

    @rule(item=item_ids, rating=st.sampled_from(DEFAULT_RATINGS + DEFAULT_UNSCORED + ("nope",)),
          who=st.none() | people)
    def give_verdict(self, item, rating, who):
        self.attempt(lambda: self.queue.verdict(item, rating, reviewer=who))

    @rule(item=item_ids, who=people)
    def assign(self, item, who):
        self.attempt(lambda: self.queue.assign(item, who, by="lead"))

    @rule(item=item_ids)
    def reopen(self, item):
        self.attempt(lambda: self.queue.reopen(item, by="lead"))

    @invariant()
    def states_are_consistent(self):
        items = self.queue.list()
        assert len(items) == 5
        for item in items:
            assert (item.assignee is None) == (item.status == "new")
            if item.status == "reviewed":
                assert item.rating is not None and item.reviewed_by == item.assignee
        assert sum(len(self.queue.show(i.id)[1]) for i in items) == self.changes

    def teardown(self):
        self.queue.close()
        self.folder.cleanup()


TestDesk = Desk.TestCase
TestDesk.settings = settings(max_examples=30, stateful_step_count=25, deadline=None)
