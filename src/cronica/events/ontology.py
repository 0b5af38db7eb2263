"""The event ontology (types → roles → knowledge-base properties), loaded from `ontology.yaml`.

Kept as data so that the verify stage and the extractor read one source of truth, and so
that a new type is a data change. The file's shape is documented in docs/events.md.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import Field

from cronica.errors import CronicaError
from cronica.resources import Schema, WordList, load_resource, package_file

#: values a KB mapping may take besides a role: the event's date, place entity, manner QID
PSEUDO_ROLES = frozenset({"time", "place", "manner"})
#: a mapping's value may also be a fixed KB item: "item:cronica:arrest" (P793 significant event = an arrest)
ITEM_VALUE = "item:"


#: how a mapping's value picks the statements (`KbMapping.match`)
MATCH_KINDS = ("", "leaving", "during", "arrival", "return", "replaces", "replaced_by", "unplaced")


@dataclass(frozen=True, slots=True)
class KbMapping:
    """One Wikidata statement an event type bears on."""

    property: str
    subject: str
    value: str
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    when: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    #: how the text's value picks the statements: "" (the same item or a place within it), "leaving"
    #: (the value is a region the subject left: the statements whose next one lies outside it) or
    #: "during" (a state at a date: the date must fall between the statement's start and end),
    #: "arrival" (an arrival: a stay's start supports it, and no list of stays refutes it, since it may be a
    #: visit), "return" (a return: a stay's start, like "", but never refuted while a stay there goes on,
    #: which a return from a trip would be),
    #: "replaces" / "replaced_by" (the value is the person the subject followed / was followed by: the
    #: statements whose P1365 / P1366 qualifier names it, "Yezhov replaced Yagoda" with no office named),
    #: "unplaced" (the value is the event's date, checked on the starts of all the subject's statements, for
    #: an event that names no place at all: "in 1927 was sent into exile")
    match: str = ""

    @builtins.property  # the field `property` above shadows the decorator's name in this class body
    def fixed_value(self) -> str | None:
        """The KB item every statement of this mapping has as value ("cronica:arrest"), if fixed."""
        return self.value[len(ITEM_VALUE) :] if self.value.startswith(ITEM_VALUE) else None


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    family: str
    description: str
    main_role: str
    roles: tuple[str, ...]
    kb: tuple[KbMapping, ...] = ()
    #: a more general type this one refines (IMPRISONMENT is a kind of ARREST in the earlier gold sets)
    broader: str | None = None
    #: the type whose frame the events stage re-types into this one: no trigger names it (OFFICE_HELD is an
    #: OFFICE read on a copula with a date inside the holding)
    made_from: str | None = None


@dataclass(frozen=True, slots=True)
class Ontology:
    version: int
    roles: Mapping[str, str]
    manners: Mapping[str, Mapping[str, str]]
    types: Mapping[str, EventType]

    def type(self, name: str) -> EventType:
        try:
            return self.types[name]
        except KeyError:
            raise CronicaError(f"unknown event type '{name}'") from None

    def root_type(self, name: str) -> str:
        """The most general type a type refines (itself when it refines none)."""
        seen = {name}
        while (broader := self.types[name].broader if name in self.types else None) and broader not in seen:
            seen.add(broader)
            name = broader
        return name

    def manner_qid(self, manner: str | None) -> str | None:
        entry = self.manners.get(manner or "")
        return entry.get("qid") if entry else None

    def manner_judged(self, manner: str | None) -> tuple[str, ...]:
        """The KB manner items a text's manner only passes a judgement on: a judicial execution told as a
        murder ("asesinados por orden de Stalin") judges the trial; it states no other manner of death."""
        entry = self.manners.get(manner or "")
        return tuple(q for name in (entry or {}).get("judges") or () if (q := self.manner_qid(name)))

    def manner_options(self, manner: str | None) -> tuple[str, ...]:
        """The KB manner items a text's manner is compatible with: its own, or those it `fits`
        ("violent": homicide or capital punishment)."""
        entry = self.manners.get(manner or "")
        if not entry:
            return ()
        if entry.get("qid"):
            return (entry["qid"],)
        return tuple(q for name in entry.get("fits") or () if (q := self.manner_qid(name)))


def parse_ontology(data: Mapping[str, Any]) -> Ontology:
    """Build and check an ontology: every role and mapping must refer to declared roles."""
    roles = dict(data["roles"])
    types: dict[str, EventType] = {}
    for name, spec in data["types"].items():
        declared = tuple(spec["roles"])
        unknown = [role for role in declared if role not in roles]
        if unknown or spec["main_role"] not in declared:
            raise CronicaError(f"ontology: type {name} has undeclared roles {unknown or [spec['main_role']]}")
        mappings = tuple(_mapping(name, entry, declared) for entry in spec.get("kb") or ())
        types[name] = EventType(
            name,
            spec["family"],
            spec["description"],
            spec["main_role"],
            declared,
            mappings,
            spec.get("broader"),
            spec.get("made_from"),
        )
    for name, event_type in types.items():
        if event_type.broader is not None and event_type.broader not in types:
            raise CronicaError(f"ontology: type {name} is narrower than an unknown type {event_type.broader}")
        if event_type.made_from is not None and event_type.made_from not in types:
            raise CronicaError(f"ontology: type {name} is made from an unknown type {event_type.made_from}")
    return Ontology(int(data["version"]), roles, dict(data.get("manners") or {}), types)


def _mapping(type_name: str, entry: Mapping[str, Any], declared: tuple[str, ...]) -> KbMapping:
    mapping = KbMapping(
        property=entry["property"],
        subject=entry["subject"],
        value=entry["value"],
        qualifiers=dict(entry.get("qualifiers") or {}),
        when=dict(entry.get("when") or {}),
        note=entry.get("note", ""),
        match=entry.get("match", ""),
    )
    if mapping.match not in MATCH_KINDS:
        raise CronicaError(f"ontology: {type_name} {mapping.property} has an unknown match '{mapping.match}'")
    fillers = (mapping.subject, *mapping.qualifiers.values())
    if mapping.fixed_value is None:
        fillers = (*fillers, mapping.value)
    for filler in fillers:
        if filler not in declared and filler not in PSEUDO_ROLES:
            raise CronicaError(f"ontology: {type_name} {mapping.property} refers to undeclared role '{filler}'")
    return mapping


# --- the file's schema (docs/events.md) -----------------------------------------------------------


class WhenSpec(Schema):
    has_role: str | None = None
    lacks_role: str | None = None
    value_class: WordList


class KbMappingSpec(Schema):
    property: str
    subject: str
    value: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    when: WhenSpec | None = None
    note: str = ""
    match: Literal["", "leaving", "during", "arrival", "return", "replaces", "replaced_by", "unplaced"] = ""


class MannerSpec(Schema):
    description: str
    qid: str | None = None
    fits: WordList
    #: KB manners this word passes a judgement on rather than contradicts ("murdered" of an execution)
    judges: WordList


class EventTypeSpec(Schema):
    family: str
    description: str
    main_role: str
    roles: list[str]
    kb: list[KbMappingSpec] = Field(default_factory=list)
    broader: str | None = None
    made_from: str | None = None


class OntologyFile(Schema):
    """events/ontology.yaml"""

    version: int
    roles: dict[str, str]
    manners: dict[str, MannerSpec] = Field(default_factory=dict)
    types: dict[str, EventTypeSpec]


@cache
def load_ontology() -> Ontology:
    """The shipped ontology (parsed once per process)."""
    return parse_ontology(load_resource(package_file("cronica.events", "ontology.yaml"), OntologyFile))
