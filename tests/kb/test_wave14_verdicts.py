"""The coverage lists' gaps (issue 14, fourteenth wave), in English and Spanish.

`scripts/pack_gaps.py` compares lists read from pages (scripts/coverage_lists.yaml) with the pack's names; this wave
filled the gaps it listed first: the two Vasily Kuznetsovs (the Presidium member of 1952 and the general, entered
together so that the bare name is a tie neither man's dates decide), members of the USSR's first Council of People's
Commissars, of the Left and Right Oppositions and of the Fourth International's founding conference
(docs/kb.md, "Fourteenth wave")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from cronica.kb import open_kb
from cronica.kb.base import TimeValue

ROOT = Path(__file__).resolve().parents[2]
POLITICIAN, GENERAL = "cronica:vasily-vasilyevich-kuznetsov", "cronica:vasily-ivanovich-kuznetsov"


def _pack_gaps():
    spec = importlib.util.spec_from_file_location("pack_gaps", ROOT / "scripts/pack_gaps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict) for c in request.getfixturevalue(pipeline).analyze_text(text).claims]


def test_every_coverage_list_names_its_page():
    lists = yaml.safe_load((ROOT / "scripts/coverage_lists.yaml").read_text(encoding="utf-8"))["lists"]
    assert len(lists) >= 20
    for entry in lists:
        assert str(entry["source"]).startswith("http"), entry["name"]
        assert entry["names"], entry["name"]


def test_the_gaps_this_wave_filled_are_no_longer_listed():
    module = _pack_gaps()
    missing = {m for gap in module.gaps(ROOT / "scripts/coverage_lists.yaml", module.pack_names()) for m in gap.missing}
    for name in (
        "Vasily Kuznetsov|Vasily Vasilyevich Kuznetsov",
        "Leonid Krasin",
        "Mikhail Boguslavsky",
        "Rudolf Klement",
        "Alfred Rosmer",
        "Yakov Drobnis|Drobnis",
    ):
        assert name not in missing
    # Ivan Kabanov, still a gap after this wave, came in with the sixteenth (tests/kb/test_wave16_verdicts.py)


def test_the_two_kuznetsovs_share_the_name_and_not_the_dates():
    kb = open_kb("embedded")
    # the bare name is neither man's alias: an exact tie between two people would still link one at 0.7
    assert not {c.qid for c in kb.candidates("Vasily Kuznetsov")} & {POLITICIAN, GENERAL}
    assert {c.qid for c in kb.candidates("Vasily Vasilyevich Kuznetsov")} == {POLITICIAN}
    assert {c.qid for c in kb.candidates("General Vasily Kuznetsov")} == {GENERAL}
    born = {
        qid: [(v.year, v.month) for v in kb.values(qid, "P569") if isinstance(v, TimeValue)]
        for qid in (POLITICIAN, GENERAL)
    }
    assert born == {POLITICIAN: [(1901, 2)], GENERAL: [(1894, 1)]}
    assert not kb.surname_alone(POLITICIAN) and not kb.surname_alone(GENERAL)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leonid Krasin, the People's Commissar for Foreign Trade, died in 1929."),
        ("pipeline_es", "Mijaíl Boguslavski nació en 1892."),
        ("pipeline_en", "Rudolf Klement was born in 1911."),
        ("pipeline_es", "Vasili Vasílievich Kuznetsov murió en 1980."),
    ],
)
def test_a_wrong_date_of_a_new_person_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leonid Krasin died in London in 1926."),
        ("pipeline_es", "Rudolf Klement nació en Hamburgo en 1908."),
        ("pipeline_en", "Alfred Rosmer died in 1964."),
    ],
)
def test_a_true_text_about_the_new_people_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # true of the general, false of the Presidium member: the bare name does not say which
        ("pipeline_en", "Vasily Kuznetsov died in 1964."),
        ("pipeline_es", "Vasili Kuznetsov murió en 1990."),
        # the twelfth wave's blind text (w12-en-18): the Presidium member, whom the bare name does not settle
        (
            "pipeline_en",
            "Vasily Kuznetsov, the trade-union chief elected to the Presidium in October 1952, died in Moscow in 1990.",
        ),
        # Schmidt's death day is disputed (28 or 29 July 1938): cut to the month, never refuted
        ("pipeline_en", "Vasily Schmidt was shot on 29 July 1938."),
    ],
)
def test_a_namesake_or_a_disputed_day_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
