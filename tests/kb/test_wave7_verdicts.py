"""Facts real pages get wrong (issue 14, seventh wave), in English and in Spanish.

Trotsky's arrests are marked complete now that the first one is settled (28 January 1898 O.S., 1898 in both
calendars: a page's "1897" is the year the agitation began), so a year with no arrest is refuted and every arrest
the sources tell is still supported. Yagoda was born in Rybinsk and grew up in Nizhny Novgorod, which pages give as
his birthplace. Expected verdicts written from the pack's sources before these texts were run."""

from __future__ import annotations

import pytest


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict, c.correction) for c in request.getfixturevalue(pipeline).analyze_text(text).claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was first arrested in 1897."),
        ("pipeline_es", "León Trotski fue arrestado por primera vez en 1897."),
        ("pipeline_en", "Leon Trotsky was arrested in 1899."),
        ("pipeline_es", "En 1912 León Trotski fue detenido."),
        ("pipeline_en", "Genrikh Yagoda was born in Nizhny Novgorod."),
        ("pipeline_es", "Guénrij Yagoda nació en Nizhni Nóvgorod."),
    ],
)
def test_a_wrong_fact_real_pages_print_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was arrested in January 1898."),
        ("pipeline_es", "León Trotski fue detenido en 1898 en Nikoláiev."),
        ("pipeline_en", "In December 1905 Trotsky was arrested with the St Petersburg Soviet."),
        ("pipeline_es", "En 1916 Trotski fue detenido en Madrid."),
        ("pipeline_en", "Trotsky was arrested in Halifax in April 1917."),
        ("pipeline_es", "Trotski fue arrestado en Petrogrado en 1917."),
        ("pipeline_en", "Genrikh Yagoda was born in Rybinsk in 1891."),
        ("pipeline_es", "Yákov Sverdlov nació en Nizhni Nóvgorod en 1885."),
    ],
)
def test_a_true_fact_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts
    assert any(verdict == "supported" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        # Yezhov took the NKVD on 26 September 1936 (the Sochi telegram is of the 25th); pages say 16 September
        (
            "pipeline_es",
            "El 16 de septiembre de 1936 Nikolái Yezhov reemplazó a Guénrij Yagoda como comisario del pueblo del "
            "Interior.",
            "contradicted",
        ),
        ("pipeline_en", "In September 1936 Nikolai Yezhov replaced Genrikh Yagoda as People's Commissar.", "supported"),
        ("pipeline_en", "Yezhov was appointed head of the NKVD in 1937.", "contradicted"),
        ("pipeline_es", "En 1936 Yezhov fue nombrado jefe del NKVD.", "supported"),
    ],
)
def test_yezhov_replacing_yagoda_is_dated(request, pipeline, text, verdict):
    verdicts = _verdicts(request, pipeline, text)
    assert any(v == verdict for _, v, _ in verdicts), verdicts
    if verdict == "supported":
        assert all(v != "contradicted" for _, v, _ in verdicts), verdicts
