"""A medical cause of death is a natural death: "died of a heart attack", "murió de un infarto" (#13,
class "manner words", extended).

The manner is a claim of its own (P1196): a text giving an illness or a stroke as the cause of a
murder or an execution is wrong, and one giving it for a natural death is right. The phrases are
data (cues.yaml `manner_phrases`, natural). Expected verdicts written before the phrases were
added, from the record: Dzerzhinsky (heart attack), Stalin (stroke) and Lenin (strokes) died of
natural causes; Trotsky and Kirov were murdered; Bukharin and Zinoviev were shot after trial.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Felix Dzerzhinsky died of a heart attack in 1926.", "supported"),
    ("es", "Dzerzhinski murió de un ataque al corazón en 1926.", "supported"),
    ("en", "Stalin died of a stroke in 1953.", "supported"),
    ("es", "Lenin murió de una hemorragia cerebral en 1924.", "supported"),
    ("en", "Trotsky died of a heart attack in 1940.", "contradicted"),
    ("es", "Kírov murió de un infarto en 1934.", "contradicted"),
    ("en", "Bukharin died of pneumonia in 1938.", "contradicted"),
    ("es", "Zinóviev murió de tuberculosis en 1936.", "contradicted"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_medical_cause_is_a_natural_death(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (death,) = [e for e in analysis.events if e.type == "DEATH"]
    assert death.manner == "natural"
    (claim,) = analysis.claims
    assert claim.verdict == verdict, claim.explanation
    if verdict == "contradicted":
        assert claim.proof is not None and claim.proof.property == "P1196"
