"""Round 16m of #16: "so-called" or "llamado" before a quoted period term names it; before a word of praise or
warrant it casts doubt (detector._scare_quotes, context.yaml `naming_words`; lexicon.yaml for the unquoted event).

Sentences written for these tests (none is quoted from a gold, blind or training set).
"""

from __future__ import annotations

import pytest

NAMED = [
    ("es", "En 1930 los llamados «kulaks» fueron deportados a Siberia y Kazajistán."),
    ("es", "El llamado «deshielo» permitió publicar a algunos autores prohibidos."),
    ("es", "Las llamadas matanzas de Odesa se produjeron en octubre de 1941."),
    ("es", "La llamada hambruna de Irlanda vació el oeste de la isla entre 1845 y 1849."),
    ("en", 'In 1930 the so-called "kulaks" were deported to Siberia and Kazakhstan.'),
    ("en", 'The so-called "thaw" let some banned authors be published again.'),
    ("en", 'Under the NEP the so-called "nepmen" reopened small shops in the cities.'),
]


@pytest.mark.parametrize(("lang", "text"), NAMED)
def test_so_called_before_a_period_term_names_it(pipeline_es, pipeline_en, lang: str, text: str) -> None:
    analysis = (pipeline_es if lang == "es" else pipeline_en).analyze_text(text)
    assert not [flag for flag in analysis.flags if flag.technique == "Doubt"]


DOUBTED = [
    ("es", "Los llamados «expertos» de la televisión nunca leyeron un documento de la época.", "expertos"),
    ("es", "La llamada «liberación» trajo cuarenta años de ocupación.", "liberación"),
    ("es", "El mal llamado «progreso» arrasó las aldeas.", "progreso"),
    ("es", "El supuesto holocausto ucraniano fue una invención de la prensa de Hearst.", "supuesto holocausto"),
    ("en", 'The so-called "experts" on television never read a single document of the period.', "experts"),
    ("en", 'The so-called "liberation" brought forty years of occupation.', "liberation"),
    ("en", 'The alleged "famine" was invented by the Hearst press.', "famine"),
]


@pytest.mark.parametrize(("lang", "text", "words"), DOUBTED)
def test_so_called_before_praise_or_a_denied_event_casts_doubt(
    pipeline_es, pipeline_en, lang: str, text: str, words: str
) -> None:
    analysis = (pipeline_es if lang == "es" else pipeline_en).analyze_text(text)
    assert any(flag.technique == "Doubt" and words in flag.text for flag in analysis.flags)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_naming_words_are_data(lang: str) -> None:
    from cronica.rhetoric.resources import load_language

    rules = load_language(lang).context  # type: ignore[union-attr]
    assert rules.naming_words and set(rules.naming_words) <= set(rules.so_called)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El llamado «holocausto» ucraniano fue una invención de la prensa de Hearst."),
        ("en", 'The so-called "holocaust" in Ukraine was invented by the Hearst press.'),
    ],
)
def test_so_called_before_a_quoted_denied_event_casts_doubt(pipeline_es, pipeline_en, lang: str, text: str) -> None:
    analysis = (pipeline_es if lang == "es" else pipeline_en).analyze_text(text)
    assert any(flag.technique == "Doubt" and "holocaust" in flag.text for flag in analysis.flags)
