"""The blind truth-gold sets, end to end: not one false contradiction (a regression guard).

The stress set (254 texts by failure class) and the real-world texts kept in the repository
run through the whole pipeline; a `contradicted` verdict on a claim that is true or
undecidable, or on words that are no claim, fails the test and names the item. The figures
themselves (precision, recall, errors caught) are in docs/benchmarks.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from cronica.evaluation.truth import load_truth_gold
from cronica.evaluation.verify import evaluate_truth

ROOT = Path(__file__).resolve().parents[2]
STRESS = ROOT / "tests" / "data" / "verify" / "stress.yaml"
REALWORLD = ROOT / "tests" / "data" / "verify" / "realworld"
REALWORLD2 = ROOT / "tests" / "data" / "verify" / "realworld2"
#: the small blind sets of single classes, each written before the code of its class
BLIND_SETS = (
    "blind_age.yaml",
    "blind_age2.yaml",
    "blind_office.yaml",
    "blind_office_lower.yaml",
    "blind_succession.yaml",
    "blind_paragraph.yaml",
    "blind_russia.yaml",
    "blind_place_date.yaml",
    "blind_lifespan3.yaml",
    "blind_shared_subject.yaml",
    "blind_event_wordings.yaml",
    "blind_pronoun_names.yaml",
    "blind_execution_called_murder.yaml",
    "blind_link_variants.yaml",
    "blind_one_person_many_names.yaml",
    "blind_office_never_held.yaml",
    "blind_age_statements.yaml",
    "blind_aux_dates.yaml",
    "blind_topic_unlinked.yaml",
    "blind_relative_clauses.yaml",
    "blind_support_scope.yaml",
    "blind_two_places_one_country.yaml",
    "blind_fc_hunt.yaml",
    "blind_rumours.yaml",
    "blind_order_named_dates.yaml",
    "blind_decade_dates.yaml",
    "blind_relative_named_dates.yaml",
    "blind_place_country.yaml",
    "blind_conjunct_modality.yaml",
    "blind_future_in_past.yaml",
    "blind_treaty_descriptions.yaml",
)


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_realworld_verify", ROOT / "scripts" / "build_realworld_verify.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _report(score) -> str:
    return "\n".join(
        f"{o.item} ({o.truth or 'no gold claim'}): {o.span} — {o.explanation}" for o in score.false_contradictions
    )


@pytest.mark.slow
def test_no_false_contradiction_on_the_stress_set():
    score = evaluate_truth(load_truth_gold(STRESS))
    assert not score.false_contradictions, _report(score)
    assert score.caught >= 1  # the set's real errors are not all missed


@pytest.mark.slow
@pytest.mark.parametrize("folder", [REALWORLD, REALWORLD2], ids=["realworld", "realworld2"])
def test_no_false_contradiction_on_the_real_world_texts_in_the_repository(tmp_path, folder):
    builder = _builder()
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    runnable, _ = builder.assemble(gold, [folder / "texts"])
    assert len(runnable["items"]) >= 5
    path = tmp_path / "realworld.yaml"
    path.write_text(yaml.safe_dump(runnable, allow_unicode=True), encoding="utf-8")
    score = evaluate_truth(load_truth_gold(path))
    assert not score.false_contradictions, _report(score)


@pytest.mark.slow
@pytest.mark.parametrize("name", BLIND_SETS)
def test_no_false_contradiction_on_the_class_blind_sets(name):
    score = evaluate_truth(load_truth_gold(ROOT / "tests" / "data" / "verify" / name))
    assert not score.false_contradictions, _report(score)


@pytest.mark.slow
def test_no_full_support_of_a_false_claim_on_the_support_scope_set():
    """A day (month) against a month (year) value, or one reading of the words: the support says so (13p)."""
    score = evaluate_truth(load_truth_gold(ROOT / "tests" / "data" / "verify" / "blind_support_scope.yaml"))
    assert not score.wrong_supports, "\n".join(f"{o.item}: {o.span} — {o.explanation}" for o in score.wrong_supports)
    assert score.partial_supports["false"] >= 10  # still supported in part: what was checked agrees
