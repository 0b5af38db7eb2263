"""Wikidata's JSON entity format (dumps, wbgetentities) → triples in its RDF mapping.

The mapping is the one the Query Service uses, so an imported entity answers the same
.rq files as the bundled pack: labels/aliases/descriptions (es, en), statement nodes
with ps:/psv:/pq:/pqv:, ranks, references, wdt: for the best-ranked values, and
wikibase:TimeValue nodes whose xsd:dateTime is Gregorian (Julian days converted).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

from pyoxigraph import Literal, NamedNode, Triple

from cronica.kb import rdf
from cronica.kb.base import GREGORIAN_IRI, JULIAN_IRI, TimeValue, is_pid, is_qid
from cronica.kb.pack import (
    ALT_LABEL,
    DATETIME,
    DERIVED_FROM,
    DESCRIPTION,
    INTEGER,
    ITEM,
    LABEL,
    RANK,
    RDF_TYPE,
    STATEMENT,
    TIME_CALENDAR,
    TIME_PRECISION,
    TIME_VALUE,
    TIME_VALUE_P,
)
from cronica.languages import label_languages
from cronica.timevalue import Calendar

DECIMAL = NamedNode(rdf.XSD + "decimal")


class EntityFormatError(ValueError):
    """An entity object that does not follow Wikidata's JSON format."""


def entity_triples(entity: Mapping[str, Any], languages: tuple[str, ...] | None = None) -> Iterator[Triple]:
    """The triples of one entity, with its labels, descriptions and aliases in `languages` (by default
    the canonical language and every supported one, cronica.languages.label_languages)."""
    languages = languages or label_languages()
    qid = entity.get("id")
    if entity.get("type") != "item" or not is_qid(qid):
        raise EntityFormatError("not an item with a Q id")
    subject = rdf.item(qid)
    yield Triple(subject, RDF_TYPE, ITEM)
    for field, predicate in (("labels", LABEL), ("descriptions", DESCRIPTION)):
        for lang in languages:
            value = (entity.get(field) or {}).get(lang)
            if isinstance(value, dict) and isinstance(value.get("value"), str):
                yield Triple(subject, predicate, rdf.text(value["value"], lang))
    for lang in languages:
        for alias in (entity.get("aliases") or {}).get(lang, []) or []:
            if isinstance(alias, dict) and isinstance(alias.get("value"), str):
                yield Triple(subject, ALT_LABEL, rdf.text(alias["value"], lang))
    for pid, statements in (entity.get("claims") or {}).items():
        if not is_pid(pid) or not isinstance(statements, list):
            raise EntityFormatError(f"bad claims for {pid!r}")
        yield from _property_triples(subject, pid, statements)


def _property_triples(subject: NamedNode, pid: str, statements: list[Any]) -> Iterator[Triple]:
    ranks = [s.get("rank", "normal") for s in statements if isinstance(s, dict)]
    best = "preferred" if "preferred" in ranks else "normal"
    for statement in statements:
        if not isinstance(statement, dict):
            raise EntityFormatError(f"bad statement under {pid}")
        mainsnak = statement.get("mainsnak") or {}
        rank = statement.get("rank", "normal")
        node_id = str(statement.get("id") or _digest(repr(statement))).replace("$", "-")
        node = NamedNode(rdf.WDS + node_id)
        yield Triple(subject, rdf.prop(rdf.P, pid), node)
        yield Triple(node, RDF_TYPE, STATEMENT)
        yield Triple(node, RANK, NamedNode(rdf.RANK_IRIS.get(rank, rdf.RANK_IRIS["normal"])))
        converted = _snak_value(mainsnak)
        if converted is not None:
            simple, full = converted
            yield Triple(node, rdf.prop(rdf.PS, pid), simple)
            if rank == best:
                yield Triple(subject, rdf.prop(rdf.WDT, pid), simple)
            if full is not None:
                yield Triple(node, rdf.prop(rdf.PSV, pid), full[0])
                yield from full[1]
        yield from _snaks_triples(node, rdf.PQ, rdf.PQV, statement.get("qualifiers"))
        for reference in statement.get("references") or []:
            ref_node = NamedNode(rdf.WDREF + str(reference.get("hash") or _digest(repr(reference))))
            yield Triple(node, DERIVED_FROM, ref_node)
            yield from _snaks_triples(ref_node, rdf.PR, None, reference.get("snaks"))


def _snaks_triples(node: NamedNode, simple_ns: str, value_ns: str | None, snaks_by_pid: Any) -> Iterator[Triple]:
    """Qualifier (pq:/pqv:) or reference (pr:) triples of a statement or reference node."""
    for pid, snaks in (snaks_by_pid or {}).items():
        if not is_pid(pid):
            continue
        for snak in snaks or []:
            converted = _snak_value(snak)
            if converted is None:
                continue
            yield Triple(node, rdf.prop(simple_ns, pid), converted[0])
            if value_ns is not None and converted[1] is not None:
                yield Triple(node, rdf.prop(value_ns, pid), converted[1][0])
                yield from converted[1][1]


def _snak_value(snak: Mapping[str, Any]) -> tuple[Any, tuple[NamedNode, list[Triple]] | None] | None:
    """(simple term, optional full value node) of a value snak; None for somevalue/novalue/unsupported."""
    if not isinstance(snak, dict) or snak.get("snaktype") != "value":
        return None
    datavalue = snak.get("datavalue") or {}
    value, kind = datavalue.get("value"), datavalue.get("type")
    if kind == "wikibase-entityid":
        item_id = value.get("id") if isinstance(value, dict) else None
        return (rdf.item(item_id), None) if is_qid(item_id) else None
    if kind == "time" and isinstance(value, dict):
        calendar: Calendar = "julian" if value.get("calendarmodel") == JULIAN_IRI else "gregorian"
        try:
            time = TimeValue.parse(str(value["time"]), int(value.get("precision", 11)), calendar)
        except (KeyError, ValueError) as error:
            raise EntityFormatError(f"bad time value: {error}") from None
        gregorian = time.to_gregorian()
        lexical = f"{gregorian.year:04d}-{max(gregorian.month, 1):02d}-{max(gregorian.day, 1):02d}T00:00:00Z"
        literal = Literal(lexical, datatype=DATETIME)
        node = NamedNode(rdf.WDV + _digest(repr(value)))
        model = JULIAN_IRI if calendar == "julian" else GREGORIAN_IRI
        return literal, (
            node,
            [
                Triple(node, RDF_TYPE, TIME_VALUE),
                Triple(node, TIME_VALUE_P, literal),
                Triple(node, TIME_PRECISION, Literal(str(time.precision), datatype=INTEGER)),
                Triple(node, TIME_CALENDAR, NamedNode(model)),
            ],
        )
    if kind == "monolingualtext" and isinstance(value, dict):
        lang = str(value.get("language", ""))
        return (rdf.text(str(value.get("text", "")), lang), None) if lang.isalpha() else None
    if kind == "quantity" and isinstance(value, dict):
        return Literal(str(value.get("amount", "")).lstrip("+"), datatype=DECIMAL), None
    if kind == "string" and isinstance(value, str):
        if snak.get("datatype") == "url":
            try:
                return NamedNode(value), None
            except ValueError:
                return Literal(value), None
        return Literal(value), None
    return None


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def matches(entity: Mapping[str, Any], conditions: Mapping[str, set[str]]) -> bool:
    """True when, for every property in `conditions`, one of its item values is in the set."""
    claims = entity.get("claims") or {}
    for pid, wanted in conditions.items():
        values = set()
        for statement in claims.get(pid, []) or []:
            snak = (statement or {}).get("mainsnak") or {}
            value = (snak.get("datavalue") or {}).get("value")
            if isinstance(value, dict) and value.get("id"):
                values.add(value["id"])
        if not values & wanted:
            return False
    return True
