"""The batch ledger: which items are done or failed, in the corpus database itself.

Committing a partition is one SQLite transaction: its documents go into the store,
its items into `batch_items`, its file name into `batch_partitions`. Either all of it
is there after a kill, or none of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: SQLite's default bound on parameters is 999 in old builds: stay well below it
_KEYS_PER_QUERY = 500


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Failure:
    doc_id: str
    error: str


class Ledger:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def start_run(self, engine: str, workers: int, options: dict[str, Any]) -> int:
        cursor = self.conn.execute(
            "INSERT INTO batch_runs (started_at, engine, workers, options) VALUES (?, ?, ?, ?)",
            (_now(), engine, workers, json.dumps(options, sort_keys=True)),
        )
        return int(cursor.lastrowid or 0)

    def last_options(self) -> dict[str, Any] | None:
        """The options of the latest earlier run, to warn when a resume analyzes differently."""
        row = self.conn.execute("SELECT options FROM batch_runs ORDER BY run DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    def finish_run(self, run: int) -> None:
        self.conn.execute("UPDATE batch_runs SET finished_at = ? WHERE run = ?", (_now(), run))

    def recorded(self, keys: list[str]) -> set[str]:
        """Which of these keys the ledger already has (done or failed)."""
        found: set[str] = set()
        for i in range(0, len(keys), _KEYS_PER_QUERY):
            batch = keys[i : i + _KEYS_PER_QUERY]
            marks = ",".join("?" * len(batch))
            rows = self.conn.execute(f"SELECT key FROM batch_items WHERE key IN ({marks})", batch)
            found.update(row[0] for row in rows)
        return found

    def record_pending(self, name: str, run: int) -> None:
        """Say (and commit) that this run is about to write `name`, before the file exists."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO batch_pending VALUES (?, ?, ?)", (name, run, _now()))

    def uncommitted(self) -> list[str]:
        """Files a run started writing but never committed (it was killed): safe to delete."""
        rows = self.conn.execute(
            "SELECT name FROM batch_pending WHERE name NOT IN (SELECT name FROM batch_partitions) ORDER BY name"
        )
        return [row[0] for row in rows]

    def forget_pending(self, conn: sqlite3.Connection, names: list[str]) -> None:
        """Inside the commit's transaction: these names are committed now."""
        conn.executemany("DELETE FROM batch_pending WHERE name = ?", [(name,) for name in names])

    def clear_pending(self) -> None:
        """After the leftovers of a killed run are deleted: nothing is pending any more."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM batch_pending")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def record_partition(self, conn: sqlite3.Connection, name: str, run: int, documents: int) -> None:
        conn.execute("INSERT INTO batch_partitions VALUES (?, ?, ?, ?)", (name, run, documents, _now()))

    def record_item(
        self, conn: sqlite3.Connection, key: str, doc_id: str, sha256: str, run: int,
        partition: str | None = None, error: str | None = None,
    ) -> None:  # fmt: skip
        conn.execute(
            "INSERT INTO batch_items VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, doc_id, sha256, "failed" if error else "done", error, partition, run),
        )

    def totals(self, before_run: int | None = None) -> dict[str, int]:
        """Items by status: all of them, or those recorded by the runs before `before_run`."""
        sql = "SELECT status, count(*) FROM batch_items"
        params: tuple[Any, ...] = ()
        if before_run is not None:
            sql += " WHERE run < ?"
            params = (before_run,)
        rows = self.conn.execute(sql + " GROUP BY status", params)
        return {status: count for status, count in rows}

    def failures(self, run: int | None = None, limit: int = 1000, before: bool = False) -> list[Failure]:
        """Failed items of `run` (or, with `before`, of the runs before it; of all runs when None)."""
        sql = "SELECT doc_id, error FROM batch_items WHERE status = 'failed'"
        params: tuple[Any, ...] = ()
        if run is not None:
            sql += " AND run < ?" if before else " AND run = ?"
            params = (run,)
        rows = self.conn.execute(sql + " ORDER BY rowid LIMIT ?", (*params, limit))
        return [Failure(doc_id, error) for doc_id, error in rows]
