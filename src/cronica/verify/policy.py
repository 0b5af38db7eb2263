"""The verifier's policy as a typed model: policy.yaml, overridden by the verify stage's config.

The policy (which properties hold one value, how sure each kind of verdict is, how far an
approximate date reaches...) is language-independent data in `resources/policy.yaml`
(docs/verify.md). Read through this model, a misspelt key in the file or in a `--config`
file's `[stages.verify]` table is an error naming it, and the code reads
`policy.confidence.supported.old_style` instead of string paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cronica.errors import CronicaError
from cronica.options import describe_validation_error
from cronica.verify.language import load_policy as policy_data


class _Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SupportedConfidence(_Policy):
    """How sure a supported verdict is, by what matched."""

    day: float
    month: float
    year: float
    #: an Old Style date that matches once converted
    old_style: float
    place: float
    #: the text's place lies within the KB's (a city of the country)
    place_within: float
    entity: float
    statement: float


class ContradictedConfidence(_Policy):
    """How sure a contradicted verdict is, by what disagreed."""

    day: float
    month: float
    year: float
    place: float
    entity: float


class Confidence(_Policy):
    supported: SupportedConfidence
    contradicted: ContradictedConfidence
    not_enough_info: float
    not_checkable: float
    #: a sentence with no event judged an opinion from a cue word
    opinion: float
    #: a supported claim some of whose details the KB is silent on
    partial_factor: float
    #: a claim whose subject is a pronoun or an elided subject resolved from the context
    coreference_factor: float
    #: an attributed ("reported") claim
    reported_factor: float


class Kinship(_Policy):
    """A kinship noun as KB properties: the relative's property, its sex, one or several."""

    property: str | None = None
    properties: tuple[str, ...] = ()
    sex: Literal["male", "female"] | None = None
    single: bool = False

    def all_properties(self) -> tuple[str, ...]:
        return self.properties or ((self.property,) if self.property else ())


class VerifyPolicy(_Policy):
    """resources/policy.yaml, key by key (its comments say why each value is what it is)."""

    single_valued: frozenset[str]
    place_properties: tuple[str, ...]
    confidence: Confidence
    min_link_score_to_contradict: float = Field(ge=0, le=1)
    lifetime_exempt_types: frozenset[str]
    approx_reach: Mapping[Literal["day", "month", "year"], int]
    position_properties: tuple[str, ...]
    position_links: tuple[str, ...]
    date_tolerance_days: Mapping[str, int]
    repeatable: frozenset[str]
    kinship: Mapping[str, Kinship]
    surname_endings: tuple[tuple[str, str], ...]
    bound_types: frozenset[str]


def verify_policy(overrides: Mapping[str, Any] | None = None) -> VerifyPolicy:
    """The policy, with the stage config's keys laid over policy.yaml's (a nested table over its
    table: `[stages.verify.confidence.supported] day = 0.9` changes that one number)."""
    try:
        return VerifyPolicy.model_validate(_overlay(policy_data(), overrides or {}))
    except ValidationError as error:
        where = "the verify stage's config" if overrides else "verify/resources/policy.yaml"
        raise CronicaError(f"{where}: {describe_validation_error(error, VerifyPolicy)}") from None


def _overlay(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _overlay(merged[key], value)
        else:
            merged[key] = value
    return merged
