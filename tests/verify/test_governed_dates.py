"""A date after a template's preposition ("desde {start}") takes the article Spanish puts before a day, and no
other word: "desde el 16 de diciembre de 1934", "desde diciembre de 1934", "desde 1934"; English writes it bare."""

from __future__ import annotations

import pytest

from cronica.verify.dates import PartialDate
from cronica.verify.language import load_language


@pytest.mark.parametrize(
    ("code", "date", "expected"),
    [
        ("es", PartialDate(year=1934, month=12, day=16), "desde el 16 de diciembre de 1934"),
        ("es", PartialDate(year=1934, month=12), "desde diciembre de 1934"),
        ("es", PartialDate(year=1934), "desde 1934"),
        ("en", PartialDate(year=1934, month=12, day=16), "from 16 December 1934"),
        ("en", PartialDate(year=1934), "from 1934"),
    ],
)
def test_a_date_after_a_preposition(code: str, date: PartialDate, expected: str) -> None:
    lang = load_language(code)
    word = "desde" if code == "es" else "from"
    assert f"{word} {lang.date(date, governed=True)}" == expected


def test_a_period_of_days_contracts_in_spanish() -> None:
    lang = load_language("es")
    start = lang.date(PartialDate(year=1934, month=12, day=16), governed=True)
    end = lang.date(PartialDate(year=1936, month=8, day=25), governed=True)
    assert lang.contract(f"({lang.phrase('period', start=start, end=end)})") == (
        "(del 16 de diciembre de 1934 al 25 de agosto de 1936)"
    )
