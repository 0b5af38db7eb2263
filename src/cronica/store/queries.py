"""What users ask of a corpus, each as one parameterized SQL query.

User text is always bound as a parameter; FTS5 search terms are additionally quoted
as phrases (`"..."`, inner quotes doubled) so that they are matched as words and
never read as FTS5 query syntax.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cronica.errors import CronicaError
from cronica.kb.base import is_provisional
from cronica.store.dates import day_range
from cronica.store.load import fold

_QID = re.compile(r"^Q\d+$")
COUNTABLE = ("events", "documents", "claims", "flags")


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _run(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> QueryResult:
    cursor = conn.execute(sql, tuple(params))
    columns = tuple(d[0] for d in cursor.description)
    return QueryResult(columns, tuple(tuple(row) for row in cursor.fetchall()))


def _day_bounds(date_from: str | None, date_to: str | None) -> tuple[int | None, int | None]:
    bounds: list[int | None] = []
    for label, value, side in (("--from", date_from, 0), ("--to", date_to, 1)):
        if value is None:
            bounds.append(None)
            continue
        days = day_range(value)
        if days is None:
            raise CronicaError(f"invalid {label} date '{value}': expected YYYY, YYYY-MM or YYYY-MM-DD")
        bounds.append(days[side])
    return bounds[0], bounds[1]


def events_of_entity(
    conn: sqlite3.Connection, entity: str, date_from: str | None = None, date_to: str | None = None, limit: int = 1000
) -> QueryResult:
    """Events an entity takes part in (or that happen at it), by QID or by name, within a date range.

    With a range, an event counts when the span of days its date covers overlaps the
    range; undated events are then left out.
    """
    entity = entity.strip()
    if not entity:
        raise CronicaError("give an entity: a Wikidata QID (Q123), a provisional id (cronica:a-name) or a name")
    match_params: list[str | None]
    if _QID.match(entity):
        match_sql, match_params = "e.kb_id = ?", [entity]
    elif is_provisional(entity):  # a KB item not yet matched to Wikidata
        match_sql, match_params = "e.provisional_id = ?", [entity]
    else:
        # a name finds its own mentions, and through their QIDs every other mention of the same
        # entity ("Ulyanov" finds the events of "Lenin" when both were linked to Q1394)
        name = fold(entity)
        match_sql = (
            "(e.norm = ? OR e.canonical_norm = ? OR e.kb_id IN (SELECT kb_id FROM entities"
            " WHERE (norm = ? OR canonical_norm = ?) AND kb_id IS NOT NULL)"
            " OR e.provisional_id IN (SELECT provisional_id FROM entities"
            " WHERE (norm = ? OR canonical_norm = ?) AND provisional_id IS NOT NULL))"
        )
        match_params = [name, name, name, name, name, name]
    low, high = _day_bounds(date_from, date_to)
    where: list[str] = []
    params: list[int] = []
    if low is not None:
        where.append("ev.day_to >= ?")
        params.append(low)
    if high is not None:
        where.append("ev.day_from <= ?")
        params.append(high)
    sql = f"""
        WITH matched AS (SELECT e.doc, e.id FROM entities e WHERE {match_sql}),
        linked AS (
            SELECT p.doc, p.event, p.role FROM participants p JOIN matched m ON m.doc = p.doc AND m.id = p.entity
            UNION
            SELECT ev.doc, ev.id, 'place' FROM events ev JOIN matched m ON m.doc = ev.doc AND m.id = ev.place
        )
        SELECT d.id AS document, ev.id AS event, ev.type, ev.trigger, group_concat(DISTINCT l.role) AS role,
               ev.time_value AS date, ev.modality, ev.trigger_start AS start, ev.trigger_end AS end
        FROM linked l
        JOIN events ev ON ev.doc = l.doc AND ev.id = l.event
        JOIN documents d ON d.doc = ev.doc
        {"WHERE " + " AND ".join(where) if where else ""}
        GROUP BY ev.doc, ev.id
        ORDER BY ev.day_from IS NULL, ev.day_from, d.id, ev.trigger_start
        LIMIT ?
    """  # only fixed SQL pieces are pasted; every value is bound
    return _run(conn, sql, [*match_params, *params, limit])


def contradicted_claims(conn: sqlite3.Connection, limit: int = 1000) -> QueryResult:
    """Every claim checked as contradicted, with its correction and the evidence it rests on."""
    sql = """
        SELECT d.id AS document, c.id AS claim, c.text, c.correction, c.explanation,
               (SELECT group_concat(ev.subject || ' ' || ev.property || ' = ' || ev.value, '; ')
                  FROM evidence ev WHERE ev.doc = c.doc AND ev.claim = c.id) AS evidence,
               c.start_char AS start, c.end_char AS end
        FROM claims c JOIN documents d ON d.doc = c.doc
        WHERE c.verdict = 'contradicted'
        ORDER BY d.id, c.start_char
        LIMIT ?
    """
    return _run(conn, sql, [limit])


def fts_phrase(term: str) -> str:
    """One user term as an FTS5 phrase: quoted, so operators and punctuation in it stay plain text."""
    return '"' + term.replace('"', '""') + '"'


def documents_mentioning(conn: sqlite3.Connection, terms: Sequence[str], limit: int = 100) -> QueryResult:
    """Documents whose text or title contains every term (accent- and case-insensitive)."""
    terms = [t.strip() for t in terms if t.strip()]
    if not terms:
        raise CronicaError("give at least one word or phrase to search for")
    match = " AND ".join(fts_phrase(t) for t in terms)
    sql = """
        SELECT d.id AS document, d.title, d.lang, d.dct,
               snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
        FROM documents_fts JOIN documents d ON d.doc = documents_fts.rowid
        WHERE documents_fts MATCH ?
        ORDER BY rank
        LIMIT ?
    """
    return _run(conn, sql, [match, limit])


def most_flagged(conn: sqlite3.Connection, limit: int = 20) -> QueryResult:
    """Documents with the most rhetoric flags, then the highest conspiracy probability."""
    sql = """
        SELECT d.id AS document, d.title, count(f.id) AS flags,
               d.conspiracy_probability AS conspiracy_probability,
               (SELECT group_concat(technique || ' ' || n, ', ') FROM (
                    SELECT technique, count(*) AS n FROM flags WHERE doc = d.doc
                    GROUP BY technique ORDER BY n DESC, technique)) AS techniques
        FROM documents d LEFT JOIN flags f ON f.doc = d.doc
        GROUP BY d.doc
        HAVING count(f.id) > 0 OR d.conspiracy_probability IS NOT NULL
        ORDER BY flags DESC, conspiracy_probability DESC, d.id
        LIMIT ?
    """
    return _run(conn, sql, [limit])


def counts_by_month(conn: sqlite3.Connection, what: str = "events") -> QueryResult:
    """Counts per month: events by the month they are dated to; documents, claims, flags by document date."""
    if what not in COUNTABLE:
        raise CronicaError(f"cannot count '{what}' by month: choose one of {', '.join(COUNTABLE)}")
    if what == "events":
        sql = "SELECT month, count(*) AS events FROM events WHERE month IS NOT NULL GROUP BY month ORDER BY month"
    else:
        joined = {"documents": "", "claims": "JOIN claims x ON x.doc = d.doc", "flags": "JOIN flags x ON x.doc = d.doc"}
        sql = f"""
            SELECT substr(d.dct, 1, 7) AS month, count(*) AS {what}
            FROM documents d {joined[what]}
            WHERE d.dct IS NOT NULL GROUP BY month ORDER BY month
        """  # `what` was checked against a fixed list
    return _run(conn, sql, [])
