"""A support that checked only part of the claim says which part it did not check (#13).

"Génrij Yagoda nació el 7 de noviembre de 1891 en Nizhni Nóvgorod" agrees with the reference on the
date, but the place was never compared (he was born in Rybinsk): a bare "supported" reads as if the
whole sentence were confirmed. The verdict stays supported (what was checked agrees), its
explanation names every value the reference could not identify, and its confidence is lowered.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Vyacheslav Molotov was born on 9 March 1890 in Ust-Kamyshovka.", "Ust-Kamyshovka", "Not checked"),
    ("es", "Viacheslav Mólotov nació el 9 de marzo de 1890 en Ust-Kamyshovka.", "Ust-Kamyshovka", "Sin comprobar"),
]


@pytest.mark.parametrize(("lang", "text", "place", "words"), CASES)
def test_a_support_names_the_value_it_did_not_check(pipeline_es, pipeline_en, lang, text, place, words):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict == "supported", claim.explanation
    assert words in claim.explanation and place in claim.explanation, claim.explanation
    assert claim.confidence is not None and claim.confidence < 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Vyacheslav Molotov was born on 9 March 1890."),
        ("es", "Viacheslav Mólotov nació el 9 de marzo de 1890."),
    ],
)
def test_a_whole_support_says_nothing_unchecked(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict == "supported", claim.explanation
    assert "Not checked" not in claim.explanation and "Sin comprobar" not in claim.explanation
