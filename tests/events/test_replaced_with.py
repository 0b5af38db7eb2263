"""An agent replaces one person with another (issue #13): "Stalin replaced Yagoda with Yezhov", "Stalin
reemplazó a Yagoda con Yezhov", "lo sustituyó por Beria". The subject made the change, the object was
removed and the with / con / por phrase names the successor; a plain "Beria replaced Yezhov" keeps the
subject as the successor."""

from __future__ import annotations

import pytest


def _roles(analysis) -> dict[str, str]:
    (event,) = [e for e in analysis.events if e.type == "SUCCESSION"]
    return {p.role: p.text for p in event.participants}


@pytest.mark.parametrize(
    ("fixture", "text", "expected"),
    [
        ("pipeline_en", "In 1936 Stalin replaced Yagoda with Nikolai Yezhov.",
         {"agent": "Stalin", "predecessor": "Yagoda", "successor": "Nikolai Yezhov"}),
        ("pipeline_es", "En 1936 Stalin reemplazó a Yagoda con Nikolái Yezhov.",
         {"agent": "Stalin", "predecessor": "Yagoda", "successor": "Nikolái Yezhov"}),
        ("pipeline_es", "En 1938 Stalin sustituyó a Yezhov por Beria.",
         {"agent": "Stalin", "predecessor": "Yezhov", "successor": "Beria"}),
        ("pipeline_en", "In 1938 Beria replaced Yezhov.", {"predecessor": "Yezhov", "successor": "Beria"}),
        ("pipeline_es", "En 1938 Beria sustituyó a Yezhov al frente del NKVD.",
         {"predecessor": "Yezhov", "successor": "Beria"}),
        ("pipeline_es", "En 1936 Yagoda fue sustituido por Yezhov.", {"predecessor": "Yagoda", "successor": "Yezhov"}),
    ],
)  # fmt: skip
def test_who_made_the_change_is_not_the_successor(request, fixture, text, expected):
    roles = _roles(request.getfixturevalue(fixture).analyze_text(text))
    assert {role: roles.get(role) for role in expected} == expected
    if "agent" not in expected:
        assert "agent" not in roles


@pytest.mark.parametrize(
    ("fixture", "text", "verdict", "reference"),
    [
        ("pipeline_en", "In 1940 Stalin replaced Yezhov with Beria.", "contradicted", "1938-11-25"),
        ("pipeline_es", "En 1940 Stalin sustituyó a Yezhov por Beria.", "contradicted", "1938-11-25"),
        ("pipeline_en", "Stalin replaced Yagoda with Yezhov in 1936.", "supported", None),
        ("pipeline_es", "Stalin reemplazó a Yagoda con Yezhov en 1936.", "supported", None),
    ],
)  # fmt: skip
def test_the_succession_is_checked_between_the_two_it_names(request, fixture, text, verdict, reference):
    # a succession is two claims (issue-13s): the successor's start and the predecessor's end
    claims = request.getfixturevalue(fixture).analyze_text(text).claims
    assert len(claims) == 2
    if verdict == "supported":
        assert all(c.verdict == "supported" for c in claims), [c.explanation for c in claims]
    else:
        refuted = [c for c in claims if c.verdict == verdict]
        assert refuted, [c.explanation for c in claims]
        assert any(c.proof is not None and c.proof.reference == reference for c in refuted)
    assert all("Stalin" not in c.explanation for c in claims)
