"""The fourth wave's facts drive verdicts, in English and in Spanish (issue 14).

Expected verdicts written from the pack's sources before these texts were run: Lenin's arrests are now a complete
list (1887, 1895, 1900, 1914), so a wrong year is a proof; Stalin's are not (the sources count them differently), so
a year missing from his list proves nothing; the new people's deaths are checked like anyone's.
"""

from __future__ import annotations

import pytest

LENIN, STALIN = "Q1394", "Q855"


def _claim(analysis):
    (claim,) = analysis.claims
    return claim


def test_an_arrest_of_lenin_the_complete_list_lacks_is_contradicted(pipeline_en):
    claim = _claim(pipeline_en.analyze_text("Lenin was arrested in 1905."))
    assert claim.verdict == "contradicted"
    assert {evidence.subject for evidence in claim.evidence} == {LENIN}


def test_lenins_arrest_of_1900_is_supported(pipeline_es):
    claim = _claim(pipeline_es.analyze_text("Lenin fue detenido en San Petersburgo en 1900."))
    assert claim.verdict == "supported"


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [("pipeline_en", "Stalin was arrested in 1905."), ("pipeline_es", "Stalin fue detenido en 1905.")],
)
def test_a_year_missing_from_stalins_open_list_proves_nothing(request, pipeline, text):
    claim = _claim(request.getfixturevalue(pipeline).analyze_text(text))
    assert claim.verdict != "contradicted"


def test_a_new_persons_death_is_checked_in_english(pipeline_en):
    claim = _claim(pipeline_en.analyze_text("Nikolai Shvernik died in 1975."))
    assert claim.verdict == "contradicted" and "1970" in (claim.correction or "")


def test_a_new_persons_death_is_checked_in_spanish(pipeline_es):
    claim = _claim(pipeline_es.analyze_text("Maksim Litvínov murió en Moscú en 1951."))
    assert claim.verdict == "supported"
