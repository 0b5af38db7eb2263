"""The verifier's policy is one typed model: the strict YAML loader checks policy.yaml against it,
the verifier reads policy.yaml and the stage config's overrides through it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_kb import FakeKnowledgeBase

from cronica.errors import CronicaError
from cronica.resources import ResourceError, load_resource, package_file, schema_for
from cronica.verify.policy import VerifyPolicy, load_policy, verify_policy
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

SHIPPED = Path(str(package_file("cronica.verify", "resources", "policy.yaml")))


def test_the_shipped_policy_reads_as_typed_attributes() -> None:
    policy = verify_policy()
    assert isinstance(policy, VerifyPolicy)
    assert policy.confidence.supported.old_style == load_policy()["confidence"]["supported"]["old_style"]
    assert "P569" in policy.single_valued and policy.approx_reach["year"] == 2
    assert policy.kinship["parent"].all_properties() == ("P22", "P25")
    assert policy.kinship["father"].all_properties() == ("P22",) and policy.kinship["father"].single
    assert isinstance(policy.single_valued, frozenset) and ("ova", "ov") in policy.surname_endings


def test_the_loader_and_the_verifier_share_one_schema() -> None:
    """There used to be two: the loader's PolicyFile and the verifier's VerifyPolicy, which had begun
    to differ (confidences were any mapping of numbers to the loader)."""
    assert schema_for("verify/resources/policy.yaml") is VerifyPolicy
    import cronica.verify.language as language

    assert not hasattr(language, "PolicyFile") and not hasattr(language, "load_policy")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("  not_checkable: 0.9\n", "  not_checkable: 0.9\n  not_checable: 0.9\n"),
            "confidence.not_checable: unknown key",
        ),
        (("  old_style: 0.85\n", "  old_style: high\n"), "confidence.supported.old_style"),
        (("  father: {property: P22, single: true}", "  father: {property: P22, single: yes}"), "YAML 1.1"),
        (("approx_reach: {day: 7,", "approx_reach: {dia: 7,"), "approx_reach"),
        (("  not_enough_info: 0.6\n", ""), "confidence.not_enough_info"),
    ],
)
def test_a_bad_policy_file_is_an_error_with_its_line(change: tuple[str, str], message: str, tmp_path: Path) -> None:
    """The confidences were `dict[str, float | dict]` to the loader: a misspelt confidence passed
    it and failed only when the verifier was built, without a line."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "policy.yaml"
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ResourceError) as raised:
        load_resource(path, VerifyPolicy)
    assert message in str(raised.value) and raised.value.line is not None
    assert load_resource(SHIPPED, VerifyPolicy) == load_policy()


def test_an_override_changes_one_value_and_keeps_the_rest() -> None:
    policy = verify_policy({"min_link_score_to_contradict": 0.7, "confidence": {"supported": {"day": 0.5}}})
    assert policy.min_link_score_to_contradict == 0.7
    assert policy.confidence.supported.day == 0.5
    assert policy.confidence.supported.month == verify_policy().confidence.supported.month
    assert verify_policy({"single_valued": ["P569"]}).single_valued == frozenset({"P569"})  # a TOML list


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"min_link_score": 0.7}, "unknown setting 'stages.verify.min_link_score' (known: approx_reach,"),
        (
            {"confidence": {"supported": {"dya": 0.5}}},
            "unknown setting 'stages.verify.confidence.supported.dya' (known: century, day,",
        ),
        ({"min_link_score_to_contradict": "high"}, "'stages.verify.min_link_score_to_contradict': input should be"),
        ({"min_link_score_to_contradict": 7}, "less than or equal to 1"),
        ({"kinship": {"cousin": {"sex": "other"}}}, "'stages.verify.kinship.cousin.sex'"),
        ({"single_valued": ["P569", 19]}, "'stages.verify.single_valued.1': input should be a valid string"),
        ({"surname_endings": [["ova", "ov", "o"]]}, "'stages.verify.surname_endings.0'"),
    ],
)
def test_a_bad_override_is_one_line_naming_the_key(overrides: dict, message: str) -> None:
    with pytest.raises(CronicaError) as raised:
        verify_policy(overrides)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_verifier_refuses_a_misspelt_key_in_its_stage_config() -> None:
    """`[stages.verify] min_link_score = 0.7` used to be merged in and ignored; now it names the key."""
    with pytest.raises(CronicaError, match=r"unknown setting 'stages\.verify\.min_link_score'"):
        Verifier(ReferenceView(FakeKnowledgeBase()), overrides={"min_link_score": 0.7})
    tuned = Verifier(ReferenceView(FakeKnowledgeBase()), overrides={"confidence": {"supported": {"day": 0.5}}})
    assert tuned.policy.confidence.supported.day == 0.5
    assert tuned.policy.confidence.contradicted.model_dump() == load_policy()["confidence"]["contradicted"]


def test_the_verifier_reads_its_policy_by_attribute() -> None:
    """No string paths into the policy (`policy["confidence"]["supported"]["old_style"]`): a misspelt
    path would fail only at run time; an attribute of `VerifyPolicy` fails mypy."""
    verify = Path(__file__).resolve().parents[2] / "src" / "cronica" / "verify"
    for path in sorted(verify.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert 'policy["' not in text and "policy.get(" not in text and 'confidence["' not in text, path.name
