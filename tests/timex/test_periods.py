"""Periods and units anchored on a date, in both languages: a report's quarter, "the last
quarter of 1999", "the week of March 6", "the day before <date>", "el día 12" after a
month, year end."""

from __future__ import annotations

import pytest

from cronica.timex import tag


def values(text: str, lang: str, dct: str = "1991-10-24") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, dct=dct).timexes]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the report's quarter stays the report's after a year-earlier comparison
        (
            "Third-quarter sales rose to $9 million from $7 million a year earlier. Costs in the quarter fell.",
            "en",
            [("Third-quarter", "1991-Q3"), ("a year earlier", "1990-Q3"), ("the quarter", "1991-Q3")],
        ),
        (
            "Las ventas del tercer trimestre subieron frente a un año antes. Los costes en el trimestre bajaron.",
            "es",
            [("tercer trimestre", "1991-Q3"), ("un año antes", "1990-Q3"), ("el trimestre", "1991-Q3")],
        ),
        # a year-earlier period is shifted once, never twice
        (
            "Third-quarter profit fell. In the year-ago period it was higher, and the year-earlier quarter too.",
            "en",
            [("Third-quarter", "1991-Q3"), ("the year-ago period", "1990-Q3"), ("the year-earlier quarter", "1990-Q3")],
        ),
        ("Profit fell to $2 million from a year-earlier $3 million.", "en", [("a year-earlier", "1990")]),
        (
            "El beneficio del primer trimestre de 1990 fue menor que el del mismo periodo de 1991.",
            "es",
            [("primer trimestre de 1990", "1990-Q1"), ("del mismo periodo de 1991", "1991-Q1")],
        ),
        (
            "Las ventas del segundo trimestre crecieron; en el mismo periodo del año anterior cayeron.",
            "es",
            [("segundo trimestre", "1991-Q2"), ("el mismo periodo del año anterior", "1990-Q2")],
        ),
        # a quarter forecast is not the report's quarter
        (
            "Third-quarter profit fell. It expects losses through the third quarter of 1992. "
            "In the year-ago period it earned more.",
            "en",
            [
                ("Third-quarter", "1991-Q3"),
                ("the third quarter of 1992", "1992-Q3"),
                ("the year-ago period", "1990-Q3"),
            ],
        ),
        # "the 1990 period" after a period that is no quarter: that year
        (
            "In the first nine months, net rose, compared with a loss in the 1990 period.",
            "en",
            [("nine months", "P9M"), ("the 1990 period", "1990")],
        ),
        ("Prices fell in the last quarter of 1990.", "en", [("the last quarter of 1990", "1990-Q4")]),
        ("Los precios cayeron en el último trimestre de 1990.", "es", [("el último trimestre de 1990", "1990-Q4")]),
        ("Growth will slow in the first half of next year.", "en", [("the first half of next year", "1992-H1")]),
        (
            "El crecimiento bajará en el primer semestre del año próximo.",
            "es",
            [("el primer semestre del año próximo", "1992-H1")],
        ),
        ("Viajará en el segundo semestre de este año.", "es", [("el segundo semestre de este año", "1991-H2")]),
        # the week of a date
        ("The trial opens the week of Nov. 11.", "en", [("the week of Nov. 11", "1991-W46")]),
        ("El juicio empieza la semana del 11 de noviembre.", "es", [("la semana del 11 de noviembre", "1991-W46")]),
        # a holiday's week
        ("Prices fell during Christmas week.", "en", [("Christmas week", "1990-W52")]),
        ("Los precios bajaron la semana de Navidad.", "es", [("la semana de Navidad", "1990-W52")]),
        # year end
        ("The merger should close by year-end.", "en", [("year-end", "1991")]),
        ("La fusión se cerrará antes de fin de año.", "es", [("fin de año", "1991")]),
        ("Al final del año próximo habrá elecciones.", "es", [("Al final del año próximo", "1992")]),
    ],
)
def test_periods(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The day before the Sept. 30 vote, he resigned.",
            "en",
            [("The day before", "1991-09-29"), ("Sept. 30", "1991-09-30")],
        ),
        (
            "They met the day after last Monday's summit.",
            "en",
            [("the day after", "1991-10-22"), ("last Monday", "1991-10-21")],
        ),
        (
            "Al día siguiente del 3 de octubre se reunieron.",
            "es",
            [("Al día siguiente", "1991-10-04"), ("3 de octubre", "1991-10-03")],
        ),
        (
            "El día anterior a la votación del 6 de octubre dimitió.",
            "es",
            [("El día anterior", "1991-10-05"), ("6 de octubre", "1991-10-06")],
        ),
        # in apposition to a date, the expression is that date
        (
            "Shares fell on Oct. 12, the day before the crash.",
            "en",
            [("Oct. 12", "1991-10-12"), ("the day before", "1991-10-12")],
        ),
        # "the next day" opens with its direction: a date after it is no complement
        (
            "On Oct. 3 he was charged. He left the next day and the day following he was arrested.",
            "en",
            [("Oct. 3", "1991-10-03"), ("the next day", "1991-10-04"), ("the day following", "1991-10-05")],
        ),
    ],
)
def test_the_day_before_a_date(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


def test_a_day_of_the_month_takes_the_month_just_named() -> None:
    assert values("La huelga empezó el 3 de septiembre. El día 5, el gobierno cedió.", "es")[1] == (
        "El día 5",
        "1991-09-05",
    )
    assert values("The strike began on Sept. 3. On the 5th, the government gave in.", "en")[1] == (
        "On the 5th",
        "1991-09-05",
    )
    # a smaller day than the one named is in the next month
    assert values("La huelga empezó el 28 de septiembre. El día 2, el gobierno cedió.", "es")[1] == (
        "El día 2",
        "1991-10-02",
    )
    # far from any date, the DCT's month
    far = "La huelga empezó el 3 de septiembre. " + "Hubo muchas protestas en la calle. " * 15 + "El día 5 acabó."
    assert values(far, "es")[-1] == ("El día 5", "1991-10-05")


# 2000-02-24 is a Thursday: "last Tuesday" is 2000-02-22
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The day before last Tuesday's hearing, he saw his brother. He was in court the next morning.",
            "en",
            [("The day before", "2000-02-21"), ("last Tuesday", "2000-02-22"), ("the next morning", "2000-02-22TMO")],
        ),
        (
            "El día anterior a la vista del martes pasado vio a su hermano. A la mañana siguiente fue al juzgado.",
            "es",
            [
                ("El día anterior", "2000-02-21"),
                ("del martes pasado", "2000-02-22"),
                ("A la mañana siguiente", "2000-02-22TMO"),
            ],
        ),
        (
            "The day after the Feb. 2 storm, roads closed. Two days later they reopened.",
            "en",
            [("The day after", "2000-02-03"), ("Feb. 2", "2000-02-02"), ("Two days later", "2000-02-05")],
        ),
        (
            "El día antes de la tormenta del 2 de febrero cerraron las carreteras. Ese mismo día nevó.",
            "es",
            [("El día antes", "2000-02-01"), ("2 de febrero", "2000-02-02"), ("Ese mismo día", "2000-02-01")],
        ),
    ],
)
def test_a_day_counted_from_a_later_date_is_the_story_day(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """What comes next counts from the counted day, not from the DCT nor from the date that anchored it."""
    assert [(t.text, t.value) for t in tag(text, lang, dct="2000-02-24").timexes] == expected
