"""A succession told without its office: "Yezhov replaced Yagoda", "lo reemplazó en el mando de la
policía secreta" (#13, class blind set tests/data/verify/blind_succession.yaml).

The pack holds who followed whom as qualifiers of the office held (P39 with P1365 "replaces" /
P1366 "replaced by"), so the verifier finds the office in which the two followed one another and
compares its start (the successor's) and end (the predecessor's). A date that differs is a
contradiction only when the subject's offices are marked complete and none of them, with or
without a predecessor named, is dated as the text says.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Yagoda was replaced by Yezhov on 26 September 1936.", "supported"),
    ("es", "Yezhov sustituyó a Yagoda en septiembre de 1936.", "supported"),
    ("en", "In 1937 Beria replaced Yezhov.", "contradicted"),
    ("es", "Yagoda fue reemplazado por Yezhov el 16 de septiembre de 1936.", "contradicted"),
    # Menzhinsky's offices are not marked complete: a wrong year is no proof
    ("en", "Dzerzhinsky was succeeded by Menzhinsky in 1927.", "not_enough_info"),
    ("es", "Menzhinski sucedió a Dzerzhinski en 1927.", "not_enough_info"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_the_office_is_found_through_who_followed_whom(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    # two claims since issue-13s (tests/verify/test_succession_two_claims.py): the successor's start first,
    # then the predecessor's end
    successor, predecessor = pipeline.analyze_text(text, lang=lang).claims
    refuted = [c for c in (successor, predecessor) if c.verdict == "contradicted"]
    claim = refuted[0] if verdict == "contradicted" and refuted else successor
    assert claim.verdict == verdict, claim.explanation
    if verdict == "supported":
        assert predecessor.verdict == "supported", predecessor.explanation
    if verdict == "contradicted":
        assert claim.proof is not None and claim.proof.property == "P39"
        # a date refuted names the date; another holder over it (rule one_holder) names the holder
        assert claim.correction and (
            "1936" in claim.correction or "1938" in claim.correction or claim.proof.rule == "one_holder"
        )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a predecessor is often succeeded after death: no "misidentified participant"
        ("en", "Menzhinsky succeeded Dzerzhinsky in 1926."),
        ("es", "Menzhinski sucedió a Dzerzhinski en 1926."),
    ],
)
def test_a_dead_predecessor_is_no_misidentification(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = pipeline.analyze_text(text, lang=lang).claims
    assert [c.verdict for c in claims] == ["supported", "supported"], [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "successor"),
    [
        ("es", "Yezhov reemplazó a Yagoda por orden de Stalin en septiembre de 1936.", "Yezhov"),
        ("es", "Yagoda fue reemplazado por Yezhov por orden de Stalin en 1936.", "Yezhov"),
        ("es", "Yagoda fue sustituido por orden de Stalin en septiembre de 1936.", None),
        ("en", "Yezhov replaced Yagoda by order of Stalin in September 1936.", "Yezhov"),
    ],
)
def test_a_cause_after_por_or_by_is_no_successor(pipeline_es, pipeline_en, lang, text, successor):
    """The passive's agent names the successor ("fue reemplazado por Yezhov"); a cause after the same
    preposition ("por orden de Stalin") never does, nor does any por-phrase in the active voice."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (event,) = pipeline.analyze_text(text, lang=lang).events
    successors = [p.text for p in event.participants if p.role == "successor"]
    assert successors == ([successor] if successor else []), event.participants
