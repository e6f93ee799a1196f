"""Where the review queue lives: a store interface, and its embedded SQLite implementation.

The queue's rules (which transitions are allowed, the rating scale) live in ``queue.py``;
a store only keeps items durable and makes each change atomic, so a server-backed store
(PostgreSQL for a desk on many machines) can implement ``ReviewStore`` without touching them.

SQLite choices, and why: WAL so readers never block the reviewer taking the next item;
``BEGIN IMMEDIATE`` so two reviewers can never read the same "new" item before either
writes; a busy timeout so concurrent writers wait instead of failing; every change and its
history row in one transaction, so a killed process leaves the queue as it was before or
after, never in between. The file carries an application id (it is a quotecheck queue) and
a schema version (``PRAGMA user_version``) with migrations from each older version.
"""
from __future__ import annotations

import functools
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from ..errors import QueueError

STATUSES = ("new", "in_review", "reviewed")


@dataclass(frozen=True)
class Appearance:
    """Where an item was seen: one article, with the offsets of the claim (or quote) in it."""

    document_id: str
    char_start: int
    char_end: int
    sentence_start: int | None = None
    sentence_end: int | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    publisher: str | None = None
    added_at: str | None = None


@dataclass(frozen=True, kw_only=True)
class ItemContent:
    """What a reviewer needs to judge an item without opening the article."""

    fingerprint: str
    kind: str  # "claim" or "quote"
    text: str
    priority: float
    sentence: str | None = None
    offset_start: int | None = None  # the claim's offsets inside ``sentence``
    offset_end: int | None = None
    claim_kind: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    period: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    measure: str | None = None
    speaker_name: str | None = None
    speaker_title: str | None = None
    quote_text: str | None = None


@dataclass(frozen=True, kw_only=True)
class NewItem(ItemContent):
    """What an exporter hands the store: an item's content and the appearance that found it."""

    appearance: Appearance


@dataclass(frozen=True, kw_only=True)
class Item(ItemContent):
    """One item of the queue, with its review state."""

    id: int
    status: str
    created_at: str
    updated_at: str
    assignee: str | None = None
    rating: str | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    appearances: tuple[Appearance, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The item as plain data, its id first (for ``--json`` output)."""
        return {"id": self.id, **asdict(self)}


@dataclass(frozen=True)
class HistoryEntry:
    """One change to an item: who made it, when, and from what to what."""

    at: str
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AddResult:
    """What an add did: items new to the queue, and appearances new to existing items."""

    items_added: int = 0
    appearances_added: int = 0


class ReviewStore(ABC):
    """The durable side of the review queue. Every method is atomic on its own."""

    @abstractmethod
    def add(self, items: Iterable[NewItem], actor: str) -> AddResult:
        """Add items not seen before and appearances not seen before; never touch review state."""

    @abstractmethod
    def take_next(self, reviewer: str) -> Item | None:
        """Hand the highest-priority new item to ``reviewer`` (status in_review), or None."""

    @abstractmethod
    def transition(self, item_id: int, actor: str, action: str, allowed_from: Iterable[str],
                   changes: dict[str, Any], check: Callable[[Item], None] | None = None) -> Item:
        """Apply ``changes`` to an item whose status is in ``allowed_from`` (after ``check``
        passes on it), and record the change in its history, in one transaction."""

    @abstractmethod
    def get(self, item_id: int, with_appearances: bool = False) -> Item:
        """The item, or QueueError when there is none with this id."""

    @abstractmethod
    def history(self, item_id: int) -> list[HistoryEntry]:
        """Every change to the item, oldest first."""

    @abstractmethod
    def items(self, status: str | None = None, assignee: str | None = None,
              limit: int | None = None, with_appearances: bool = False) -> list[Item]:
        """Items by priority, highest first, optionally filtered."""

    @abstractmethod
    def counts(self) -> dict[str, Any]:
        """Numbers for ``stats``: items by status, rating and assignee, appearances, articles."""

    @abstractmethod
    def settings(self) -> dict[str, Any]:
        """The queue's configuration (publisher, rating scale), shared by every reviewer."""

    @abstractmethod
    def update_settings(self, values: dict[str, Any], actor: str) -> dict[str, Any]:
        """Set configuration keys (a None value removes the key); returns the new settings."""

    @abstractmethod
    def close(self) -> None:
        """Release the store's connection."""


APPLICATION_ID = 0x51434B52  # "QCKR": marks an SQLite file as a quotecheck review queue
SCHEMA_VERSION = 1
_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 60.0

# Migration n takes a queue from schema version n to n + 1 (0 is a new, empty file).
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'quote')),
        text TEXT NOT NULL,
        priority REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_review', 'reviewed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sentence TEXT, offset_start INTEGER, offset_end INTEGER,
        claim_kind TEXT, value REAL, low REAL, high REAL, unit TEXT, period TEXT,
        approximate INTEGER NOT NULL DEFAULT 0, qualifier TEXT, measure TEXT,
        speaker_name TEXT, speaker_title TEXT, quote_text TEXT,
        assignee TEXT, rating TEXT, note TEXT, evidence TEXT NOT NULL DEFAULT '[]',
        reviewed_by TEXT, reviewed_at TEXT
    );
    CREATE INDEX items_next ON items (status, priority DESC, id);
    CREATE INDEX items_assignee ON items (assignee, status);
    CREATE TABLE appearances (
        item_id INTEGER NOT NULL REFERENCES items (id),
        document_id TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        sentence_start INTEGER, sentence_end INTEGER,
        title TEXT, url TEXT, source TEXT, date TEXT, publisher TEXT,
        added_at TEXT NOT NULL,
        PRIMARY KEY (item_id, document_id, char_start, char_end)
    ) WITHOUT ROWID;
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        item_id INTEGER REFERENCES items (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX history_item ON history (item_id, id);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
assert len(_MIGRATIONS) == SCHEMA_VERSION

_CONTENT_COLUMNS = tuple(f.name for f in fields(ItemContent))
_APPEARANCE_COLUMNS = tuple(f.name for f in fields(Appearance))
_ITEM_COLUMNS = tuple(f.name for f in fields(Item) if f.name != "appearances")
_CHANGEABLE = frozenset({"status", "assignee", "rating", "note", "evidence", "reviewed_by", "reviewed_at"})


def now() -> str:
    """The current UTC time, ISO 8601 to the second: what history and items record."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _reporting_sqlite_errors(cls: type[ReviewStore]) -> type[ReviewStore]:
    """Wrap each ReviewStore method so that an SQLite failure (a read-only file, a full
    disk, a damaged page) reaches the user as a one-line QueueError, not a traceback."""
    def wrapped(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as err:
                raise QueueError(f"the review queue {self.path} failed: {err}; check that the file is "
                                 "writable, the disk not full, and the file not damaged") from err
        return call

    for name in ReviewStore.__abstractmethods__:
        setattr(cls, name, wrapped(getattr(cls, name)))
    return cls


@_reporting_sqlite_errors
class SQLiteStore(ReviewStore):
    """The embedded default: one SQLite file that a desk can share, no server."""

    def __init__(self, path: str | Path, *, create: bool = False):
        self.path = Path(path)
        self._db = _connect(self.path, create)
        try:
            self._check_and_migrate(create)
            self._db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as err:
            self._db.close()
            raise QueueError(f"{self.path} is not a usable review queue ({err}); "
                             "pass the file written by `quotecheck extract --format review`") from err
        except BaseException:
            self._db.close()
            raise

    # -- opening ------------------------------------------------------------------------

    def _check_and_migrate(self, create: bool) -> None:
        version = self._version_or_refuse(create)
        if version == SCHEMA_VERSION:
            return
        if version == 0:
            # Set before the first table exists: the journal mode is kept in the file.
            self._db.execute("PRAGMA journal_mode = WAL")
        with self._transaction():
            version = self._version_or_refuse(create)  # another process may have migrated it
            for step in range(version, SCHEMA_VERSION):
                for statement in _statements(_MIGRATIONS[step]):
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _version_or_refuse(self, create: bool) -> int:
        """The file's schema version; QueueError for a file that is not a queue (or is a
        newer one), before anything is written to it."""
        app_id = self._db.execute("PRAGMA application_id").fetchone()[0]
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        empty = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        if app_id == 0 and version == 0 and empty:
            if create:
                return 0
            raise QueueError(f"{self.path} is empty, not a review queue: create one with "
                             f"`quotecheck extract ARTICLES --format review -o {self.path}`")
        if app_id != APPLICATION_ID:
            raise QueueError(f"{self.path} is an SQLite database but not a quotecheck review queue; "
                             "pass the file written by `quotecheck extract --format review`")
        if version > SCHEMA_VERSION:
            raise QueueError(f"{self.path} is a review queue of a newer quotecheck (schema {version}, "
                             f"this one reads up to {SCHEMA_VERSION}): upgrade quotecheck to use it")
        return version

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front (BEGIN IMMEDIATE) so that what it reads
        cannot change before it writes; rolled back on any error."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            if err.sqlite_errorcode not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            raise QueueError(f"{self.path} stayed locked by another reviewer for "
                             f"{BUSY_TIMEOUT_SECONDS:.0f}s ({err}); try again") from err
        try:
            yield self._db
        except BaseException:
            if self._db.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several queries that see one consistent state."""
        self._db.execute("BEGIN")
        try:
            yield self._db
        finally:
            self._db.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------

    def add(self, items: Iterable[NewItem], actor: str) -> AddResult:
        insert_item = (f"INSERT INTO items ({', '.join(_CONTENT_COLUMNS)}, created_at, updated_at) "
                       f"VALUES ({', '.join('?' * len(_CONTENT_COLUMNS))}, ?, ?) "
                       "ON CONFLICT (fingerprint) DO NOTHING")
        insert_appearance = (f"INSERT INTO appearances (item_id, {', '.join(_APPEARANCE_COLUMNS)}) "
                             f"VALUES (?, {', '.join('?' * len(_APPEARANCE_COLUMNS))}) ON CONFLICT DO NOTHING")
        added = appeared = 0
        at = now()
        with self._transaction() as db:
            for item in items:
                content = [getattr(item, name) for name in _CONTENT_COLUMNS]
                cursor = db.execute(insert_item, [*content, at, at])
                if cursor.rowcount:
                    item_id, is_new = cursor.lastrowid, True
                else:
                    item_id = db.execute("SELECT id FROM items WHERE fingerprint = ?",
                                         (item.fingerprint,)).fetchone()[0]
                    is_new = False
                appearance = [at if name == "added_at" else getattr(item.appearance, name)
                              for name in _APPEARANCE_COLUMNS]
                if not db.execute(insert_appearance, [item_id, *appearance]).rowcount:
                    continue
                if is_new:
                    added += 1
                    self._record(item_id, at, actor, "added", None, "new",
                                 {"document_id": item.appearance.document_id})
                else:
                    appeared += 1
                    self._record(item_id, at, actor, "appeared", None, None,
                                 {"document_id": item.appearance.document_id})
        return AddResult(added, appeared)

    def take_next(self, reviewer: str) -> Item | None:
        with self._transaction() as db:
            row = db.execute("SELECT id FROM items WHERE status = 'new' "
                             "ORDER BY priority DESC, id LIMIT 1").fetchone()
            if row is None:
                return None
            return self._change(row[0], reviewer, "next", {"status": "in_review", "assignee": reviewer})

    def transition(self, item_id: int, actor: str, action: str, allowed_from: Iterable[str],
                   changes: dict[str, Any], check: Callable[[Item], None] | None = None) -> Item:
        allowed = tuple(allowed_from)
        with self._transaction():
            item = self.get(item_id)
            if item.status not in allowed:
                raise QueueError(f"item {item_id} is {item.status}, and {action} needs an item that is "
                                 f"{' or '.join(allowed)}")
            if check is not None:
                check(item)
            return self._change(item_id, actor, action, changes, item)

    def _change(self, item_id: int, actor: str, action: str, changes: dict[str, Any],
                before: Item | None = None) -> Item:
        unknown = set(changes) - _CHANGEABLE
        if unknown:
            raise ValueError(f"not a changeable item field: {sorted(unknown)}")
        before = before or self.get(item_id)
        at = now()
        values = {k: orjson.dumps(list(v)).decode() if k == "evidence" else v for k, v in changes.items()}
        assignments = ", ".join(f"{k} = ?" for k in values)  # keys checked against _CHANGEABLE above
        self._db.execute(f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                         [*values.values(), at, item_id])
        diff = {k: {"from": _jsonable(getattr(before, k)), "to": _jsonable(v)}
                for k, v in changes.items() if k != "status" and getattr(before, k) != v}
        self._record(item_id, at, actor, action, before.status, changes.get("status", before.status), diff)
        return self.get(item_id)

    def _record(self, item_id: int | None, at: str, actor: str, action: str,
                from_status: str | None, to_status: str | None, detail: dict[str, Any]) -> None:
        self._db.execute("INSERT INTO history (item_id, at, actor, action, from_status, to_status, detail) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (item_id, at, actor, action, from_status, to_status, orjson.dumps(detail).decode()))

    def update_settings(self, values: dict[str, Any], actor: str) -> dict[str, Any]:
        with self._transaction() as db:
            before = self.settings()
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM settings WHERE key = ?", (key,))
                else:
                    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               (key, orjson.dumps(value).decode()))
            after = self.settings()
            diff = {k: {"from": before.get(k), "to": after.get(k)} for k in values if before.get(k) != after.get(k)}
            if diff:
                self._record(None, now(), actor, "configure", None, None, diff)
            return after

    # -- reading ------------------------------------------------------------------------

    def get(self, item_id: int, with_appearances: bool = False) -> Item:
        row = self._db.execute(f"SELECT {', '.join(_ITEM_COLUMNS)} FROM items WHERE id = ?",
                               (item_id,)).fetchone()
        if row is None:
            raise QueueError(f"no item {item_id} in {self.path}; `quotecheck queue list {self.path}` shows the ids")
        item = _item(row)
        if with_appearances:
            item = _with_appearances(item, self._appearances([item.id]))
        return item

    def history(self, item_id: int) -> list[HistoryEntry]:
        self.get(item_id)
        rows = self._db.execute("SELECT at, actor, action, from_status, to_status, detail FROM history "
                                "WHERE item_id = ? ORDER BY id", (item_id,))
        return [HistoryEntry(*row[:5], orjson.loads(row[5])) for row in rows]

    def items(self, status: str | None = None, assignee: str | None = None,
              limit: int | None = None, with_appearances: bool = False) -> list[Item]:
        sql = f"SELECT {', '.join(_ITEM_COLUMNS)} FROM items WHERE (:status IS NULL OR status = :status) " \
              "AND (:assignee IS NULL OR assignee = :assignee) ORDER BY priority DESC, id LIMIT :limit"
        with self._snapshot() as db:
            rows = db.execute(sql, {"status": status, "assignee": assignee,
                                    "limit": -1 if limit is None else limit}).fetchall()
            found = [_item(row) for row in rows]
            if not with_appearances:
                return found
            appearances = self._appearances([item.id for item in found])
        return [_with_appearances(item, appearances) for item in found]

    def _appearances(self, item_ids: list[int]) -> dict[int, list[Appearance]]:
        by_item: dict[int, list[Appearance]] = {}
        query = (f"SELECT item_id, {', '.join(_APPEARANCE_COLUMNS)} FROM appearances "
                 "WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY added_at, document_id, char_start")
        for row in self._db.execute(query, (orjson.dumps(item_ids).decode(),)):
            by_item.setdefault(row[0], []).append(Appearance(*row[1:]))
        return by_item

    def counts(self) -> dict[str, Any]:
        with self._snapshot() as db:
            by_status = dict.fromkeys(STATUSES, 0)
            by_status.update(db.execute("SELECT status, count(*) FROM items GROUP BY status"))
            return {
                "items": sum(by_status.values()),
                "by_status": by_status,
                "by_rating": dict(db.execute("SELECT rating, count(*) FROM items WHERE status = 'reviewed' "
                                             "GROUP BY rating ORDER BY count(*) DESC, rating")),
                "in_review_by": dict(db.execute("SELECT assignee, count(*) FROM items WHERE status = 'in_review' "
                                                "GROUP BY assignee ORDER BY assignee")),
                "appearances": db.execute("SELECT count(*) FROM appearances").fetchone()[0],
                "articles": db.execute("SELECT count(DISTINCT document_id) FROM appearances").fetchone()[0],
            }

    def settings(self) -> dict[str, Any]:
        return {key: orjson.loads(value) for key, value in self._db.execute("SELECT key, value FROM settings")}

    def close(self) -> None:
        self._db.close()


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), refusing before SQLite
    touches it a file that is missing (unless creating), a directory, or not SQLite."""
    if path.is_dir():
        raise QueueError(f"{path} is a directory; give the review queue's file name")
    if not path.exists() and not create:
        raise QueueError(f"no review queue at {path}: create one with "
                         f"`quotecheck extract ARTICLES --format review -o {path}`")
    if path.exists():
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
        if header and header != _SQLITE_HEADER:
            raise QueueError(f"{path} is not a review queue (not an SQLite file); "
                             "pass the file written by `quotecheck extract --format review`")
    mode = "rwc" if create else "rw"
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                               timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as err:
        raise QueueError(f"cannot open the review queue {path}: {err}") from err


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _item(row: tuple) -> Item:
    values = dict(zip(_ITEM_COLUMNS, row))
    values["approximate"] = bool(values["approximate"])
    values["evidence"] = tuple(orjson.loads(values["evidence"]))
    return Item(**values)


def _with_appearances(item: Item, appearances: dict[int, list[Appearance]]) -> Item:
    return replace(item, appearances=tuple(appearances.get(item.id, ())))


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
