"""Wikidata's RDF mapping: namespaces, validated terms and safe binding of query values.

Every value that reaches a SPARQL text is a pyoxigraph term built here from a validated
QID/PID or from a Python string, and is written with pyoxigraph's own N-Triples
serialization (which escapes quotes, backslashes and newlines). Queries are kept as
.rq files with a `#@bind` marker where a VALUES block goes; user text is never pasted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize

from cronica.errors import CronicaError
from cronica.kb.base import PROVISIONAL_NAMESPACE, PROVISIONAL_PREFIX, is_pid, is_provisional, is_qid

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
P = "http://www.wikidata.org/prop/"
PS = "http://www.wikidata.org/prop/statement/"
PSV = "http://www.wikidata.org/prop/statement/value/"
PQ = "http://www.wikidata.org/prop/qualifier/"
PQV = "http://www.wikidata.org/prop/qualifier/value/"
PR = "http://www.wikidata.org/prop/reference/"
WDS = "http://www.wikidata.org/entity/statement/"
WDV = "http://www.wikidata.org/value/"
WDREF = "http://www.wikidata.org/reference/"
WIKIBASE = "http://wikiba.se/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#: cronica's own terms (as in the RDF export): `<item> cronica:complete <property entity>` marks a
#: property whose every value the pack holds for that item
CRONICA = "urn:cronica:ns#"
COMPLETE = CRONICA + "complete"
#: `<item> cronica:surnameAlone false`: the item's surname said alone may mean someone else (a common
#: surname, a family's), so a bare surname names it only when the document settles who (docs/kb.md)
SURNAME_ALONE = CRONICA + "surnameAlone"
WD_PROPERTY = WD  # Wikidata names properties in the entity namespace too: wd:P40

PREFIXES: Mapping[str, str] = {
    "wd": WD,
    "wdt": WDT,
    "p": P,
    "ps": PS,
    "psv": PSV,
    "pq": PQ,
    "pqv": PQV,
    "pr": PR,
    "wds": WDS,
    "wdv": WDV,
    "wdref": WDREF,
    "wikibase": WIKIBASE,
    "rdfs": RDFS,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "xsd": XSD,
    "rdf": RDF,
}

RANKS = {
    WIKIBASE + "PreferredRank": "preferred",
    WIKIBASE + "NormalRank": "normal",
    WIKIBASE + "DeprecatedRank": "deprecated",
}
RANK_IRIS = {name: iri for iri, name in RANKS.items()}

BIND_MARKER = "#@bind"

Term = NamedNode | Literal


def item(qid: str) -> NamedNode:
    """wd:Q… for a validated QID, or the project-namespace IRI of a provisional item
    (urn:cronica:entity:lev-kamenev); anything else is refused, never pasted."""
    if is_qid(qid):
        return NamedNode(WD + qid)
    if is_provisional(qid):
        return NamedNode(PROVISIONAL_NAMESPACE + qid[len(PROVISIONAL_PREFIX) :])
    raise CronicaError(f"not a Wikidata item id: {qid!r}")


def item_id(iri: str) -> str | None:
    """ "Q33391" from a wd: IRI, "cronica:lev-kamenev" from a provisional item's IRI, else None."""
    qid = local_id(iri, WD)
    if qid is not None:
        return qid if is_qid(qid) else None
    slug = local_id(iri, PROVISIONAL_NAMESPACE)
    if slug is not None and is_provisional(PROVISIONAL_PREFIX + slug):
        return PROVISIONAL_PREFIX + slug
    return None


def prop(namespace: str, pid: str) -> NamedNode:
    """A property IRI in one of Wikidata's property namespaces (p:, ps:, pq:, wdt: ...)."""
    if not is_pid(pid):
        raise CronicaError(f"not a Wikidata property id: {pid!r}")
    return NamedNode(namespace + pid)


def text(value: str, lang: str | None = None) -> Literal:
    """A string literal (language-tagged when `lang` is given) holding any user text."""
    if lang is not None and not lang.isalpha():
        raise CronicaError(f"not a language code: {lang!r}")
    return Literal(value, language=lang) if lang else Literal(value)


def local_id(iri: str, namespace: str) -> str | None:
    """ "Q33391" from "http://www.wikidata.org/entity/Q33391", or None for another namespace."""
    return iri[len(namespace) :] if iri.startswith(namespace) else None


def values_block(names: Sequence[str], rows: Sequence[Sequence[Term]]) -> str:
    """`VALUES (?a ?b) { (<…> "…") … }` from terms, each serialized (and escaped) by pyoxigraph."""
    for name in names:
        if not name.isidentifier():
            raise CronicaError(f"not a SPARQL variable name: {name!r}")
    head = " ".join(f"?{name}" for name in names)
    body = " ".join("(" + " ".join(str(term) for term in row) + ")" for row in rows)
    return f"VALUES ({head}) {{ {body} }}"


def bind(query: str, names: Sequence[str], rows: Sequence[Sequence[Term]]) -> str:
    """The query with its `#@bind` marker replaced by a VALUES block built from terms."""
    if BIND_MARKER not in query:
        raise CronicaError("query has no #@bind marker for its values")
    for row in rows:
        if len(row) != len(names) or not all(isinstance(term, NamedNode | Literal) for term in row):
            raise CronicaError("query values must be RDF terms, one per variable")
    return query.replace(BIND_MARKER, values_block(names, rows), 1)


@cache
def load_query(name: str) -> str:
    """A query file from `cronica/kb/queries/` with the standard PREFIX lines prepended."""
    body = resources.files("cronica.kb.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    header = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
    return header + body


def ntriples(triples: Iterable[Triple]) -> bytes:
    """Triples as N-Triples bytes (pyoxigraph's `serialize` returns None only when given a file)."""
    data = serialize(triples, format=RdfFormat.N_TRIPLES)
    assert data is not None
    return data
