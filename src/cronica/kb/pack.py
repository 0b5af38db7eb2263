"""The reference pack: a readable YAML source turned into Wikidata's RDF mapping.

`entities.yaml` lists items with labels, aliases, descriptions and claims in a short
form (a scalar value, a list, or `{value, qualifiers, source, rank}`); `build_pack`
validates it and writes N-Triples shaped exactly as the Wikidata Query Service serves
them (wdt: truthy triples, p:/ps:/psv:/pq:/pqv: statement nodes, wikibase:TimeValue
nodes with precision and calendar model, prov:wasDerivedFrom references), so the same
.rq files answer against the pack and against Wikidata.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from typing import Literal as Choice

from pydantic import Field
from pyoxigraph import Literal, NamedNode, Triple, serialize

from cronica.errors import CronicaError
from cronica.kb import rdf
from cronica.kb.base import CHILD, FATHER, FEMALE, MALE, MOTHER, SEX, SIBLING, SPOUSE, TimeValue, is_item_id, is_pid
from cronica.languages import languages
from cronica.resources import Schema, WordList, load_resource

PACK_NAME = "russia_1890_1953"
PACK_SOURCE = "entities.yaml"
PACK_DATA = "pack.nt.gz"

#: the datatype of each property the pack may use (anything else is refused at build time)
PROPERTY_TYPES: Mapping[str, str] = {
    "P17": "wikibase-item",  # country
    "P19": "wikibase-item",  # place of birth
    "P20": "wikibase-item",  # place of death
    "P21": "wikibase-item",  # sex or gender
    "P22": "wikibase-item",  # father
    "P25": "wikibase-item",  # mother
    "P26": "wikibase-item",  # spouse
    "P27": "wikibase-item",  # country of citizenship
    "P31": "wikibase-item",  # instance of
    "P36": "wikibase-item",  # capital
    "P39": "wikibase-item",  # position held
    "P40": "wikibase-item",  # child
    "P69": "wikibase-item",  # educated at (a school, a seminary: "expelled from the seminary")
    "P50": "wikibase-item",  # author
    "P102": "wikibase-item",  # member of political party
    "P112": "wikibase-item",  # founded by
    "P119": "wikibase-item",  # place of burial
    "P131": "wikibase-item",  # located in the administrative territorial entity
    "P157": "wikibase-item",  # killed by
    "P159": "wikibase-item",  # headquarters location
    "P276": "wikibase-item",  # location
    "P279": "wikibase-item",  # subclass of
    "P361": "wikibase-item",  # part of
    "P460": "wikibase-item",  # said to be the same as (an office a loose title may name: docs/verify.md)
    "P463": "wikibase-item",  # member of
    "P488": "wikibase-item",  # chairperson
    "P509": "wikibase-item",  # cause of death
    "P530": "wikibase-item",  # diplomatic relation (with P580: since when two states have had relations)
    "P551": "wikibase-item",  # residence
    "P569": "time",  # date of birth
    "P570": "time",  # date of death
    "P571": "time",  # inception
    "P576": "time",  # dissolved, abolished or demolished date
    "P577": "time",  # publication date
    "P580": "time",  # start time
    "P582": "time",  # end time
    "P585": "time",  # point in time
    "P710": "wikibase-item",  # participant
    "P740": "wikibase-item",  # location of formation
    "P793": "wikibase-item",  # significant event
    "P1001": "wikibase-item",  # applies to jurisdiction
    "P1196": "wikibase-item",  # manner of death
    "P1319": "time",  # earliest date (on a stay: the start of the journey that began it, docs/kb.md "Journeys")
    "P1344": "wikibase-item",  # participant in (a trial's defendants, a congress's delegates)
    "P1365": "wikibase-item",  # replaces
    "P1366": "wikibase-item",  # replaced by
    "P1448": "monolingualtext",  # official name
    "P1891": "wikibase-item",  # signatory (of a treaty: the people and states that signed it)
    "P1534": "wikibase-item",  # end cause
    "P2389": "wikibase-item",  # organization directed by the office or position
    "P2632": "wikibase-item",  # place of detention
    "P2868": "wikibase-item",  # subject has role
    "P3373": "wikibase-item",  # sibling
}

RDF_TYPE = NamedNode(rdf.RDF + "type")
LABEL = NamedNode(rdf.RDFS + "label")
ALT_LABEL = NamedNode(rdf.SKOS + "altLabel")
DESCRIPTION = NamedNode(rdf.SCHEMA + "description")
RANK = NamedNode(rdf.WIKIBASE + "rank")
STATEMENT = NamedNode(rdf.WIKIBASE + "Statement")
ITEM = NamedNode(rdf.WIKIBASE + "Item")
COMPLETE = NamedNode(rdf.COMPLETE)
SURNAME_ALONE = NamedNode(rdf.SURNAME_ALONE)
BOOLEAN = NamedNode(rdf.XSD + "boolean")
TIME_VALUE = NamedNode(rdf.WIKIBASE + "TimeValue")
TIME_VALUE_P = NamedNode(rdf.WIKIBASE + "timeValue")
TIME_PRECISION = NamedNode(rdf.WIKIBASE + "timePrecision")
TIME_CALENDAR = NamedNode(rdf.WIKIBASE + "timeCalendarModel")
DERIVED_FROM = NamedNode(rdf.PROV + "wasDerivedFrom")
DATETIME = NamedNode(rdf.XSD + "dateTime")
INTEGER = NamedNode(rdf.XSD + "integer")


@dataclass(eq=False)  # not frozen: raising sets __traceback__, which a frozen instance refuses
class PackError(CronicaError):
    """A mistake in the pack source, named by entity and property."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def source_path() -> Path:
    return Path(str(resources.files("cronica.kb.packs").joinpath(PACK_NAME, PACK_SOURCE)))


def data_path() -> Path:
    return Path(str(resources.files("cronica.kb.packs").joinpath(PACK_NAME, PACK_DATA)))


# --- the source's schema (docs/kb.md) ---------------------------------------------------------


class SourceRef(Schema):
    ref: str
    page: str = ""


class DateSpec(Schema):
    """A date with its calendar: {date: 1917-10-25, calendar: julian}."""

    date: str | int | dt.date
    calendar: Choice["gregorian", "julian"] = "gregorian"


#: an item id, a date (1927-11-12, 1928-01, 1917), a monolingual text ("Name@ru") or a quantity
Value = str | int | dt.date | DateSpec


class ClaimSpec(Schema):
    value: Value
    qualifiers: dict[str, Value] = Field(default_factory=dict)
    source: SourceRef | None = None
    rank: Choice["normal", "preferred", "deprecated"] = "normal"


class EntitySpec(Schema):
    id: str
    source: SourceRef | None = None
    label: dict[str, str]
    description: dict[str, str] = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    complete: WordList
    #: false: a bare surname does not name this person unless the document settles it (docs/kb.md)
    surname_alone: bool = True
    claims: dict[str, Value | ClaimSpec | list[Value | ClaimSpec]] = Field(default_factory=dict)


class WorkSpec(Schema):
    title: str
    stated_in: str | None = None
    url: str | None = None


class PackFile(Schema):
    """kb/packs/<pack>/entities.yaml"""

    sources: dict[str, WorkSpec] = Field(default_factory=dict)
    entities: list[EntitySpec]


def load_source(path: Path | None = None) -> dict[str, Any]:
    return load_resource(path or source_path(), PackFile)


def pack_triples(document: Mapping[str, Any]) -> Iterator[Triple]:
    """Every triple of the pack, validated (unknown property, bad QID or date → PackError).

    An id is a Wikidata QID or, for an item whose QID is not confirmed yet, a provisional id
    in the project's namespace ("cronica:lev-kamenev"). Kinship is completed here: a spouse or
    sibling statement gets its mirror, a child its parent's P22/P25 and a parent its P40, each
    with the source of the statement it mirrors."""
    sources = document.get("sources", {})
    seen: set[str] = set()
    for entity in document["entities"]:
        qid = entity.get("id")
        if not is_item_id(qid):
            raise PackError(str(qid), "not a Wikidata item id nor a provisional id (cronica:a-slug)")
        if qid in seen:
            raise PackError(qid, "listed twice")
        seen.add(qid)
    _check_references(document, seen)
    for entity in with_inverse_kinship(document["entities"]):
        yield from _entity_triples(entity["id"], entity, sources)


def _check_references(document: Mapping[str, Any], known: set[str]) -> None:
    """Every item used as a value must itself be in the pack (so it has labels)."""
    for entity in document["entities"]:
        for pid, raw in (entity.get("claims") or {}).items():
            for claim in raw if isinstance(raw, list) else [raw]:
                value = claim["value"] if isinstance(claim, dict) else claim
                if PROPERTY_TYPES.get(pid) == "wikibase-item" and value not in known:
                    raise PackError(f"{entity['id']} {pid}", f"value {value} is not an entity of the pack")


#: kinship property → its mirror on the other person (None: P22/P25 depend on the parent's sex)
_KIN_MIRRORS: Mapping[str, str | None] = {SPOUSE: SPOUSE, SIBLING: SIBLING, CHILD: None, FATHER: CHILD, MOTHER: CHILD}


def with_inverse_kinship(entities: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The entities with every kinship statement mirrored on the relative (sourced as the original).

    Spouse and sibling are symmetric; a child (P40) of a man gets him as father (P22), of a woman
    as mother (P25); a father or mother gets the child (P40). A parent whose sex is not stated
    gets no mirrored P22/P25 (the builder does not guess)."""
    by_id = {entity["id"]: {**entity, "claims": dict(entity.get("claims") or {})} for entity in entities}
    for entity in list(by_id.values()):
        for pid, mirror in _KIN_MIRRORS.items():
            for claim in _claims(entity["claims"].get(pid)):
                other = by_id.get(claim["value"])
                if other is None:
                    continue
                target = mirror or _parent_property(entity)
                if target is None or _has_value(other["claims"].get(target), entity["id"]):
                    continue
                source = claim.get("source") or entity.get("source")
                mirrored: dict[str, Any] = {"value": entity["id"], "source": source}
                if mirror == pid and claim.get("qualifiers"):  # a marriage's dates belong to both spouses
                    mirrored["qualifiers"] = dict(claim["qualifiers"])
                other["claims"][target] = [*_claims(other["claims"].get(target)), mirrored]
    return [by_id[entity["id"]] for entity in entities]


def _claims(raw: Any) -> list[dict[str, Any]]:
    if raw is None:
        return []
    return [
        claim if isinstance(claim, dict) else {"value": claim} for claim in (raw if isinstance(raw, list) else [raw])
    ]


def _has_value(raw: Any, value: str) -> bool:
    return any(claim["value"] == value for claim in _claims(raw))


def _parent_property(entity: Mapping[str, Any]) -> str | None:
    sex = {claim["value"] for claim in _claims(entity["claims"].get(SEX))}
    if sex == {MALE}:
        return FATHER
    if sex == {FEMALE}:
        return MOTHER
    return None


def _entity_triples(qid: str, entity: Mapping[str, Any], sources: Mapping[str, Any]) -> Iterator[Triple]:
    subject = rdf.item(qid)
    yield Triple(subject, RDF_TYPE, ITEM)
    labels = entity.get("label") or {}
    canonical = languages().canonical_label
    if canonical not in labels:
        raise PackError(qid, f"needs a label in '{canonical}' (the canonical name)")
    for lang, label in labels.items():
        yield Triple(subject, LABEL, rdf.text(str(label), lang))
    for lang, text in (entity.get("description") or {}).items():
        yield Triple(subject, DESCRIPTION, rdf.text(str(text), lang))
    for lang, aliases in (entity.get("aliases") or {}).items():
        for alias in aliases or ():
            yield Triple(subject, ALT_LABEL, rdf.text(str(alias), lang))
    for pid in entity.get("complete") or ():
        if not is_pid(pid) or pid not in PROPERTY_TYPES:
            raise PackError(f"{qid} complete {pid}", "property not declared in PROPERTY_TYPES")
        yield Triple(subject, COMPLETE, NamedNode(rdf.WD_PROPERTY + pid))
    if entity.get("surname_alone") is False:
        yield Triple(subject, SURNAME_ALONE, Literal("false", datatype=BOOLEAN))
    default_source = entity.get("source")
    for pid, raw in (entity.get("claims") or {}).items():
        if not is_pid(pid) or pid not in PROPERTY_TYPES:
            raise PackError(f"{qid} {pid}", "property not declared in PROPERTY_TYPES")
        raws = raw if isinstance(raw, list) else [raw]
        claims = [claim if isinstance(claim, dict) else {"value": claim} for claim in raws]
        # as on the Query Service, the truthy (wdt:) values are the preferred ones when a property has any:
        # a place's former countries (normal rank, with an end time) stay out of its "located in" chain
        truthy = "preferred" if any(claim.get("rank") == "preferred" for claim in claims) else "normal"
        for claim in claims:
            source = claim.get("source", default_source)
            if not source:
                raise PackError(f"{qid} {pid}", "statement without a source")
            reference = _reference(source, sources, f"{qid} {pid}")
            yield from _statement_triples(qid, pid, claim, reference, truthy)


def _reference(source: Mapping[str, Any], sources: Mapping[str, Any], where: str) -> dict[str, str]:
    ref = source.get("ref")
    known = sources.get(ref) if isinstance(ref, str) else None
    if not known:
        raise PackError(where, f"unknown source {source.get('ref')!r}")
    reference = {"P248": known["stated_in"]} if known.get("stated_in") else {}
    if "url" in known:
        reference["P854"] = known["url"].format(page=source.get("page", ""))
    if not reference:
        raise PackError(where, f"source {source.get('ref')!r} names neither a work (stated_in) nor a url")
    return reference


def _statement_triples(
    qid: str, pid: str, claim: Mapping[str, Any], reference: Mapping[str, str], truthy: str = "normal"
) -> Iterator[Triple]:
    where = f"{qid} {pid}"
    rank = claim.get("rank", "normal")
    if rank not in rdf.RANK_IRIS:
        raise PackError(where, f"unknown rank {rank!r}")
    value_terms = list(_value_triples(pid, claim["value"], where))
    qualifiers = claim.get("qualifiers") or {}
    key = repr((qid, pid, claim["value"], sorted((k, str(v)) for k, v in qualifiers.items())))
    node = NamedNode(f"{rdf.WDS}{qid}-{_digest(key)}")
    subject = rdf.item(qid)
    yield Triple(subject, rdf.prop(rdf.P, pid), node)
    yield Triple(node, RDF_TYPE, STATEMENT)
    yield Triple(node, RANK, NamedNode(rdf.RANK_IRIS[rank]))
    if rank == "preferred" or rank == truthy:  # WDQS: the best rank the property has is the truthy one
        yield Triple(subject, rdf.prop(rdf.WDT, pid), value_terms[0][0])
    yield from _attach(node, rdf.PS, rdf.PSV, pid, value_terms)
    for qualifier_pid, qualifier_value in qualifiers.items():
        if qualifier_pid not in PROPERTY_TYPES:
            raise PackError(f"{where} {qualifier_pid}", "qualifier property not declared")
        terms = list(_value_triples(qualifier_pid, qualifier_value, f"{where} {qualifier_pid}"))
        yield from _attach(node, rdf.PQ, rdf.PQV, qualifier_pid, terms)
    ref_node = NamedNode(rdf.WDREF + _digest(repr(sorted(reference.items()))))
    yield Triple(node, DERIVED_FROM, ref_node)
    if "P248" in reference:
        yield Triple(ref_node, rdf.prop(rdf.PR, "P248"), rdf.item(reference["P248"]))
    if "P854" in reference:
        yield Triple(ref_node, rdf.prop(rdf.PR, "P854"), NamedNode(reference["P854"]))


def _attach(node: NamedNode, simple_ns: str, value_ns: str, pid: str, terms: list) -> Iterator[Triple]:
    simple, full = terms[0]
    yield Triple(node, rdf.prop(simple_ns, pid), simple)
    if full:
        value_node, triples = full
        yield Triple(node, rdf.prop(value_ns, pid), value_node)
        yield from triples


def _value_triples(pid: str, raw: Any, where: str) -> Iterator[tuple[Any, Any]]:
    """(simple value term, (value node, its triples) or None) for one raw value."""
    kind = PROPERTY_TYPES[pid]
    if kind == "wikibase-item":
        if not is_item_id(raw):
            raise PackError(where, f"not an item id: {raw!r}")
        yield rdf.item(raw), None
    elif kind == "time":
        time = _time(raw, where)
        literal = Literal(_lexical(time.to_gregorian()), datatype=DATETIME)  # WDQS serves Gregorian values
        value_node = NamedNode(rdf.WDV + _digest(repr(time)))
        yield (
            literal,
            (
                value_node,
                [
                    Triple(value_node, RDF_TYPE, TIME_VALUE),
                    Triple(value_node, TIME_VALUE_P, literal),
                    Triple(value_node, TIME_PRECISION, Literal(str(time.precision), datatype=INTEGER)),
                    Triple(value_node, TIME_CALENDAR, NamedNode(time.calendar_iri)),
                ],
            ),
        )
    elif kind == "monolingualtext":
        text, _, lang = str(raw).rpartition("@")
        if not text or not lang.isalpha():
            raise PackError(where, f"expected TEXT@LANG, got {raw!r}")
        yield rdf.text(text, lang), None
    else:
        yield Literal(str(raw)), None


def _time(raw: Any, where: str) -> TimeValue:
    if isinstance(raw, dt.date):
        raw = raw.isoformat()
    if isinstance(raw, dict):
        value = TimeValue.parse(str(raw["date"]), calendar=raw.get("calendar", "gregorian"))
    else:
        try:
            value = TimeValue.parse(str(raw))
        except ValueError:
            raise PackError(where, f"not a date: {raw!r}") from None
    if value.precision >= 10 and not 1 <= value.month <= 12:
        raise PackError(where, f"bad month in {raw!r}")
    if value.precision >= 11:
        try:
            dt.date(value.year, value.month, value.day)
        except ValueError:
            raise PackError(where, f"no such day: {raw!r}") from None
    return value


def _lexical(time: TimeValue) -> str:
    """How WDQS writes a time: unknown month/day become 01 in the xsd:dateTime literal."""
    return f"{time.year:04d}-{max(time.month, 1):02d}-{max(time.day, 1):02d}T00:00:00Z"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def build_pack(source: Path | None = None, output: Path | None = None) -> tuple[Path, int]:
    """Validate the YAML source and write the gzipped N-Triples the embedded KB loads."""
    triples = list(pack_triples(load_source(source)))
    target = output or data_path()
    data = serialize(triples, format=_ntriples())
    if data is None:  # serialize returns the bytes when given no output file
        raise RuntimeError("pyoxigraph.serialize returned nothing")
    lines = sorted(set(data.decode("utf-8").splitlines()))  # sorted: the pack file is reproducible
    with gzip.GzipFile(target, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return target, len(lines)


def _ntriples():
    from pyoxigraph import RdfFormat

    return RdfFormat.N_TRIPLES
