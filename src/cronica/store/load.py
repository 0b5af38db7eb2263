"""Put analyses (the `cronica/analysis@1` JSON) into the corpus store.

A document is keyed by (id, sha256): loading it again is a no-op, so loading is
idempotent and a batch can commit a partition's documents together with its ledger
rows in one transaction. The caller owns the transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from cronica import folding
from cronica.store.dates import day_range, month_of


def fold(text: str | None) -> str | None:
    """Case- and accent-insensitive form of a name (cronica.folding), spaces squeezed: "Revolución"
    and "revolucion" meet. The full-text index folds the same way for Latin letters (SQLite's
    unicode61 tokenizer with remove_diacritics 2: case and every mark, ñ too)."""
    if text is None:
        return None
    return " ".join(folding.fold(text).split())


def load_analysis(conn: sqlite3.Connection, data: Mapping[str, Any]) -> bool:
    """Insert one analysis with all its layers; False when the document was already stored."""
    document = data["document"]
    rhetoric = data.get("rhetoric") or {}
    cursor = conn.execute(
        "INSERT INTO documents (id, sha256, lang, dct, title, source, chars, text, stages, warnings,"
        " conspiracy_probability, techniques) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id, sha256) DO NOTHING",
        (
            document["id"],
            document["sha256"],
            document["lang"],
            document.get("dct"),
            document.get("title"),
            document.get("source"),
            document["chars"],
            data["text"],
            _json(data.get("stages", {})),
            _json(data.get("warnings", [])),
            rhetoric.get("conspiracy_probability"),
            _json(rhetoric.get("techniques", {})),
        ),
    )
    if cursor.rowcount == 0:
        return False
    doc = cursor.lastrowid
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (doc, document.get("title"), data["text"])
    )
    _load_layers(conn, doc, data)
    return True


def _load_layers(conn: sqlite3.Connection, doc: int | None, data: Mapping[str, Any]) -> None:
    conn.executemany(
        "INSERT INTO entities (doc, id, text, norm, start_char, end_char, label, kb_id, canonical, canonical_norm,"
        " score, provisional_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc, e["id"], e["text"], fold(e["text"]), e["start"], e["end"], e["label"], e.get("kb_id"),
             e.get("canonical"), fold(e.get("canonical")), e.get("score"), e.get("provisional_id"))
            for e in data.get("entities", [])
        ],
    )  # fmt: skip
    timex_values = {}
    rows = []
    for t in data.get("timexes", []):
        timex_values[t["id"]] = t["value"]
        days = day_range(t["value"]) or (None, None)
        rows.append((doc, t["id"], t["text"], t["start"], t["end"], t["type"], t["value"], t.get("mod"),
                     t.get("anchor"), *days))  # fmt: skip
    conn.executemany("INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    for event in data.get("events", []):
        _load_event(conn, doc, event, timex_values)
    for claim in data.get("claims", []):
        _load_claim(conn, doc, claim)
    conn.executemany(
        "INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc, f["id"], f["start"], f["end"], f["text"], f["technique"], f["explanation"], f["confidence"],
             f.get("voice", "author"), f.get("speaker"))
            for f in data.get("flags", [])
        ],
    )  # fmt: skip


def _load_event(conn: sqlite3.Connection, doc: int | None, event: Mapping[str, Any], timexes: dict[str, str]) -> None:
    value = event.get("time_value") or timexes.get(event.get("time") or "")
    days = day_range(value) or (None, None)
    trigger = event["trigger"]
    conn.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc, event["id"], event["type"], trigger["text"], trigger["start"], trigger["end"], event.get("sentence"),
         event.get("time"), value, *days, month_of(value), event.get("place"), event.get("modality", "asserted")),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (doc, event["id"], p["role"], p.get("entity"), p["text"], p["start"], p["end"])
            for p in event.get("participants", [])
        ],
    )


def _load_claim(conn: sqlite3.Connection, doc: int | None, claim: Mapping[str, Any]) -> None:
    conn.execute(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc, claim["id"], claim.get("event"), claim["start"], claim["end"], claim["text"], claim["verdict"],
         claim.get("correction"), claim.get("explanation", ""), claim.get("confidence")),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc, claim["id"], ev["kb"], ev["subject"], ev["property"], _json(ev.get("value")),
             _json(ev.get("qualifiers", {})), ev.get("source"), ev.get("url"))
            for ev in claim.get("evidence", [])
        ],
    )  # fmt: skip


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
