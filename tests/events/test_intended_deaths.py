"""A death named by a noun that someone plotted, planned, attempted or dreamed of (#13, blind set
tests/data/verify/blind_intended_deaths.yaml): the text tells an intention, so the event is never asserted
and never checked ("charged with plotting the murder of Stalin" is no claim that Stalin was murdered).
A death told as a fact by a noun stays asserted."""

from __future__ import annotations

import pytest


def _modalities(analysis, trigger: str) -> list[str]:
    return [e.modality for e in analysis.events if trigger in e.trigger.text.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The accused were charged with plotting the murder of Kaganovich.", "murder", "attempted"),
        ("The émigrés dreamed of the death of Stalin.", "death", "hypothetical"),
        ("The murder of Molotov was the aim of the conspiracy.", "murder", "hypothetical"),
        ("Kaplan attempted the assassination of Lenin in 1918.", "assassination", "attempted"),
        ("The assassination of Kirov in 1934 shocked Leningrad.", "assassination", "asserted"),
    ],
)
def test_english_noun_deaths_under_an_intention(analyze_en, text, trigger, modality):
    assert modality in _modalities(analyze_en(text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Los acusados fueron juzgados por tramar el asesinato de Kaganóvich.", "asesinato", "hypothetical"),
        ("Los emigrados soñaban con la muerte de Lenin.", "muerte", "hypothetical"),
        ("El complot para el asesinato de Mólotov fue inventado por la fiscalía.", "asesinato", "hypothetical"),
        ("En 1918 Kaplan intentó el asesinato de Lenin.", "asesinato", "attempted"),
        ("El asesinato de Kírov en 1934 conmocionó Leningrado.", "asesinato", "asserted"),
    ],
)
def test_spanish_noun_deaths_under_an_intention(analyze_es, text, trigger, modality):
    assert modality in _modalities(analyze_es(text), trigger)


def test_an_intended_death_is_never_contradicted(pipeline_en, pipeline_es):
    """Stalin and Lenin died of natural causes: a plot to murder them says nothing against that."""
    for pipeline, lang, text in (
        (pipeline_en, "en", "Zinoviev confessed to preparing the murder of Stalin."),
        (pipeline_es, "es", "Bujarin fue acusado de conspirar para el asesinato de Lenin."),
    ):
        analysis = pipeline.analyze_text(text, lang=lang)
        assert not [c for c in analysis.claims if c.verdict == "contradicted"], text


def test_a_death_in_an_adjunct_of_a_trial_is_told(analyze_en):
    """ "was tried" is a trial, not an attempt, and "after" makes the death an adjunct: asserted."""
    analysis = analyze_en("In March 1938, a year and a half after Zinoviev's execution, Bukharin was tried and shot.")
    assert "asserted" in _modalities(analysis, "execution")
