"""People of the period that real texts name and the pack lacked (issue 14, twenty-second wave), in English and Spanish.

Maxim Gorky (provisional id), Rosa Luxemburg (Q7231) and Karl Liebknecht (Q75886) were "could not be identified". Their
bare surnames are no aliases: "Gorki" is also Lenin's Gorki and "Gorky" Nizhny Novgorod in 1932-1990, so only a mention
NER tags as a person reaches the writer through the surname rule (docs/kb.md, "Twenty-second wave")."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from cronica.kb.normalize import alias_key
from kb.test_wave15_verdicts import _verdicts

GORKY, LUXEMBURG, LIEBKNECHT = "cronica:maxim-gorky", "Q7231", "Q75886"
HOMICIDE = "Q149086"


def _iso(kb, item, pid):
    return [s.value.iso for s in kb.statements(item, pid)]


def test_the_three_are_in_with_the_values_the_pages_agree_on():
    kb = open_kb("embedded")
    assert all(kb.is_human(item) for item in (GORKY, LUXEMBURG, LIEBKNECHT))
    assert _iso(kb, GORKY, "P569") == ["1868-03-28"]  # 16 March O.S.
    assert kb.values(GORKY, "P19") == ["cronica:nizhny-novgorod"]
    # 18, 17 or 14 June by the page: the month; place and manner disputed, left out
    assert _iso(kb, GORKY, "P570") == ["1936-06"]
    assert kb.values(GORKY, "P20") == [] and kb.values(GORKY, "P1196") == []
    for item in (LUXEMBURG, LIEBKNECHT):
        assert _iso(kb, item, "P570") == ["1919-01"]  # 15 or (the 1922 Britannica) 16 January
        assert kb.values(item, "P20") == ["Q64"] and kb.values(item, "P1196") == [HOMICIDE]
    assert kb.statements(LUXEMBURG, "P569") == []  # 1870 or 1871 by the page
    assert _iso(kb, LIEBKNECHT, "P569") == ["1871-08-13"]


def test_no_bare_surname_that_names_a_place_is_an_alias():
    index = open_kb("embedded").alias_index()
    assert index is not None
    for name in ("Gorki", "Gorky", "Luxemburgo", "Luxemburg", "Liebknecht"):
        assert alias_key(name) not in index, name
    assert GORKY in index[alias_key("Máximo Gorki")] and LUXEMBURG in index[alias_key("Rosa Luxemburgo")]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_es", "Gorki murió en 1936, dos años antes del proceso contra Yagoda."),
        ("pipeline_en", "Maxim Gorky was born in Nizhny Novgorod in 1868."),
        ("pipeline_es", "Rosa Luxemburgo fue asesinada en 1919 en Berlín."),
        ("pipeline_en", "Karl Liebknecht was born on 13 August 1871."),
    ],
)
def test_a_true_fact_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Gorky died in 1934, shortly after the first congress of Soviet writers."),
        ("pipeline_es", "El escritor Máximo Gorki murió en 1939."),
        ("pipeline_en", "Rosa Luxemburg died in 1921."),
        ("pipeline_es", "Karl Liebknecht murió en Viena en 1919."),
    ],
)
def test_a_wrong_fact_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_es", "Lenin murió en Gorki en 1924."),
        ("pipeline_en", "Lenin died at Gorki in January 1924."),
    ],
)
def test_gorki_the_place_stays_a_place(request, pipeline, text):
    analysis = request.getfixturevalue(pipeline).analyze_text(text)
    gorki = [e for e in analysis.entities if e.text == "Gorki"]
    assert gorki and all(e.provisional_id != GORKY and e.label != "PER" for e in gorki), gorki
    assert all(c.verdict == "supported" for c in analysis.claims), [(c.text, c.verdict) for c in analysis.claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # Wilhelm Liebknecht, the father (died 1900), is not in the pack: the surname alone is not settled
        ("pipeline_en", "Liebknecht died in 1900."),
        # 1870 in the 1922 Britannica, 1871 on most pages: no birth entered
        ("pipeline_en", "Rosa Luxemburg was born in 1870."),
    ],
)
def test_an_unsettled_name_or_a_disputed_date_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
