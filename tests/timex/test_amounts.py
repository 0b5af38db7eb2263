"""Amounts in durations: mixed numbers, "N more", counted units with an adjective, "a couple
of" / "un par de", "or so" / "más o menos", quarters; and the scorer's reading of a fraction
of a unit as whole smaller units (both systems alike)."""

from __future__ import annotations

import pytest

from cronica.evaluation.timex import canonical_value
from cronica.timex import tag


def pairs(text: str, lang: str, dct: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, lang, dct=dct).timexes]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The flight took 3 1/2 hours.", "en", [("3 1/2 hours", "PT3H30M", None)]),
        ("He served 4 1/2 years in prison.", "en", [("4 1/2 years", "P4Y6M", None)]),
        ("The ban lasts three more weeks.", "en", [("three more weeks", "P3W", None)]),
        ("Shares rose for six straight days.", "en", [("six straight days", "P6D", None)]),
        ("It will take a couple of months.", "en", [("a couple of months", "P2M", None)]),
        ("Over the next couple of weeks, prices will fall.", "en", [("couple of weeks", "P2W", None)]),
        ("The plant was shut for a month or so.", "en", [("a month or so", "P1M", "APPROX")]),
        ("The firm lost money for several quarters.", "en", [("several quarters", "PXQ", None)]),
        ("Three quarters of the voters stayed home.", "en", []),
        ("El vuelo duró 3 horas y media.", "es", [("3 horas y media", "PT3H30M", None)]),
        ("La prohibición dura tres semanas más.", "es", [("tres semanas más", "P3W", None)]),
        ("El plazo es de diez días hábiles.", "es", [("diez días hábiles", "P10D", None)]),
        ("Tardará un par de meses.", "es", [("un par de meses", "P2M", None)]),
        ("La planta estuvo cerrada un mes más o menos.", "es", [("un mes más o menos", "P1M", "APPROX")]),
        ("La empresa pierde dinero desde hace varios trimestres.", "es", [("hace varios trimestres", "PXQ", "AFTER")]),
    ],
)
def test_amounts(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert pairs(text, lang) == expected


def test_more_before_later_is_an_offset_not_a_duration() -> None:
    found = pairs("En mayo de 1990 se fue. Tres semanas más tarde volvió.", "es")
    assert found[1][0] == "Tres semanas más tarde" and found[1][1] != "P3W"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Just over an hour later, he was dead.", "en", [("an hour later", "PT1H", None)]),
        ("Minutes later, the police arrived.", "en", [("Minutes later", "PTXM", None)]),
        ("Dos horas después llegó la policía.", "es", [("Dos horas después", "PT2H", None)]),
        ("Salió hace 2 horas y media.", "es", [("hace 2 horas y media", "PT2H30M", None)]),
    ],
)
def test_an_offset_in_hours_is_its_length(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    """No clock time to count from: the text gives a length (as TimeBank and AQUAINT tag it)."""
    assert pairs(text, lang) == expected


def test_a_couple_of_months_ago_is_a_date() -> None:
    assert pairs("Murió hace un par de meses.", "es", "2004-06-16") == [("hace un par de meses", "2004-04", None)]
    assert pairs("He died a couple of months ago.", "en", "2004-06-16") == [("a couple of months ago", "2004-04", None)]
    assert pairs("They met a week or so ago.", "en", "2004-06-16")[0][1:] == ("2004-W24", "APPROX")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("P2.5Y", "P2Y6M"),
        ("PT1.5H", "PT1H30M"),
        ("P3.5D", "P3DT12H"),
        ("PT0.75H", "PT45M"),
        ("PT1.5M", "PT1M30S"),
        ("2000-W7", "2000-W07"),  # AQUAINT writes weeks unpadded: one value
        ("199X", "199"),  # AQUAINT writes "the early 1990s" as 199X, TimeML and TimeBank as 199
        ("19XX", "19"),
        ("P2Q", "P6M"),  # TimeBank writes quarters and decades as units, cronica in months and years
        ("P1E", "P10Y"),
        ("P1DE", "P10Y"),
        ("P2L", "P2000Y"),
    ],
)
def test_the_scorer_reads_notational_variants_as_one_value(one: str, other: str) -> None:
    assert canonical_value(one) == canonical_value(other)


@pytest.mark.parametrize(
    ("pattern", "period"), [("XXXX-XX-XX", "P1D"), ("XXXX-WXX", "P1W"), ("XXXX-XX", "P1M"), ("XXXX", "P1Y")]
)
def test_a_set_of_every_period_is_one_set_however_written(pattern: str, period: str) -> None:
    """ "daily": TimeBank and WikiWars write XXXX-XX-XX, AQUAINT and the Spanish TimeBank P1D."""
    assert canonical_value(pattern, "SET") == canonical_value(period, "SET")
    assert canonical_value(pattern, "DATE") != canonical_value(period, "DURATION")  # "some day" is not "one day"


@pytest.mark.parametrize(
    "value", ["P2.5M", "P1.5W", "PXY", "PXDE", "PXQ", "1998-Q3", "XXXX-WXX-1", "PT1.33H", "XXXX", "1998", "19X"]
)
def test_the_scorer_leaves_other_values_alone(value: str) -> None:
    assert canonical_value(value) == value
