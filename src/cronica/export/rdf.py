"""RDF (Turtle) with the Simple Event Model, provenance as NewsReader's GAF.

Each event is a sem:Event typed by its cronica type (sem:eventType), with sem:hasActor
for every participant (and a sem:Role node saying which role), sem:hasPlace, and its
date as sem:hasTimeStamp (a day, month or year: xsd:date, xsd:gYearMonth, xsd:gYear) or,
for a wider or open interval, sem:hasBeginTimeStamp / sem:hasEndTimeStamp. Every event,
actor and place points to the characters it comes from with gaf:denotedBy a NIF
RFC 5147 string (<doc#char=start,end>, nif:beginIndex, nif:endIndex, nif:anchorOf).
Entities linked to Wikidata are their Wikidata IRIs; those linked to a KB item with no
confirmed QID yet are its provisional IRI (urn:cronica:entity:…); others are document-local nodes.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from cronica.export import register_exporter
from cronica.kb.base import PROVISIONAL_NAMESPACE, PROVISIONAL_PREFIX, is_provisional
from cronica.model import Analysis, Event, Participant
from cronica.timevalue import Precision, day_span, parse
from cronica.timevalue.days import to_date

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
#: cronica's own terms (event types, roles, modality); a URN so no web domain is claimed
CRONICA = Namespace("urn:cronica:ns#")


def document_iri(analysis: Analysis) -> str:
    source = analysis.document.source or ""
    if source.startswith(("http://", "https://")):
        return quote(source, safe=":/?=&%.-_~")
    return f"urn:cronica:doc:{analysis.document.sha256}"


class GraphBuilder:
    def __init__(self) -> None:
        self.graph = Graph()
        for prefix, namespace in (("sem", SEM), ("gaf", GAF), ("nif", NIF), ("wd", WD), ("cronica", CRONICA)):
            self.graph.bind(prefix, namespace)

    def add(self, analysis: Analysis) -> None:
        g = self.graph
        doc = document_iri(analysis)
        context = URIRef(f"{doc}#char=0,{len(analysis.text)}")
        g.add((context, RDF.type, NIF.Context))
        g.add((context, NIF.isString, Literal(analysis.text)))
        g.add((context, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((context, NIF.endIndex, Literal(len(analysis.text), datatype=XSD.nonNegativeInteger)))
        if analysis.document.lang:
            g.add((context, NIF.predLang, Literal(analysis.document.lang)))
        for event in analysis.events:
            self._event(analysis, doc, context, event)

    def _mention(self, analysis: Analysis, doc: str, context: URIRef, start: int, end: int) -> URIRef:
        mention = URIRef(f"{doc}#char={start},{end}")
        g = self.graph
        g.add((mention, RDF.type, NIF.RFC5147String))
        g.add((mention, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((mention, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((mention, NIF.anchorOf, Literal(analysis.text[start:end])))
        g.add((mention, NIF.referenceContext, context))
        return mention

    def _event(self, analysis: Analysis, doc: str, context: URIRef, event: Event) -> None:
        g = self.graph
        node = URIRef(f"{doc}#{event.id}")
        g.add((node, RDF.type, SEM.Event))
        g.add((node, RDFS.label, Literal(event.trigger.text)))
        g.add((node, SEM.eventType, CRONICA[event.type]))
        g.add((node, CRONICA.modality, CRONICA[event.modality]))
        if event.manner:
            g.add((node, CRONICA.manner, CRONICA[event.manner]))
        g.add((node, GAF.denotedBy, self._mention(analysis, doc, context, event.trigger.start, event.trigger.end)))
        entities = {entity.id: entity for entity in analysis.entities}
        for index, participant in enumerate(event.participants, start=1):
            actor = self._actor(analysis, doc, context, participant)
            if participant.role == "place" and participant.entity == event.place:
                g.add((actor, RDF.type, SEM.Place))
                g.add((node, SEM.hasPlace, actor))
                continue
            g.add((actor, RDF.type, SEM.Actor))
            g.add((node, SEM.hasActor, actor))
            role = URIRef(f"{doc}#{event.id}_role{index}")
            g.add((role, RDF.type, SEM.Role))
            g.add((role, RDF.value, actor))
            g.add((role, SEM.roleType, CRONICA[participant.role]))
            g.add((node, SEM.hasActor, role))
        if event.place and event.place in entities and not any(p.entity == event.place for p in event.participants):
            entity = entities[event.place]
            place = self._entity_node(doc, entity.id, entity.item_id)
            g.add((place, RDF.type, SEM.Place))
            g.add((node, SEM.hasPlace, place))
        if event.time_value:
            self._time(node, event)

    def _entity_node(self, doc: str, entity_id: str, kb_id: str | None) -> URIRef:
        if kb_id and kb_id[:1] == "Q" and kb_id[1:].isdigit():
            return WD[kb_id]
        if is_provisional(kb_id):  # a KB item with no confirmed QID yet: its project-namespace IRI
            return URIRef(PROVISIONAL_NAMESPACE + str(kb_id)[len(PROVISIONAL_PREFIX) :])
        return URIRef(f"{doc}#{entity_id}")

    def _actor(self, analysis: Analysis, doc: str, context: URIRef, participant: Participant) -> URIRef:
        entities = {entity.id: entity for entity in analysis.entities}
        entity = entities.get(participant.entity or "")
        if entity is not None:
            actor = self._entity_node(doc, entity.id, entity.item_id)
            self.graph.add((actor, RDFS.label, Literal(entity.canonical or entity.text)))
        else:
            actor = URIRef(f"{doc}#span={participant.start},{participant.end}")
            self.graph.add((actor, RDFS.label, Literal(participant.text)))
        mention = self._mention(analysis, doc, context, participant.start, participant.end)
        self.graph.add((actor, GAF.denotedBy, mention))
        return actor

    def _time(self, node: URIRef, event: Event) -> None:
        g = self.graph
        value = event.time_value or ""
        literal = _timestamp(value)
        if event.time_source == "inherited_after":
            if literal is not None:
                g.add((node, SEM.hasBeginTimeStamp, literal))
            return
        if literal is not None:
            g.add((node, SEM.hasTimeStamp, literal))
            return
        span = day_span(value)
        first, last = (to_date(span.first), to_date(span.last)) if span is not None else (None, None)
        if first is not None and last is not None:  # xsd:date holds AD 1-9999 here
            g.add((node, SEM.hasBeginTimeStamp, Literal(first.isoformat(), datatype=XSD.date)))
            g.add((node, SEM.hasEndTimeStamp, Literal(last.isoformat(), datatype=XSD.date)))
        g.add((node, CRONICA.timexValue, Literal(value)))


def _timestamp(value: str) -> Literal | None:
    """A day, month or year value as the matching XSD literal; None for anything wider or vaguer."""
    date = parse(value)
    if date is None or date.year is None or not 1 <= date.year <= 9999:
        return None
    if date.precision == Precision.YEAR:
        return Literal(f"{date.year:04d}", datatype=XSD.gYear)
    if date.precision == Precision.MONTH:
        return Literal(f"{date.year:04d}-{date.month:02d}", datatype=XSD.gYearMonth)
    if date.precision in (Precision.DAY, Precision.TIME):
        return Literal(date.truncated(Precision.DAY).iso(), datatype=XSD.date)
    return None


@register_exporter("rdf", suffix=".ttl", description="Turtle with the Simple Event Model (SEM) and GAF/NIF provenance")
def render_rdf(analyses: Iterable[Analysis]) -> str:
    builder = GraphBuilder()
    for analysis in analyses:
        builder.add(analysis)
    return builder.graph.serialize(format="turtle")
