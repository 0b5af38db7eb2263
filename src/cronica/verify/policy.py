"""The verifier's policy as one typed model: policy.yaml, overridden by the verify stage's config.

The policy (which properties hold one value, how sure each kind of verdict is, how far an
approximate date reaches...) is language-independent data in `resources/policy.yaml`
(docs/verify.md). `VerifyPolicy` is the one schema of that data: the strict YAML loader
(`cronica.resources`) checks the file against it, the verifier reads the file with the
`[stages.verify]` table of a `--config` file laid over it through it, and the config is
checked against it when it is loaded (`check_overrides`). A misspelt key, in the file or in
the config, is an error naming it, and the code reads `policy.confidence.supported.old_style`
instead of string paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import Field, Strict, ValidationError

from cronica.errors import CronicaError
from cronica.options import describe_validation_error
from cronica.resources import Schema, load_resource, package_file

#: YAML and TOML give lists; the model keeps sets and tuples. Only that conversion is lax: the
#: items stay strict (a number is no property id), as everywhere in `Schema`.
AsCollection = Strict(False)


class SupportedConfidence(Schema):
    """How sure a supported verdict is, by what matched."""

    day: float
    month: float
    year: float
    #: a text's decade or century ("in the 1930s") that holds the reference's date
    decade: float = 0.75
    century: float = 0.7
    #: an Old Style date that matches once converted
    old_style: float
    place: float
    #: the text's place lies within the KB's (a city of the country)
    place_within: float
    entity: float
    statement: float


class ContradictedConfidence(Schema):
    """How sure a contradicted verdict is, by what disagreed."""

    day: float
    month: float
    year: float
    #: a reference date outside the text's decade or century
    decade: float = 0.85
    century: float = 0.85
    place: float
    entity: float


class Confidence(Schema):
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


class Kinship(Schema):
    """A kinship noun as KB properties: the relative's property, its sex, one or several."""

    property: str | None = None
    properties: Annotated[tuple[str, ...], AsCollection] = ()
    sex: Literal["male", "female"] | None = None
    single: bool = False

    def all_properties(self) -> tuple[str, ...]:
        return self.properties or ((self.property,) if self.property else ())


class VerifyPolicy(Schema):
    """resources/policy.yaml, key by key (its comments say why each value is what it is)."""

    single_valued: Annotated[frozenset[str], AsCollection]
    place_properties: Annotated[tuple[str, ...], AsCollection]
    confidence: Confidence
    min_link_score_to_contradict: float = Field(ge=0, le=1)
    lifetime_exempt_types: Annotated[frozenset[str], AsCollection]
    lifetime_exempt_roles: Annotated[frozenset[str], AsCollection] = frozenset()
    #: events only the living undergo: a pronoun's candidate dead (or unborn) at the date is ruled out
    living_only_types: Annotated[frozenset[str], AsCollection] = frozenset()
    #: event type → the roles whose facts one sentence states apart ("X was replaced by Y": Y's start, X's end)
    two_sided_types: Mapping[str, Annotated[tuple[str, ...], AsCollection]] = Field(default_factory=dict)
    #: days after a predecessor's death within which the office may pass without misdating the death's end
    interregnum_days: int = Field(default=92, ge=0)
    #: classes whose named instances carry their own date (a congress, a war, a treaty): a date the text ties to
    #: the name is checked against it (`cronica.verify.named_events`)
    named_event_classes: Annotated[frozenset[str], AsCollection] = frozenset()
    approx_reach: Mapping[Literal["day", "month", "year"], int]
    position_properties: Annotated[tuple[str, ...], AsCollection]
    position_links: Annotated[tuple[str, ...], AsCollection]
    #: classes of office items: words around an office's name make the phrase name another office
    office_classes: Annotated[tuple[str, ...], AsCollection]
    #: properties between office items that make them one post under two names (renamed predecessor/successor)
    office_renaming_properties: Annotated[tuple[str, ...], AsCollection] = ("P1365", "P1366")
    #: properties from an office to the offices a loose title may name ("president of the USSR": P460)
    office_loose_title_properties: Annotated[tuple[str, ...], AsCollection] = ("P460",)
    date_tolerance_days: Mapping[str, int]
    #: the qualifier of a stay holding the start of the journey that began it (its order or departure): where
    #: present it replaces the tolerance for the stay's start (verify/compare.py `_journey_from`)
    journey_qualifier: str | None = None
    repeatable: Annotated[frozenset[str], AsCollection]
    #: properties whose complete list refutes a value not in it, for values of these classes only
    complete_values: Mapping[str, Annotated[frozenset[str], AsCollection]] = Field(default_factory=dict)
    kinship: Mapping[str, Kinship]
    #: (ending, the same surname's other ending) pairs, written as two-item lists
    surname_endings: Annotated[tuple[Annotated[tuple[str, str], AsCollection], ...], AsCollection]
    bound_types: Annotated[frozenset[str], AsCollection]

    @property
    def reach(self) -> Mapping[str, int]:
        """`approx_reach` keyed by plain precision names, as the date functions take it."""
        return {str(precision): units for precision, units in self.approx_reach.items()}


@cache
def load_policy() -> Mapping[str, Any]:
    """policy.yaml as written, checked by the strict loader against `VerifyPolicy` (file and line
    in any error). The data is kept as read, so that a stage config can be laid over it."""
    return load_resource(package_file("cronica.verify", "resources", "policy.yaml"), VerifyPolicy)


def verify_policy(overrides: Mapping[str, Any] | None = None) -> VerifyPolicy:
    """The policy, with the stage config's keys laid over policy.yaml's (a nested table over its
    table: `[stages.verify.confidence.supported] day = 0.9` changes that one number)."""
    try:
        return VerifyPolicy.model_validate(_overlay(load_policy(), overrides or {}))
    except ValidationError as error:
        raise CronicaError(describe_validation_error(error, VerifyPolicy, within="stages.verify")) from None


def check_overrides(overrides: Mapping[str, Any]) -> None:
    """The verify stage's config check, run when a config is loaded: the table must make a valid
    policy once laid over policy.yaml (the same check the verifier makes when it is built)."""
    verify_policy(overrides)


def _overlay(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _overlay(merged[key], value)
        else:
            merged[key] = value
    return merged
