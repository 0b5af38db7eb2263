"""Content the text reports as a claim, a rumour, an allegation or a belief (#13, blind set
tests/data/verify/blind_rumours.yaml): the text does not assert it, so a reference that disagrees is shown
but proves nothing against the text (`not_enough_info`, never `contradicted`). Neutral attribution ("según
el parte oficial"), factive verbs ("revealed") and an event outside the rumour stay checked."""

from __future__ import annotations

import pytest

ALLEGED = [
    ("en", "Emigre newspapers alleged that Lenin had died in December 1923.", "disagrees with its content"),
    ("en", "There were rumours that Bukharin had been shot in 1936.", "disagrees with its content"),
    ("en", "Allegedly, Zinoviev was shot in 1937.", "disagrees with its content"),
    ("es", "Corrió el rumor de que Lenin había muerto en diciembre de 1923.", "discrepa de su contenido"),
    ("es", "Algunos creyeron que Bujarin había sido fusilado en 1936.", "discrepa de su contenido"),
    ("es", "Presuntamente, Zinóviev fue fusilado en 1937.", "discrepa de su contenido"),
]


@pytest.mark.parametrize(("lang", "text", "said"), ALLEGED)
def test_a_refuted_rumour_is_shown_not_contradicted(pipeline_en, pipeline_es, lang, text, said):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    claims = [c for c in analysis.claims if c.event is not None and c.verdict != "not_checkable"]
    assert claims, text
    assert all(c.verdict == "not_enough_info" for c in claims), [c.explanation for c in claims]
    assert any(said in c.explanation and c.evidence for c in claims), [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "According to the official bulletin, Lenin died on 21 January 1925."),
        ("en", "Later archives revealed that Bukharin was shot on 15 March 1937."),
        ("en", "Despite the rumours, Kirov was killed in Leningrad on 1 December 1935."),
        ("es", "Según el parte oficial, Lenin murió el 21 de enero de 1925."),
        ("es", "Los archivos revelaron que Bujarin fue fusilado el 15 de marzo de 1937."),
        ("es", "Pese a los rumores, Kírov fue asesinado en Leningrado el 1 de diciembre de 1935."),
    ],
)
def test_attribution_that_does_not_distance_is_still_checked(assert_contradiction, lang, text):
    assert_contradiction(lang, text, "contradicted")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Supposedly, Dzerzhinsky died in July 1926."),
        ("es", "Supuestamente, Dzerzhinski murió en julio de 1926."),
    ],
)
def test_a_rumour_the_reference_confirms_is_supported_with_its_note(pipeline_en, pipeline_es, lang, text):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    supported = [c for c in analysis.claims if c.verdict == "supported"]
    assert supported, [c.explanation for c in analysis.claims]
    note = "claim, a rumour" if lang == "en" else "afirmación ajena"
    assert note in supported[0].explanation
