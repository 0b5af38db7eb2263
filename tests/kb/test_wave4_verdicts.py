"""The fourth wave's facts drive verdicts, in English and in Spanish (issue 14).

Expected verdicts written from the pack's sources before these texts were run. Lenin's arrest of 1900 is in and his
list of arrests is marked complete; the warrant of July 1917 (never served) is an ordered arrest, which the events
stage reads as hypothetical (cues `directive_verbs`), so the mark cannot turn that true sentence into a contradiction.
Stalin's list is not marked (the sources count his arrests differently). The new people's deaths are checked like
anyone's.
"""

from __future__ import annotations

import pytest

LENIN = "Q1394"


def _claim(analysis):
    (claim,) = analysis.claims
    return claim


def test_lenins_arrest_of_1900_is_supported(pipeline_es):
    claim = _claim(pipeline_es.analyze_text("Lenin fue detenido en San Petersburgo en 1900."))
    assert claim.verdict == "supported"
    assert {evidence.subject for evidence in claim.evidence} == {LENIN}


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_es", "En julio de 1917 el Gobierno Provisional ordenó detener a Lenin."),
        ("pipeline_es", "En julio de 1917 el Gobierno Provisional ordenó detener a Zinóviev."),
        ("pipeline_en", "In July 1917 the Provisional Government ordered Lenin's arrest."),
        ("pipeline_en", "Stalin was arrested in 1905."),
        ("pipeline_es", "Stalin fue detenido en 1905."),
    ],
)
def test_an_open_list_of_arrests_proves_nothing(request, pipeline, text):
    """The warrants of July 1917 (true; never served) and Stalin's arrests (an open list) are never contradicted."""
    for claim in request.getfixturevalue(pipeline).analyze_text(text).claims:
        assert claim.verdict != "contradicted", (text, claim.correction)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [("pipeline_es", "Lenin fue detenido en 1905."), ("pipeline_en", "Lenin was arrested in 1905.")],
)
def test_a_marked_list_of_arrests_refutes_an_arrest_it_lacks(request, pipeline, text):
    (claim,) = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert claim.verdict == "contradicted" and claim.proof is not None and claim.proof.property == "P793"


def test_a_new_persons_death_is_checked_in_english(pipeline_en):
    claim = _claim(pipeline_en.analyze_text("Nikolai Shvernik died in 1975."))
    assert claim.verdict == "contradicted" and "1970" in (claim.correction or "")


def test_a_new_persons_death_is_checked_in_spanish(pipeline_es):
    claim = _claim(pipeline_es.analyze_text("Maksim Litvínov murió en Moscú en 1951."))
    assert claim.verdict == "supported"
