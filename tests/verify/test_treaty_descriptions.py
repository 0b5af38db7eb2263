"""A treaty named by its kind and its counterpart, not by its name (issue 13, 13m): "the peace treaty with
Germany", "el tratado de paz con los Imperios Centrales" are the Treaty of Brest-Litovsk, the one peace treaty
of the reference with that party; another counterpart (Poland) or a bare kind ("a treaty") names nothing."""

from __future__ import annotations

import pytest

from cronica.kb.embedded import EmbeddedKB
from cronica.verify.language import load_language
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

BREST, PACT, GERMANY, POLAND = "cronica:treaty-of-brest-litovsk", "Q130796", "Q183", "Q36"


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(ReferenceView(EmbeddedKB.open_default()))


@pytest.mark.parametrize(
    ("lang", "words", "counterpart", "thing"),
    [
        ("en", "the peace treaty", GERMANY, BREST),
        ("en", "a peace treaty", "cronica:central-powers", BREST),
        ("es", "el tratado de paz", GERMANY, BREST),
        ("es", "un tratado de paz", "cronica:central-powers", BREST),
        ("en", "the non-aggression pact", GERMANY, PACT),
        ("es", "el pacto de no agresión", GERMANY, PACT),
    ],
)
def test_the_kind_and_counterpart_name_the_one_treaty(verifier, lang, words, counterpart, thing):
    assert verifier.resolve_kind(words, counterpart, load_language(lang)) == thing


@pytest.mark.parametrize(
    ("lang", "words", "counterpart"),
    [
        ("en", "the peace treaty", POLAND),  # Riga, 1921: not in the reference
        ("es", "el tratado de paz", POLAND),
        ("en", "a treaty", GERMANY),  # no kind the reference holds: Brest, Rapallo and the pact alike
        ("es", "un tratado", GERMANY),
        ("en", "the non-aggression pact", POLAND),  # the Soviet-Polish pact of 1932
    ],
)
def test_another_counterpart_or_a_bare_kind_names_nothing(verifier, lang, words, counterpart):
    assert verifier.resolve_kind(words, counterpart, load_language(lang)) is None


def test_the_wrong_signatory_of_the_peace_treaty_with_germany_en(pipeline_en):
    analysis = pipeline_en.analyze_text("Trotsky signed the peace treaty with Germany in March 1918.")
    [claim] = analysis.claims
    assert claim.verdict == "contradicted"
    assert "Grigori Sokolnikov" in claim.explanation
    assert "(“the peace treaty”) was identified from the context as Treaty of Brest-Litovsk" in claim.explanation


def test_the_wrong_signatory_of_the_peace_with_the_central_powers_es(pipeline_es):
    analysis = pipeline_es.analyze_text("Trotski firmó un tratado de paz con los Imperios Centrales en 1918.")
    [claim] = analysis.claims
    assert claim.verdict == "contradicted"
    assert "Grigori Sokólnikov" in claim.explanation
    assert "se ha identificado por el contexto como Tratado de Brest-Litovsk" in claim.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Adolph Joffe signed the peace treaty with Poland at Riga in 1921."),
        ("es", "Adolf Joffe firmó el tratado de paz con Polonia en Riga en 1921."),
        ("en", "Chicherin signed a treaty with Germany at Rapallo in 1922."),
        ("es", "Chicherin firmó un tratado con Alemania en Rapalo en 1922."),
    ],
)
def test_other_treaties_are_never_contradicted(request, lang, text):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text)
    assert all(claim.verdict != "contradicted" for claim in analysis.claims)


def test_the_pacts_date_es(pipeline_es):
    analysis = pipeline_es.analyze_text("El pacto de no agresión con Alemania se firmó el 23 de agosto de 1939.")
    assert [claim.verdict for claim in analysis.claims] == ["supported"]
