"""Pravda, the 1952 Presidium's candidates and dated offices (issue 14, thirteenth wave), in English and Spanish.

Two newspapers share the name "Pravda": the Bolshevik daily founded in St Petersburg on 5 May 1912, and Trotsky's
Vienna paper of October 1908. Both take the name as an alias, so a bare "Pravda" is a tie the linker leaves
under the score a contradiction needs, and a document that names a founder or a city decides which one it means.
Yagoda's Cheka, Kollontai's commissariat and Rykov's Politburo term are dated, but none of their lists is marked
complete, so a wrong date of them stays not_enough_info (docs/kb.md, "Thirteenth wave")."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from cronica.kb.base import TimeValue
from cronica.kb.linker import CLASS_LABELS

PRAVDA, VIENNA_PRAVDA = "cronica:pravda", "cronica:vienna-pravda"


def _claims(request, pipeline, text):
    return request.getfixturevalue(pipeline).analyze_text(text).claims


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict) for c in _claims(request, pipeline, text)]


def test_the_two_pravdas_share_the_name_and_not_the_dates():
    kb = open_kb("embedded")
    assert {c.qid for c in kb.candidates("Pravda")} >= {PRAVDA, VIENNA_PRAVDA}
    founded, vienna = kb.values(PRAVDA, "P571"), kb.values(VIENNA_PRAVDA, "P571")
    assert [(v.year, v.month, v.day) for v in founded if isinstance(v, TimeValue)] == [(1912, 5, 5)]
    assert [(v.year, v.month) for v in vienna if isinstance(v, TimeValue)] == [(1908, 10)]
    assert "Q33391" in kb.values(VIENNA_PRAVDA, "P112")
    assert {"Q1394", "Q132899"} <= set(kb.values(PRAVDA, "P112"))
    assert CLASS_LABELS["Q11032"] == "MISC"


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In 1911 Vyacheslav Molotov helped found Pravda."),
        ("pipeline_es", "Pravda se fundó en San Petersburgo en 1911."),
        ("pipeline_en", "Arseny Zverev died in 1975."),
        ("pipeline_es", "Nikolái Ignátov murió en 1970."),
    ],
)
def test_a_wrong_founding_or_death_date_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Pavel Yudin died in Moscow in 1968."),
        ("pipeline_es", "Alexandr Puzánov murió en Moscú en 1998."),
        ("pipeline_en", "Genrikh Yagoda joined the Cheka in 1919."),
        ("pipeline_en", "In November 1917 Alexandra Kollontai became People's Commissar for Social Welfare."),
    ],
)
def test_a_true_text_about_the_new_facts_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # true of Trotsky's Vienna paper, false of the Bolshevik daily: the text does not say which
        ("pipeline_en", "Pravda was founded in 1908."),
        ("pipeline_es", "El periódico Pravda se fundó en 1912."),
        # Trotsky's paper, decided by its founder and its city
        ("pipeline_en", "In Vienna, Leon Trotsky founded Pravda in 1908."),
        ("pipeline_es", "León Trotski fundó Pravda en Viena en 1908."),
        # the Cheka's membership and Rykov's Politburo term are not marked complete
        ("pipeline_es", "Guénrij Yagoda ingresó en la Checa en 1920."),
        ("pipeline_en", "Alexei Rykov joined the Politburo in 1926."),
    ],
)
def test_an_ambiguous_name_or_an_unmarked_list_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
