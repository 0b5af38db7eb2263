"""A deportation's place refuted at its date (#13, class blind set tests/data/verify/blind_deportation_gapped.yaml).

With Trotsky's residences marked complete (docs/kb.md), "deported to Norway in 1929" finds his Norway stay
at another date (June 1935); 1929 is when he went to Istanbul, so the date fixes which event the text
tells and the place is the error: the proof is on P551 itself, never on its date. A true deportation
stays supported; a date no stay starts at is refuted as a date."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trotsky was deported to Norway in 1929."),
        ("es", "Trotski fue deportado a Noruega en 1929."),
        ("en", "In 1929 Stalin had Trotsky deported to Mexico."),
    ],
)
def test_a_wrong_place_at_a_right_date_is_refuted_on_the_place(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None
    assert claim.proof.property == "P551" and claim.proof.qualifier is None
    assert claim.proof.rule == "complete_list"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 1929 Leon Trotsky was deported to Turkey."),
        ("es", "En 1916 Trotski fue expulsado de Francia a España."),
    ],
)
def test_a_true_deportation_stays_supported(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = pipeline.analyze_text(text, lang=lang).claims
    assert claims and all(claim.verdict == "supported" for claim in claims), [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trotsky was sentenced to exile in Siberia in 1902."),
        ("es", "Trotski fue condenado al destierro en Siberia en 1902."),
    ],
)
def test_a_place_that_holds_at_the_date_leaves_the_date_in_question(pipeline_es, pipeline_en, lang, text):
    """He was in Siberia from 1900 to 1902: the place holds at the text's date, so the date alone is the
    error, though his Paris stay began in 1902 (blind_event_wordings ew-en-10 on the merged tree)."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None and claim.proof.qualifier == "P580"
    assert claim.proof.reference == "1900"
