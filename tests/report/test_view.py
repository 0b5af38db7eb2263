"""Decisions the template relies on: verdict colours, spans of intervals, fallbacks, empty analyses."""

from __future__ import annotations

import dataclasses
import json

from report_fixtures import ALL_STAGES_OK, document, rich_analysis

from cronica.export.html import render_report
from cronica.model import Analysis, Claim, Event, Interval, Sentence, Timex, Trigger
from cronica.report.i18n import translations
from cronica.report.view import build_document_view

EN = translations("en")


def _timeline(analysis: Analysis) -> list[dict]:
    return json.loads(build_document_view(analysis, 0, EN).timeline_json)


def test_an_event_takes_the_worst_verdict_of_its_claims():
    analysis = rich_analysis()
    birth = analysis.claims[0]
    extra = Claim("c9", "ev1", birth.start, birth.end, birth.text, "contradicted", correction="1880")
    items = {item["label"]: item for item in _timeline(dataclasses.replace(analysis, claims=(*analysis.claims, extra)))}
    assert items["nació"]["verdict"] == "contradicted"
    items = {item["label"]: item for item in _timeline(dataclasses.replace(analysis, claims=()))}
    assert {item["verdict"] for item in items.values()} == {"unchecked"}


def test_an_event_whose_time_is_an_interval_spans_it():
    text = "Vivió en México de 1937 a 1940."
    start, end = text.index("1937"), text.index("1940")
    analysis = Analysis(
        document=document(text),
        text=text,
        stages=dict(ALL_STAGES_OK),
        sentences=(Sentence("s1", 0, len(text)),),
        timexes=(
            Timex("t1", "1937", start, start + 4, "DATE", "1937"),
            Timex("t2", "1940", end, end + 4, "DATE", "1940"),
        ),
        intervals=(Interval("i1", "t1", "t2", text[start : end + 4], start, end + 4),),
        events=(Event("ev1", "Residence", Trigger("Vivió", 0, 5), "s1", (), "i1", "1937"),),
    )
    (item,) = _timeline(analysis)
    assert item["start"] == 1937 and item["end"] == 1941 and item["range"]


def test_a_sentence_id_the_analysis_lacks_falls_back_to_the_offset():
    analysis = rich_analysis()
    event = dataclasses.replace(analysis.events[0], sentence="s-unknown")
    view = build_document_view(dataclasses.replace(analysis, events=(event, *analysis.events[1:])), 0, EN)
    row = next(row for row in view.events if row.label == "nació")
    assert row.sentence_key == "d0-s0"


def test_unplaceable_dates_are_listed_apart_with_the_reason():
    analysis = rich_analysis()
    event = dataclasses.replace(analysis.events[1], time=None, time_value="XXXX-08")
    view = build_document_view(dataclasses.replace(analysis, events=(analysis.events[0], event)), 0, EN)
    assert [row.label for row in view.events] == ["nació"]
    assert view.undated[0].undated_reason == "date XXXX-08 cannot be placed on the axis"


def test_a_bare_analysis_renders_every_section_empty():
    text = "Un texto sin nada más."
    bare = Analysis(document=document(text, title=None), text=text, stages={"ingest": "ok", "nlp": "skipped"})
    html = render_report([bare])
    assert text in html and "nlp: skipped" in html
    assert "No se extrajeron eventos" in html and "No se verificó ninguna afirmación" in html
    assert "No se encontraron entidades." in html and "Sin marcas retóricas" in html
