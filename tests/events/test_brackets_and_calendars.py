"""A bracketed Old Style date stays in its sentence, and "según el calendario juliano" names no source."""

from __future__ import annotations

import pytest

from cronica.options import Options
from cronica.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipelines():
    return {lang: Pipeline(Options(lang=lang)) for lang in ("es", "en")}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Leon Trotsky was born on 7 November [O.S. 26 October] 1879 in Yanovka.", "1879-11-07"),
        (
            "es",
            "León Trotski nació el 7 de noviembre [26 de octubre del calendario juliano] de 1879 en Yanovka.",
            "1879-11-07",
        ),
    ],
)
def test_a_bracketed_old_style_date_does_not_cut_the_sentence(pipelines, lang, text, value):
    analysis = pipelines[lang].analyze_text(text, lang=lang)
    assert len(analysis.sentences) == 1
    (birth,) = [event for event in analysis.events if event.type == "BIRTH"]
    assert birth.time_value == value


def test_a_new_sentence_after_a_full_stop_may_still_open_with_a_bracket(pipelines):
    analysis = pipelines["en"].analyze_text(
        "Trotsky was exiled in 1928. (He left Moscow by train.) Lenin died in 1924.", lang="en"
    )
    assert len(analysis.sentences) >= 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Lenin nació el 22 de abril de 1870, el 10 de abril según el calendario juliano, en Simbirsk."),
        ("en", "Lenin was born on 22 April 1870, 10 April according to the Julian calendar, in Simbirsk."),
    ],
)
def test_a_calendar_named_with_segun_or_according_to_is_no_source(pipelines, lang, text):
    analysis = pipelines[lang].analyze_text(text, lang=lang)
    (birth,) = [event for event in analysis.events if event.type == "BIRTH"]
    assert birth.modality == "asserted"
