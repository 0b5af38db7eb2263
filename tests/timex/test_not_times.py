"""Words that look like times but are not times where they stand (timex/notimes.py), in both
languages: the real dates of the same sentences stay."""

from __future__ import annotations

import pytest

from cronica.timex import tag


def values(text: str, lang: str, dct: str | None = "2004-06-16") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, dct=dct).timexes]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the ordinal, not the unit
        ("He sought a second term in 2004.", "en", [("2004", "2004")]),
        ("Pidió un segundo mandato en 2004.", "es", [("2004", "2004")]),
        ("Un segundo informe llegó en mayo.", "es", [("mayo", "2004-05")]),
        # the unit stays where a duration goes on
        ("Hubo un segundo de silencio.", "es", [("un segundo", "PT1S")]),
        # titles of programmes and newspapers
        ('He said so on NBC\'s "Meet the Press" and on "48 Hours" in May.', "en", [("May", "2004-05")]),
        ("VEINTE MINUTOS publica hoy la encuesta.", "es", [("hoy", "2004-06-16")]),
        # a newspaper, not a frequency
        ("The state daily Pravda printed it.", "en", []),
        ("Los diarios deportivos lo llevan en portada.", "es", []),
        ("Protests are held daily outside the embassy.", "en", [("daily", "XXXX-XX-XX")]),
        ("Se entrena a diario.", "es", [("a diario", "P1D")]),
        # greetings
        ("Good evening, and welcome.", "en", []),
        ("Buenas tardes a todos.", "es", []),
        # near, not next
        ("Vive en un pueblo próximo a Soria desde 1990.", "es", [("1990", "1990")]),
        ("Es uno de sus asesores más próximos.", "es", []),
        ("Las próximas elecciones serán reñidas.", "es", [("próximas", "FUTURE_REF")]),
        # "March" in a name, and the month before a noun
        ("Thousands joined the annual March for Life in 1999.", "en", [("1999", "1999")]),
        ("The March accession will make them members.", "en", [("March", "2005-03")]),
        ("They settled it under a June agreement.", "en", [("June", "2004-06")]),
        ("He quoted the April Theses.", "en", []),
        ("From May to July 1940 it rained.", "en", [("May", "1940-05"), ("July 1940", "1940-07")]),
        # a street named after a date
        ("La manifestación recorrió la avenida 9 de Julio en 1990.", "es", [("1990", "1990")]),
        ("El 9 de julio de 1990 hubo una manifestación.", "es", [("El 9 de julio de 1990", "1990-07-09")]),
    ],
)
def test_not_a_time_here(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


def test_a_capitalized_unit_at_the_start_of_a_sentence_is_a_time() -> None:
    assert values("Weeks later, the deal was signed.", "en")[0][0] == "Weeks later"
    assert values('He said: "This week we won."', "en") == [("This week", "2004-W25")]
