"""Clock times and the day a time of day belongs to (timex/daytimes.py), in both languages."""

from __future__ import annotations

import pytest

from cronica.errors import CronicaError
from cronica.timex import tag
from cronica.timex.patterns import parse_pattern
from cronica.timex.tagger import get_tagger


def pairs(text: str, lang: str, dct: str | None = "2004-06-16") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, dct=dct).timexes]


# 2004-06-16 is a Wednesday
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The market closed at 4 pm.", "en", [("4 pm", "2004-06-16T16:00")]),
        ("The market closed at 4pm.", "en", [("4pm", "2004-06-16T16:00")]),
        ("Polls open at 7 a.m. tomorrow.", "en", [("7 a.m. tomorrow", "2004-06-17T07:00")]),
        ("The talks broke up at 11:45 p.m. yesterday.", "en", [("11:45 p.m. yesterday", "2004-06-15T23:45")]),
        ("The bid expires at 5 p.m. EST Dec. 3.", "en", [("5 p.m. EST Dec. 3", "2004-12-03T17:00")]),
        ("He will fly out at 6 in the evening Friday.", "en", [("6 in the evening Friday", "2004-06-18T18:00")]),
        (
            "La sesión acabó anoche a las 23.45 horas de ayer.",
            "es",
            [("anoche", "2004-06-15TNI"), ("las 23.45 horas de ayer", "2004-06-15T23:45")],
        ),
        (
            "Los colegios abrirán a las 8 de la mañana del domingo.",
            "es",
            [("las 8 de la mañana del domingo", "2004-06-20T08:00")],
        ),
        (
            "El avión aterrizó a las 9.10 hora local del lunes.",
            "es",
            [("las 9.10 hora local del lunes", "2004-06-14T09:10")],
        ),
    ],
)
def test_clock_times(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the day named before the time in its clause
        ("La reunión terminó ayer a las 22.30.", "es", [("ayer", "2004-06-15"), ("las 22.30", "2004-06-15T22:30")]),
        (
            "El equipo jugará mañana en casa (20.30 horas).",
            "es",
            [("mañana", "2004-06-17"), ("20.30 horas", "2004-06-17T20:30")],
        ),
        (
            "The fire started Monday at 3 a.m. in the basement.",
            "en",
            [("Monday", "2004-06-14"), ("3 a.m.", "2004-06-14T03:00")],
        ),
        # or after it
        (
            "He was arrested at 9 p.m. as he left his house on May 4.",
            "en",
            [("9 p.m.", "2004-05-04T21:00"), ("May 4", "2004-05-04")],
        ),
        # a time restated in parentheses takes the day just given
        (
            "Llegará mañana, jueves, a las 10.00 hora local (15.00 GMT).",
            "es",
            [
                ("mañana, jueves", "2004-06-17"),
                ("las 10.00 hora local", "2004-06-17T10:00"),
                ("15.00 GMT", "2004-06-17T15:00Z"),
            ],
        ),
    ],
)
def test_a_time_takes_the_day_of_its_clause(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, lang) == expected


def test_a_day_in_another_sentence_is_not_the_times_day() -> None:
    found = pairs("Talks resumed on May 4. The market closed at 4 pm.", "en")
    assert found == [("May 4", "2004-05-04"), ("4 pm", "2004-06-16T16:00")]


def test_a_glue_mark_without_an_element_is_refused() -> None:
    matchers = get_tagger("en").matchers
    with pytest.raises(CronicaError, match="marks no element"):
        parse_pattern("{hour} ~? {ampm}", matchers, "test")
