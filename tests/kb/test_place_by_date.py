"""A place's country read at the event's date (issue 14, seventh wave), in English and in Spanish.

The reading only widens what counts as the same place: the state a text names agrees when it held the place
at the event's date ("born in the Russian Empire", Yanovka in 1879); a country whose name may then have meant
such a state ("Russia" of 1879: the Russian Empire; of 1937: the Soviet Union) no longer differs. A difference
between two cities stays a proof ("Kamenev was born in Tbilisi": Moscow), and a state that did not hold the place
then never agrees. Expected verdicts written from the pack's sources before these texts were run."""

from __future__ import annotations

import pytest


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict) for c in request.getfixturevalue(pipeline).analyze_text(text).claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Lev Kamenev was born in Tbilisi in 1883."),
        ("pipeline_es", "Lev Kámenev nació en Tiflis en 1883."),
        ("pipeline_en", "Leon Trotsky was born in Tbilisi in 1879."),
        ("pipeline_es", "León Trotski nació en Tiflis en 1879."),
    ],
)
def test_two_cities_still_differ(request, pipeline, text):
    assert any(verdict == "contradicted" for _, verdict in _verdicts(request, pipeline, text))


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was born in the Russian Empire in 1879."),
        ("pipeline_es", "León Trotski nació en el Imperio ruso en 1879."),
        ("pipeline_en", "Keke Geladze died in the Soviet Union in 1937."),
        ("pipeline_es", "Keke Geladze murió en la Unión Soviética en 1937."),
    ],
)
def test_the_state_that_held_the_place_then_agrees(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == "supported" and ("lies in" in c.explanation or "está en" in c.explanation) for c in claims)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Stalin was born in Russia in 1878."),
        ("pipeline_es", "Stalin nació en Rusia en 1878."),
        ("pipeline_en", "Keke Geladze died in Georgia in 1937."),
    ],
)
def test_russia_of_the_past_is_never_refuted(request, pipeline, text):
    assert all(verdict != "contradicted" for _, verdict in _verdicts(request, pipeline, text))


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was born in the Soviet Union in 1879."),
        ("pipeline_es", "Keke Geladze murió en el Imperio ruso en 1937."),
    ],
)
def test_a_state_that_did_not_hold_the_place_then_never_agrees(request, pipeline, text):
    # the date may still support the claim; the place must not be called compatible
    for claim in request.getfixturevalue(pipeline).analyze_text(text).claims:
        assert "lies in" not in claim.explanation and "está en" not in claim.explanation, claim.explanation
