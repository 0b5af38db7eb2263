"""How a death happened, said by a participle or a noun phrase beside the death verb (#13).

Class: "murió asesinado/fusilado/ejecutado", "murió por asesinato", "died by assassination",
"died by execution". The manner is a claim of its own: it must be checked (P1196), and the
participle is never a second person who died. Expected verdicts written before the system ran
on these sentences (KB: Stalin natural causes, Trotsky homicide, Zinoviev and Bukharin
capital punishment).
"""

from __future__ import annotations

import pytest

CASES = [
    ("es", "Stalin murió asesinado en marzo de 1953.", "contradicted"),
    ("es", "Stalin murió por asesinato en 1953.", "contradicted"),
    ("es", "Trotski murió asesinado en Coyoacán en 1940.", "supported"),
    ("es", "Bujarin murió fusilado en 1938.", "supported"),
    ("es", "Bujarin murió ejecutado en 1938.", "supported"),
    ("en", "Stalin died by assassination in 1953.", "contradicted"),
    ("en", "Trotsky died by assassination in 1940.", "supported"),
    ("en", "Bukharin died by execution in 1938.", "supported"),
    ("en", "Stalin died by execution in 1953.", "contradicted"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_manner_beside_the_death_verb_is_checked(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (death,) = [e for e in analysis.events if e.type == "DEATH"]
    assert len([p for p in death.participants if p.role == "patient"]) == 1  # the participle is no patient
    (claim,) = analysis.claims
    assert claim.verdict == verdict, claim.explanation
    if verdict != "contradicted":
        assert "P1196" in {e.property for e in claim.evidence}
    else:
        assert claim.proof is not None and claim.proof.property == "P1196"
