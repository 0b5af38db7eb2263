"""TIMEX3 values as day spans, and the store's versioned schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cronica.errors import CronicaError
from cronica.store.dates import day_range, month_of
from cronica.store.db import connect, latest_version, migrations, schema_version


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1917-11-07", (19171107, 19171107)),
        ("1917-11", (19171101, 19171130)),  # the month's real last day (keys ending in 31 before cronica.timevalue)
        ("1917", (19170101, 19171231)),
        ("192X", (19200101, 19291231)),
        ("19", (19000101, 19991231)),
        ("1944-Q2", (19440401, 19440630)),
        ("192", (19200101, 19291231)),  # the decade form cronica writes (no span before cronica.timevalue)
        ("1927-WI", (19271201, 19280229)),  # December to February (December only before)
        ("1944-W23-WE", (19440610, 19440611)),  # a weekend (no span before)
        ("1944-06-06T06:30", (19440606, 19440606)),
        ("1944-W23", (19440605, 19440611)),
        ("BC0264", (-2640000 + 101, -2640000 + 1231)),
        ("P2Y", None),
        ("XXXX-01", None),
        ("PRESENT_REF", None),
        ("1917-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_day_range(value, expected):
    assert day_range(value) == expected


def test_bc_spans_keep_their_order():
    first, last = day_range("BC026X")
    assert first < last < day_range("BC0259")[0] < day_range("0001")[0]


def test_month_only_for_month_precise_values():
    assert month_of("1917-11-07") == "1917-11"
    assert month_of("1917") is None
    assert month_of("BC0264-03") is None


def test_migrations_are_numbered_without_gaps():
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))


def test_an_old_database_is_upgraded_in_place_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "corpus.sqlite"
    old = connect(path, upto=1)
    assert schema_version(old) == 1
    old.execute(
        "INSERT INTO documents (id, sha256, lang, chars, text, stages) VALUES ('d1', 'abc', 'es', 4, 'Hola', '{}')"
    )
    with pytest.raises(sqlite3.OperationalError):
        old.execute("SELECT * FROM batch_items")
    old.close()
    new = connect(path)
    assert schema_version(new) == latest_version()
    assert new.execute("SELECT id FROM documents").fetchall() == [("d1",)]
    assert new.execute("SELECT count(*) FROM batch_items").fetchone()[0] == 0
    applied = [row[0] for row in new.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == list(range(1, latest_version() + 1))
    new.close()
    assert schema_version(connect(path)) == latest_version()  # opening again changes nothing


def test_a_database_from_a_newer_cronica_is_refused(tmp_path: Path):
    path = tmp_path / "corpus.sqlite"
    connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {latest_version() + 1}")
    raw.close()
    with pytest.raises(CronicaError, match="newer than this cronica"):
        connect(path)
