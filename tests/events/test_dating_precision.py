"""Several dates in one clause: the one that places the event best dates it (cronica.timevalue).

The choice was by the length of the TIMEX3 value, so "Some time later" (PAST_REF, eight
characters) beat "February 1929" (1929-02, seven) and the deportation went undated.
"""

from __future__ import annotations

import pytest

from .conftest import only

CASES_ES = [
    ("Poco tiempo después, en febrero de 1929, Trotski fue deportado a Turquía.", "DEPORTATION",
     {"Poco tiempo después": "PAST_REF", "febrero de 1929": "1929-02"}, "1929-02"),
    ("Tiempo después, el 12 de noviembre de 1927, Trotski fue expulsado del partido.", "EXPULSION",
     {"Tiempo después": "PAST_REF", "el 12 de noviembre de 1927": "1927-11-12"}, "1927-11-12"),
    ("Un año después, en febrero de 1929, Trotski fue deportado a Turquía.", "DEPORTATION",
     {"Un año después": "1929", "febrero de 1929": "1929-02"}, "1929-02"),
]  # fmt: skip
CASES_EN = [
    ("Some time later, in February 1929, Trotsky was deported to Turkey.", "DEPORTATION",
     {"Some time later": "PAST_REF", "February 1929": "1929-02"}, "1929-02"),
    ("Some time later, on 12 November 1927, Trotsky was expelled from the party.", "EXPULSION",
     {"Some time later": "PAST_REF", "12 November 1927": "1927-11-12"}, "1927-11-12"),
    ("A year later, in February 1929, Trotsky was deported to Turkey.", "DEPORTATION",
     {"A year later": "1929", "February 1929": "1929-02"}, "1929-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "dates", "value"), CASES_ES)
def test_the_most_precise_date_wins_es(analyze_es, text, kind, dates, value):
    assert only(analyze_es(text, dates), kind).time_value == value


@pytest.mark.parametrize(("text", "kind", "dates", "value"), CASES_EN)
def test_the_most_precise_date_wins_en(analyze_en, text, kind, dates, value):
    assert only(analyze_en(text, dates), kind).time_value == value
