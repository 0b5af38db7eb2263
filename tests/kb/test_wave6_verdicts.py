""" "Russia" said for the Soviet Union (issue 14, sixth wave), in English and in Spanish.

Places inside today's Russia fit a text's "Russia" (Moscow, Leningrad), and places plainly outside the Union
still differ. A place of the Union outside today's Russia (Tbilisi, where Stalin's mother died in 1937) was
refuted until the verifier read a place's country at the event's date (seventh wave: dated P17 statements and
"Russia" replacing the USSR, docs/kb.md "A place's country by date"); those cases were strict xfails until then.
Expected verdicts written from the pack's sources before these texts were run."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Keke Geladze died in Russia in 1937."),
        ("pipeline_es", "Keke Geladze murió en Rusia en 1937."),
        # the same class for the Russian Empire: Yanovka/Bereslavka is in today's Ukraine
        ("pipeline_en", "Leon Trotsky was born in Russia in 1879."),
        ("pipeline_es", "León Trotski nació en Rusia en 1879."),
        ("pipeline_en", "Lev Kamenev was shot in Russia in 1936."),
        ("pipeline_es", "Serguéi Kírov fue asesinado en Rusia en 1934."),
        ("pipeline_es", "En 1928 León Trotski vivía en Rusia."),
    ],
)
def test_russia_said_for_the_union_is_never_refuted(request, pipeline, text):
    for claim in request.getfixturevalue(pipeline).analyze_text(text).claims:
        assert claim.verdict != "contradicted", (text, claim.correction)


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_en", "Leon Trotsky died in Mexico in 1940.", "supported"),
        ("pipeline_es", "León Trotski murió en México en 1940.", "supported"),
        ("pipeline_en", "Leon Trotsky died in Russia in 1940.", "contradicted"),
        ("pipeline_es", "Lev Sedov murió en Rusia en 1938.", "contradicted"),
    ],
)
def test_places_outside_the_union_still_compare(request, pipeline, text, verdict):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(claim.verdict == verdict for claim in claims), [(c.text, c.verdict) for c in claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Maria Ulyanova died in Moscow in 1937."),
        ("pipeline_es", "María Uliánova murió en Moscú en 1937."),
        ("pipeline_en", "Sergei Sedov was arrested in Moscow in 1935."),
        ("pipeline_es", "Serguéi Sedov fue detenido en Moscú en 1935."),
        ("pipeline_en", "Svetlana Alliluyeva was born in Moscow in 1926."),
    ],
)
def test_the_sixth_waves_family_facts_confirm(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(claim.verdict == "supported" for claim in claims), [(c.text, c.verdict) for c in claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Vasily Stalin was born on 21 March 1921."),
        ("pipeline_es", "Vasili Stalin nació el 24 de marzo de 1921."),
    ],
)
def test_a_birthday_the_sources_disagree_on_is_never_refuted(request, pipeline, text):
    for claim in request.getfixturevalue(pipeline).analyze_text(text).claims:
        assert claim.verdict != "contradicted", (text, claim.correction)
