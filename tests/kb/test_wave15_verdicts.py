"""realworld3's KB gaps and the People's Commissars 1917-1930 (issue 14, fifteenth wave), in English and Spanish.

The wave added the Left SR commissars of the 1917-1918 coalition, Semashko, Kursky, Podvoisky and Timoshenko; the
commissariats of Justice, Agriculture, Posts and Telegraphs, Public Health and State Property as offices texts link
to; Zhdanov's Gorky post, Litvinov's embassy in Washington, Voroshilov's Defence term from June 1934 and the year of
US-Soviet relations (docs/kb.md, "Fifteenth wave")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cronica.kb import open_kb
from cronica.kb.base import TimeValue

ROOT = Path(__file__).resolve().parents[2]
POSTS = "cronica:peoples-commissar-for-posts-and-telegraphs"
YAGODA, VOROSHILOV, DEFENCE = "Q141869", "Q186185", "Q2367317"


def _pack_gaps():
    spec = importlib.util.spec_from_file_location("pack_gaps", ROOT / "scripts/pack_gaps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict) for c in request.getfixturevalue(pipeline).analyze_text(text).claims]


def test_the_commissars_this_wave_added_are_no_longer_missing():
    module = _pack_gaps()
    missing = {m for gap in module.gaps(ROOT / "scripts/coverage_lists.yaml", module.pack_names()) for m in gap.missing}
    added = ("Isaac Steinberg|Isaak Steinberg", "Prosh Proshyan|Prosh Proshian", "Dmitry Kursky", "Semyon Timoshenko")
    for name in added:
        assert name not in missing
    # Trutovsky, still a gap here, was added in the sixteenth wave (test_wave16_verdicts.py)


def test_a_marked_holder_keeps_his_term_under_the_new_commissariat():
    kb = open_kb("embedded")
    # Yagoda's P39 is complete: the Posts item must hold his term, or a true text about it would be refuted
    assert kb.is_complete(YAGODA, "P39")
    starts = [s.qualifier("P580") for s in kb.statements(YAGODA, "P39") if s.value == POSTS]
    assert [t.iso for t in starts if isinstance(t, TimeValue)] == ["1936-09-26"]
    # "Communications" also names the railways' commissariat (Trotsky's, marked): not a name of the Posts item
    assert POSTS not in {c.qid for c in kb.candidates("People's Commissar of Communications")}
    assert POSTS in {c.qid for c in kb.candidates("People's Commissar of Posts and Telegraphs")}


def test_voroshilov_holds_the_commissariat_under_both_names_and_relations_date_from_1933():
    kb = open_kb("embedded")
    terms = [s.qualifier("P580") for s in kb.statements(VOROSHILOV, "P39") if s.value == DEFENCE]
    starts = sorted(t.iso for t in terms if isinstance(t, TimeValue))
    assert starts == ["1925-11-06", "1934-06-20"]
    (relation,) = kb.statements("Q15180", "P530")
    since = relation.qualifier("P580")
    assert relation.value == "Q30" and isinstance(since, TimeValue) and since.iso == "1933-11-16"
    # Kuibyshev's day is disputed (25 or 26 January 1935): the month only
    (death,) = kb.values("cronica:valerian-kuibyshev", "P570")
    assert isinstance(death, TimeValue) and (death.year, death.month, death.precision) == (1935, 1, 10)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Prosh Proshyan died in 1925."),
        ("pipeline_es", "Dmitri Kurski murió en 1940."),
        ("pipeline_en", "Semyon Timoshenko was born in 1899."),
    ],
)
def test_a_wrong_date_of_a_new_person_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Nikolai Podvoisky died in Moscow in 1948."),
        ("pipeline_es", "Semión Timoshenko murió en Moscú en 1970."),
    ],
)
def test_a_true_text_about_the_new_people_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Valerian Kuibyshev died on 26 January 1935."),
        ("pipeline_en", "In 1936 Genrikh Yagoda became People's Commissar of Posts and Telegraphs."),
        ("pipeline_es", "En 1934 Voroshílov fue nombrado comisario del pueblo de Defensa."),
        ("pipeline_en", "In 1920 Trotsky was also People's Commissar of Communications."),
    ],
)
def test_a_disputed_day_or_a_renamed_office_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
