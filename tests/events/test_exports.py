"""The csv, timeml and rdf exports: parse back, escape user text, keep offsets and order."""

from __future__ import annotations

import csv
import dataclasses
import io
import xml.etree.ElementTree as ET

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from cronica.export import get_exporter
from cronica.model import Analysis, Document, Entity, Event, Participant, Sentence, Timex, Trigger
from cronica.timeline import timeline_order

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
XSD_GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")

TEXT = 'En 1929 <Trotsky> & "Sedova" fueron deportados a Turquía. =cmd() nació en 1879.'


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


@pytest.fixture
def analysis() -> Analysis:
    """A hand-built analysis (no parser), with characters XML, Turtle and CSV must escape."""
    t1, t2 = _span(TEXT, "1929"), _span(TEXT, "1879")
    trotsky, turkey = _span(TEXT, "Trotsky"), _span(TEXT, "Turquía")
    deported, born, odd = _span(TEXT, "fueron deportados"), _span(TEXT, "nació"), _span(TEXT, "=cmd()")
    s1_end = TEXT.index(".") + 1
    entities = (
        Entity("e1", "Trotsky", *trotsky, "PER", kb_id="Q33391"),
        Entity("e2", "Turquía", *turkey, "LOC"),
    )
    events = (
        Event("ev1", "DEPORTATION", Trigger("fueron deportados", *deported), "s1",
              (Participant("patient", "e1", "Trotsky", *trotsky), Participant("destination", "e2", "Turquía", *turkey)),
              time="t1", time_value="1929", time_source="clause"),
        Event("ev2", "BIRTH", Trigger("nació", *born), "s2",
              (Participant("patient", None, "=cmd()", *odd),), time="t2", time_value="1879", time_source="clause"),
        Event("ev3", "TRAVEL", Trigger("nació", *born), "s2", modality="negated"),
    )  # fmt: skip
    return Analysis(
        document=Document("doc<1>", "es", "2020-01-01", None, None, len(TEXT), "ab" * 32),
        text=TEXT,
        sentences=(Sentence("s1", 0, s1_end), Sentence("s2", s1_end + 1, len(TEXT))),
        entities=entities,
        timexes=(Timex("t1", "1929", *t1, "DATE", "1929"), Timex("t2", "1879", *t2, "DATE", "1879")),
        events=events,
    )


def test_csv_rows_follow_the_timeline_and_guard_formulas(analysis):
    rows = list(csv.DictReader(io.StringIO(get_exporter("csv").render([analysis]))))
    assert [row["event"] for row in rows] == ["ev2", "ev1", "ev3"]
    first = rows[0]
    assert first["date"] == "1879" and first["type"] == "BIRTH"
    assert first["participants"] == "patient: =cmd()"
    assert first["sentence"] == "'=cmd() nació en 1879."  # a formula-looking cell is defused
    deportation = rows[1]
    assert deportation["place"] == "" and "destination: Turquía" in deportation["participants"]
    start, end = int(deportation["trigger_start"]), int(deportation["trigger_end"])
    assert TEXT[start:end] == deportation["trigger"]
    assert deportation["sentence"] == TEXT[int(deportation["sentence_start"]) : int(deportation["sentence_end"])]
    assert int(first["sentence_start"]) == TEXT.index("=cmd()")
    assert rows[2]["date"] == "" and rows[2]["modality"] == "negated"


def test_timeml_is_well_formed_with_events_timexes_and_tlinks(analysis):
    root = ET.fromstring(get_exporter("timeml").render([analysis]).encode("utf-8"))
    assert root.tag == "TimeML"
    text = root.find("TEXT")
    assert "".join(text.itertext()) == TEXT  # escaping round-trips the text exactly
    assert {t.get("tid"): t.get("value") for t in text.iter("TIMEX3")} == {"t1": "1929", "t2": "1879"}
    assert [e.get("eid") for e in text.iter("EVENT")] == ["e1", "e2"]  # one tag per trigger span
    instances = root.findall("MAKEINSTANCE")
    assert [i.get("polarity") for i in instances] == ["POS", "POS", "NEG"]
    links = [
        (link.get("eventInstanceID"), link.get("relatedToTime"), link.get("relType")) for link in root.iter("TLINK")
    ]
    assert links == [("ei1", "t1", "IS_INCLUDED"), ("ei2", "t2", "IS_INCLUDED")]
    assert root.find("DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"


def test_timeml_pos_is_the_triggers_own(analysis):
    """The part of speech comes from the trigger (the parse), never from re-reading a lexicon."""
    noun = dataclasses.replace(analysis.events[0], trigger=dataclasses.replace(analysis.events[0].trigger, pos="NOUN"))
    verb = dataclasses.replace(analysis.events[1], trigger=dataclasses.replace(analysis.events[1].trigger, pos="VERB"))
    both = dataclasses.replace(analysis, events=(noun, verb, analysis.events[2]))
    root = ET.fromstring(get_exporter("timeml").render([both]).encode("utf-8"))
    assert [i.get("pos") for i in root.findall("MAKEINSTANCE")] == ["NOUN", "VERB", "OTHER"]


@pytest.mark.parametrize(("value", "relation"), [("1927", "BEFORE"), ("1931", "AFTER")])
def test_timeml_links_a_computed_date_before_or_after_its_anchor(analysis, value, relation):
    """ "two years after the congress of 1929": the event lies after the named thing's timex, not inside it."""
    computed = dataclasses.replace(analysis.events[0], time_value=value, time_source="computed")
    root = ET.fromstring(
        get_exporter("timeml").render([dataclasses.replace(analysis, events=(computed,))]).encode("utf-8")
    )
    assert [link.get("relType") for link in root.iter("TLINK")] == [relation]


def test_timeml_wraps_several_documents(analysis):
    root = ET.fromstring(get_exporter("timeml").render([analysis, analysis]).encode("utf-8"))
    assert root.tag == "TimeMLDocuments" and len(root.findall("TimeML")) == 2


def test_rdf_parses_back_with_sem_and_provenance(analysis):
    graph = Graph().parse(data=get_exporter("rdf").render([analysis]), format="turtle")
    events = set(graph.subjects(RDF.type, SEM.Event))
    assert len(events) == 3
    doc = f"urn:cronica:doc:{'ab' * 32}"
    deportation = URIRef(f"{doc}#ev1")
    assert (deportation, SEM.hasActor, URIRef("http://www.wikidata.org/entity/Q33391")) in graph
    assert (deportation, SEM.hasTimeStamp, Literal("1929", datatype=XSD_GYEAR)) in graph
    mention = graph.value(deportation, GAF.denotedBy)
    begin, end = int(graph.value(mention, NIF.beginIndex)), int(graph.value(mention, NIF.endIndex))
    assert TEXT[begin:end] == str(graph.value(mention, NIF.anchorOf)) == "fueron deportados"
    assert str(mention).endswith(f"#char={begin},{end}")
    roles = {str(graph.value(r, SEM.roleType)).rsplit("#", 1)[1] for r in graph.objects(deportation, SEM.hasActor)
             if (r, RDF.type, SEM.Role) in graph}  # fmt: skip
    assert roles == {"patient", "destination"}


def test_rdf_place_and_unlinked_actor_keep_their_text(analysis):
    placed = Event("ev1", "BIRTH", analysis.events[1].trigger, "s2", (
        Participant("patient", None, "=cmd()", *_span(TEXT, "=cmd()")),
        Participant("place", "e2", "Turquía", *_span(TEXT, "Turquía"))), place="e2", time_value="1879-WI")  # fmt: skip
    one = Analysis(
        **{**{f: getattr(analysis, f) for f in ("document", "text", "sentences", "entities")}}, events=(placed,)
    )
    graph = Graph().parse(data=get_exporter("rdf").render([one]), format="turtle")
    event = next(iter(graph.subjects(RDF.type, SEM.Event)))
    place = graph.value(event, SEM.hasPlace)
    assert (place, RDF.type, SEM.Place) in graph
    # a partial date wider than a month becomes an interval: the winter of 1879 into the leap February of
    # 1880 (before cronica.timevalue: months 12-14, so no interval; and the RDF clamped 29 February to 28)
    assert str(graph.value(event, SEM.hasBeginTimeStamp)) == "1879-12-01"
    assert str(graph.value(event, SEM.hasEndTimeStamp)) == "1880-02-29"


def test_timeline_order_places_partial_dates_by_interval(analysis):
    def event(number: int, value: str | None, start: int) -> Event:
        return Event(f"ev{number}", "DEATH", Trigger("x", start, start + 1), "s1", time_value=value)

    events = (event(1, "1927-11-12", 0), event(2, None, 1), event(3, "1927", 2), event(4, "192X", 3),
              event(5, "BC0044", 4), event(6, "1927-11", 5), event(7, None, 6), event(8, "XXXX-05", 7))  # fmt: skip
    one = Analysis(document=analysis.document, text="x" * 10, events=events)
    assert [e.time_value for e in timeline_order(one)] == [
        "BC0044", "192X", "1927", "1927-11", "1927-11-12", "XXXX-05", None, None,
    ]  # fmt: skip
    assert [e.id for e in timeline_order(one)][-2:] == ["ev2", "ev7"]


@pytest.mark.parametrize("fmt", ["csv", "timeml", "rdf"])
def test_analyze_exports_through_the_cli(tmp_path, capsys, monkeypatch, fmt):
    from ..contract_checks import run_cli

    source = tmp_path / "story.txt"
    source.write_text("Leon Trotsky was deported to Turkey in February 1929. He died in Mexico City.", encoding="utf-8")
    result = run_cli(["analyze", str(source), "--lang", "en", "--format", fmt], capsys, monkeypatch)
    assert result.code == 0, result.err
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.out)))
        assert [row["type"] for row in rows] == ["DEPORTATION", "DEATH"]
        assert rows[0]["date"] == "1929-02"
    elif fmt == "timeml":
        root = ET.fromstring(result.out.encode("utf-8"))
        assert [link.get("relType") for link in root.iter("TLINK")] == ["IS_INCLUDED"]
    else:
        graph = Graph().parse(data=result.out, format="turtle")
        assert len(set(graph.subjects(RDF.type, SEM.Event))) == 2
