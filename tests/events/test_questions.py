"""Questions (#13): a yes/no question, or a clause of asking, asserts nothing ("questioned", never
checked); a question opened by a question word presupposes its content, a factive verb's complement
is asserted, and a question tag leaves the sentence before it asserted."""

from __future__ import annotations

import pytest


def _modalities(analysis, trigger: str) -> list[str]:
    return [e.modality for e in analysis.events if trigger in e.trigger.text.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("¿Murió Trotski en 1939? No: murió en agosto de 1940.", "murió", ["questioned", "asserted"]),
        ("¿Fue expulsado Zinóviev del partido en 1926?", "expulsado", ["questioned"]),
        ("¿Stalin murió en 1952?", "murió", ["questioned"]),
        ("Muchos se preguntan si Kírov murió en 1935.", "murió", ["questioned"]),
        ("¿Por qué fue expulsado Trotski del partido en 1926?", "expulsado", ["asserted"]),
        ("¿Sabía usted que Lenin murió en 1923?", "murió", ["asserted"]),
        ("Kámenev fue fusilado en 1936, ¿no es así?", "fusilado", ["asserted"]),
        ("No, Trotski no murió en 1939.", "murió", ["negated"]),
    ],
)
def test_spanish_questions(analyze_es, text, trigger, modality):
    assert _modalities(analyze_es(text), trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Did Trotsky die in 1939? No: he died in August 1940.", "die", ["questioned", "asserted"]),
        ("Was Zinoviev expelled from the party in 1926?", "expelled", ["questioned"]),
        ("Stalin died in 1952?", "died", ["questioned"]),
        ("Many wonder whether Kirov died in 1935.", "died", ["questioned"]),
        ("Why was Trotsky expelled from the party in 1926?", "expelled", ["asserted"]),
        ("Did you know that Lenin died in 1923?", "died", ["asserted"]),
        ("Kamenev was shot in 1936, wasn't he?", "shot", ["asserted"]),
        ("Trotsky did not, in fact, die in 1939.", "die", ["negated"]),
    ],
)
def test_english_questions(analyze_en, text, trigger, modality):
    assert _modalities(analyze_en(text), trigger) == modality


def test_a_question_is_never_checked(pipeline_en):
    claims = pipeline_en.analyze_text("Did Stalin die in 1952? No, he died on 5 March 1953.").claims
    verdicts = {claim.verdict for claim in claims if "1952" in claim.text}
    assert verdicts == {"not_checkable"}
    assert any(claim.verdict == "supported" and "1953" in claim.text for claim in claims)
