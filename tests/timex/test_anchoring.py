"""Anchoring decided per expression: deictic against the DCT, anaphoric against the story,
underspecified against whichever the text supports (es and en)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronica.evaluation.timeml import read_timeml
from cronica.evaluation.timex import TimexScores, score_timexes
from cronica.timex import tag

DCT = "2009-12-19"


def values(text: str, lang: str, dct: str | None = None, mode: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.anchor) for t in tag(text, lang, dct=dct, mode=mode).timexes]


HISTORY_EN = (
    "In March 1917 the Tsar abdicated. In 1918 the Bolsheviks moved the capital to Moscow. "
    "In 1919 the Whites advanced on Petrograd. In June they reached its suburbs, and the next day "
    "the city was besieged. Two years later the war was over."
)
HISTORY_ES = (
    "En marzo de 1917 abdicó el zar. En 1918 los bolcheviques trasladaron la capital a Moscú. "
    "En 1919 los blancos avanzaron sobre Petrogrado. En junio llegaron a sus afueras y al día siguiente "
    "sitiaron la ciudad. Dos años después la guerra había terminado."
)


@pytest.mark.parametrize(("text", "lang"), [(HISTORY_EN, "en"), (HISTORY_ES, "es")])
def test_a_publication_date_does_not_move_a_history_text(text: str, lang: str) -> None:
    without = values(text, lang)
    assert values(text, lang, dct=DCT) == without
    by_text = {value_text.lower(): (value, anchor) for value_text, value, anchor in without}
    june = by_text["june" if lang == "en" else "junio"]
    assert june[0] == "1919-06"
    assert june[1] is not None and june[1] != "dct"  # anchored on the story's own date
    assert [value for _, value, _ in without][-1] == "1921"


def test_deictic_against_the_dct_anaphoric_against_the_story_en() -> None:
    text = "Yesterday the minister recalled March 3, 1989. The next day the strike began."
    assert values(text, "en", dct="1998-08-07") == [
        ("Yesterday", "1998-08-06", "dct"),
        ("March 3, 1989", "1989-03-03", None),
        ("The next day", "1989-03-04", "t2"),
    ]


def test_deictic_against_the_dct_anaphoric_against_the_story_es() -> None:
    text = "Ayer el ministro recordó el 3 de marzo de 1989. Al día siguiente empezó la huelga."
    assert values(text, "es", dct="1998-08-07") == [
        ("Ayer", "1998-08-06", "dct"),
        ("el 3 de marzo de 1989", "1989-03-03", None),
        ("Al día siguiente", "1989-03-04", "t2"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # news mentions a past year in passing: "last year" and a bare month stay with the DCT
        ("The plant opened in 1989. Last year it lost money, and in May it closed.", "en", ["1989", "1997", "1998-05"]),
        ("La planta abrió en 1989. El año pasado perdió dinero y en mayo cerró.", "es", ["1989", "1997", "1998-05"]),
    ],
)
def test_news_with_a_past_year_keeps_the_dct(text: str, lang: str, expected: list[str]) -> None:
    assert [value for _, value, _ in values(text, lang, dct="1998-08-07")] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The bombs exploded Friday, witnesses said.", "en"),
        ("Las bombas estallaron el viernes, según testigos.", "es"),
    ],
)
def test_a_weekday_on_the_dct_is_the_dct(text: str, lang: str) -> None:
    # 1998-08-07 was a Friday: a report dated that day says "Friday" for the same day
    assert [value for _, value, _ in values(text, lang, dct="1998-08-07")] == ["1998-08-07"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 1905 the fleet sailed. In 1906 the treaty was signed. Today the site is a museum.", "en"),
        ("En 1905 zarpó la flota. En 1906 se firmó el tratado. Hoy el lugar es un museo.", "es"),
    ],
)
def test_today_in_a_history_text_is_the_present(text: str, lang: str) -> None:
    assert values(text, lang, dct=DCT)[-1][1] == "PRESENT_REF"
    # in news it is the publication day
    assert values(text.split(". ")[-1], lang, dct=DCT)[-1][1] == DCT


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 1905 the fleet sailed. In 1906 the treaty was signed. In May the troops left.", "en"),
        ("En 1905 zarpó la flota. En 1906 se firmó el tratado. En mayo partieron las tropas.", "es"),
    ],
)
def test_mode_stays_an_override(text: str, lang: str) -> None:
    assert values(text, lang, dct=DCT)[-1][1] == "1906-05"
    assert values(text, lang, dct=DCT, mode="auto")[-1][1] == "1906-05"
    assert values(text, lang, dct=DCT, mode="news")[-1][1] == "2009-05"
    assert values(text, lang, dct=DCT, mode="narrative")[-1][1] == "1906-05"


def _value_f1(folder: Path, with_dct: bool) -> float:
    total = TimexScores()
    for path in sorted(folder.glob("*.tml")):
        document = read_timeml(path)
        found = tag(document.text, "en", dct=document.dct if with_dct else None).timexes
        total = total + score_timexes(list(found), document.timexes)
    return total.value.f1


@pytest.mark.shared_data
def test_wikiwars_with_its_dct_scores_as_without(timex_data: Path) -> None:
    folder = timex_data / "wikiwars-dev"
    assert _value_f1(folder, with_dct=True) >= _value_f1(folder, with_dct=False) - 0.005
