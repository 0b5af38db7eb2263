"""A place or a body is never read as a person whose name holds its name (#13).

"Russia" links to the country; Nicholas II "of Russia" carries the word among his names. An identity note
that says "“Russia” could name Russia and Nicholas II of Russia" misleads the reader and, worse, lets a
person's facts stand in for a place's. Only a person's name may stand for another person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trotsky returned to Russia in 1911."),
        ("es", "Trotski volvió a Rusia en 1910 para dirigir la lucha contra el zar."),
        ("en", "In 1929 Trotsky was deported to Turkey."),
        ("es", "En 1929 Trotski fue expulsado de la Unión Soviética."),
    ],
)
def test_a_place_name_is_never_said_to_name_a_person(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = pipeline.analyze_text(text, lang=lang).claims
    assert claims, "no claim read"
    for claim in claims:
        assert "Nicholas II" not in claim.explanation and "Nicolás II" not in claim.explanation, claim.explanation
        assert "could name" not in claim.explanation and "podría designar" not in claim.explanation, claim.explanation
