"""A complete list whose matching statement is silent (#13): Lenin's arrests are all in the KB, and the one
of December 1887 names no place; "arrested in Kazan in December 1887" (true) may be that one, so the places
of his other arrests (Saint Petersburg) are no proof. An arrest whose date rules the silent one out is still
compared with the others."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Lenin was arrested in Kazan in December 1887."),
        ("pipeline_es", "Lenin fue detenido en Kazán en diciembre de 1887."),
    ],
)
def test_a_silent_statement_of_a_complete_list_is_no_proof(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert claims and all(claim.verdict != "contradicted" for claim in claims)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Lenin was arrested in Kiev in December 1895."),
        ("pipeline_es", "Lenin fue detenido en Kiev en diciembre de 1895."),
    ],
)
def test_an_arrest_the_silent_one_cannot_be_is_still_compared(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(claim.verdict == "contradicted" for claim in claims)
