"""Fourteenth session of #16 (16af): the prophecy fulfilled as proof. A document's "predictions" said to fit
the world's course, to be fulfilled to the letter now, fulfilled though the text is a forgery, its prophetic
power as the proof of its genuineness, its author "a true prophet" (`foreknowledge_as_proof`); and beside them
the plain history of real forecasts (Keynes, Trotsky, Tocqueville, the D-Day weather), a plan carried out
in the past, a prophecy of religious history, the Protocols shown to be a plagiarism (the rules alone; see
conftest.py). Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT = "Conspiracy_Narrative"
TROPE = "foreknowledge_as_proof"

FLAGGED_ES = [
    (
        "Aunque el folleto sea una falsificación, sus profecías se han cumplido una tras otra.",
        "profecías se han cumplido",
    ),
    ("Hoy el viejo programa de la logia se está cumpliendo al pie de la letra.", "cumpliendo al pie de la letra"),
    ("Todo lo que anunciaba aquella carta se ha cumplido.", "se ha cumplido"),
    ("Los Protocolos encajan con lo que está pasando en el mundo.", "encajan con lo que está pasando"),
    ("El autor del folleto tuvo que ser un verdadero profeta.", "verdadero profeta"),
    ("La prueba de su autenticidad es el valor profético del texto.", "valor profético"),
]

FLAGGED_EN = [
    ("Forgery or not, its predictions have been fulfilled one after another.", "predictions have been fulfilled"),
    ("The old programme of the lodges is being carried out to the letter.", "is being carried out"),
    ("The pamphlet fits exactly what is happening in the world today.", "fits exactly what is happening"),
    ("The two world wars fit the description in the letter perfectly.", "fit the description in the letter"),
    ("The author of that pamphlet must have been a true prophet.", "true prophet"),
    ("The proof of its authenticity is the prophetic power of the text.", "prophetic power"),
]

# real forecasts in a historian's voice, a plan executed in the past, a prophecy of religious history, the
# forgery exposed, a reading that fits the events
NEUTRAL_ES = [
    "Las previsiones de Keynes sobre las reparaciones se cumplieron en la década siguiente.",
    "Los bolcheviques esperaban que la revolución alemana cumpliera la profecía de Marx.",
    "El plan de operaciones se ejecutó al pie de la letra en agosto de 1914.",
    "En 1921 el Times demostró que los Protocolos eran un plagio de Joly.",
    "Esta interpretación encaja con los acontecimientos de 1917.",
    "Los cristianos de Asia creían que el autor del Apocalipsis era un verdadero profeta.",
    "Trotsky previó el ascenso de la burocracia soviética.",
    "El pronóstico de Stagg para el 6 de junio resultó acertado.",
]

NEUTRAL_EN = [
    "Keynes predicted that the reparations would ruin the German economy, and the 1920s proved him right.",
    "The Times showed in 1921 that the Protocols were a plagiarism of Joly.",
    "Historians regard the Pike letter as a hoax invented in the twentieth century.",
    "This interpretation fits the events of 1917 better than the official account.",
    "The Schlieffen plan was carried out almost to the letter in August 1914.",
    "Stagg's forecast of a break in the weather proved accurate.",
    "Tocqueville foresaw that Russia and America would dominate the world.",
    "Early Christians held that the author of Revelation was a true prophet.",
    "The Five-Year Plan's targets were fulfilled ahead of schedule, according to Soviet statistics.",
]


def _explained(found, lang, words, technique):
    """A flag of `technique` covering `words` carries the explanation of `foreknowledge_as_proof`."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == TROPE)
    prefix = trope.explanation.split("{text}")[0]
    return any(
        words in flag.text and flag.technique == technique and flag.explanation.startswith(prefix) for flag in found
    )


(
    test_spanish_prophecy_fulfilled_is_flagged_and_explained,
    test_english_prophecy_fulfilled_is_flagged_and_explained,
    test_spanish_real_forecasts_stay_quiet,
    test_english_real_forecasts_stay_quiet,
) = class_tests(
    [(text, words, PLOT) for text, words in FLAGGED_ES],
    [(text, words, PLOT) for text, words in FLAGGED_EN],
    NEUTRAL_ES,
    NEUTRAL_EN,
    check=_explained,
)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_explanation_names_the_fulfilled_prophecy(lang):
    trope = next(trope for trope in load_language(lang).tropes if trope.id == TROPE)
    assert "{text}" in trope.explanation
    assert ("predecir" if lang == "es" else "predicting") in trope.explanation
