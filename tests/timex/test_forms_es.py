"""Each form the issue lists, in Spanish. Expected values written from the TIMEX3 guidelines."""

from __future__ import annotations

import pytest

from cronica.timex import tag

from .helpers import found

DCT = "2019-12-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nació el 23 de octubre de 1926.", [("el 23 de octubre de 1926", "DATE", "1926-10-23", None)]),
        ("La carta es del 23/10/1926.", [("23/10/1926", "DATE", "1926-10-23", None)]),
        ("Registro: 1926-10-23.", [("1926-10-23", "DATE", "1926-10-23", None)]),
        ("Llegó en octubre de 1926.", [("octubre de 1926", "DATE", "1926-10", None)]),
        ("Trotsky fue expulsado en 1927.", [("1927", "DATE", "1927", None)]),
        ("los años veinte fueron agitados", [("los años veinte", "DATE", "192", None)]),
        (
            "nació en los años noventa del siglo XIX",  # the century it names, not the 1900s
            [("los años noventa del siglo XIX", "DATE", "189", None)],
        ),
        ("durante la década de 1920", [("la década de 1920", "DATE", "192", None)]),
        ("en el siglo XX", [("el siglo XX", "DATE", "19", None)]),
        ("Cartago cayó en el 146 a. C.", [("146 a. C.", "DATE", "BC0146", None)]),
        ("La guerra empezó en 264 a. C.", [("264 a. C.", "DATE", "BC0264", None)]),
        ("el verano de 1991", [("el verano de 1991", "DATE", "1991-SU", None)]),
        ("a principios de 1925", [("a principios de 1925", "DATE", "1925", "START")]),
        ("a mediados de 1925", [("a mediados de 1925", "DATE", "1925", "MID")]),
        ("a finales de 1925", [("a finales de 1925", "DATE", "1925", "END")]),
        ("hacia 1930 se mudó", [("hacia 1930", "DATE", "1930", "APPROX")]),
        ("antes de 1917 no existía", [("1917", "DATE", "1917", "BEFORE")]),
        ("para 1925 ya había muerto", [("1925", "DATE", "1925", "ON_OR_BEFORE")]),
        ("después de 1918 cambió", [("1918", "DATE", "1918", "AFTER")]),
        ("Duró seis meses.", [("seis meses", "DURATION", "P6M", None)]),
        ("Tardó dos o tres años.", [("dos", "DURATION", "P2Y", None), ("tres años", "DURATION", "P3Y", None)]),
        ("Se reúnen cada año.", [("cada año", "SET", "P1Y", None)]),
        ("Iban los domingos.", [("los domingos", "SET", "XXXX-WXX-7", None)]),
    ],
)
def test_absolute_forms(text: str, expected: list) -> None:
    assert found(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    ["Murieron 1937 soldados.", "Costó 1.000 lempiras.", "Véase la página 1926.", "Llegaron 2000 personas."],
)
def test_numbers_that_are_not_years(text: str) -> None:
    assert found(text, "es") == []


def test_underspecified_month_takes_the_year_in_context() -> None:
    result = tag("La guerra empezó en 1925. En enero hubo una batalla.", "es")
    first, january = result.timexes
    assert (january.text, january.value, january.anchor) == ("enero", "1925-01", first.id)


def test_anaphoric_expressions_in_a_narrative() -> None:
    text = (
        "El 5 de mayo de 1925 cayó la ciudad. Dos días después llegaron. Ese mismo día huyó. Al año siguiente volvió."
    )
    timexes = tag(text, "es").timexes
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("El 5 de mayo de 1925", "1925-05-05", None),
        ("Dos días después", "1925-05-07", "t1"),
        ("Ese mismo día", "1925-05-07", "t2"),  # the day just told: a day counted from the story's day moves it
        ("Al año siguiente", "1926", "t3"),
    ]


def test_deictic_expressions_against_the_dct() -> None:
    timexes = tag("Hoy llueve; ayer nevó y el año pasado hubo sequía.", "es", dct=DCT).timexes
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("Hoy", "2019-12-20", "dct"),
        ("ayer", "2019-12-19", "dct"),
        ("el año pasado", "2018", "dct"),
    ]


def test_month_and_day_without_year_in_news() -> None:
    assert found("Llegó el 23 de octubre.", "es", dct=DCT) == [("el 23 de octubre", "DATE", "2019-10-23", None)]


def test_time_of_day() -> None:
    assert found("Quedaron a las 4:00 pm.", "es", dct=DCT) == [("las 4:00 pm", "TIME", "2019-12-20T16:00", None)]
    assert found("Salieron a las 7 de la tarde.", "es", dct=DCT) == [
        ("las 7 de la tarde", "TIME", "2019-12-20T19:00", None)
    ]


def test_part_of_day_at_dawn() -> None:
    timexes = tag("El 6 de junio de 1944, al amanecer, desembarcaron.", "es").timexes
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("El 6 de junio de 1944", "DATE", "1944-06-06"),
        ("al amanecer", "TIME", "1944-06-06TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "interval_text"),
    [
        ("Gobernó de 1925 a 1927.", "de 1925 a 1927"),
        ("Vivió allí entre 1925 y 1927.", "entre 1925 y 1927"),
        ("La guerra (1914–1918) cambió Europa.", "1914–1918"),
    ],
)
def test_intervals(text: str, interval_text: str) -> None:
    result = tag(text, "es")
    assert [t.type for t in result.timexes] == ["DATE", "DATE"]
    (interval,) = result.intervals
    assert interval.text == interval_text
    assert text[interval.start : interval.end] == interval_text
    assert (interval.start_timex, interval.end_timex) == ("t1", "t2")


def test_following_season() -> None:
    timexes = tag("En el otoño de 1918 firmaron la paz. La primavera siguiente volvieron.", "es").timexes
    assert [t.value for t in timexes] == ["1918-FA", "1919-SP"]


@pytest.mark.parametrize("text", ["31 de febrero de 1927", "el año 0", "99999", "el 0 de enero", "32/13/2020"])
def test_odd_dates_never_crash_nor_invent(text: str) -> None:
    for _, _, value, _ in found(text, "es"):
        assert "-02-31" not in value and value not in ("0000", "99999")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("En diciembre se firmó el acuerdo.", "2020-01-15", "2019-12"),
        ("Retomaré el artículo en septiembre.", "2019-12-20", "2020-09"),
        ("En marzo hubo elecciones.", "2019-12-20", "2019-03"),
    ],
)
def test_news_month_without_year_follows_the_tense(text: str, dct: str, value: str) -> None:
    assert [t.value for t in tag(text, "es", dct=dct).timexes] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("del 18 al 20 de julio de 1936", ["1936-07-18", "1936-07-20"]),
        ("el 2 y el 3 de abril de 1991", ["1991-04-02", "1991-04-03"]),
        ("el lunes 3 de mayo de 2021", ["2021-05-03"]),
        ("mayo y junio de 2020", ["2020-05", "2020-06"]),
        ("dos años, tres meses y un día", ["P2Y3M1D"]),
        ("el año mil novecientos cuarenta y ocho", ["1948"]),
        ("El 1.º de mayo de 1886 hubo huelga.", ["1886-05-01"]),
        ("a mediados del siglo XIX", ["18"]),
        ("el siglo II a. C.", ["BC01"]),
    ],
)
def test_shared_frames_and_other_forms(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, "es").timexes] == values
