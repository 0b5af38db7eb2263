"""The narrative future in the past is checked (#13, blind set tests/data/verify/blind_future_in_past.yaml):
"who would be shot in 1937" asserts the death, so a wrong year is contradicted and a right one is not. A
counterfactual or a reported plan with a wrong year asserts nothing and is never contradicted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        ("en", "In 1925 Dzerzhinsky, who would die in Moscow in 1927, still headed the OGPU.", "contradicted"),
        ("en", "In 1925 Dzerzhinsky, who would die in Moscow in 1926, still headed the OGPU.", "not_contradicted"),
        ("es", "En 1925 Dzerzhinski, que moriría en Moscú en 1927, dirigía todavía la OGPU.", "contradicted"),
        ("es", "En 1925 Dzerzhinski, que moriría en Moscú en 1926, dirigía todavía la OGPU.", "not_contradicted"),
    ],
)
def test_a_narrative_future_is_checked(assert_contradiction, lang, text, verdict):
    assert_contradiction(lang, text, verdict)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the Whites had won, Dzerzhinsky would have died in Paris in 1930."),
        ("en", "In 1925 the doctors said that Dzerzhinsky would die in 1927."),
        ("es", "Si los blancos hubieran ganado, Dzerzhinski habría muerto en París en 1930."),
        ("es", "En 1925 los médicos dijeron que Dzerzhinski moriría en 1927."),
    ],
)
def test_a_hypothetical_future_is_never_contradicted(pipeline_en, pipeline_es, lang, text):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], [c.explanation for c in analysis.claims]
