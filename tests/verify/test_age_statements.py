"""Ages said outside an event (#13, class "age statements", verify/age_statements.py).

An age at a date of its own clause ("Cuando era un niño de doce años, X fue testigo de la revolución de
1917", "In August 1936 X was 53 years old") and an age alone in its sentence after a death told by a noun
("... la muerte de X. Tenía 31 años."). The blind set is tests/data/verify/blind_age_statements.yaml
(gold written before the system read it); these are other sentences.
"""

from __future__ import annotations

import pytest

from cronica.timex.language import load_lexicon
from cronica.verify.age_statements import find_phrases, load_words

CONTRADICTED = [
    # (lang, text, an age the correction names)
    ("en", "In March 1921 Vyacheslav Molotov was forty years old.", "31"),
    ("es", "En 1924, Serguéi Kírov tenía cincuenta años.", "38"),
    ("en", "As a nine-year-old boy, Nikolai Bukharin witnessed the Russian Revolution of 1905.", "16"),
    ("es", "Se cumplen hoy 90 años de la muerte de Serguéi Kírov. Tenía treinta años.", "48"),
    ("en", "It is ninety years since the death of Sergei Kirov. He was 30.", "48"),
]


@pytest.mark.parametrize(("lang", "text", "age"), CONTRADICTED)
def test_a_wrong_age_statement_is_contradicted_with_its_proof(pipeline_es, pipeline_en, lang, text, age):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert claim.proof is not None and claim.proof.rule == "age_arithmetic"
    assert claim.proof.property == "P569" and claim.evidence
    assert age in (claim.correction or ""), claim.correction


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nikolai Bukharin was twenty-nine years old in 1918."),
        ("es", "En 1930, Molotov tenía cuarenta años."),
    ],
)
def test_a_right_age_statement_is_supported(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert [c.verdict for c in analysis.claims] == ["supported"], [c.explanation for c in analysis.claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an anniversary, not an age
        ("es", "A los 10 años de la revolución, en 1927, Trotski fue expulsado del partido."),
        # a relative's age: never the possessor's
        ("en", "In 1932 Stalin's son Vasily was eleven years old."),
        ("es", "En 1932, el hijo de Stalin, Vasili, tenía once años."),
        # the date is another clause's, about something else
        ("es", "Cuando Lenin murió en 1924, Sedov tenía cuarenta años."),
        # an approximate age
        ("en", "Around 1930, Molotov was about thirty years old."),
        ("es", "Hacia 1930, Mólotov tenía unos treinta años."),
        # a pronoun: whose age it is is not said here
        ("en", "In 1924 he was twenty years old."),
        # the phrase is inside the object: the boy's age, not the subject's
        ("en", "In 1917 Trotsky met a boy of twelve."),
        # another person named in the death's sentence may be whom the age is about
        ("es", "La muerte de Kírov conmovió a Stalin. Tenía treinta años."),
    ],
)
def test_an_age_that_may_be_someone_elses_is_never_contradicted(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], [c.explanation for c in analysis.claims]


@pytest.mark.parametrize(
    ("lang", "text", "ages"),
    [
        ("es", "tenía treinta y un años", [31]),
        ("es", "era un colegial de once años", [11]),
        ("es", "un plan de cinco años", []),
        ("es", "a los 20 años de la revolución", []),
        ("es", "con unos treinta años", []),
        ("en", "a twelve-year-old boy", [12]),
        ("en", "a boy of eleven", [11]),
        ("en", "about thirty years old", []),
        ("en", "twenty years after the revolution", []),
    ],
)
def test_phrases_are_read_from_the_language_data(lang, text, ages):
    words = load_words(lang)
    assert words is not None and words.numbers == load_lexicon(lang).numbers
    assert [years for years, _, _ in find_phrases(text, words)] == ages
