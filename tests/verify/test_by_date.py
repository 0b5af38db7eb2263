"""A date that bounds an event from above ("by 1938", "para 1925") (#13, blind set
tests/data/verify/blind_by_date.yaml): the event happened at the latest then, the period included; only a
reference date after the bound refutes it, and the explanation says "by" / "no más tarde de"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By 1940 Sverdlov had long been dead."),
        ("en", "By March 1919 Sverdlov had died."),
        ("es", "Para 1940 Sverdlov llevaba años muerto."),
        ("es", "Para marzo de 1919 Sverdlov ya había muerto."),
    ],
)
def test_an_event_within_the_bound_is_never_contradicted(pipeline_en, pipeline_es, lang, text):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], text


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "By 1917 Sverdlov had died.", "by 1917"),
        ("es", "Para 1917 Sverdlov ya había muerto.", "no más tarde de 1917"),
    ],
)
def test_an_event_after_the_bound_is_contradicted_saying_by(pipeline_en, pipeline_es, lang, text, said):
    """Sverdlov died on 16 March 1919."""
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert said in claim.explanation
