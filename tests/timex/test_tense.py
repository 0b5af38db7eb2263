"""Which way a weekday or a month without a year lies in news: the tense cues of its clause
(timex/tense.py), in both languages."""

from __future__ import annotations

import pytest

from cronica.timex import tag
from cronica.timex.tagger import get_tagger
from cronica.timex.tokens import tokenize


def values(text: str, lang: str, dct: str) -> list[str]:
    return [t.value for t in tag(text, lang, dct=dct).timexes]


# 2004-06-16 is a Wednesday
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a past perfect puts it before the DCT, even beside "due", "scheduled", "until"
        ("The strike had been scheduled to end Monday.", "en", ["2004-06-14"]),
        ("Until Friday, the rebels had held the airport.", "en", ["2004-06-11"]),
        ("Hasta el viernes, los rebeldes habían controlado el aeropuerto.", "es", ["2004-06-11"]),
        ("El acuerdo, que había caducado el lunes, se renovó.", "es", ["2004-06-14"]),
        # words that point ahead, before the expression
        ("The vote is set to take place Friday.", "en", ["2004-06-18"]),
        ("The talks are to resume Monday in Oslo.", "en", ["2004-06-21"]),
        ("Trading could begin as early as Thursday.", "en", ["2004-06-17"]),
        ("La votación está prevista para el viernes.", "es", ["2004-06-18"]),
        ("Los hinchas esperan el partido del domingo.", "es", ["2004-06-20"]),
        # the future seen from the past: reported speech
        ("The envoy said he would arrive in Cairo Friday.", "en", ["2004-06-18"]),
        ("El enviado dijo que llegaría a El Cairo el viernes.", "es", ["2004-06-18"]),
        # a date fronted before "planned" dates the planning
        ("On Monday, the union planned to strike; the plan failed.", "en", ["2004-06-14"]),
        # nouns and adjectives are not tense cues
        ("The bank announced the plan Tuesday.", "en", ["2004-06-15"]),
        ("El banco presentó el plan el martes.", "es", ["2004-06-15"]),
        # "para" is a plan only right before the date
        ("Ayudas para las víctimas de las riadas de marzo.", "es", ["2004-03"]),
        ("Las obras estarán listas para marzo.", "es", ["2005-03"]),
        # a fronted date's clause runs past an inserted clause
        ("El domingo, cuando se cierren las urnas, habrá recuento.", "es", ["2004-06-20"]),
        ("En diciembre, tras la derrota, el general dimitió.", "es", ["2003-12"]),
        # looking back when nothing else says
        ("Police have sought the driver since the Dec. 2 crash.", "en", ["2003-12-02"]),
        ("La policía busca al conductor desde el accidente del 2 de diciembre.", "es", ["2003-12-02"]),
        # a plan in the present after a fronted date: the day is ahead
        ("On Friday, the union plans to strike.", "en", ["2004-06-18"]),
        ("El viernes, el sindicato planea una huelga.", "es", ["2004-06-18"]),
        # "vacation plans" is a noun: no plan in the present
        ("On Friday, when the minister set aside vacation plans, she flew home.", "en", ["2004-06-11"]),
        # a verb after "and" belongs to another clause
        ("They planned a march on Sunday and were arrested.", "en", ["2004-06-20"]),
        ("Preparan una marcha para el domingo y fueron detenidos.", "es", ["2004-06-20"]),
        # "Wednesday's ruling": the day of a thing named, not of the verb
        ("They would appeal against Tuesday's ruling.", "en", ["2004-06-15"]),
    ],
)
def test_direction_follows_the_clause(text: str, lang: str, expected: list[str]) -> None:
    assert values(text, lang, "2004-06-16") == expected


def test_a_long_clause_still_reaches_its_verb() -> None:
    text = "The chief, who stepped down as head of the board of the company in March, will stay."
    assert values(text, "en", "2004-11-20") == ["2004-03"]
    assert values("The payout would be made on a still unknown date in February.", "en", "2004-11-20") == ["2005-02"]


@pytest.mark.parametrize(
    ("text", "lang", "now"),
    [
        ("The summit is set for April.", "en", True),
        ("The new line will open in May.", "en", True),
        ("The offensive was planned for April.", "en", False),
        ("He said it would open in May.", "en", False),
        ("La línea abrirá en mayo.", "es", True),
        ("La ofensiva se planeó para abril.", "es", False),
    ],
)
def test_now_marks_the_reports_own_time(text: str, lang: str, now: bool) -> None:
    tagger = get_tagger(lang)
    tokens = tokenize(text)
    month = next(i for i, t in enumerate(tokens) if t.key in ("april", "may", "mayo", "abril"))
    assert tagger.tense.read(tokens, month, month + 1).now is now


# 2005-10-12 is a Wednesday
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a participle with its agent is no past of the clause
        ("Qantas will double its flights by March in markets untouched by the crisis.", "en", ["2006-03"]),
        ("The bank will open branches in May in towns hit by the floods.", "en", ["2006-05"]),
        ("Qantas duplicará sus vuelos en marzo en mercados no afectados por la crisis.", "es", ["2006-03"]),
        # the auxiliary before it keeps its past, even beyond the window
        (
            "Its results were hampered by problems tied to the launch of a major new family of computers in April.",
            "en",
            ["2005-04"],
        ),
        ("The plant was closed in June by the regulators.", "en", ["2005-06"]),
        ("La planta fue cerrada en junio por los reguladores.", "es", ["2005-06"]),
    ],
)
def test_a_participle_before_its_agent_is_no_past(text: str, lang: str, expected: list[str]) -> None:
    assert values(text, lang, "2005-10-12") == expected
