"""The SQLite store: it refuses files that are not queues (or are newer ones) without
touching them, migrates older schemas, keeps settings, and takes ``next`` from an index."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from quotecheck.errors import QueueError
from quotecheck.review import store
from quotecheck.review.queue import ReviewQueue
from quotecheck.review.store import APPLICATION_ID, SCHEMA_VERSION, SQLiteStore
from test_review_queue import BRIDGE, article


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_sqlite(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES ('not a queue')")
    return path


def newer_queue(path):
    with ReviewQueue(path, create=True) as q:
        q.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    return path


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("id,text\n1,hello\n"), "not an SQLite file"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200), "not a usable review queue"),
    (plain_sqlite, "not a quotecheck review queue"),
    (newer_queue, "newer quotecheck"),
    (lambda p: p.write_bytes(b""), "is empty"),
])
@pytest.mark.parametrize("create", [False, True])
def test_files_that_are_not_queues_are_refused_and_left_untouched(tmp_path, make, message, create):
    path = tmp_path / "queue.db"
    make(path)
    before = digest(path)
    if create and message == "is empty":
        SQLiteStore(path, create=True).close()  # an empty file may become a queue when exporting
        return
    with pytest.raises(QueueError, match=message) as caught:
        SQLiteStore(path, create=create)
    assert "\n" not in str(caught.value)
    assert digest(path) == before


@pytest.mark.parametrize("path, message", [("missing.db", "no review queue at"), (".", "is a directory")])
def test_a_missing_file_or_a_directory_is_refused(tmp_path, path, message):
    with pytest.raises(QueueError, match=message):
        SQLiteStore(tmp_path / path)
    assert not (tmp_path / "missing.db").exists()


def test_a_new_queue_is_marked_versioned_and_in_wal_mode(tmp_path):
    SQLiteStore(tmp_path / "q.db", create=True).close()
    db = sqlite3.connect(tmp_path / "q.db")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_queue_is_migrated_and_keeps_its_items(tmp_path, monkeypatch):
    path = tmp_path / "q.db"
    with ReviewQueue(path, create=True) as q:
        q.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    monkeypatch.setattr(store, "_MIGRATIONS", store._MIGRATIONS + ("ALTER TABLE items ADD COLUMN tag TEXT",))
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with ReviewQueue(path) as q:
        assert [i.text for i in q.list()] == ["12 million euros"]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "tag" in [row[1] for row in db.execute("PRAGMA table_info(items)")]


def test_next_uses_the_priority_index(tmp_path):
    SQLiteStore(tmp_path / "q.db", create=True).close()
    db = sqlite3.connect(tmp_path / "q.db")
    plan = " ".join(str(row) for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM items WHERE status = 'new' ORDER BY priority DESC, id LIMIT 1"))
    assert "items_next" in plan and "TEMP B-TREE" not in plan


def test_settings_are_shared_through_the_file_and_their_changes_recorded(tmp_path):
    path = tmp_path / "q.db"
    with ReviewQueue(path, create=True) as q:
        q.configure(publisher="Desk One", publisher_url="https://desk.example", by="lead")
    with ReviewQueue(path) as q:
        assert q.settings() == {"publisher": "Desk One", "publisher_url": "https://desk.example"}
    db = sqlite3.connect(path)
    actor, action, detail = db.execute("SELECT actor, action, detail FROM history").fetchone()
    assert (actor, action) == ("lead", "configure") and "Desk One" in detail


def test_article_text_cannot_inject_sql(tmp_path):
    hostile = "It cost 5 dollars'); DROP TABLE items; --"
    with ReviewQueue(tmp_path / "q.db", create=True) as q:
        q.add_documents([article("x'); DROP TABLE items; --", hostile, ["5 dollars"])])
        q.next("o'brien")
        (item,) = q.list(assignee="o'brien")
        assert item.sentence == hostile


class FailingConnection:
    """A connection whose writes fail the way a full disk or a read-only file does."""

    def __init__(self, db):
        self.db = db

    def __getattr__(self, name):
        return getattr(self.db, name)

    def execute(self, sql, *args):
        if sql.startswith(("UPDATE", "INSERT")):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return self.db.execute(sql, *args)


def test_sqlite_failures_become_one_line_queue_errors_and_roll_back(tmp_path):
    with ReviewQueue(tmp_path / "q.db", create=True) as q:
        q.add_documents([article("a1", BRIDGE, ["12 million euros"])])
        q.store._db = FailingConnection(q.store._db)
        with pytest.raises(QueueError, match="readonly database; check that the file is writable"):
            q.next("ana")
        q.store._db = q.store._db.db
        assert q.stats()["by_status"]["new"] == 1
        assert q.next("ana").assignee == "ana"


def test_a_queue_locked_too_long_is_a_one_line_error(tmp_path, monkeypatch):
    path = tmp_path / "q.db"
    with ReviewQueue(path, create=True) as q:
        q.add_documents([article("a1", BRIDGE, ["12 million euros"])])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_SECONDS", 0.1)
    try:
        with ReviewQueue(path) as q, pytest.raises(QueueError, match="locked by another reviewer"):
            q.next("ana")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
