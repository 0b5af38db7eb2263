"""Helpers for the events tests: run the events stage on a parse with timexes we construct.

The timex layer belongs to another stage; here a test states which substrings are dates
and with which TIMEX3 values, so event dating is tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import pytest

from cronica.events.stage import run_events
from cronica.ingest import sha256_of
from cronica.model import Analysis, Document, Timex
from cronica.nlp import entities_of, sentences_of
from cronica.pipeline import Pipeline
from cronica.registry import Resources, StageContext

Analyze = Callable[..., Analysis]
#: an ISO 8601 duration: "P2Y", "P6M", "PXY"
_DURATION = re.compile(r"^P[0-9X]")


def _timexes(text: str, dates: Mapping[str, str]) -> tuple[Timex, ...]:
    """The stated substrings as timexes: DATEs, or DURATIONs for ISO durations ("two years": "P2Y")."""
    found = []
    for surface, value in dates.items():
        start = text.index(surface)
        found.append((start, surface, value))
    found.sort()
    return tuple(
        Timex(f"t{i}", surface, start, start + len(surface), "DURATION" if _DURATION.match(value) else "DATE", value)
        for i, (start, surface, value) in enumerate(found, start=1)
    )


def _analyzer(pipeline: Pipeline, lang: str) -> Analyze:
    def analyze(text: str, dates: Mapping[str, str] | None = None) -> Analysis:
        doc = pipeline.models.parse(text, lang)
        document = Document("test", lang, None, None, None, len(text), sha256_of(text))
        analysis = Analysis(
            document=document,
            text=text,
            sentences=sentences_of(doc),
            entities=entities_of(doc),
            timexes=_timexes(text, dates or {}),
        )
        ctx = StageContext(doc, pipeline.options, {}, Resources())
        return run_events(analysis, ctx)

    return analyze


@pytest.fixture(scope="session")
def analyze_es(pipeline_es: Pipeline) -> Analyze:
    return _analyzer(pipeline_es, "es")


@pytest.fixture(scope="session")
def analyze_en(pipeline_en: Pipeline) -> Analyze:
    return _analyzer(pipeline_en, "en")


def only(analysis: Analysis, type_name: str):
    """The single event of a type (fails loudly when there are none or several)."""
    events = [event for event in analysis.events if event.type == type_name]
    assert len(events) == 1, f"expected one {type_name}, got {[(e.type, e.trigger.text) for e in analysis.events]}"
    return events[0]


def role(event, name: str) -> list[str]:
    return [p.text for p in event.participants if p.role == name]


def resolved(analysis: Analysis, event, name: str) -> list[str]:
    """Fillers of a role by the name they resolve to (pronouns and dropped subjects)."""
    names = {entity.id: entity.text for entity in analysis.entities}
    return [names.get(p.entity or "", p.text) for p in event.participants if p.role == name]
