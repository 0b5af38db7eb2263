"""The verifier's policy is typed: policy.yaml and the stage config's overrides are checked key by key."""

from __future__ import annotations

import pytest
from fake_kb import FakeKnowledgeBase

from cronica.errors import CronicaError
from cronica.verify.language import load_policy as policy_data
from cronica.verify.policy import VerifyPolicy, verify_policy
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier


def test_the_shipped_policy_reads_as_typed_attributes() -> None:
    policy = verify_policy()
    assert isinstance(policy, VerifyPolicy)
    assert policy.confidence.supported.old_style == policy_data()["confidence"]["supported"]["old_style"]
    assert "P569" in policy.single_valued and policy.approx_reach["year"] == 2
    assert policy.kinship["parent"].all_properties() == ("P22", "P25")
    assert policy.kinship["father"].all_properties() == ("P22",) and policy.kinship["father"].single


def test_an_override_changes_one_value_and_keeps_the_rest() -> None:
    policy = verify_policy({"min_link_score_to_contradict": 0.7, "confidence": {"supported": {"day": 0.5}}})
    assert policy.min_link_score_to_contradict == 0.7
    assert policy.confidence.supported.day == 0.5
    assert policy.confidence.supported.month == verify_policy().confidence.supported.month


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"min_link_score": 0.7}, "unknown setting 'min_link_score' (known: approx_reach,"),
        ({"confidence": {"supported": {"dya": 0.5}}}, "unknown setting 'confidence.supported.dya' (known: day,"),
        ({"min_link_score_to_contradict": "high"}, "'min_link_score_to_contradict': input should be a valid number"),
        ({"min_link_score_to_contradict": 7}, "less than or equal to 1"),
        ({"kinship": {"cousin": {"sex": "other"}}}, "'kinship.cousin.sex'"),
    ],
)
def test_a_bad_override_is_one_line_naming_the_key(overrides: dict, message: str) -> None:
    with pytest.raises(CronicaError) as raised:
        verify_policy(overrides)
    assert str(raised.value).startswith("the verify stage's config: ") and message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_verifier_refuses_a_misspelt_key_in_its_stage_config() -> None:
    """`[stages.verify] min_link_score = 0.7` used to be merged in and ignored; now it names the key."""
    with pytest.raises(CronicaError, match="unknown setting 'min_link_score'"):
        Verifier(ReferenceView(FakeKnowledgeBase()), overrides={"min_link_score": 0.7})
    tuned = Verifier(ReferenceView(FakeKnowledgeBase()), overrides={"confidence": {"supported": {"day": 0.5}}})
    assert tuned.policy["confidence"]["supported"]["day"] == 0.5
    assert tuned.policy["confidence"]["contradicted"] == policy_data()["confidence"]["contradicted"]
