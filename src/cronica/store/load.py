"""Put analyses (the `cronica/analysis@1` JSON) into the corpus store.

A document is keyed by (id, sha256): loading it again is a no-op, so loading is
idempotent and a batch can commit a partition's documents together with its ledger
rows in one transaction. The caller owns the transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from cronica import folding
from cronica.store.dates import day_range, month_of
from cronica.store.tables import TABLES, Table, insert_sql, row


def fold(text: str | None) -> str | None:
    """Case- and accent-insensitive form of a name (cronica.folding), spaces squeezed: "Revolución"
    and "revolucion" meet. The full-text index folds the same way for Latin letters (SQLite's
    unicode61 tokenizer with remove_diacritics 2: case and every mark, ñ too)."""
    if text is None:
        return None
    return " ".join(folding.fold(text).split())


def load_analysis(conn: sqlite3.Connection, data: Mapping[str, Any]) -> bool:
    """Insert one analysis with all its layers; False when the document was already stored."""
    cursor = conn.execute(
        insert_sql("documents", "ON CONFLICT (id, sha256) DO NOTHING"), row("documents", data, {}, {})
    )
    if cursor.rowcount == 0:
        return False
    doc = cursor.lastrowid
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
        (doc, data["document"].get("title"), data["text"]),
    )
    _load_layers(conn, doc, data)
    return True


def _load_layers(conn: sqlite3.Connection, doc: int | None, data: Mapping[str, Any]) -> None:
    """Every layer's rows, parents before children (the foreign keys), each table in one executemany."""
    timex_values = {t["id"]: t["value"] for t in data.get("timexes", [])}
    rows: dict[str, list[dict[str, Any]]] = {}
    _collect(TABLES["documents"], data, doc, timex_values, rows)
    for table, table_rows in rows.items():
        if table_rows:
            conn.executemany(insert_sql(table), table_rows)


def _collect(
    parent: Table, item: Mapping[str, Any], doc: int | None, timexes: Mapping[str, str], rows: dict[str, list[Any]]
) -> None:
    for field, name in parent.children.items():
        table = TABLES[name]
        for child in item.get(field, ()):
            keys = {"doc": doc}
            if len(table.keys) > 1:  # a child of a child: tied to its parent's id too (participants to events)
                keys[table.keys[1]] = item["id"]
            rows.setdefault(name, []).append(row(name, child, keys, _derived(name, child, timexes)))
            if table.children:
                _collect(table, child, doc, timexes, rows)


def _derived(table: str, item: Mapping[str, Any], timexes: Mapping[str, str]) -> dict[str, Any]:
    """The columns the store computes for its queries (folded names, day ranges, months)."""
    if table == "entities":
        return {"norm": fold(item["text"]), "canonical_norm": fold(item.get("canonical"))}
    if table == "timexes":
        day_from, day_to = day_range(item["value"]) or (None, None)
        return {"day_from": day_from, "day_to": day_to}
    if table == "events":
        value = item.get("time_value") or timexes.get(item.get("time") or "")
        day_from, day_to = day_range(value) or (None, None)
        # an event dated only through its timex is stored with that timex's value
        return {"time_value": value, "day_from": day_from, "day_to": day_to, "month": month_of(value)}
    return {}
