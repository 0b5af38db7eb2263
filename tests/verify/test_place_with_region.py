"""A place and its region: "nació en Kazán, en la Rusia europea" (#13, class "places").

The text's place is the first one it names; the region after it only situates it. When the
first place is unknown to the reference, the region must not stand in for it: "Lenin was born in
Kazan, in European Russia" was supported because Russia holds Ulyanovsk. Expected verdicts
written before the change, from the record: Bukharin was born in Moscow, Zinoviev in
Yelisavetgrad, Kirov in Urzhum.
"""

from __future__ import annotations

import pytest

CASES = [
    # (lang, text, the text's place is true)
    ("en", "Lenin was born in Kazan, in European Russia.", False),
    ("es", "Lenin nació en Kazán, en la Rusia europea.", False),
    ("en", "Bukharin was born in Kolomna, in Russia.", False),
    ("es", "Bujarin nació en Kolomna, en Rusia.", False),
    ("en", "Zinoviev was born in Kiev, in Ukraine.", False),
    ("es", "Zinóviev nació en Kiev, en Ucrania.", False),
    ("en", "Kirov was born in Urzhum, in Russia.", True),
    ("es", "Kírov nació en Urzhum, en Rusia.", True),
]


@pytest.mark.parametrize(("lang", "text", "true_place"), CASES)
def test_a_region_never_stands_in_for_the_place(pipeline_es, pipeline_en, lang, text, true_place):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    if true_place:
        assert claim.verdict != "contradicted", claim.explanation
    else:
        assert claim.verdict != "supported", claim.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lenin was arrested in Russia in December 1895."),
        ("es", "Lenin fue detenido en Rusia en diciembre de 1895."),
        ("en", "Trotsky was arrested in Russia in 1898."),
        ("es", "Trotski fue detenido en Rusia en 1898."),
    ],
)
def test_a_place_is_compared_as_a_place(pipeline_es, pipeline_en, lang, text):
    """The first place named is still compared through the KB's hierarchy: "in Russia" holds Saint
    Petersburg, where Lenin was arrested (a complete list of arrests). Read as a bare entity it was a
    false contradiction for a moment of this work, caught before it landed."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict != "contradicted", claim.explanation
