"""An office written in lower case around a fragment NER tagged (#13, class "office in lower case"):
"comisario del pueblo del Interior" (NER: "Interior", LOC) is the People's Commissar for Internal
Affairs when the whole phrase is a KB name of at least three words and the fragment names nothing in
the KB by itself; a fragment the KB knows keeps its own link ("jefe del NKVD": the NKVD). The blind set
is tests/data/verify/blind_office_lower.yaml (gold written before the change).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("En septiembre de 1936 Yezhov fue nombrado comisario del pueblo del Interior.", "supported"),
        ("En 1931 Yezhov fue nombrado comisario del pueblo del Interior.", "contradicted"),
    ],
)
def test_a_lowercase_office_is_linked_and_checked(pipeline_es, text, verdict):
    analysis = pipeline_es.analyze_text(text, lang="es")
    offices = [e for e in analysis.entities if e.text == "comisario del pueblo del Interior"]
    assert len(offices) == 1 and offices[0].kb_id == "Q134373632"
    assert [c.verdict for c in analysis.claims] == [verdict]


def test_a_fragment_the_kb_knows_keeps_its_link(pipeline_es):
    analysis = pipeline_es.analyze_text("En 1936 Yezhov fue nombrado jefe del NKVD.", lang="es")
    assert [e.text for e in analysis.entities if e.kb_id == "Q182449"] == ["NKVD"]


def test_an_english_office_in_capitals_is_unchanged(pipeline_en):
    analysis = pipeline_en.analyze_text(
        "In 1936 Yezhov was appointed People's Commissar for Internal Affairs.", lang="en"
    )
    assert [c.verdict for c in analysis.claims] == ["supported"]
