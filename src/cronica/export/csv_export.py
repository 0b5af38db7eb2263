"""CSV: one row per event, in timeline order, with its sentence and offsets for provenance.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a control
character) get a leading apostrophe, the usual guard against CSV injection; offsets
always refer to the unaltered text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from cronica.export import register_exporter
from cronica.model import Analysis, Event
from cronica.timeline import timeline_order

COLUMNS = (
    "document", "event", "date", "time_source", "type", "manner", "modality", "trigger", "participants",
    "place", "sentence", "trigger_start", "trigger_end", "sentence_start", "sentence_end", "verdict",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def event_row(analysis: Analysis, event: Event) -> dict[str, str | int]:
    entities = {entity.id: entity for entity in analysis.entities}
    sentences = {sentence.id: sentence for sentence in analysis.sentences}
    sentence = sentences.get(event.sentence)
    participants = "; ".join(
        f"{p.role}: {p.text}"
        + (f" [{entities[p.entity].text}]" if p.entity in entities and entities[p.entity].text != p.text else "")
        for p in event.participants
    )
    return {
        "document": analysis.document.id,
        "event": event.id,
        "date": event.time_value or "",
        "time_source": event.time_source or "",
        "type": event.type,
        "manner": event.manner or "",
        "modality": event.modality,
        "trigger": event.trigger.text,
        "participants": participants,
        "place": entities[event.place].text if event.place in entities else "",
        "sentence": analysis.text[sentence.start : sentence.end] if sentence else "",
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_start": sentence.start if sentence else "",
        "sentence_end": sentence.end if sentence else "",
        # the event's claims' verdicts as a reader sees them ("supported (month only)"; one per person of "both")
        "verdict": "; ".join(dict.fromkeys(c.shown_verdict() for c in analysis.claims if c.event == event.id)),
    }


def _safe(value: str | int) -> str | int:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@register_exporter(
    "csv",
    suffix=".csv",
    description="one row per event (date, type, participants, place, sentence, offsets, verdict)",
)
def render_csv(analyses: Iterable[Analysis]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for analysis in analyses:
        for event in timeline_order(analysis):
            writer.writerow({key: _safe(value) for key, value in event_row(analysis, event).items()})
    return buffer.getvalue()
